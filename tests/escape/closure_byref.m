# command-line-arguments
./closure_byref.go:8:2: moved to heap: n
./closure_byref.go:9:9: func literal escapes to heap
./closure_byref.go:20:13: ... argument does not escape
./closure_byref.go:20:15: c() escapes to heap
./closure_byref.go:20:20: d() escapes to heap
