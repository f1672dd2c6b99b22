# command-line-arguments
./go_stmt_args.go:12:10: p does not escape
./go_stmt_args.go:12:25: done does not escape
./go_stmt_args.go:17:11: b does not escape
./go_stmt_args.go:17:19: done does not escape
./go_stmt_args.go:22:11: leaking param: s
./go_stmt_args.go:22:28: out does not escape
./go_stmt_args.go:23:19: ... argument does not escape
./go_stmt_args.go:23:20: s escapes to heap
./go_stmt_args.go:23:23: n escapes to heap
./go_stmt_args.go:26:7: b does not escape
./go_stmt_args.go:26:20: done does not escape
./go_stmt_args.go:31:21: out does not escape
./go_stmt_args.go:32:19: ... argument does not escape
./go_stmt_args.go:32:20: "box " escapes to heap
./go_stmt_args.go:32:29: b.v escapes to heap
./go_stmt_args.go:36:2: moved to heap: x
./go_stmt_args.go:44:6: moved to heap: b
./go_stmt_args.go:58:2: moved to heap: b
./go_stmt_args.go:68:10: new(int) escapes to heap
./go_stmt_args.go:76:13: ... argument does not escape
./go_stmt_args.go:76:21: addrArg() escapes to heap
./go_stmt_args.go:77:13: ... argument does not escape
./go_stmt_args.go:77:23: structArg() escapes to heap
./go_stmt_args.go:78:13: ... argument does not escape
./go_stmt_args.go:78:23: valueArgs() escapes to heap
./go_stmt_args.go:79:13: ... argument does not escape
./go_stmt_args.go:79:13: .autotmp_0 escapes to heap
./go_stmt_args.go:79:13: .autotmp_1 escapes to heap
./go_stmt_args.go:80:13: ... argument does not escape
./go_stmt_args.go:80:20: newArg() escapes to heap
