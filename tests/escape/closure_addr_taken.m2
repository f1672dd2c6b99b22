# command-line-arguments
./closure_addr_taken.go:6:11: p does not escape
./closure_addr_taken.go:12:2: maker capturing by value: q (addr=false assign=false width=8)
./closure_addr_taken.go:11:2: maker capturing by ref: w (addr=true assign=false width=8)
./closure_addr_taken.go:13:9: func literal escapes to heap in maker:
./closure_addr_taken.go:13:9:   flow: ~r0 ← &{storage for func literal}:
./closure_addr_taken.go:13:9:     from func literal (spill) at ./closure_addr_taken.go:13:9
./closure_addr_taken.go:13:9:     from return func literal (return) at ./closure_addr_taken.go:13:2
./closure_addr_taken.go:11:2: w escapes to heap in maker:
./closure_addr_taken.go:11:2:   flow: {storage for func literal} ← &w:
./closure_addr_taken.go:11:2:     from w (captured by a closure) at ./closure_addr_taken.go:13:39
./closure_addr_taken.go:11:2:     from w (reference) at ./closure_addr_taken.go:13:39
./closure_addr_taken.go:11:2: moved to heap: w
./closure_addr_taken.go:13:9: func literal escapes to heap
./closure_addr_taken.go:18:15: f() escapes to heap in main:
./closure_addr_taken.go:18:15:   flow: {storage for ... argument} ← &{storage for f()}:
./closure_addr_taken.go:18:15:     from f() (spill) at ./closure_addr_taken.go:18:15
./closure_addr_taken.go:18:15:     from ... argument (slice-literal-element) at ./closure_addr_taken.go:18:13
./closure_addr_taken.go:18:15:   flow: {heap} ← {storage for ... argument}:
./closure_addr_taken.go:18:15:     from ... argument (spill) at ./closure_addr_taken.go:18:13
./closure_addr_taken.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./closure_addr_taken.go:18:13
./closure_addr_taken.go:18:20: f() escapes to heap in main:
./closure_addr_taken.go:18:20:   flow: {storage for ... argument} ← &{storage for f()}:
./closure_addr_taken.go:18:20:     from f() (spill) at ./closure_addr_taken.go:18:20
./closure_addr_taken.go:18:20:     from ... argument (slice-literal-element) at ./closure_addr_taken.go:18:13
./closure_addr_taken.go:18:20:   flow: {heap} ← {storage for ... argument}:
./closure_addr_taken.go:18:20:     from ... argument (spill) at ./closure_addr_taken.go:18:13
./closure_addr_taken.go:18:20:     from fmt.Println(... argument...) (call parameter) at ./closure_addr_taken.go:18:13
./closure_addr_taken.go:18:13: ... argument does not escape
./closure_addr_taken.go:18:15: f() escapes to heap
./closure_addr_taken.go:18:20: f() escapes to heap
