# command-line-arguments
./allocs_box_int.go:17:14: f does not escape
./allocs_box_int.go:29:41: i % 256 escapes to heap
./allocs_box_int.go:31:40: i + 256 escapes to heap
./allocs_box_int.go:33:43: uint8(i) escapes to heap
./allocs_box_int.go:35:43: int32(-i - 1) escapes to heap
./allocs_box_int.go:29:18: func literal does not escape
./allocs_box_int.go:30:13: ... argument does not escape
./allocs_box_int.go:30:14: "int 0..255:" escapes to heap
./allocs_box_int.go:30:29: a escapes to heap
./allocs_box_int.go:30:32: b escapes to heap
./allocs_box_int.go:31:17: func literal does not escape
./allocs_box_int.go:32:13: ... argument does not escape
./allocs_box_int.go:32:14: "int 256..:" escapes to heap
./allocs_box_int.go:32:28: a escapes to heap
./allocs_box_int.go:32:31: b escapes to heap
./allocs_box_int.go:33:17: func literal does not escape
./allocs_box_int.go:34:13: ... argument does not escape
./allocs_box_int.go:34:14: "uint8:" escapes to heap
./allocs_box_int.go:34:24: a escapes to heap
./allocs_box_int.go:34:27: b escapes to heap
./allocs_box_int.go:35:17: func literal does not escape
./allocs_box_int.go:36:13: ... argument does not escape
./allocs_box_int.go:36:14: "int32 negative:" escapes to heap
./allocs_box_int.go:36:33: a escapes to heap
./allocs_box_int.go:36:36: b escapes to heap
./allocs_box_int.go:37:13: ... argument does not escape
