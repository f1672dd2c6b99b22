# command-line-arguments
./allocs_make_var.go:16:11: make([]int, n) does not escape
./allocs_make_var.go:22:13: make([]int, n) escapes to heap
./allocs_make_var.go:26:11: make([]int, 0, n) escapes to heap
./allocs_make_var.go:28:13: append escapes to heap
./allocs_make_var.go:37:14: f does not escape
./allocs_make_var.go:49:18: func literal does not escape
./allocs_make_var.go:50:13: ... argument does not escape
./allocs_make_var.go:50:14: "local 4 ints:" escapes to heap
./allocs_make_var.go:50:31: a escapes to heap
./allocs_make_var.go:50:34: b escapes to heap
./allocs_make_var.go:51:17: func literal does not escape
./allocs_make_var.go:52:13: ... argument does not escape
./allocs_make_var.go:52:14: "local 5 ints:" escapes to heap
./allocs_make_var.go:52:31: a escapes to heap
./allocs_make_var.go:52:34: b escapes to heap
./allocs_make_var.go:53:17: func literal does not escape
./allocs_make_var.go:54:13: ... argument does not escape
./allocs_make_var.go:54:14: "local 100 ints:" escapes to heap
./allocs_make_var.go:54:33: a escapes to heap
./allocs_make_var.go:54:36: b escapes to heap
./allocs_make_var.go:55:17: func literal does not escape
./allocs_make_var.go:56:13: ... argument does not escape
./allocs_make_var.go:56:14: "escaping 3 ints:" escapes to heap
./allocs_make_var.go:56:34: a escapes to heap
./allocs_make_var.go:56:37: b escapes to heap
./allocs_make_var.go:57:17: func literal does not escape
./allocs_make_var.go:58:13: ... argument does not escape
./allocs_make_var.go:58:14: "prealloc 100 and append:" escapes to heap
./allocs_make_var.go:58:42: a escapes to heap
./allocs_make_var.go:58:45: b escapes to heap
./allocs_make_var.go:59:13: ... argument does not escape
./allocs_make_var.go:59:14: total escapes to heap
./allocs_make_var.go:59:24: len(sink) escapes to heap
