# command-line-arguments
./closure_addr_taken.go:6:11: p does not escape
./closure_addr_taken.go:11:2: moved to heap: w
./closure_addr_taken.go:13:9: func literal escapes to heap
./closure_addr_taken.go:18:13: ... argument does not escape
./closure_addr_taken.go:18:15: f() escapes to heap
./closure_addr_taken.go:18:20: f() escapes to heap
