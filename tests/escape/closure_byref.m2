# command-line-arguments
./closure_byref.go:8:2: counter capturing by ref: n (addr=false assign=true width=8)
./closure_byref.go:9:9: func literal escapes to heap in counter:
./closure_byref.go:9:9:   flow: ~r0 ← &{storage for func literal}:
./closure_byref.go:9:9:     from func literal (spill) at ./closure_byref.go:9:9
./closure_byref.go:9:9:     from return func literal (return) at ./closure_byref.go:9:2
./closure_byref.go:8:2: n escapes to heap in counter:
./closure_byref.go:8:2:   flow: {storage for func literal} ← &n:
./closure_byref.go:8:2:     from n (captured by a closure) at ./closure_byref.go:10:3
./closure_byref.go:8:2:     from n (reference) at ./closure_byref.go:10:3
./closure_byref.go:8:2: moved to heap: n
./closure_byref.go:9:9: func literal escapes to heap
./closure_byref.go:20:15: c() escapes to heap in main:
./closure_byref.go:20:15:   flow: {storage for ... argument} ← &{storage for c()}:
./closure_byref.go:20:15:     from c() (spill) at ./closure_byref.go:20:15
./closure_byref.go:20:15:     from ... argument (slice-literal-element) at ./closure_byref.go:20:13
./closure_byref.go:20:15:   flow: {heap} ← {storage for ... argument}:
./closure_byref.go:20:15:     from ... argument (spill) at ./closure_byref.go:20:13
./closure_byref.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./closure_byref.go:20:13
./closure_byref.go:20:20: d() escapes to heap in main:
./closure_byref.go:20:20:   flow: {storage for ... argument} ← &{storage for d()}:
./closure_byref.go:20:20:     from d() (spill) at ./closure_byref.go:20:20
./closure_byref.go:20:20:     from ... argument (slice-literal-element) at ./closure_byref.go:20:13
./closure_byref.go:20:20:   flow: {heap} ← {storage for ... argument}:
./closure_byref.go:20:20:     from ... argument (spill) at ./closure_byref.go:20:13
./closure_byref.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./closure_byref.go:20:13
./closure_byref.go:20:13: ... argument does not escape
./closure_byref.go:20:15: c() escapes to heap
./closure_byref.go:20:20: d() escapes to heap
