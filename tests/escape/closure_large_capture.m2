# command-line-arguments
./closure_large_capture.go:8:6: small capturing by value: a (addr=false assign=false width=128)
./closure_large_capture.go:10:9: func literal escapes to heap in small:
./closure_large_capture.go:10:9:   flow: ~r0 ← &{storage for func literal}:
./closure_large_capture.go:10:9:     from func literal (spill) at ./closure_large_capture.go:10:9
./closure_large_capture.go:10:9:     from return func literal (return) at ./closure_large_capture.go:10:2
./closure_large_capture.go:10:9: func literal escapes to heap
./closure_large_capture.go:14:6: large capturing by ref: b (addr=false assign=false width=136)
./closure_large_capture.go:16:9: func literal escapes to heap in large:
./closure_large_capture.go:16:9:   flow: ~r0 ← &{storage for func literal}:
./closure_large_capture.go:16:9:     from func literal (spill) at ./closure_large_capture.go:16:9
./closure_large_capture.go:16:9:     from return func literal (return) at ./closure_large_capture.go:16:2
./closure_large_capture.go:14:6: b escapes to heap in large:
./closure_large_capture.go:14:6:   flow: {storage for func literal} ← &b:
./closure_large_capture.go:14:6:     from b (captured by a closure) at ./closure_large_capture.go:16:29
./closure_large_capture.go:14:6:     from b (reference) at ./closure_large_capture.go:16:29
./closure_large_capture.go:14:6: moved to heap: b
./closure_large_capture.go:16:9: func literal escapes to heap
./closure_large_capture.go:21:15: f() escapes to heap in main:
./closure_large_capture.go:21:15:   flow: {storage for ... argument} ← &{storage for f()}:
./closure_large_capture.go:21:15:     from f() (spill) at ./closure_large_capture.go:21:15
./closure_large_capture.go:21:15:     from ... argument (slice-literal-element) at ./closure_large_capture.go:21:13
./closure_large_capture.go:21:15:   flow: {heap} ← {storage for ... argument}:
./closure_large_capture.go:21:15:     from ... argument (spill) at ./closure_large_capture.go:21:13
./closure_large_capture.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./closure_large_capture.go:21:13
./closure_large_capture.go:21:20: g() escapes to heap in main:
./closure_large_capture.go:21:20:   flow: {storage for ... argument} ← &{storage for g()}:
./closure_large_capture.go:21:20:     from g() (spill) at ./closure_large_capture.go:21:20
./closure_large_capture.go:21:20:     from ... argument (slice-literal-element) at ./closure_large_capture.go:21:13
./closure_large_capture.go:21:20:   flow: {heap} ← {storage for ... argument}:
./closure_large_capture.go:21:20:     from ... argument (spill) at ./closure_large_capture.go:21:13
./closure_large_capture.go:21:20:     from fmt.Println(... argument...) (call parameter) at ./closure_large_capture.go:21:13
./closure_large_capture.go:21:13: ... argument does not escape
./closure_large_capture.go:21:15: f() escapes to heap
./closure_large_capture.go:21:20: g() escapes to heap
