# command-line-arguments
./allocs_strconv.go:18:14: f does not escape
./allocs_strconv.go:30:18: func literal does not escape
./allocs_strconv.go:31:13: ... argument does not escape
./allocs_strconv.go:31:14: "0..99:" escapes to heap
./allocs_strconv.go:31:24: a escapes to heap
./allocs_strconv.go:31:27: b escapes to heap
./allocs_strconv.go:32:17: func literal does not escape
./allocs_strconv.go:33:13: ... argument does not escape
./allocs_strconv.go:33:14: "7 digits:" escapes to heap
./allocs_strconv.go:33:27: a escapes to heap
./allocs_strconv.go:33:30: b escapes to heap
./allocs_strconv.go:34:13: ... argument does not escape
./allocs_strconv.go:34:14: sink escapes to heap
