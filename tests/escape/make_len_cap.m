# command-line-arguments
./make_len_cap.go:8:11: make([]int, 0, 8) does not escape
./make_len_cap.go:9:11: make([]byte, n, 128) does not escape
./make_len_cap.go:10:11: make([]string, 0, n) does not escape
./make_len_cap.go:11:12: append does not escape
./make_len_cap.go:12:12: append does not escape
./make_len_cap.go:17:13: ... argument does not escape
./make_len_cap.go:17:19: build(5) escapes to heap
