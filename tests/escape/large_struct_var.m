# command-line-arguments
./large_struct_var.go:17:6: moved to heap: g
./large_struct_var.go:26:13: ... argument does not escape
./large_struct_var.go:26:18: fill() escapes to heap
