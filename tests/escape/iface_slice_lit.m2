# command-line-arguments
./iface_slice_lit.go:11:14: []int{} escapes to heap in main:
./iface_slice_lit.go:11:14:   flow: {heap} ← &{storage for []int{}}:
./iface_slice_lit.go:11:14:     from []int{} (spill) at ./iface_slice_lit.go:11:14
./iface_slice_lit.go:11:14:     from sink = []int{} (assign) at ./iface_slice_lit.go:11:7
./iface_slice_lit.go:11:14: []int{} escapes to heap in main:
./iface_slice_lit.go:11:14:   flow: {storage for []int{}} ← &{storage for []int{}}:
./iface_slice_lit.go:11:14:     from []int{} (spill) at ./iface_slice_lit.go:11:14
./iface_slice_lit.go:11:14:     from []int{} (interface-converted) at ./iface_slice_lit.go:11:14
./iface_slice_lit.go:13:17: []string{...} escapes to heap in main:
./iface_slice_lit.go:13:17:   flow: {heap} ← &{storage for []string{...}}:
./iface_slice_lit.go:13:17:     from []string{...} (spill) at ./iface_slice_lit.go:13:17
./iface_slice_lit.go:13:17:     from sink = []string{...} (assign) at ./iface_slice_lit.go:13:7
./iface_slice_lit.go:13:17: []string{...} escapes to heap in main:
./iface_slice_lit.go:13:17:   flow: {storage for []string{...}} ← &{storage for []string{...}}:
./iface_slice_lit.go:13:17:     from []string{...} (spill) at ./iface_slice_lit.go:13:17
./iface_slice_lit.go:13:17:     from []string{...} (interface-converted) at ./iface_slice_lit.go:13:17
./iface_slice_lit.go:11:14: []int{} escapes to heap
./iface_slice_lit.go:11:14: []int{} escapes to heap
./iface_slice_lit.go:12:13: ... argument does not escape
./iface_slice_lit.go:13:17: []string{...} escapes to heap
./iface_slice_lit.go:13:17: []string{...} escapes to heap
./iface_slice_lit.go:14:13: ... argument does not escape
