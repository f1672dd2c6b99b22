# command-line-arguments
./closure_no_capture.go:8:8: func literal does not escape
./closure_no_capture.go:9:10: new(int) escapes to heap
./closure_no_capture.go:15:13: ... argument does not escape
./closure_no_capture.go:15:14: *parent(7) escapes to heap
