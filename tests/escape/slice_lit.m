# command-line-arguments
./slice_lit.go:8:12: []int{...} does not escape
./slice_lit.go:17:14: []int{...} escapes to heap
./slice_lit.go:21:17: []string{} escapes to heap
./slice_lit.go:27:13: ... argument does not escape
./slice_lit.go:27:22: sumLocal() escapes to heap
./slice_lit.go:27:29: len(p) escapes to heap
./slice_lit.go:27:35: p[4] escapes to heap
./slice_lit.go:27:43: len(e) escapes to heap
