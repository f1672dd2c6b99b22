# command-line-arguments
./explain_as_written.go:14:9: x escapes to heap in main:
./explain_as_written.go:14:9:   flow: {heap} ← &{storage for x}:
./explain_as_written.go:14:9:     from x (spill) at ./explain_as_written.go:14:9
./explain_as_written.go:14:9:     from sink = x (assign) at ./explain_as_written.go:14:7
./explain_as_written.go:16:13: any(y) escapes to heap in main:
./explain_as_written.go:16:13:   flow: {heap} ← &{storage for any(y)}:
./explain_as_written.go:16:13:     from any(y) (spill) at ./explain_as_written.go:16:13
./explain_as_written.go:16:13:     from sink = any(y) (assign) at ./explain_as_written.go:16:7
./explain_as_written.go:18:14: make([]any, n) escapes to heap in main:
./explain_as_written.go:18:14:   flow: {heap} ← &{storage for make([]any, n)}:
./explain_as_written.go:18:14:     from make([]any, n) (spill) at ./explain_as_written.go:18:14
./explain_as_written.go:18:14:     from sinks = make([]any, n) (assign) at ./explain_as_written.go:18:8
./explain_as_written.go:20:14: 9 escapes to heap in main:
./explain_as_written.go:20:14:   flow: {storage for ... argument} ← &{storage for 9}:
./explain_as_written.go:20:14:     from 9 (spill) at ./explain_as_written.go:20:14
./explain_as_written.go:20:14:     from ... argument (slice-literal-element) at ./explain_as_written.go:20:13
./explain_as_written.go:20:14:   flow: {heap} ← {storage for ... argument}:
./explain_as_written.go:20:14:     from ... argument (spill) at ./explain_as_written.go:20:13
./explain_as_written.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./explain_as_written.go:20:13
./explain_as_written.go:20:21: any(9) escapes to heap in main:
./explain_as_written.go:20:21:   flow: {storage for ... argument} ← &{storage for any(9)}:
./explain_as_written.go:20:21:     from any(9) (spill) at ./explain_as_written.go:20:21
./explain_as_written.go:20:21:     from ... argument (slice-literal-element) at ./explain_as_written.go:20:13
./explain_as_written.go:20:21:   flow: {heap} ← {storage for ... argument}:
./explain_as_written.go:20:21:     from ... argument (spill) at ./explain_as_written.go:20:13
./explain_as_written.go:20:21:     from fmt.Println(... argument...) (call parameter) at ./explain_as_written.go:20:13
./explain_as_written.go:14:9: 7 escapes to heap
./explain_as_written.go:16:13: any(8) escapes to heap
./explain_as_written.go:18:14: make([]any, 5) escapes to heap
./explain_as_written.go:20:13: ... argument does not escape
./explain_as_written.go:20:14: 9 escapes to heap
./explain_as_written.go:20:21: any(9) escapes to heap
