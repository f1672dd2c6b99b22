# command-line-arguments
./func_value_unknown.go:8:14: p does not escape
./func_value_unknown.go:7:41: map[string]func(*int) int{...} escapes to heap
./func_value_unknown.go:8:9: func literal escapes to heap
./func_value_unknown.go:11:15: name does not escape
./func_value_unknown.go:12:2: moved to heap: x
./func_value_unknown.go:16:16: f does not escape
./func_value_unknown.go:17:2: moved to heap: y
./func_value_unknown.go:22:13: ... argument does not escape
./func_value_unknown.go:22:22: dispatch("inc") escapes to heap
./func_value_unknown.go:22:40: callParam(handlers["inc"]) escapes to heap
