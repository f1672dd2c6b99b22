# command-line-arguments
./closure_large_capture.go:10:9: func literal escapes to heap
./closure_large_capture.go:14:6: moved to heap: b
./closure_large_capture.go:16:9: func literal escapes to heap
./closure_large_capture.go:21:13: ... argument does not escape
./closure_large_capture.go:21:15: f() escapes to heap
./closure_large_capture.go:21:20: g() escapes to heap
