# command-line-arguments
./closure_loop_depth.go:10:7: func literal escapes to heap
./closure_loop_depth.go:18:8: func literal does not escape
./closure_loop_depth.go:25:13: ... argument does not escape
./closure_loop_depth.go:25:25: lastClosure(5) escapes to heap
./closure_loop_depth.go:25:41: eachClosure(5) escapes to heap
