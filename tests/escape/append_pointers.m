# command-line-arguments
./append_pointers.go:8:2: moved to heap: x
./append_pointers.go:10:13: append does not escape
./append_pointers.go:16:14: []*int{...} does not escape
./append_pointers.go:21:13: ... argument does not escape
./append_pointers.go:21:23: countPtrs() escapes to heap
./append_pointers.go:21:34: literal() escapes to heap
