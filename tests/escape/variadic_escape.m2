# command-line-arguments
./variadic_escape.go:10:15: append(kept, xs) escapes to heap in keep:
./variadic_escape.go:10:15:   flow: {heap} ← &{storage for append(kept, xs)}:
./variadic_escape.go:10:15:     from append(kept, xs) (spill) at ./variadic_escape.go:10:15
./variadic_escape.go:10:15:     from kept = append(kept, xs) (assign) at ./variadic_escape.go:10:7
./variadic_escape.go:9:11: parameter xs leaks to {heap} for keep with derefs=0:
./variadic_escape.go:9:11:   flow: {heap} ← xs:
./variadic_escape.go:9:11:     from append(kept, xs) (call parameter) at ./variadic_escape.go:10:15
./variadic_escape.go:9:11: leaking param: xs
./variadic_escape.go:10:15: append escapes to heap
./variadic_escape.go:14:6: ... argument escapes to heap in main:
./variadic_escape.go:14:6:   flow: {heap} ← &{storage for ... argument}:
./variadic_escape.go:14:6:     from ... argument (spill) at ./variadic_escape.go:14:6
./variadic_escape.go:14:6:     from keep(... argument...) (call parameter) at ./variadic_escape.go:14:6
./variadic_escape.go:15:6: ... argument escapes to heap in main:
./variadic_escape.go:15:6:   flow: {heap} ← &{storage for ... argument}:
./variadic_escape.go:15:6:     from ... argument (spill) at ./variadic_escape.go:15:6
./variadic_escape.go:15:6:     from keep(... argument...) (call parameter) at ./variadic_escape.go:15:6
./variadic_escape.go:16:17: len(kept) escapes to heap in main:
./variadic_escape.go:16:17:   flow: {storage for ... argument} ← &{storage for len(kept)}:
./variadic_escape.go:16:17:     from len(kept) (spill) at ./variadic_escape.go:16:17
./variadic_escape.go:16:17:     from ... argument (slice-literal-element) at ./variadic_escape.go:16:13
./variadic_escape.go:16:17:   flow: {heap} ← {storage for ... argument}:
./variadic_escape.go:16:17:     from ... argument (spill) at ./variadic_escape.go:16:13
./variadic_escape.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./variadic_escape.go:16:13
./variadic_escape.go:16:32: kept[0][1] escapes to heap in main:
./variadic_escape.go:16:32:   flow: {storage for ... argument} ← &{storage for kept[0][1]}:
./variadic_escape.go:16:32:     from kept[0][1] (spill) at ./variadic_escape.go:16:32
./variadic_escape.go:16:32:     from ... argument (slice-literal-element) at ./variadic_escape.go:16:13
./variadic_escape.go:16:32:   flow: {heap} ← {storage for ... argument}:
./variadic_escape.go:16:32:     from ... argument (spill) at ./variadic_escape.go:16:13
./variadic_escape.go:16:32:     from fmt.Println(... argument...) (call parameter) at ./variadic_escape.go:16:13
./variadic_escape.go:16:44: kept[1][0] escapes to heap in main:
./variadic_escape.go:16:44:   flow: {storage for ... argument} ← &{storage for kept[1][0]}:
./variadic_escape.go:16:44:     from kept[1][0] (spill) at ./variadic_escape.go:16:44
./variadic_escape.go:16:44:     from ... argument (slice-literal-element) at ./variadic_escape.go:16:13
./variadic_escape.go:16:44:   flow: {heap} ← {storage for ... argument}:
./variadic_escape.go:16:44:     from ... argument (spill) at ./variadic_escape.go:16:13
./variadic_escape.go:16:44:     from fmt.Println(... argument...) (call parameter) at ./variadic_escape.go:16:13
./variadic_escape.go:14:6: ... argument escapes to heap
./variadic_escape.go:15:6: ... argument escapes to heap
./variadic_escape.go:16:13: ... argument does not escape
./variadic_escape.go:16:17: len(kept) escapes to heap
./variadic_escape.go:16:32: kept[0][1] escapes to heap
./variadic_escape.go:16:44: kept[1][0] escapes to heap
