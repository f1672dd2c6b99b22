# command-line-arguments
./leak_result.go:7:15: leaking param: p to result ~r0 level=0
./leak_result.go:11:11: leaking param: s to result ~r0 level=0
./leak_result.go:21:17: []int{...} does not escape
./leak_result.go:22:13: ... argument does not escape
./leak_result.go:22:14: x escapes to heap
./leak_result.go:22:17: *keep escapes to heap
./leak_result.go:22:27: len(t) escapes to heap
