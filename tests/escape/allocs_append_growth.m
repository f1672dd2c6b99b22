# command-line-arguments
./allocs_append_growth.go:17:13: append escapes to heap
./allocs_append_growth.go:27:13: append does not escape
./allocs_append_growth.go:36:14: f does not escape
./allocs_append_growth.go:48:18: func literal does not escape
./allocs_append_growth.go:49:13: ... argument does not escape
./allocs_append_growth.go:49:14: "grow 100:" escapes to heap
./allocs_append_growth.go:49:27: a escapes to heap
./allocs_append_growth.go:49:30: b escapes to heap
./allocs_append_growth.go:49:36: cap(sink) escapes to heap
./allocs_append_growth.go:50:17: func literal does not escape
./allocs_append_growth.go:51:13: ... argument does not escape
./allocs_append_growth.go:51:14: "local 4:" escapes to heap
./allocs_append_growth.go:51:26: a escapes to heap
./allocs_append_growth.go:51:29: b escapes to heap
./allocs_append_growth.go:52:17: func literal does not escape
./allocs_append_growth.go:53:13: ... argument does not escape
./allocs_append_growth.go:53:14: "local 5:" escapes to heap
./allocs_append_growth.go:53:26: a escapes to heap
./allocs_append_growth.go:53:29: b escapes to heap
./allocs_append_growth.go:53:32: total escapes to heap
