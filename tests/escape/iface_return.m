# command-line-arguments
./iface_return.go:13:9: n escapes to heap
./iface_return.go:17:16: Celsius(21.5) escapes to heap
./iface_return.go:29:13: ... argument does not escape
