# command-line-arguments
./iface_method_call.go:15:7: a does not escape
./iface_method_call.go:15:20: p does not escape
./iface_method_call.go:17:12: leaking param: a
./iface_method_call.go:18:2: moved to heap: x
./iface_method_call.go:24:16: &Plus{...} escapes to heap
./iface_method_call.go:25:13: ... argument does not escape
./iface_method_call.go:25:19: apply(a) escapes to heap
