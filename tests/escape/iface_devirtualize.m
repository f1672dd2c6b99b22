# command-line-arguments
./iface_devirtualize.go:20:15: devirtualizing s.Area to *Square
./iface_devirtualize.go:16:7: s does not escape
./iface_devirtualize.go:19:16: &Square{...} does not escape
./iface_devirtualize.go:24:13: ... argument does not escape
./iface_devirtualize.go:24:18: area() escapes to heap
