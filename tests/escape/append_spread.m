# command-line-arguments
./append_spread.go:7:13: leaking param: a to result ~r0 level=0
./append_spread.go:7:16: b does not escape
./append_spread.go:8:15: append escapes to heap
./append_spread.go:11:15: leaking param content: a
./append_spread.go:11:18: leaking param content: b
./append_spread.go:12:13: append does not escape
./append_spread.go:16:14: s does not escape
./append_spread.go:17:15: append escapes to heap
./append_spread.go:21:2: moved to heap: x
./append_spread.go:21:5: moved to heap: y
./append_spread.go:22:13: ... argument does not escape
./append_spread.go:22:20: concat([]int{...}, []int{...}) escapes to heap
./append_spread.go:22:26: []int{...} escapes to heap
./append_spread.go:22:36: []int{...} does not escape
./append_spread.go:22:53: joinPtrs([]*int{...}, []*int{...}) escapes to heap
./append_spread.go:22:60: []*int{...} does not escape
./append_spread.go:22:72: []*int{...} does not escape
./append_spread.go:22:82: len(bytesOf("hey")) escapes to heap
