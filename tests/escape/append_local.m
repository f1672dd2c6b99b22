# command-line-arguments
./append_local.go:11:14: append does not escape
./append_local.go:18:15: []string{...} does not escape
./append_local.go:19:12: append does not escape
./append_local.go:24:13: ... argument does not escape
./append_local.go:24:19: evens(10) escapes to heap
./append_local.go:24:30: words() escapes to heap
