# command-line-arguments
./range_ptrs.go:9:14: leaking param content: ps
./range_ptrs.go:11:16: append escapes to heap
./range_ptrs.go:15:15: ps does not escape
./range_ptrs.go:26:2: moved to heap: a
./range_ptrs.go:26:5: moved to heap: b
./range_ptrs.go:27:19: []*string{...} does not escape
./range_ptrs.go:28:13: ... argument does not escape
./range_ptrs.go:28:17: len(keep) escapes to heap
./range_ptrs.go:28:25: *keep[1] escapes to heap
./range_ptrs.go:28:43: countNil([]*string{...}) escapes to heap
./range_ptrs.go:28:53: []*string{...} does not escape
