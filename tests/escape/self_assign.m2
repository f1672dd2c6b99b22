# command-line-arguments
./self_assign.go:14:8: (*Buffer).Skip ignoring self-assignment in b.buf = b.buf[n:]
./self_assign.go:13:7: b does not escape
./self_assign.go:18:9: (*Buffer).Save ignoring self-assignment in b.prev = b.buf
./self_assign.go:17:7: b does not escape
./self_assign.go:26:20: string(b.buf) escapes to heap in main:
./self_assign.go:26:20:   flow: {storage for ... argument} ← &{storage for string(b.buf)}:
./self_assign.go:26:20:     from string(b.buf) (spill) at ./self_assign.go:26:20
./self_assign.go:26:20:     from ... argument (slice-literal-element) at ./self_assign.go:26:13
./self_assign.go:26:20:   flow: {heap} ← {storage for ... argument}:
./self_assign.go:26:20:     from ... argument (spill) at ./self_assign.go:26:13
./self_assign.go:26:20:     from fmt.Println(... argument...) (call parameter) at ./self_assign.go:26:13
./self_assign.go:26:35: string(b.prev) escapes to heap in main:
./self_assign.go:26:35:   flow: {storage for ... argument} ← &{storage for string(b.prev)}:
./self_assign.go:26:35:     from string(b.prev) (spill) at ./self_assign.go:26:35
./self_assign.go:26:35:     from ... argument (slice-literal-element) at ./self_assign.go:26:13
./self_assign.go:26:35:   flow: {heap} ← {storage for ... argument}:
./self_assign.go:26:35:     from ... argument (spill) at ./self_assign.go:26:13
./self_assign.go:26:35:     from fmt.Println(... argument...) (call parameter) at ./self_assign.go:26:13
./self_assign.go:26:37: string(b.prev) escapes to heap in main:
./self_assign.go:26:37:   flow: {storage for string(b.prev)} ← &{storage for string(b.prev)}:
./self_assign.go:26:37:     from string(b.prev) (spill) at ./self_assign.go:26:37
./self_assign.go:26:37:     from string(b.prev) (interface-converted) at ./self_assign.go:26:35
./self_assign.go:26:22: string(b.buf) escapes to heap in main:
./self_assign.go:26:22:   flow: {storage for string(b.buf)} ← &{storage for string(b.buf)}:
./self_assign.go:26:22:     from string(b.buf) (spill) at ./self_assign.go:26:22
./self_assign.go:26:22:     from string(b.buf) (interface-converted) at ./self_assign.go:26:20
./self_assign.go:22:7: &Buffer{...} does not escape
./self_assign.go:22:27: ([]byte)("abcdef") does not escape
./self_assign.go:26:13: ... argument does not escape
./self_assign.go:26:20: string(b.buf) escapes to heap
./self_assign.go:26:22: string(b.buf) escapes to heap
./self_assign.go:26:35: string(b.prev) escapes to heap
./self_assign.go:26:37: string(b.prev) escapes to heap
