# command-line-arguments
./iface_slice_lit.go:11:14: []int{} escapes to heap
./iface_slice_lit.go:11:14: []int{} escapes to heap
./iface_slice_lit.go:12:13: ... argument does not escape
./iface_slice_lit.go:13:17: []string{...} escapes to heap
./iface_slice_lit.go:13:17: []string{...} escapes to heap
./iface_slice_lit.go:14:13: ... argument does not escape
