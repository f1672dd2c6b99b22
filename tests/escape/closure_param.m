# command-line-arguments
./closure_param.go:9:18: f does not escape
./closure_param.go:15:11: leaking param: f
./closure_param.go:16:16: append escapes to heap
./closure_param.go:21:10: func literal does not escape
./closure_param.go:23:7: func literal escapes to heap
./closure_param.go:24:13: ... argument does not escape
./closure_param.go:24:14: sum escapes to heap
./closure_param.go:24:22: len(saved) escapes to heap
./closure_param.go:24:39: saved[0]() escapes to heap
