# command-line-arguments
./struct_lit_iface.go:13:11: leaking param: v
./struct_lit_iface.go:14:19: ... argument does not escape
./struct_lit_iface.go:18:16: Pair{...} escapes to heap
./struct_lit_iface.go:19:17: Empty{} escapes to heap
./struct_lit_iface.go:20:13: ... argument does not escape
./struct_lit_iface.go:20:14: s escapes to heap
./struct_lit_iface.go:20:17: t escapes to heap
./struct_lit_iface.go:21:13: ... argument does not escape
./struct_lit_iface.go:21:18: Pair{...} escapes to heap
