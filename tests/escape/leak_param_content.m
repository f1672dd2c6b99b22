# command-line-arguments
./leak_param_content.go:11:16: leaking param content: pp
./leak_param_content.go:15:14: leaking param content: s
./leak_param_content.go:20:2: moved to heap: x
./leak_param_content.go:23:18: []string{...} does not escape
./leak_param_content.go:24:13: ... argument does not escape
./leak_param_content.go:24:14: *saved escapes to heap
./leak_param_content.go:24:22: first escapes to heap
