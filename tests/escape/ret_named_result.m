# command-line-arguments
./ret_named_result.go:7:14: moved to heap: n
./ret_named_result.go:22:13: ... argument does not escape
./ret_named_result.go:22:14: n escapes to heap
./ret_named_result.go:22:17: *p escapes to heap
./ret_named_result.go:22:26: plain() escapes to heap
