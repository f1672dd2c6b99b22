# command-line-arguments
./ret_ptr_param.go:5:13: moved to heap: n
./ret_ptr_param.go:9:17: s does not escape
./ret_ptr_param.go:10:2: moved to heap: t
./ret_ptr_param.go:10:9: s + "!" escapes to heap
