# command-line-arguments
./append_pointers.go:8:2: x escapes to heap in countPtrs:
./append_pointers.go:8:2:   flow: {heap} ← &x:
./append_pointers.go:8:2:     from &x (address-of) at ./append_pointers.go:10:18
./append_pointers.go:8:2:     from append(ps, &x) (call parameter) at ./append_pointers.go:10:13
./append_pointers.go:8:2: moved to heap: x
./append_pointers.go:10:13: append does not escape
./append_pointers.go:16:14: []*int{...} does not escape
./append_pointers.go:21:23: countPtrs() escapes to heap in main:
./append_pointers.go:21:23:   flow: {storage for ... argument} ← &{storage for countPtrs()}:
./append_pointers.go:21:23:     from countPtrs() (spill) at ./append_pointers.go:21:23
./append_pointers.go:21:23:     from ... argument (slice-literal-element) at ./append_pointers.go:21:13
./append_pointers.go:21:23:   flow: {heap} ← {storage for ... argument}:
./append_pointers.go:21:23:     from ... argument (spill) at ./append_pointers.go:21:13
./append_pointers.go:21:23:     from fmt.Println(... argument...) (call parameter) at ./append_pointers.go:21:13
./append_pointers.go:21:34: literal() escapes to heap in main:
./append_pointers.go:21:34:   flow: {storage for ... argument} ← &{storage for literal()}:
./append_pointers.go:21:34:     from literal() (spill) at ./append_pointers.go:21:34
./append_pointers.go:21:34:     from ... argument (slice-literal-element) at ./append_pointers.go:21:13
./append_pointers.go:21:34:   flow: {heap} ← {storage for ... argument}:
./append_pointers.go:21:34:     from ... argument (spill) at ./append_pointers.go:21:13
./append_pointers.go:21:34:     from fmt.Println(... argument...) (call parameter) at ./append_pointers.go:21:13
./append_pointers.go:21:13: ... argument does not escape
./append_pointers.go:21:23: countPtrs() escapes to heap
./append_pointers.go:21:34: literal() escapes to heap
