# command-line-arguments
./make_map.go:7:17: leaking param content: words
./make_map.go:8:11: make(map[string]int) does not escape
./make_map.go:16:11: make(map[int]bool, n) escapes to heap
./make_map.go:25:13: ... argument does not escape
./make_map.go:25:24: countWords([]string{...}) escapes to heap
./make_map.go:25:33: []string{...} does not escape
./make_map.go:25:54: len(idx) escapes to heap
./make_map.go:25:64: idx[16] escapes to heap
./make_map.go:25:73: idx[15] escapes to heap
