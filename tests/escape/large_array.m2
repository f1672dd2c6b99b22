# command-line-arguments
./large_array.go:8:2: x escapes to heap in largeArray:
./large_array.go:8:2:   flow: {heap} ← &x:
./large_array.go:8:2:     from x (too large for stack) at ./large_array.go:8:2
./large_array.go:10:17: 1048576 escapes to heap in largeArray:
./large_array.go:10:17:   flow: {storage for ... argument} ← &{storage for 1048576}:
./large_array.go:10:17:     from 1048576 (spill) at ./large_array.go:10:17
./large_array.go:10:17:     from ... argument (slice-literal-element) at ./large_array.go:10:13
./large_array.go:10:17:   flow: {heap} ← {storage for ... argument}:
./large_array.go:10:17:     from ... argument (spill) at ./large_array.go:10:13
./large_array.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./large_array.go:10:13
./large_array.go:8:2: moved to heap: x
./large_array.go:10:13: ... argument does not escape
./large_array.go:10:17: 1048576 escapes to heap
./large_array.go:15:24: largeArray() escapes to heap in main:
./large_array.go:15:24:   flow: {storage for ... argument} ← &{storage for largeArray()}:
./large_array.go:15:24:     from largeArray() (spill) at ./large_array.go:15:24
./large_array.go:15:24:     from ... argument (slice-literal-element) at ./large_array.go:15:13
./large_array.go:15:24:   flow: {heap} ← {storage for ... argument}:
./large_array.go:15:24:     from ... argument (spill) at ./large_array.go:15:13
./large_array.go:15:24:     from fmt.Println(... argument...) (call parameter) at ./large_array.go:15:13
./large_array.go:15:13: ... argument does not escape
./large_array.go:15:24: largeArray() escapes to heap
