# command-line-arguments
./leak_multi_results.go:7:11: leaking param: a to result ~r1 level=0
./leak_multi_results.go:7:14: leaking param: b to result ~r0 level=0
./leak_multi_results.go:11:11: leaking param: p to result ~r0 level=0
./leak_multi_results.go:11:11: leaking param: p to result ~r2 level=0
./leak_multi_results.go:19:13: ... argument does not escape
./leak_multi_results.go:19:14: *p escapes to heap
./leak_multi_results.go:19:18: *q escapes to heap
./leak_multi_results.go:19:22: *r escapes to heap
./leak_multi_results.go:19:26: n escapes to heap
./leak_multi_results.go:19:29: *s escapes to heap
