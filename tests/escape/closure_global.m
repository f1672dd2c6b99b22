# command-line-arguments
./closure_global.go:10:2: moved to heap: n
./closure_global.go:11:9: func literal escapes to heap
./closure_global.go:20:13: ... argument does not escape
./closure_global.go:20:18: hook() escapes to heap
