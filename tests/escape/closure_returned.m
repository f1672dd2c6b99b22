# command-line-arguments
./closure_returned.go:10:9: func literal escapes to heap
./closure_returned.go:11:14: ... argument does not escape
./closure_returned.go:11:15: 42 escapes to heap
./closure_returned.go:16:9: func literal escapes to heap
./closure_returned.go:23:13: ... argument does not escape
./closure_returned.go:23:18: add5(10) escapes to heap
