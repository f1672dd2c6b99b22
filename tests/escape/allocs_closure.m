# command-line-arguments
./allocs_closure.go:14:7: func literal does not escape
./allocs_closure.go:19:9: func literal escapes to heap
./allocs_closure.go:22:12: moved to heap: k
./allocs_closure.go:23:9: func literal escapes to heap
./allocs_closure.go:35:14: f does not escape
./allocs_closure.go:47:18: func literal does not escape
./allocs_closure.go:48:13: ... argument does not escape
./allocs_closure.go:48:14: "local:" escapes to heap
./allocs_closure.go:48:24: a escapes to heap
./allocs_closure.go:48:27: b escapes to heap
./allocs_closure.go:49:17: func literal does not escape
./allocs_closure.go:50:13: ... argument does not escape
./allocs_closure.go:50:14: "by value:" escapes to heap
./allocs_closure.go:50:27: a escapes to heap
./allocs_closure.go:50:30: b escapes to heap
./allocs_closure.go:51:17: func literal does not escape
./allocs_closure.go:52:13: ... argument does not escape
./allocs_closure.go:52:14: "by reference:" escapes to heap
./allocs_closure.go:52:31: a escapes to heap
./allocs_closure.go:52:34: b escapes to heap
./allocs_closure.go:53:13: ... argument does not escape
./allocs_closure.go:53:14: total escapes to heap
./allocs_closure.go:53:26: sinkF() escapes to heap
