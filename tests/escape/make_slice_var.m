# command-line-arguments
./make_slice_var.go:9:11: make([]int, n) does not escape
./make_slice_var.go:21:13: make([]int, n, 2 * n) escapes to heap
./make_slice_var.go:26:13: ... argument does not escape
./make_slice_var.go:26:19: count(4) escapes to heap
./make_slice_var.go:26:29: count(100) escapes to heap
./make_slice_var.go:26:39: len(g) escapes to heap
./make_slice_var.go:26:47: cap(g) escapes to heap
