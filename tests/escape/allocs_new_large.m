# command-line-arguments
./allocs_new_large.go:15:10: new([65536]byte) does not escape
./allocs_new_large.go:21:10: new([70000]byte) escapes to heap
./allocs_new_large.go:27:6: moved to heap: a
./allocs_new_large.go:38:14: f does not escape
./allocs_new_large.go:50:18: func literal does not escape
./allocs_new_large.go:51:13: ... argument does not escape
./allocs_new_large.go:51:14: "64 KiB new:" escapes to heap
./allocs_new_large.go:51:29: a escapes to heap
./allocs_new_large.go:51:32: b escapes to heap
./allocs_new_large.go:52:17: func literal does not escape
./allocs_new_large.go:53:13: ... argument does not escape
./allocs_new_large.go:53:14: "70000-byte new:" escapes to heap
./allocs_new_large.go:53:33: a escapes to heap
./allocs_new_large.go:53:36: b escapes to heap
./allocs_new_large.go:54:17: func literal does not escape
./allocs_new_large.go:55:13: ... argument does not escape
./allocs_new_large.go:55:14: "140000-byte local:" escapes to heap
./allocs_new_large.go:55:36: a escapes to heap
./allocs_new_large.go:55:39: b escapes to heap
./allocs_new_large.go:56:13: ... argument does not escape
./allocs_new_large.go:56:14: total escapes to heap
