# command-line-arguments
./closure_nested.go:9:3: moved to heap: step
./closure_nested.go:8:9: func literal escapes to heap
./closure_nested.go:10:10: func literal escapes to heap
./closure_nested.go:21:13: ... argument does not escape
./closure_nested.go:21:15: g() escapes to heap
