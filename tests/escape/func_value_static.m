# command-line-arguments
./func_value_static.go:7:13: p does not escape
./func_value_static.go:18:12: p does not escape
./func_value_static.go:18:7: func literal does not escape
./func_value_static.go:24:13: ... argument does not escape
./func_value_static.go:24:20: viaVar() escapes to heap
./func_value_static.go:24:34: viaLiteral() escapes to heap
