# command-line-arguments
./allocs_method_value.go:15:7: c does not escape
./allocs_method_value.go:19:17: c does not escape
./allocs_method_value.go:20:8: c.Inc does not escape
./allocs_method_value.go:24:17: leaking param: c
./allocs_method_value.go:25:11: c.Inc escapes to heap
./allocs_method_value.go:34:14: f does not escape
./allocs_method_value.go:46:18: func literal does not escape
./allocs_method_value.go:47:13: ... argument does not escape
./allocs_method_value.go:47:14: "direct call:" escapes to heap
./allocs_method_value.go:47:30: a escapes to heap
./allocs_method_value.go:47:33: b escapes to heap
./allocs_method_value.go:48:17: func literal does not escape
./allocs_method_value.go:49:13: ... argument does not escape
./allocs_method_value.go:49:14: "local method value:" escapes to heap
./allocs_method_value.go:49:37: a escapes to heap
./allocs_method_value.go:49:40: b escapes to heap
./allocs_method_value.go:50:17: func literal does not escape
./allocs_method_value.go:51:13: ... argument does not escape
./allocs_method_value.go:51:14: "stored method value:" escapes to heap
./allocs_method_value.go:51:38: a escapes to heap
./allocs_method_value.go:51:41: b escapes to heap
./allocs_method_value.go:53:13: ... argument does not escape
./allocs_method_value.go:53:15: c.n escapes to heap
