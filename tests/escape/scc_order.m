# command-line-arguments
./scc_order.go:19:2: moved to heap: x
./scc_order.go:13:10: new(int) escapes to heap
./scc_order.go:24:13: ... argument does not escape
./scc_order.go:24:14: *top() escapes to heap
