# command-line-arguments
./iface_assign.go:10:14: n does not escape
./iface_assign.go:18:9: n escapes to heap
./iface_assign.go:23:13: ... argument does not escape
./iface_assign.go:23:19: local(21) escapes to heap
./iface_assign.go:23:29: sink.(int) escapes to heap
