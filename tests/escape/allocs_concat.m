# command-line-arguments
./allocs_concat.go:15:16: words[0] + words[1] does not escape
./allocs_concat.go:20:16: words[2] + words[1] does not escape
./allocs_concat.go:25:18: words[0] + words[1] escapes to heap
./allocs_concat.go:32:14: f does not escape
./allocs_concat.go:44:18: func literal does not escape
./allocs_concat.go:45:13: ... argument does not escape
./allocs_concat.go:45:14: "short local:" escapes to heap
./allocs_concat.go:45:30: a escapes to heap
./allocs_concat.go:45:33: b escapes to heap
./allocs_concat.go:46:17: func literal does not escape
./allocs_concat.go:47:13: ... argument does not escape
./allocs_concat.go:47:14: "long local:" escapes to heap
./allocs_concat.go:47:29: a escapes to heap
./allocs_concat.go:47:32: b escapes to heap
./allocs_concat.go:48:17: func literal does not escape
./allocs_concat.go:49:13: ... argument does not escape
./allocs_concat.go:49:14: "escaping:" escapes to heap
./allocs_concat.go:49:27: a escapes to heap
./allocs_concat.go:49:30: b escapes to heap
./allocs_concat.go:50:13: ... argument does not escape
./allocs_concat.go:50:14: total escapes to heap
./allocs_concat.go:50:21: sink escapes to heap
