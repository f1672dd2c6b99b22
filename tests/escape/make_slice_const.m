# command-line-arguments
./make_slice_const.go:8:11: make([]int, 10) does not escape
./make_slice_const.go:16:13: make([]byte, 16, 32) escapes to heap
./make_slice_const.go:21:13: ... argument does not escape
./make_slice_const.go:21:21: squares() escapes to heap
./make_slice_const.go:21:28: len(b) escapes to heap
./make_slice_const.go:21:36: cap(b) escapes to heap
