# command-line-arguments
./iface_println.go:14:7: &Point{...} escapes to heap
./iface_println.go:16:13: ... argument does not escape
./iface_println.go:16:14: 7 escapes to heap
./iface_println.go:16:17: "hello" escapes to heap
./iface_println.go:16:23: v escapes to heap
./iface_println.go:17:13: ... argument does not escape
./iface_println.go:17:15: x + 1 escapes to heap
./iface_println.go:17:22: len(s) escapes to heap
./iface_println.go:17:27: *p escapes to heap
