# command-line-arguments
./explain_as_written.go:14:9: 7 escapes to heap
./explain_as_written.go:16:13: any(8) escapes to heap
./explain_as_written.go:18:14: make([]any, 5) escapes to heap
./explain_as_written.go:20:13: ... argument does not escape
./explain_as_written.go:20:14: 9 escapes to heap
./explain_as_written.go:20:21: any(9) escapes to heap
