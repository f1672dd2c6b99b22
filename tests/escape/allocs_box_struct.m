# command-line-arguments
./allocs_box_struct.go:24:14: f does not escape
./allocs_box_struct.go:36:44: Small{...} escapes to heap
./allocs_box_struct.go:38:41: Odd{...} escapes to heap
./allocs_box_struct.go:40:43: Small{} escapes to heap
./allocs_box_struct.go:36:18: func literal does not escape
./allocs_box_struct.go:37:13: ... argument does not escape
./allocs_box_struct.go:37:14: "16-byte struct:" escapes to heap
./allocs_box_struct.go:37:33: a escapes to heap
./allocs_box_struct.go:37:36: b escapes to heap
./allocs_box_struct.go:38:17: func literal does not escape
./allocs_box_struct.go:39:13: ... argument does not escape
./allocs_box_struct.go:39:14: "20-byte struct:" escapes to heap
./allocs_box_struct.go:39:33: a escapes to heap
./allocs_box_struct.go:39:36: b escapes to heap
./allocs_box_struct.go:40:17: func literal does not escape
./allocs_box_struct.go:41:13: ... argument does not escape
./allocs_box_struct.go:41:14: "zero struct:" escapes to heap
./allocs_box_struct.go:41:30: a escapes to heap
./allocs_box_struct.go:41:33: b escapes to heap
./allocs_box_struct.go:42:13: ... argument does not escape
