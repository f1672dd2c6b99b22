# command-line-arguments
./type_switch.go:8:15: leaking param: v
./type_switch.go:11:17: append escapes to heap
./type_switch.go:14:17: "str:" + x escapes to heap
./type_switch.go:22:2: moved to heap: n
./type_switch.go:23:13: ... argument does not escape
./type_switch.go:23:22: classify(&n) escapes to heap
./type_switch.go:23:36: classify("go") escapes to heap
./type_switch.go:23:37: "go" escapes to heap
./type_switch.go:23:52: classify(1) escapes to heap
./type_switch.go:23:53: 1 escapes to heap
./type_switch.go:23:60: len(saved) escapes to heap
