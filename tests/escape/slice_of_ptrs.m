# command-line-arguments
./slice_of_ptrs.go:9:14: []*int{...} does not escape
./slice_of_ptrs.go:18:2: moved to heap: a
./slice_of_ptrs.go:18:5: moved to heap: b
./slice_of_ptrs.go:19:15: []*int{...} escapes to heap
./slice_of_ptrs.go:24:13: ... argument does not escape
./slice_of_ptrs.go:24:22: sumLocal() escapes to heap
./slice_of_ptrs.go:24:32: *ps[0] + *ps[1] escapes to heap
