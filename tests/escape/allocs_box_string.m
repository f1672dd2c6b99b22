# command-line-arguments
./allocs_box_string.go:18:14: f does not escape
./allocs_box_string.go:30:39: "constant" escapes to heap
./allocs_box_string.go:32:43: words[0] escapes to heap
./allocs_box_string.go:34:43: words[1 + i % 2] escapes to heap
./allocs_box_string.go:30:18: func literal does not escape
./allocs_box_string.go:31:13: ... argument does not escape
./allocs_box_string.go:31:14: "constant:" escapes to heap
./allocs_box_string.go:31:27: a escapes to heap
./allocs_box_string.go:31:30: b escapes to heap
./allocs_box_string.go:32:17: func literal does not escape
./allocs_box_string.go:33:13: ... argument does not escape
./allocs_box_string.go:33:14: "empty:" escapes to heap
./allocs_box_string.go:33:24: a escapes to heap
./allocs_box_string.go:33:27: b escapes to heap
./allocs_box_string.go:34:17: func literal does not escape
./allocs_box_string.go:35:13: ... argument does not escape
./allocs_box_string.go:35:14: "variable:" escapes to heap
./allocs_box_string.go:35:27: a escapes to heap
./allocs_box_string.go:35:30: b escapes to heap
./allocs_box_string.go:36:13: ... argument does not escape
