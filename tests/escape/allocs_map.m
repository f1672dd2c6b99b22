# command-line-arguments
./allocs_map.go:14:11: make(map[int]int) does not escape
./allocs_map.go:21:11: make(map[int]int) escapes to heap
./allocs_map.go:30:14: f does not escape
./allocs_map.go:42:18: func literal does not escape
./allocs_map.go:43:13: ... argument does not escape
./allocs_map.go:43:14: "local:" escapes to heap
./allocs_map.go:43:24: a escapes to heap
./allocs_map.go:43:27: b escapes to heap
./allocs_map.go:44:17: func literal does not escape
./allocs_map.go:45:13: ... argument does not escape
./allocs_map.go:45:14: "escaping:" escapes to heap
./allocs_map.go:45:27: a escapes to heap
./allocs_map.go:45:30: b escapes to heap
./allocs_map.go:46:13: ... argument does not escape
./allocs_map.go:46:14: total escapes to heap
./allocs_map.go:46:24: len(sink) escapes to heap
