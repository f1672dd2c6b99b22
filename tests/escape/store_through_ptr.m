# command-line-arguments
./store_through_ptr.go:13:11: n does not escape
./store_through_ptr.go:14:2: moved to heap: m
./store_through_ptr.go:18:10: pp does not escape
./store_through_ptr.go:19:2: moved to heap: x
./store_through_ptr.go:28:13: ... argument does not escape
./store_through_ptr.go:28:20: n.next.val escapes to heap
./store_through_ptr.go:28:26: *p escapes to heap
