# command-line-arguments
./iface_explicit.go:21:20: devirtualizing s.Show to Name
./iface_explicit.go:13:7: n does not escape
./iface_explicit.go:13:54: "<" + string(n) + ">" escapes to heap
./iface_explicit.go:19:14: Shower(Name("go")) does not escape
./iface_explicit.go:20:26: any(42) escapes to heap
./iface_explicit.go:20:43: (interface {})(Name("go")) escapes to heap
./iface_explicit.go:20:15: append escapes to heap
./iface_explicit.go:21:13: ... argument does not escape
./iface_explicit.go:21:20: Name.Show(s.(Name)) escapes to heap
./iface_explicit.go:21:27: len(keep) escapes to heap
