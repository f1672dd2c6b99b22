# command-line-arguments
./leak_param.go:10:11: leaking param: p
./leak_param.go:14:15: leaking param: s
./leak_param.go:19:2: moved to heap: x
./leak_param.go:21:19: []string{...} escapes to heap
./leak_param.go:23:13: ... argument does not escape
./leak_param.go:23:14: x escapes to heap
./leak_param.go:23:20: len(names) escapes to heap
