# command-line-arguments
./errors_new.go:12:12: leaking param: s
./errors_new.go:17:20: ... argument does not escape
./errors_new.go:17:44: n escapes to heap
./errors_new.go:17:47: s escapes to heap
./errors_new.go:23:13: ... argument does not escape
