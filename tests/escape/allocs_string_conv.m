# command-line-arguments
./allocs_string_conv.go:16:12: b does not escape
./allocs_string_conv.go:17:14: string(b) does not escape
./allocs_string_conv.go:21:13: b does not escape
./allocs_string_conv.go:22:16: string(b) escapes to heap
./allocs_string_conv.go:29:14: f does not escape
./allocs_string_conv.go:41:18: func literal does not escape
./allocs_string_conv.go:42:13: ... argument does not escape
./allocs_string_conv.go:42:14: "one byte escaping:" escapes to heap
./allocs_string_conv.go:42:36: a escapes to heap
./allocs_string_conv.go:42:39: b escapes to heap
./allocs_string_conv.go:43:17: func literal does not escape
./allocs_string_conv.go:44:13: ... argument does not escape
./allocs_string_conv.go:44:14: "eight bytes escaping:" escapes to heap
./allocs_string_conv.go:44:39: a escapes to heap
./allocs_string_conv.go:44:42: b escapes to heap
./allocs_string_conv.go:45:17: func literal does not escape
./allocs_string_conv.go:46:13: ... argument does not escape
./allocs_string_conv.go:46:14: "eight bytes local:" escapes to heap
./allocs_string_conv.go:46:36: a escapes to heap
./allocs_string_conv.go:46:39: b escapes to heap
./allocs_string_conv.go:47:13: ... argument does not escape
./allocs_string_conv.go:47:14: total escapes to heap
./allocs_string_conv.go:47:21: sink escapes to heap
