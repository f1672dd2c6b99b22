# command-line-arguments
./iface_consts.go:17:13: ... argument does not escape
./iface_consts.go:17:21: float32(0.333333) escapes to heap
./iface_consts.go:17:33: 9.0072e+15 escapes to heap
./iface_consts.go:17:38: Weekday(0) escapes to heap
./iface_consts.go:17:46: Weekday(1) escapes to heap
./iface_consts.go:18:13: ... argument does not escape
./iface_consts.go:18:14: "text" escapes to heap
./iface_consts.go:18:22: 'x' escapes to heap
./iface_consts.go:18:27: true escapes to heap
./iface_consts.go:18:38: uint8(200) escapes to heap
./iface_consts.go:18:45: 1e+100 escapes to heap
./iface_consts.go:19:13: ... argument does not escape
./iface_consts.go:19:19: int64(-1) escapes to heap
./iface_consts.go:19:25: 2.5 escapes to heap
./iface_consts.go:19:30: "" escapes to heap
