# command-line-arguments
./inline_closures.go:10:12: f does not escape
./inline_closures.go:15:2: moved to heap: n
./inline_closures.go:16:9: func literal escapes to heap
./inline_closures.go:24:9: func literal does not escape
./inline_closures.go:25:13: ... argument does not escape
./inline_closures.go:25:17: add(1) escapes to heap
./inline_closures.go:25:27: apply(double, 3) escapes to heap
./inline_closures.go:25:45: apply(add, 4) escapes to heap
./inline_closures.go:27:13: ... argument does not escape
./inline_closures.go:27:15: g(21) escapes to heap
./inline_closures.go:30:13: ... argument does not escape
./inline_closures.go:30:15: c() escapes to heap
./inline_closures.go:30:52: (func literal)() escapes to heap
./inline_closures.go:30:19: func literal does not escape
./inline_closures.go:35:13: ... argument does not escape
./inline_closures.go:35:15: h(1) escapes to heap
