# command-line-arguments
./linked_list.go:12:16: vals does not escape
./linked_list.go:15:10: &Node{...} escapes to heap
./linked_list.go:32:22: []int{...} does not escape
./linked_list.go:33:13: ... argument does not escape
./linked_list.go:33:15: l.Val escapes to heap
./linked_list.go:33:32: l.Next.Next.Val escapes to heap
./linked_list.go:33:46: localSum() escapes to heap
