# command-line-arguments
./go_closure_captures.go:9:2: moved to heap: total
./go_closure_captures.go:11:5: func literal escapes to heap
./go_closure_captures.go:21:5: func literal escapes to heap
./go_closure_captures.go:28:13: make([]int, n) escapes to heap
./go_closure_captures.go:31:6: func literal escapes to heap
./go_closure_captures.go:45:2: moved to heap: p
./go_closure_captures.go:47:5: func literal escapes to heap
./go_closure_captures.go:56:6: moved to heap: a
./go_closure_captures.go:58:5: func literal escapes to heap
./go_closure_captures.go:69:13: ... argument does not escape
./go_closure_captures.go:69:19: byRef() escapes to heap
./go_closure_captures.go:70:13: ... argument does not escape
./go_closure_captures.go:70:21: byValue(21) escapes to heap
./go_closure_captures.go:71:13: ... argument does not escape
./go_closure_captures.go:71:25: loopCapture(5) escapes to heap
./go_closure_captures.go:72:13: ... argument does not escape
./go_closure_captures.go:72:27: captureStruct() escapes to heap
./go_closure_captures.go:73:13: ... argument does not escape
./go_closure_captures.go:73:26: arrayCapture() escapes to heap
