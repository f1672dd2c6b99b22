# command-line-arguments
./allocs_ptr_return.go:18:2: moved to heap: p
./allocs_ptr_return.go:36:13: ... argument does not escape
./allocs_ptr_return.go:36:14: "pointer: allocs/op" escapes to heap
./allocs_ptr_return.go:36:66: (after.Mallocs - before.Mallocs) / uint64(1000) escapes to heap
./allocs_ptr_return.go:36:70: "bytes/op" escapes to heap
./allocs_ptr_return.go:36:118: (after.TotalAlloc - before.TotalAlloc) / uint64(1000) escapes to heap
./allocs_ptr_return.go:42:13: ... argument does not escape
./allocs_ptr_return.go:42:14: "value: allocs/op" escapes to heap
./allocs_ptr_return.go:42:64: (after.Mallocs - before.Mallocs) / uint64(1000) escapes to heap
./allocs_ptr_return.go:42:68: "bytes/op" escapes to heap
./allocs_ptr_return.go:42:116: (after.TotalAlloc - before.TotalAlloc) / uint64(1000) escapes to heap
./allocs_ptr_return.go:43:13: ... argument does not escape
./allocs_ptr_return.go:43:19: sinkP.Y escapes to heap
./allocs_ptr_return.go:43:28: sinkV.Y escapes to heap
