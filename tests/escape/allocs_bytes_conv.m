# command-line-arguments
./allocs_bytes_conv.go:17:13: s does not escape
./allocs_bytes_conv.go:18:14: ([]byte)(s) does not escape
./allocs_bytes_conv.go:23:15: s does not escape
./allocs_bytes_conv.go:25:27: ([]byte)(s) does not escape
./allocs_bytes_conv.go:25:27: zero-copy string->[]byte conversion
./allocs_bytes_conv.go:31:13: s does not escape
./allocs_bytes_conv.go:32:16: ([]byte)(s) escapes to heap
./allocs_bytes_conv.go:39:14: f does not escape
./allocs_bytes_conv.go:51:18: func literal does not escape
./allocs_bytes_conv.go:52:13: ... argument does not escape
./allocs_bytes_conv.go:52:14: "mutate short:" escapes to heap
./allocs_bytes_conv.go:52:31: a escapes to heap
./allocs_bytes_conv.go:52:34: b escapes to heap
./allocs_bytes_conv.go:53:17: func literal does not escape
./allocs_bytes_conv.go:54:13: ... argument does not escape
./allocs_bytes_conv.go:54:14: "mutate long:" escapes to heap
./allocs_bytes_conv.go:54:30: a escapes to heap
./allocs_bytes_conv.go:54:33: b escapes to heap
./allocs_bytes_conv.go:55:17: func literal does not escape
./allocs_bytes_conv.go:56:13: ... argument does not escape
./allocs_bytes_conv.go:56:14: "read-only long:" escapes to heap
./allocs_bytes_conv.go:56:33: a escapes to heap
./allocs_bytes_conv.go:56:36: b escapes to heap
./allocs_bytes_conv.go:57:17: func literal does not escape
./allocs_bytes_conv.go:58:13: ... argument does not escape
./allocs_bytes_conv.go:58:14: "escaping short:" escapes to heap
./allocs_bytes_conv.go:58:33: a escapes to heap
./allocs_bytes_conv.go:58:36: b escapes to heap
./allocs_bytes_conv.go:59:13: ... argument does not escape
./allocs_bytes_conv.go:59:14: total escapes to heap
./allocs_bytes_conv.go:59:27: string(sink) escapes to heap
./allocs_bytes_conv.go:59:28: string(sink) escapes to heap
