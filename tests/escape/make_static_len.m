# command-line-arguments
./make_static_len.go:10:11: make([]int, 12) does not escape
./make_static_len.go:22:11: make([]int, n) does not escape
./make_static_len.go:27:13: ... argument does not escape
./make_static_len.go:27:18: fill() escapes to heap
./make_static_len.go:27:29: fillVar(0) escapes to heap
./make_static_len.go:27:41: fillVar(5) escapes to heap
