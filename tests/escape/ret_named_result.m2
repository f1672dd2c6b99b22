# command-line-arguments
./ret_named_result.go:7:14: n escapes to heap in pair:
./ret_named_result.go:7:14:   flow: p ← &n:
./ret_named_result.go:7:14:     from &n (address-of) at ./ret_named_result.go:9:6
./ret_named_result.go:7:14:     from p = &n (assign) at ./ret_named_result.go:9:4
./ret_named_result.go:7:14: moved to heap: n
./ret_named_result.go:22:14: n escapes to heap in main:
./ret_named_result.go:22:14:   flow: {storage for ... argument} ← &{storage for n}:
./ret_named_result.go:22:14:     from n (spill) at ./ret_named_result.go:22:14
./ret_named_result.go:22:14:     from ... argument (slice-literal-element) at ./ret_named_result.go:22:13
./ret_named_result.go:22:14:   flow: {heap} ← {storage for ... argument}:
./ret_named_result.go:22:14:     from ... argument (spill) at ./ret_named_result.go:22:13
./ret_named_result.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./ret_named_result.go:22:13
./ret_named_result.go:22:17: *p escapes to heap in main:
./ret_named_result.go:22:17:   flow: {storage for ... argument} ← &{storage for *p}:
./ret_named_result.go:22:17:     from *p (spill) at ./ret_named_result.go:22:17
./ret_named_result.go:22:17:     from ... argument (slice-literal-element) at ./ret_named_result.go:22:13
./ret_named_result.go:22:17:   flow: {heap} ← {storage for ... argument}:
./ret_named_result.go:22:17:     from ... argument (spill) at ./ret_named_result.go:22:13
./ret_named_result.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./ret_named_result.go:22:13
./ret_named_result.go:22:26: plain() escapes to heap in main:
./ret_named_result.go:22:26:   flow: {storage for ... argument} ← &{storage for plain()}:
./ret_named_result.go:22:26:     from plain() (spill) at ./ret_named_result.go:22:26
./ret_named_result.go:22:26:     from ... argument (slice-literal-element) at ./ret_named_result.go:22:13
./ret_named_result.go:22:26:   flow: {heap} ← {storage for ... argument}:
./ret_named_result.go:22:26:     from ... argument (spill) at ./ret_named_result.go:22:13
./ret_named_result.go:22:26:     from fmt.Println(... argument...) (call parameter) at ./ret_named_result.go:22:13
./ret_named_result.go:22:13: ... argument does not escape
./ret_named_result.go:22:14: n escapes to heap
./ret_named_result.go:22:17: *p escapes to heap
./ret_named_result.go:22:26: plain() escapes to heap
