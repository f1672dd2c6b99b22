# command-line-arguments
./chan_of_slices.go:9:14: c does not escape
./chan_of_slices.go:10:11: make([]int, n) escapes to heap
./chan_of_slices.go:17:17: c does not escape
./chan_of_slices.go:18:15: []string{...} escapes to heap
./chan_of_slices.go:21:10: c does not escape
./chan_of_slices.go:30:11: make([]int, 8) does not escape
./chan_of_slices.go:39:20: c does not escape
./chan_of_slices.go:39:35: word does not escape
./chan_of_slices.go:41:12: append escapes to heap
./chan_of_slices.go:42:12: append escapes to heap
./chan_of_slices.go:46:18: c does not escape
./chan_of_slices.go:47:6: moved to heap: a
./chan_of_slices.go:55:13: ... argument does not escape
./chan_of_slices.go:55:17: sum(c) escapes to heap
./chan_of_slices.go:59:13: ... argument does not escape
./chan_of_slices.go:59:17: len(<-sc) escapes to heap
./chan_of_slices.go:61:13: ... argument does not escape
./chan_of_slices.go:61:24: localSlice() escapes to heap
./chan_of_slices.go:65:13: ... argument does not escape
./chan_of_slices.go:65:20: string(<-bc) escapes to heap
./chan_of_slices.go:65:21: string(<-bc) escapes to heap
./chan_of_slices.go:68:13: ... argument does not escape
./chan_of_slices.go:68:14: <-c escapes to heap
./chan_of_slices.go:71:5: func literal escapes to heap
./chan_of_slices.go:72:16: []int{...} escapes to heap
./chan_of_slices.go:74:13: ... argument does not escape
./chan_of_slices.go:74:14: <-done escapes to heap
