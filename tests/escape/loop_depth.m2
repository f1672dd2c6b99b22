# command-line-arguments
./loop_depth.go:11:3: x escapes to heap in outerPtr:
./loop_depth.go:11:3:   flow: p ← &x:
./loop_depth.go:11:3:     from &x (address-of) at ./loop_depth.go:12:7
./loop_depth.go:11:3:     from p = &x (assign) at ./loop_depth.go:12:5
./loop_depth.go:11:3: moved to heap: x
./loop_depth.go:27:22: outerPtr(4) escapes to heap in main:
./loop_depth.go:27:22:   flow: {storage for ... argument} ← &{storage for outerPtr(4)}:
./loop_depth.go:27:22:     from outerPtr(4) (spill) at ./loop_depth.go:27:22
./loop_depth.go:27:22:     from ... argument (slice-literal-element) at ./loop_depth.go:27:13
./loop_depth.go:27:22:   flow: {heap} ← {storage for ... argument}:
./loop_depth.go:27:22:     from ... argument (spill) at ./loop_depth.go:27:13
./loop_depth.go:27:22:     from fmt.Println(... argument...) (call parameter) at ./loop_depth.go:27:13
./loop_depth.go:27:35: innerPtr(4) escapes to heap in main:
./loop_depth.go:27:35:   flow: {storage for ... argument} ← &{storage for innerPtr(4)}:
./loop_depth.go:27:35:     from innerPtr(4) (spill) at ./loop_depth.go:27:35
./loop_depth.go:27:35:     from ... argument (slice-literal-element) at ./loop_depth.go:27:13
./loop_depth.go:27:35:   flow: {heap} ← {storage for ... argument}:
./loop_depth.go:27:35:     from ... argument (spill) at ./loop_depth.go:27:13
./loop_depth.go:27:35:     from fmt.Println(... argument...) (call parameter) at ./loop_depth.go:27:13
./loop_depth.go:27:13: ... argument does not escape
./loop_depth.go:27:22: outerPtr(4) escapes to heap
./loop_depth.go:27:35: innerPtr(4) escapes to heap
