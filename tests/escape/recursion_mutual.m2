# command-line-arguments
./recursion_mutual.go:18:16: append(seen, p) escapes to heap in odd:
./recursion_mutual.go:18:16:   flow: {heap} ← &{storage for append(seen, p)}:
./recursion_mutual.go:18:16:     from append(seen, p) (spill) at ./recursion_mutual.go:18:16
./recursion_mutual.go:18:16:     from seen = append(seen, p) (assign) at ./recursion_mutual.go:18:8
./recursion_mutual.go:16:17: parameter p leaks to {heap} for odd with derefs=0:
./recursion_mutual.go:16:17:   flow: {heap} ← p:
./recursion_mutual.go:16:17:     from append(seen, p) (call parameter) at ./recursion_mutual.go:18:16
./recursion_mutual.go:9:18: parameter p leaks to {heap} for even with derefs=0:
./recursion_mutual.go:9:18:   flow: p ← p:
./recursion_mutual.go:9:18:     from odd(n - 1, p) (call parameter) at ./recursion_mutual.go:13:12
./recursion_mutual.go:9:18:   flow: {heap} ← p:
./recursion_mutual.go:9:18:     from append(seen, p) (call parameter) at ./recursion_mutual.go:18:16
./recursion_mutual.go:9:18: leaking param: p
./recursion_mutual.go:16:17: leaking param: p
./recursion_mutual.go:18:16: append escapes to heap
./recursion_mutual.go:25:2: x escapes to heap in main:
./recursion_mutual.go:25:2:   flow: {heap} ← &x:
./recursion_mutual.go:25:2:     from &x (address-of) at ./recursion_mutual.go:26:22
./recursion_mutual.go:25:2:     from even(4, &x) (call parameter) at ./recursion_mutual.go:26:18
./recursion_mutual.go:25:2: x escapes to heap in main:
./recursion_mutual.go:25:2:   flow: {heap} ← &x:
./recursion_mutual.go:25:2:     from &x (address-of) at ./recursion_mutual.go:26:34
./recursion_mutual.go:25:2:     from odd(4, &x) (call parameter) at ./recursion_mutual.go:26:30
./recursion_mutual.go:26:18: even(4, &x) escapes to heap in main:
./recursion_mutual.go:26:18:   flow: {storage for ... argument} ← &{storage for even(4, &x)}:
./recursion_mutual.go:26:18:     from even(4, &x) (spill) at ./recursion_mutual.go:26:18
./recursion_mutual.go:26:18:     from ... argument (slice-literal-element) at ./recursion_mutual.go:26:13
./recursion_mutual.go:26:18:   flow: {heap} ← {storage for ... argument}:
./recursion_mutual.go:26:18:     from ... argument (spill) at ./recursion_mutual.go:26:13
./recursion_mutual.go:26:18:     from fmt.Println(... argument...) (call parameter) at ./recursion_mutual.go:26:13
./recursion_mutual.go:26:30: odd(4, &x) escapes to heap in main:
./recursion_mutual.go:26:30:   flow: {storage for ... argument} ← &{storage for odd(4, &x)}:
./recursion_mutual.go:26:30:     from odd(4, &x) (spill) at ./recursion_mutual.go:26:30
./recursion_mutual.go:26:30:     from ... argument (slice-literal-element) at ./recursion_mutual.go:26:13
./recursion_mutual.go:26:30:   flow: {heap} ← {storage for ... argument}:
./recursion_mutual.go:26:30:     from ... argument (spill) at ./recursion_mutual.go:26:13
./recursion_mutual.go:26:30:     from fmt.Println(... argument...) (call parameter) at ./recursion_mutual.go:26:13
./recursion_mutual.go:26:42: len(seen) escapes to heap in main:
./recursion_mutual.go:26:42:   flow: {storage for ... argument} ← &{storage for len(seen)}:
./recursion_mutual.go:26:42:     from len(seen) (spill) at ./recursion_mutual.go:26:42
./recursion_mutual.go:26:42:     from ... argument (slice-literal-element) at ./recursion_mutual.go:26:13
./recursion_mutual.go:26:42:   flow: {heap} ← {storage for ... argument}:
./recursion_mutual.go:26:42:     from ... argument (spill) at ./recursion_mutual.go:26:13
./recursion_mutual.go:26:42:     from fmt.Println(... argument...) (call parameter) at ./recursion_mutual.go:26:13
./recursion_mutual.go:25:2: moved to heap: x
./recursion_mutual.go:26:13: ... argument does not escape
./recursion_mutual.go:26:18: even(4, &x) escapes to heap
./recursion_mutual.go:26:30: odd(4, &x) escapes to heap
./recursion_mutual.go:26:42: len(seen) escapes to heap
