# command-line-arguments
./iface_pointer_shaped.go:17:6: moved to heap: u
./iface_pointer_shaped.go:15:7: &T{...} escapes to heap
./iface_pointer_shaped.go:16:21: map[string]int{...} escapes to heap
./iface_pointer_shaped.go:19:13: ... argument does not escape
./iface_pointer_shaped.go:19:23: len(m) escapes to heap
