# command-line-arguments
./leak_multi_results.go:7:11: parameter a leaks to ~r1 for swap with derefs=0:
./leak_multi_results.go:7:11:   flow: ~r1 ← a:
./leak_multi_results.go:7:11:     from return b, a (return) at ./leak_multi_results.go:8:2
./leak_multi_results.go:7:14: parameter b leaks to ~r0 for swap with derefs=0:
./leak_multi_results.go:7:14:   flow: ~r0 ← b:
./leak_multi_results.go:7:14:     from return b, a (return) at ./leak_multi_results.go:8:2
./leak_multi_results.go:7:11: leaking param: a to result ~r1 level=0
./leak_multi_results.go:7:14: leaking param: b to result ~r0 level=0
./leak_multi_results.go:11:11: parameter p leaks to ~r2 for both with derefs=0:
./leak_multi_results.go:11:11:   flow: ~r2 ← p:
./leak_multi_results.go:11:11:     from return p, *p, p (return) at ./leak_multi_results.go:12:2
./leak_multi_results.go:11:11: parameter p leaks to ~r0 for both with derefs=0:
./leak_multi_results.go:11:11:   flow: ~r0 ← p:
./leak_multi_results.go:11:11:     from return p, *p, p (return) at ./leak_multi_results.go:12:2
./leak_multi_results.go:11:11: leaking param: p to result ~r0 level=0
./leak_multi_results.go:11:11: leaking param: p to result ~r2 level=0
./leak_multi_results.go:19:14: *p escapes to heap in main:
./leak_multi_results.go:19:14:   flow: {storage for ... argument} ← &{storage for *p}:
./leak_multi_results.go:19:14:     from *p (spill) at ./leak_multi_results.go:19:14
./leak_multi_results.go:19:14:     from ... argument (slice-literal-element) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:14:   flow: {heap} ← {storage for ... argument}:
./leak_multi_results.go:19:14:     from ... argument (spill) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:18: *q escapes to heap in main:
./leak_multi_results.go:19:18:   flow: {storage for ... argument} ← &{storage for *q}:
./leak_multi_results.go:19:18:     from *q (spill) at ./leak_multi_results.go:19:18
./leak_multi_results.go:19:18:     from ... argument (slice-literal-element) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:18:   flow: {heap} ← {storage for ... argument}:
./leak_multi_results.go:19:18:     from ... argument (spill) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:18:     from fmt.Println(... argument...) (call parameter) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:22: *r escapes to heap in main:
./leak_multi_results.go:19:22:   flow: {storage for ... argument} ← &{storage for *r}:
./leak_multi_results.go:19:22:     from *r (spill) at ./leak_multi_results.go:19:22
./leak_multi_results.go:19:22:     from ... argument (slice-literal-element) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:22:   flow: {heap} ← {storage for ... argument}:
./leak_multi_results.go:19:22:     from ... argument (spill) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:22:     from fmt.Println(... argument...) (call parameter) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:26: n escapes to heap in main:
./leak_multi_results.go:19:26:   flow: {storage for ... argument} ← &{storage for n}:
./leak_multi_results.go:19:26:     from n (spill) at ./leak_multi_results.go:19:26
./leak_multi_results.go:19:26:     from ... argument (slice-literal-element) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:26:   flow: {heap} ← {storage for ... argument}:
./leak_multi_results.go:19:26:     from ... argument (spill) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:26:     from fmt.Println(... argument...) (call parameter) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:29: *s escapes to heap in main:
./leak_multi_results.go:19:29:   flow: {storage for ... argument} ← &{storage for *s}:
./leak_multi_results.go:19:29:     from *s (spill) at ./leak_multi_results.go:19:29
./leak_multi_results.go:19:29:     from ... argument (slice-literal-element) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:29:   flow: {heap} ← {storage for ... argument}:
./leak_multi_results.go:19:29:     from ... argument (spill) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:29:     from fmt.Println(... argument...) (call parameter) at ./leak_multi_results.go:19:13
./leak_multi_results.go:19:13: ... argument does not escape
./leak_multi_results.go:19:14: *p escapes to heap
./leak_multi_results.go:19:18: *q escapes to heap
./leak_multi_results.go:19:22: *r escapes to heap
./leak_multi_results.go:19:26: n escapes to heap
./leak_multi_results.go:19:29: *s escapes to heap
