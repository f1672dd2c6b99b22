# command-line-arguments
./bytes_conv.go:8:13: s does not escape
./bytes_conv.go:10:27: ([]byte)(s) does not escape
./bytes_conv.go:10:27: zero-copy string->[]byte conversion
./bytes_conv.go:21:16: string(b) escapes to heap in upperFirst:
./bytes_conv.go:21:16:   flow: ~r0 ← &{storage for string(b)}:
./bytes_conv.go:21:16:     from string(b) (spill) at ./bytes_conv.go:21:16
./bytes_conv.go:21:16:     from return string(b) (return) at ./bytes_conv.go:21:2
./bytes_conv.go:18:17: s does not escape
./bytes_conv.go:19:14: ([]byte)(s) does not escape
./bytes_conv.go:21:16: string(b) escapes to heap
./bytes_conv.go:25:16: ([]byte)(s) escapes to heap in raw:
./bytes_conv.go:25:16:   flow: ~r0 ← &{storage for ([]byte)(s)}:
./bytes_conv.go:25:16:     from ([]byte)(s) (spill) at ./bytes_conv.go:25:16
./bytes_conv.go:25:16:     from return ([]byte)(s) (return) at ./bytes_conv.go:25:2
./bytes_conv.go:24:10: s does not escape
./bytes_conv.go:25:16: ([]byte)(s) escapes to heap
./bytes_conv.go:29:20: countA("banana") escapes to heap in main:
./bytes_conv.go:29:20:   flow: {storage for ... argument} ← &{storage for countA("banana")}:
./bytes_conv.go:29:20:     from countA("banana") (spill) at ./bytes_conv.go:29:20
./bytes_conv.go:29:20:     from ... argument (slice-literal-element) at ./bytes_conv.go:29:13
./bytes_conv.go:29:20:   flow: {heap} ← {storage for ... argument}:
./bytes_conv.go:29:20:     from ... argument (spill) at ./bytes_conv.go:29:13
./bytes_conv.go:29:20:     from fmt.Println(... argument...) (call parameter) at ./bytes_conv.go:29:13
./bytes_conv.go:29:42: upperFirst("go") escapes to heap in main:
./bytes_conv.go:29:42:   flow: {storage for ... argument} ← &{storage for upperFirst("go")}:
./bytes_conv.go:29:42:     from upperFirst("go") (spill) at ./bytes_conv.go:29:42
./bytes_conv.go:29:42:     from ... argument (slice-literal-element) at ./bytes_conv.go:29:13
./bytes_conv.go:29:42:   flow: {heap} ← {storage for ... argument}:
./bytes_conv.go:29:42:     from ... argument (spill) at ./bytes_conv.go:29:13
./bytes_conv.go:29:42:     from fmt.Println(... argument...) (call parameter) at ./bytes_conv.go:29:13
./bytes_conv.go:29:53: len(raw("abc")) escapes to heap in main:
./bytes_conv.go:29:53:   flow: {storage for ... argument} ← &{storage for len(raw("abc"))}:
./bytes_conv.go:29:53:     from len(raw("abc")) (spill) at ./bytes_conv.go:29:53
./bytes_conv.go:29:53:     from ... argument (slice-literal-element) at ./bytes_conv.go:29:13
./bytes_conv.go:29:53:   flow: {heap} ← {storage for ... argument}:
./bytes_conv.go:29:53:     from ... argument (spill) at ./bytes_conv.go:29:13
./bytes_conv.go:29:53:     from fmt.Println(... argument...) (call parameter) at ./bytes_conv.go:29:13
./bytes_conv.go:29:13: ... argument does not escape
./bytes_conv.go:29:20: countA("banana") escapes to heap
./bytes_conv.go:29:42: upperFirst("go") escapes to heap
./bytes_conv.go:29:53: len(raw("abc")) escapes to heap
