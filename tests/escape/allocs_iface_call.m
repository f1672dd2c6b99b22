# command-line-arguments
./allocs_iface_call.go:17:18: p does not escape
./allocs_iface_call.go:25:19: leaking param: r
./allocs_iface_call.go:26:6: moved to heap: buf
./allocs_iface_call.go:39:14: f does not escape
./allocs_iface_call.go:51:18: func literal does not escape
./allocs_iface_call.go:52:13: ... argument does not escape
./allocs_iface_call.go:52:14: "interface:" escapes to heap
./allocs_iface_call.go:52:28: a escapes to heap
./allocs_iface_call.go:52:31: b escapes to heap
./allocs_iface_call.go:53:17: func literal does not escape
./allocs_iface_call.go:54:13: ... argument does not escape
./allocs_iface_call.go:54:14: "direct:" escapes to heap
./allocs_iface_call.go:54:25: a escapes to heap
./allocs_iface_call.go:54:28: b escapes to heap
./allocs_iface_call.go:55:13: ... argument does not escape
./allocs_iface_call.go:55:14: total escapes to heap
