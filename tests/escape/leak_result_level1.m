# command-line-arguments
./leak_result_level1.go:10:13: leaking param: b to result ~r0 level=1
./leak_result_level1.go:14:12: leaking param: pp to result ~r0 level=1
./leak_result_level1.go:20:7: &Box{...} does not escape
./leak_result_level1.go:22:13: ... argument does not escape
./leak_result_level1.go:22:14: *unwrap(b) escapes to heap
./leak_result_level1.go:22:26: *deref(&py) escapes to heap
