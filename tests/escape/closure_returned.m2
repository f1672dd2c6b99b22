# command-line-arguments
./closure_returned.go:9:2: closureExample capturing by value: x (addr=false assign=false width=8)
./closure_returned.go:11:15: 42 escapes to heap in closureExample.func1:
./closure_returned.go:11:15:   flow: {storage for ... argument} ← &{storage for 42}:
./closure_returned.go:11:15:     from 42 (spill) at ./closure_returned.go:11:15
./closure_returned.go:11:15:     from ... argument (slice-literal-element) at ./closure_returned.go:11:14
./closure_returned.go:11:15:   flow: {heap} ← {storage for ... argument}:
./closure_returned.go:11:15:     from ... argument (spill) at ./closure_returned.go:11:14
./closure_returned.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./closure_returned.go:11:14
./closure_returned.go:10:9: func literal escapes to heap in closureExample:
./closure_returned.go:10:9:   flow: ~r0 ← &{storage for func literal}:
./closure_returned.go:10:9:     from func literal (spill) at ./closure_returned.go:10:9
./closure_returned.go:10:9:     from return func literal (return) at ./closure_returned.go:10:2
./closure_returned.go:10:9: func literal escapes to heap
./closure_returned.go:11:14: ... argument does not escape
./closure_returned.go:11:15: 42 escapes to heap
./closure_returned.go:15:12: adder capturing by value: n (addr=false assign=false width=8)
./closure_returned.go:16:9: func literal escapes to heap in adder:
./closure_returned.go:16:9:   flow: ~r0 ← &{storage for func literal}:
./closure_returned.go:16:9:     from func literal (spill) at ./closure_returned.go:16:9
./closure_returned.go:16:9:     from return func literal (return) at ./closure_returned.go:16:2
./closure_returned.go:15:12: parameter n leaks to {storage for func literal} for adder with derefs=0:
./closure_returned.go:15:12:   flow: {storage for func literal} ← n:
./closure_returned.go:15:12:     from n (captured by a closure) at ./closure_returned.go:16:38
./closure_returned.go:16:9: func literal escapes to heap
./closure_returned.go:23:18: add5(10) escapes to heap in main:
./closure_returned.go:23:18:   flow: {storage for ... argument} ← &{storage for add5(10)}:
./closure_returned.go:23:18:     from add5(10) (spill) at ./closure_returned.go:23:18
./closure_returned.go:23:18:     from ... argument (slice-literal-element) at ./closure_returned.go:23:13
./closure_returned.go:23:18:   flow: {heap} ← {storage for ... argument}:
./closure_returned.go:23:18:     from ... argument (spill) at ./closure_returned.go:23:13
./closure_returned.go:23:18:     from fmt.Println(... argument...) (call parameter) at ./closure_returned.go:23:13
./closure_returned.go:23:13: ... argument does not escape
./closure_returned.go:23:18: add5(10) escapes to heap
