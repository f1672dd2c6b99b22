# command-line-arguments
./make_large.go:9:11: make([]byte, 65536) does not escape
./make_large.go:15:11: make([]byte, 65537) escapes to heap
./make_large.go:21:11: make([]int, 8192) does not escape
./make_large.go:22:11: make([]int, 8193) escapes to heap
./make_large.go:27:13: ... argument does not escape
./make_large.go:27:21: atLimit() escapes to heap
./make_large.go:27:34: overLimit() escapes to heap
./make_large.go:27:42: ints() escapes to heap
