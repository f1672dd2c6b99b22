# command-line-arguments
./range_addr.go:7:12: vals does not escape
./range_addr.go:9:9: moved to heap: v
./range_addr.go:10:15: append escapes to heap
./range_addr.go:15:16: vals does not escape
./range_addr.go:25:19: []int{...} does not escape
./range_addr.go:26:13: ... argument does not escape
./range_addr.go:26:14: *ps[0] escapes to heap
./range_addr.go:26:22: *ps[2] escapes to heap
./range_addr.go:26:39: sumViaPtr([]int{...}) escapes to heap
./range_addr.go:26:45: []int{...} does not escape
