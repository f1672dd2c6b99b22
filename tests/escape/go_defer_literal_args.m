# command-line-arguments
./go_defer_literal_args.go:10:34: ... argument does not escape
./go_defer_literal_args.go:10:35: k escapes to heap
./go_defer_literal_args.go:12:33: ... argument does not escape
./go_defer_literal_args.go:12:34: k escapes to heap
./go_defer_literal_args.go:8:15: leaking param: done
./go_defer_literal_args.go:10:9: func literal escapes to heap
./go_defer_literal_args.go:12:8: func literal does not escape
./go_defer_literal_args.go:13:5: func literal escapes to heap
./go_defer_literal_args.go:19:13: ... argument does not escape
./go_defer_literal_args.go:19:14: <-done escapes to heap
