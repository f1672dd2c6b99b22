# command-line-arguments
./append_escape.go:7:11: leaking param: s to result ~r0 level=0
./append_escape.go:8:15: append escapes to heap
./append_escape.go:14:15: append escapes to heap
./append_escape.go:22:13: ... argument does not escape
./append_escape.go:22:14: s escapes to heap
./append_escape.go:22:24: collect(4) escapes to heap
