# command-line-arguments
./anon_struct.go:12:9: &struct { N int }{...} escapes to heap
./anon_struct.go:13:13: ... argument does not escape
./anon_struct.go:13:14: p escapes to heap
./anon_struct.go:13:35: struct { S string }{...} escapes to heap
./anon_struct.go:14:13: ... argument does not escape
