# command-line-arguments
./defer_closure_captures.go:14:15: b does not escape
./defer_closure_captures.go:26:8: func literal does not escape
./defer_closure_captures.go:31:21: moved to heap: total
./defer_closure_captures.go:32:2: moved to heap: acc
./defer_closure_captures.go:34:9: func literal escapes to heap
./defer_closure_captures.go:46:13: leaking param: b
./defer_closure_captures.go:46:35: ... argument does not escape
./defer_closure_captures.go:46:37: b.name escapes to heap
./defer_closure_captures.go:46:52: checksum(b) escapes to heap
./defer_closure_captures.go:48:13: bp does not escape
./defer_closure_captures.go:48:37: ... argument does not escape
./defer_closure_captures.go:48:38: "via pointer" escapes to heap
./defer_closure_captures.go:48:60: bp.data[0] escapes to heap
./defer_closure_captures.go:46:8: func literal does not escape
./defer_closure_captures.go:48:8: func literal does not escape
./defer_closure_captures.go:54:13: ... argument does not escape
./defer_closure_captures.go:54:18: once() escapes to heap
./defer_closure_captures.go:55:13: ... argument does not escape
./defer_closure_captures.go:55:20: inLoop(4) escapes to heap
./defer_closure_captures.go:56:13: ... argument does not escape
./defer_closure_captures.go:56:20: bigArg() escapes to heap
