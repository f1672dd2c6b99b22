# command-line-arguments
./method_value.go:11:7: a does not escape
./method_value.go:15:15: a does not escape
./method_value.go:16:10: a.Add does not escape
./method_value.go:23:10: a.Get escapes to heap
./method_value.go:28:13: ... argument does not escape
./method_value.go:28:22: useLocal(&a) escapes to heap
./method_value.go:31:13: ... argument does not escape
./method_value.go:31:15: g() escapes to heap
