# command-line-arguments
./array_vs_slice.go:14:2: moved to heap: a
./array_vs_slice.go:28:13: ... argument does not escape
./array_vs_slice.go:28:15: x[3] escapes to heap
./array_vs_slice.go:28:21: s[0] escapes to heap
./array_vs_slice.go:28:29: len(s) escapes to heap
./array_vs_slice.go:28:37: cap(s) escapes to heap
./array_vs_slice.go:28:52: sliceLocal() escapes to heap
