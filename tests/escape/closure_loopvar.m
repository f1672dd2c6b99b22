# command-line-arguments
./closure_loopvar.go:10:19: func literal escapes to heap
./closure_loopvar.go:10:14: append escapes to heap
./closure_loopvar.go:18:3: moved to heap: j
./closure_loopvar.go:19:19: func literal escapes to heap
./closure_loopvar.go:19:14: append escapes to heap
./closure_loopvar.go:26:12: ... argument does not escape
./closure_loopvar.go:26:14: f() escapes to heap
./closure_loopvar.go:26:18: " " escapes to heap
./closure_loopvar.go:29:12: ... argument does not escape
./closure_loopvar.go:29:14: f() escapes to heap
./closure_loopvar.go:29:18: " " escapes to heap
