# command-line-arguments
./new_large.go:16:10: new([70000]byte) escapes to heap
./new_large.go:17:10: new([65536]byte) does not escape
./new_large.go:18:7: &Big{} escapes to heap
./new_large.go:19:7: &Fits{} does not escape
./new_large.go:25:13: ... argument does not escape
./new_large.go:25:19: sizes() escapes to heap
