# command-line-arguments
./iface_println.go:16:14: 7 escapes to heap in main:
./iface_println.go:16:14:   flow: {storage for ... argument} ← &{storage for 7}:
./iface_println.go:16:14:     from 7 (spill) at ./iface_println.go:16:14
./iface_println.go:16:14:     from ... argument (slice-literal-element) at ./iface_println.go:16:13
./iface_println.go:16:14:   flow: {heap} ← {storage for ... argument}:
./iface_println.go:16:14:     from ... argument (spill) at ./iface_println.go:16:13
./iface_println.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./iface_println.go:16:13
./iface_println.go:16:17: "hello" escapes to heap in main:
./iface_println.go:16:17:   flow: {storage for ... argument} ← &{storage for "hello"}:
./iface_println.go:16:17:     from "hello" (spill) at ./iface_println.go:16:17
./iface_println.go:16:17:     from ... argument (slice-literal-element) at ./iface_println.go:16:13
./iface_println.go:16:17:   flow: {heap} ← {storage for ... argument}:
./iface_println.go:16:17:     from ... argument (spill) at ./iface_println.go:16:13
./iface_println.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./iface_println.go:16:13
./iface_println.go:16:23: v escapes to heap in main:
./iface_println.go:16:23:   flow: {storage for ... argument} ← &{storage for v}:
./iface_println.go:16:23:     from v (spill) at ./iface_println.go:16:23
./iface_println.go:16:23:     from ... argument (slice-literal-element) at ./iface_println.go:16:13
./iface_println.go:16:23:   flow: {heap} ← {storage for ... argument}:
./iface_println.go:16:23:     from ... argument (spill) at ./iface_println.go:16:13
./iface_println.go:16:23:     from fmt.Println(... argument...) (call parameter) at ./iface_println.go:16:13
./iface_println.go:17:15: x + 1 escapes to heap in main:
./iface_println.go:17:15:   flow: {storage for ... argument} ← &{storage for x + 1}:
./iface_println.go:17:15:     from x + 1 (spill) at ./iface_println.go:17:15
./iface_println.go:17:15:     from ... argument (slice-literal-element) at ./iface_println.go:17:13
./iface_println.go:17:15:   flow: {heap} ← {storage for ... argument}:
./iface_println.go:17:15:     from ... argument (spill) at ./iface_println.go:17:13
./iface_println.go:17:15:     from fmt.Println(... argument...) (call parameter) at ./iface_println.go:17:13
./iface_println.go:17:22: len(s) escapes to heap in main:
./iface_println.go:17:22:   flow: {storage for ... argument} ← &{storage for len(s)}:
./iface_println.go:17:22:     from len(s) (spill) at ./iface_println.go:17:22
./iface_println.go:17:22:     from ... argument (slice-literal-element) at ./iface_println.go:17:13
./iface_println.go:17:22:   flow: {heap} ← {storage for ... argument}:
./iface_println.go:17:22:     from ... argument (spill) at ./iface_println.go:17:13
./iface_println.go:17:22:     from fmt.Println(... argument...) (call parameter) at ./iface_println.go:17:13
./iface_println.go:17:27: *p escapes to heap in main:
./iface_println.go:17:27:   flow: {storage for ... argument} ← &{storage for *p}:
./iface_println.go:17:27:     from *p (spill) at ./iface_println.go:17:27
./iface_println.go:17:27:     from ... argument (slice-literal-element) at ./iface_println.go:17:13
./iface_println.go:17:27:   flow: {heap} ← {storage for ... argument}:
./iface_println.go:17:27:     from ... argument (spill) at ./iface_println.go:17:13
./iface_println.go:17:27:     from fmt.Println(... argument...) (call parameter) at ./iface_println.go:17:13
./iface_println.go:14:7: &Point{...} escapes to heap in main:
./iface_println.go:14:7:   flow: p ← &{storage for &Point{...}}:
./iface_println.go:14:7:     from &Point{...} (spill) at ./iface_println.go:14:7
./iface_println.go:14:7:     from p := &Point{...} (assign) at ./iface_println.go:14:4
./iface_println.go:14:7:   flow: {storage for ... argument} ← p:
./iface_println.go:14:7:     from p (interface-converted) at ./iface_println.go:16:20
./iface_println.go:14:7:     from ... argument (slice-literal-element) at ./iface_println.go:16:13
./iface_println.go:14:7:   flow: {heap} ← {storage for ... argument}:
./iface_println.go:14:7:     from ... argument (spill) at ./iface_println.go:16:13
./iface_println.go:14:7:     from fmt.Println(... argument...) (call parameter) at ./iface_println.go:16:13
./iface_println.go:14:7: &Point{...} escapes to heap
./iface_println.go:16:13: ... argument does not escape
./iface_println.go:16:14: 7 escapes to heap
./iface_println.go:16:17: "hello" escapes to heap
./iface_println.go:16:23: v escapes to heap
./iface_println.go:17:13: ... argument does not escape
./iface_println.go:17:15: x + 1 escapes to heap
./iface_println.go:17:22: len(s) escapes to heap
./iface_println.go:17:27: *p escapes to heap
