# command-line-arguments
./allocs_slice_lit.go:19:12: []int{...} does not escape
./allocs_slice_lit.go:20:7: &Pair{...} does not escape
./allocs_slice_lit.go:25:14: []int{...} escapes to heap
./allocs_slice_lit.go:28:14: leaking param: a
./allocs_slice_lit.go:28:17: leaking param: b
./allocs_slice_lit.go:29:9: &Pair{...} escapes to heap
./allocs_slice_lit.go:38:14: f does not escape
./allocs_slice_lit.go:50:18: func literal does not escape
./allocs_slice_lit.go:51:13: ... argument does not escape
./allocs_slice_lit.go:51:14: "local:" escapes to heap
./allocs_slice_lit.go:51:24: a escapes to heap
./allocs_slice_lit.go:51:27: b escapes to heap
./allocs_slice_lit.go:52:17: func literal does not escape
./allocs_slice_lit.go:53:13: ... argument does not escape
./allocs_slice_lit.go:53:14: "escaping slice:" escapes to heap
./allocs_slice_lit.go:53:33: a escapes to heap
./allocs_slice_lit.go:53:36: b escapes to heap
./allocs_slice_lit.go:54:17: func literal does not escape
./allocs_slice_lit.go:55:13: ... argument does not escape
./allocs_slice_lit.go:55:14: "escaping struct:" escapes to heap
./allocs_slice_lit.go:55:34: a escapes to heap
./allocs_slice_lit.go:55:37: b escapes to heap
./allocs_slice_lit.go:56:13: ... argument does not escape
./allocs_slice_lit.go:56:14: total escapes to heap
./allocs_slice_lit.go:56:21: sinkS escapes to heap
./allocs_slice_lit.go:56:36: sinkP.A == &x escapes to heap
