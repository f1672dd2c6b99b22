# command-line-arguments
./defer_method_receivers.go:13:7: leaking param content: l
./defer_method_receivers.go:13:22: msg does not escape
./defer_method_receivers.go:13:70: l.prefix + msg escapes to heap
./defer_method_receivers.go:13:52: append escapes to heap
./defer_method_receivers.go:15:7: l does not escape
./defer_method_receivers.go:19:7: s does not escape
./defer_method_receivers.go:19:19: leaking param content: l
./defer_method_receivers.go:19:45: "end " + s.name does not escape
./defer_method_receivers.go:21:7: s does not escape
./defer_method_receivers.go:21:21: leaking param content: l
./defer_method_receivers.go:21:48: "pend " + s.name does not escape
./defer_method_receivers.go:23:11: leaking param content: l
./defer_method_receivers.go:28:8: l.Log does not escape
./defer_method_receivers.go:32:11: leaking param: l
./defer_method_receivers.go:34:8: &Span{...} does not escape
./defer_method_receivers.go:34:24: ... argument does not escape
./defer_method_receivers.go:34:25: "iter" escapes to heap
./defer_method_receivers.go:34:33: i escapes to heap
./defer_method_receivers.go:36:8: &Span{...} escapes to heap
./defer_method_receivers.go:42:7: &Logger{...} does not escape
./defer_method_receivers.go:43:2: func literal does not escape
./defer_method_receivers.go:50:7: &Logger{...} escapes to heap
./defer_method_receivers.go:54:14: ... argument does not escape
./defer_method_receivers.go:54:15: line escapes to heap
./defer_method_receivers.go:56:13: ... argument does not escape
./defer_method_receivers.go:56:19: local() escapes to heap
