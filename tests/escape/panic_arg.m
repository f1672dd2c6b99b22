# command-line-arguments
./panic_arg.go:16:9: &Fault{...} escapes to heap
./panic_arg.go:19:9: n escapes to heap
./panic_arg.go:26:9: "too many arguments" escapes to heap
./panic_arg.go:28:13: ... argument does not escape
./panic_arg.go:28:26: mustPositive(5) escapes to heap
