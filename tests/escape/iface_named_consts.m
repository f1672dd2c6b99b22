# command-line-arguments
./iface_named_consts.go:21:13: ... argument does not escape
./iface_named_consts.go:21:14: Color("red") escapes to heap
./iface_named_consts.go:21:19: Flag(true) escapes to heap
./iface_named_consts.go:21:23: 0.333333 escapes to heap
./iface_named_consts.go:21:34: 3.14159 escapes to heap
./iface_named_consts.go:22:13: ... argument does not escape
./iface_named_consts.go:22:18: 9223372036854775807 escapes to heap
./iface_named_consts.go:22:29: -7 escapes to heap
./iface_named_consts.go:22:34: 1099511627776 escapes to heap
./iface_named_consts.go:22:43: 'B' escapes to heap
./iface_named_consts.go:23:13: ... argument does not escape
./iface_named_consts.go:23:17: 4 escapes to heap
./iface_named_consts.go:23:37: 0.125 escapes to heap
./iface_named_consts.go:23:44: 150 escapes to heap
