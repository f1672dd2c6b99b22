# command-line-arguments
./closure_call_direct.go:9:2: func literal does not escape
./closure_call_direct.go:14:8: func literal does not escape
./closure_call_direct.go:19:13: ... argument does not escape
./closure_call_direct.go:19:21: compute(4) escapes to heap
