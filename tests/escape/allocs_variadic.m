# command-line-arguments
./allocs_variadic.go:10:10: xs does not escape
./allocs_variadic.go:20:11: leaking param: xs
./allocs_variadic.go:30:14: f does not escape
./allocs_variadic.go:42:44: ... argument does not escape
./allocs_variadic.go:44:35: ... argument escapes to heap
./allocs_variadic.go:42:18: func literal does not escape
./allocs_variadic.go:43:13: ... argument does not escape
./allocs_variadic.go:43:14: "sum:" escapes to heap
./allocs_variadic.go:43:22: a escapes to heap
./allocs_variadic.go:43:25: b escapes to heap
./allocs_variadic.go:44:17: func literal does not escape
./allocs_variadic.go:45:13: ... argument does not escape
./allocs_variadic.go:45:14: "keep:" escapes to heap
./allocs_variadic.go:45:23: a escapes to heap
./allocs_variadic.go:45:26: b escapes to heap
./allocs_variadic.go:46:13: ... argument does not escape
./allocs_variadic.go:46:14: total escapes to heap
./allocs_variadic.go:46:21: kept escapes to heap
