# command-line-arguments
./ret_ptr_local.go:8:2: moved to heap: x
./ret_ptr_local.go:23:13: ... argument does not escape
./ret_ptr_local.go:23:14: *p escapes to heap
./ret_ptr_local.go:23:18: *q escapes to heap
./ret_ptr_local.go:23:24: p == q escapes to heap
./ret_ptr_local.go:23:39: keepLocal() escapes to heap
