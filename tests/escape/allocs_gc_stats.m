# command-line-arguments
./allocs_gc_stats.go:16:13: make([]*[64]byte, 1000) escapes to heap
./allocs_gc_stats.go:18:16: new([64]byte) escapes to heap
./allocs_gc_stats.go:30:13: ... argument does not escape
./allocs_gc_stats.go:30:14: "allocs/object:" escapes to heap
./allocs_gc_stats.go:30:61: (live.Mallocs - before.Mallocs) / uint64(1000) escapes to heap
./allocs_gc_stats.go:31:13: ... argument does not escape
./allocs_gc_stats.go:31:14: "live objects >= N:" escapes to heap
./allocs_gc_stats.go:31:72: live.HeapObjects - before.HeapObjects >= uint64(1000) escapes to heap
./allocs_gc_stats.go:32:13: ... argument does not escape
./allocs_gc_stats.go:32:14: "live bytes >= 64*N:" escapes to heap
./allocs_gc_stats.go:32:69: live.HeapAlloc - before.HeapAlloc >= uint64(64000) escapes to heap
./allocs_gc_stats.go:36:13: ... argument does not escape
./allocs_gc_stats.go:36:14: "freed >= N:" escapes to heap
./allocs_gc_stats.go:36:52: freed.Frees - live.Frees >= uint64(1000) escapes to heap
./allocs_gc_stats.go:37:13: ... argument does not escape
./allocs_gc_stats.go:37:14: "heap shrank:" escapes to heap
./allocs_gc_stats.go:37:46: freed.HeapAlloc < live.HeapAlloc escapes to heap
