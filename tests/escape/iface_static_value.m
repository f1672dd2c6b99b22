# command-line-arguments
./iface_static_value.go:11:9: 5 escapes to heap
./iface_static_value.go:12:13: ... argument does not escape
./iface_static_value.go:14:19: ... argument does not escape
./iface_static_value.go:17:9: m escapes to heap
./iface_static_value.go:19:13: ... argument does not escape
./iface_static_value.go:19:20: "label" escapes to heap
