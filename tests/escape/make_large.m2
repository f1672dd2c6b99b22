# command-line-arguments
./make_large.go:9:11: make([]byte, 65536) does not escape
./make_large.go:15:11: make([]byte, 65537) escapes to heap in overLimit:
./make_large.go:15:11:   flow: {heap} ← &{storage for make([]byte, 65537)}:
./make_large.go:15:11:     from make([]byte, 65537) (too large for stack) at ./make_large.go:15:11
./make_large.go:15:11: make([]byte, 65537) escapes to heap
./make_large.go:22:11: make([]int, 8193) escapes to heap in ints:
./make_large.go:22:11:   flow: {heap} ← &{storage for make([]int, 8193)}:
./make_large.go:22:11:     from make([]int, 8193) (too large for stack) at ./make_large.go:22:11
./make_large.go:21:11: make([]int, 8192) does not escape
./make_large.go:22:11: make([]int, 8193) escapes to heap
./make_large.go:27:21: atLimit() escapes to heap in main:
./make_large.go:27:21:   flow: {storage for ... argument} ← &{storage for atLimit()}:
./make_large.go:27:21:     from atLimit() (spill) at ./make_large.go:27:21
./make_large.go:27:21:     from ... argument (slice-literal-element) at ./make_large.go:27:13
./make_large.go:27:21:   flow: {heap} ← {storage for ... argument}:
./make_large.go:27:21:     from ... argument (spill) at ./make_large.go:27:13
./make_large.go:27:21:     from fmt.Println(... argument...) (call parameter) at ./make_large.go:27:13
./make_large.go:27:34: overLimit() escapes to heap in main:
./make_large.go:27:34:   flow: {storage for ... argument} ← &{storage for overLimit()}:
./make_large.go:27:34:     from overLimit() (spill) at ./make_large.go:27:34
./make_large.go:27:34:     from ... argument (slice-literal-element) at ./make_large.go:27:13
./make_large.go:27:34:   flow: {heap} ← {storage for ... argument}:
./make_large.go:27:34:     from ... argument (spill) at ./make_large.go:27:13
./make_large.go:27:34:     from fmt.Println(... argument...) (call parameter) at ./make_large.go:27:13
./make_large.go:27:42: ints() escapes to heap in main:
./make_large.go:27:42:   flow: {storage for ... argument} ← &{storage for ints()}:
./make_large.go:27:42:     from ints() (spill) at ./make_large.go:27:42
./make_large.go:27:42:     from ... argument (slice-literal-element) at ./make_large.go:27:13
./make_large.go:27:42:   flow: {heap} ← {storage for ... argument}:
./make_large.go:27:42:     from ... argument (spill) at ./make_large.go:27:13
./make_large.go:27:42:     from fmt.Println(... argument...) (call parameter) at ./make_large.go:27:13
./make_large.go:27:13: ... argument does not escape
./make_large.go:27:21: atLimit() escapes to heap
./make_large.go:27:34: overLimit() escapes to heap
./make_large.go:27:42: ints() escapes to heap
