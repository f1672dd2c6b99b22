# command-line-arguments
./defer_variadic_args.go:7:10: leaking param content: label
./defer_variadic_args.go:7:25: ns does not escape
./defer_variadic_args.go:12:13: ... argument does not escape
./defer_variadic_args.go:12:14: *label escapes to heap
./defer_variadic_args.go:12:22: t escapes to heap
./defer_variadic_args.go:15:11: leaking param: ns to result ~r0 level=0
./defer_variadic_args.go:19:12: leaking param: ns
./defer_variadic_args.go:26:13: ... argument escapes to heap
./defer_variadic_args.go:21:10: xs does not escape
./defer_variadic_args.go:25:11: ... argument does not escape
./defer_variadic_args.go:27:20: "println" escapes to heap
./defer_variadic_args.go:27:34: len(xs) escapes to heap
./defer_variadic_args.go:27:42: xs[0] escapes to heap
./defer_variadic_args.go:27:19: ... argument does not escape
./defer_variadic_args.go:28:10: ... argument does not escape
./defer_variadic_args.go:33:3: moved to heap: tag
./defer_variadic_args.go:34:12: ... argument does not escape
./defer_variadic_args.go:39:11: []int{...} does not escape
./defer_variadic_args.go:41:13: ... argument does not escape
./defer_variadic_args.go:41:14: saved escapes to heap
