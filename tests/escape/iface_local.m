# command-line-arguments
./iface_local.go:32:33: devirtualizing s.Area to Rect
./iface_local.go:17:15: v does not escape
./iface_local.go:22:20: "string " + x escapes to heap
./iface_local.go:31:16: r does not escape
./iface_local.go:32:13: ... argument does not escape
./iface_local.go:32:22: describe(12) escapes to heap
./iface_local.go:32:23: 12 does not escape
./iface_local.go:32:33: Rect.Area(s.(Rect)) escapes to heap
