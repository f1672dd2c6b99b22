# command-line-arguments
./allocs_fmt.go:16:14: f does not escape
./allocs_fmt.go:28:49: ... argument does not escape
./allocs_fmt.go:28:52: i % 10 escapes to heap
./allocs_fmt.go:30:48: ... argument does not escape
./allocs_fmt.go:30:51: i + 1000 escapes to heap
./allocs_fmt.go:32:48: ... argument does not escape
./allocs_fmt.go:32:50: i + 1000 escapes to heap
./allocs_fmt.go:32:58: i + 2000 escapes to heap
./allocs_fmt.go:28:18: func literal does not escape
./allocs_fmt.go:29:13: ... argument does not escape
./allocs_fmt.go:29:14: "Sprint small int:" escapes to heap
./allocs_fmt.go:29:35: a escapes to heap
./allocs_fmt.go:30:17: func literal does not escape
./allocs_fmt.go:31:13: ... argument does not escape
./allocs_fmt.go:31:14: "Sprint large int:" escapes to heap
./allocs_fmt.go:31:35: a escapes to heap
./allocs_fmt.go:32:17: func literal does not escape
./allocs_fmt.go:33:13: ... argument does not escape
./allocs_fmt.go:33:14: "Sprint two large ints:" escapes to heap
./allocs_fmt.go:33:40: a escapes to heap
./allocs_fmt.go:34:13: ... argument does not escape
./allocs_fmt.go:34:14: sink escapes to heap
