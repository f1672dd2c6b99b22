# command-line-arguments
./leak_heap_and_result.go:10:21: leaking param: p
./leak_heap_and_result.go:15:23: leaking param content: pp
./leak_heap_and_result.go:15:23: leaking param: pp to result ~r0 level=0
./leak_heap_and_result.go:21:2: moved to heap: a
./leak_heap_and_result.go:21:5: moved to heap: b
./leak_heap_and_result.go:25:13: ... argument does not escape
./leak_heap_and_result.go:25:14: *r escapes to heap
./leak_heap_and_result.go:25:18: *(*q) escapes to heap
./leak_heap_and_result.go:25:23: *global escapes to heap
