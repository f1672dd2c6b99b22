# command-line-arguments
./ret_ptr_local.go:8:2: x escapes to heap in escapeLocal:
./ret_ptr_local.go:8:2:   flow: ~r0 ← &x:
./ret_ptr_local.go:8:2:     from &x (address-of) at ./ret_ptr_local.go:9:9
./ret_ptr_local.go:8:2:     from return &x (return) at ./ret_ptr_local.go:9:2
./ret_ptr_local.go:8:2: moved to heap: x
./ret_ptr_local.go:23:14: *p escapes to heap in main:
./ret_ptr_local.go:23:14:   flow: {storage for ... argument} ← &{storage for *p}:
./ret_ptr_local.go:23:14:     from *p (spill) at ./ret_ptr_local.go:23:14
./ret_ptr_local.go:23:14:     from ... argument (slice-literal-element) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:14:   flow: {heap} ← {storage for ... argument}:
./ret_ptr_local.go:23:14:     from ... argument (spill) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:18: *q escapes to heap in main:
./ret_ptr_local.go:23:18:   flow: {storage for ... argument} ← &{storage for *q}:
./ret_ptr_local.go:23:18:     from *q (spill) at ./ret_ptr_local.go:23:18
./ret_ptr_local.go:23:18:     from ... argument (slice-literal-element) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:18:   flow: {heap} ← {storage for ... argument}:
./ret_ptr_local.go:23:18:     from ... argument (spill) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:18:     from fmt.Println(... argument...) (call parameter) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:24: p == q escapes to heap in main:
./ret_ptr_local.go:23:24:   flow: {storage for ... argument} ← &{storage for p == q}:
./ret_ptr_local.go:23:24:     from p == q (spill) at ./ret_ptr_local.go:23:24
./ret_ptr_local.go:23:24:     from ... argument (slice-literal-element) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:24:   flow: {heap} ← {storage for ... argument}:
./ret_ptr_local.go:23:24:     from ... argument (spill) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:24:     from fmt.Println(... argument...) (call parameter) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:39: keepLocal() escapes to heap in main:
./ret_ptr_local.go:23:39:   flow: {storage for ... argument} ← &{storage for keepLocal()}:
./ret_ptr_local.go:23:39:     from keepLocal() (spill) at ./ret_ptr_local.go:23:39
./ret_ptr_local.go:23:39:     from ... argument (slice-literal-element) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:39:   flow: {heap} ← {storage for ... argument}:
./ret_ptr_local.go:23:39:     from ... argument (spill) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:39:     from fmt.Println(... argument...) (call parameter) at ./ret_ptr_local.go:23:13
./ret_ptr_local.go:23:13: ... argument does not escape
./ret_ptr_local.go:23:14: *p escapes to heap
./ret_ptr_local.go:23:18: *q escapes to heap
./ret_ptr_local.go:23:24: p == q escapes to heap
./ret_ptr_local.go:23:39: keepLocal() escapes to heap
