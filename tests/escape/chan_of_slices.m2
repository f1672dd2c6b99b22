# command-line-arguments
./chan_of_slices.go:10:11: make([]int, n) escapes to heap in produce:
./chan_of_slices.go:10:11:   flow: s ← &{storage for make([]int, n)}:
./chan_of_slices.go:10:11:     from make([]int, n) (spill) at ./chan_of_slices.go:10:11
./chan_of_slices.go:10:11:     from s := make([]int, n) (assign) at ./chan_of_slices.go:10:4
./chan_of_slices.go:10:11:   flow: {heap} ← s:
./chan_of_slices.go:10:11:     from c <- s (send) at ./chan_of_slices.go:14:4
./chan_of_slices.go:9:14: c does not escape
./chan_of_slices.go:10:11: make([]int, n) escapes to heap
./chan_of_slices.go:18:15: []string{...} escapes to heap in produceLit:
./chan_of_slices.go:18:15:   flow: {heap} ← &{storage for []string{...}}:
./chan_of_slices.go:18:15:     from []string{...} (spill) at ./chan_of_slices.go:18:15
./chan_of_slices.go:18:15:     from c <- []string{...} (send) at ./chan_of_slices.go:18:4
./chan_of_slices.go:17:17: c does not escape
./chan_of_slices.go:18:15: []string{...} escapes to heap
./chan_of_slices.go:21:10: c does not escape
./chan_of_slices.go:30:11: make([]int, 8) does not escape
./chan_of_slices.go:41:12: append(b, word...) escapes to heap in appendAndSend:
./chan_of_slices.go:41:12:   flow: b ← &{storage for append(b, word...)}:
./chan_of_slices.go:41:12:     from append(b, word...) (spill) at ./chan_of_slices.go:41:12
./chan_of_slices.go:41:12:     from b = append(b, word...) (assign) at ./chan_of_slices.go:41:4
./chan_of_slices.go:41:12:   flow: {heap} ← b:
./chan_of_slices.go:41:12:     from c <- b (send) at ./chan_of_slices.go:43:4
./chan_of_slices.go:42:12: append(b, byte(33)) escapes to heap in appendAndSend:
./chan_of_slices.go:42:12:   flow: b ← &{storage for append(b, byte(33))}:
./chan_of_slices.go:42:12:     from append(b, byte(33)) (spill) at ./chan_of_slices.go:42:12
./chan_of_slices.go:42:12:     from b = append(b, byte(33)) (assign) at ./chan_of_slices.go:42:4
./chan_of_slices.go:42:12:   flow: {heap} ← b:
./chan_of_slices.go:42:12:     from c <- b (send) at ./chan_of_slices.go:43:4
./chan_of_slices.go:39:20: c does not escape
./chan_of_slices.go:39:35: word does not escape
./chan_of_slices.go:41:12: append escapes to heap
./chan_of_slices.go:42:12: append escapes to heap
./chan_of_slices.go:47:6: a escapes to heap in arrayBacked:
./chan_of_slices.go:47:6:   flow: {heap} ← &a:
./chan_of_slices.go:47:6:     from a (address-of) at ./chan_of_slices.go:49:8
./chan_of_slices.go:47:6:     from a[:] (slice) at ./chan_of_slices.go:49:8
./chan_of_slices.go:47:6:     from c <- a[:] (send) at ./chan_of_slices.go:49:4
./chan_of_slices.go:46:18: c does not escape
./chan_of_slices.go:47:6: moved to heap: a
./chan_of_slices.go:71:5: func literal escapes to heap in main:
./chan_of_slices.go:71:5:   flow: {heap} ← &{storage for func literal}:
./chan_of_slices.go:71:5:     from func literal (spill) at ./chan_of_slices.go:71:5
./chan_of_slices.go:72:16: []int{...} escapes to heap in main.func1:
./chan_of_slices.go:72:16:   flow: {heap} ← &{storage for []int{...}}:
./chan_of_slices.go:72:16:     from []int{...} (spill) at ./chan_of_slices.go:72:16
./chan_of_slices.go:72:16:     from done <- []int{...} (send) at ./chan_of_slices.go:72:8
./chan_of_slices.go:70:2: main capturing by value: done (addr=false assign=false width=8)
./chan_of_slices.go:55:17: sum(c) escapes to heap in main:
./chan_of_slices.go:55:17:   flow: {storage for ... argument} ← &{storage for sum(c)}:
./chan_of_slices.go:55:17:     from sum(c) (spill) at ./chan_of_slices.go:55:17
./chan_of_slices.go:55:17:     from ... argument (slice-literal-element) at ./chan_of_slices.go:55:13
./chan_of_slices.go:55:17:   flow: {heap} ← {storage for ... argument}:
./chan_of_slices.go:55:17:     from ... argument (spill) at ./chan_of_slices.go:55:13
./chan_of_slices.go:55:17:     from fmt.Println(... argument...) (call parameter) at ./chan_of_slices.go:55:13
./chan_of_slices.go:59:17: len(<-sc) escapes to heap in main:
./chan_of_slices.go:59:17:   flow: {storage for ... argument} ← &{storage for len(<-sc)}:
./chan_of_slices.go:59:17:     from len(<-sc) (spill) at ./chan_of_slices.go:59:17
./chan_of_slices.go:59:17:     from ... argument (slice-literal-element) at ./chan_of_slices.go:59:13
./chan_of_slices.go:59:17:   flow: {heap} ← {storage for ... argument}:
./chan_of_slices.go:59:17:     from ... argument (spill) at ./chan_of_slices.go:59:13
./chan_of_slices.go:59:17:     from fmt.Println(... argument...) (call parameter) at ./chan_of_slices.go:59:13
./chan_of_slices.go:61:24: localSlice() escapes to heap in main:
./chan_of_slices.go:61:24:   flow: {storage for ... argument} ← &{storage for localSlice()}:
./chan_of_slices.go:61:24:     from localSlice() (spill) at ./chan_of_slices.go:61:24
./chan_of_slices.go:61:24:     from ... argument (slice-literal-element) at ./chan_of_slices.go:61:13
./chan_of_slices.go:61:24:   flow: {heap} ← {storage for ... argument}:
./chan_of_slices.go:61:24:     from ... argument (spill) at ./chan_of_slices.go:61:13
./chan_of_slices.go:61:24:     from fmt.Println(... argument...) (call parameter) at ./chan_of_slices.go:61:13
./chan_of_slices.go:65:20: string(<-bc) escapes to heap in main:
./chan_of_slices.go:65:20:   flow: {storage for ... argument} ← &{storage for string(<-bc)}:
./chan_of_slices.go:65:20:     from string(<-bc) (spill) at ./chan_of_slices.go:65:20
./chan_of_slices.go:65:20:     from ... argument (slice-literal-element) at ./chan_of_slices.go:65:13
./chan_of_slices.go:65:20:   flow: {heap} ← {storage for ... argument}:
./chan_of_slices.go:65:20:     from ... argument (spill) at ./chan_of_slices.go:65:13
./chan_of_slices.go:65:20:     from fmt.Println(... argument...) (call parameter) at ./chan_of_slices.go:65:13
./chan_of_slices.go:68:14: <-c escapes to heap in main:
./chan_of_slices.go:68:14:   flow: {storage for ... argument} ← &{storage for <-c}:
./chan_of_slices.go:68:14:     from <-c (spill) at ./chan_of_slices.go:68:14
./chan_of_slices.go:68:14:     from ... argument (slice-literal-element) at ./chan_of_slices.go:68:13
./chan_of_slices.go:68:14:   flow: {heap} ← {storage for ... argument}:
./chan_of_slices.go:68:14:     from ... argument (spill) at ./chan_of_slices.go:68:13
./chan_of_slices.go:68:14:     from fmt.Println(... argument...) (call parameter) at ./chan_of_slices.go:68:13
./chan_of_slices.go:74:14: <-done escapes to heap in main:
./chan_of_slices.go:74:14:   flow: {storage for ... argument} ← &{storage for <-done}:
./chan_of_slices.go:74:14:     from <-done (spill) at ./chan_of_slices.go:74:14
./chan_of_slices.go:74:14:     from ... argument (slice-literal-element) at ./chan_of_slices.go:74:13
./chan_of_slices.go:74:14:   flow: {heap} ← {storage for ... argument}:
./chan_of_slices.go:74:14:     from ... argument (spill) at ./chan_of_slices.go:74:13
./chan_of_slices.go:74:14:     from fmt.Println(... argument...) (call parameter) at ./chan_of_slices.go:74:13
./chan_of_slices.go:65:21: string(<-bc) escapes to heap in main:
./chan_of_slices.go:65:21:   flow: {storage for string(<-bc)} ← &{storage for string(<-bc)}:
./chan_of_slices.go:65:21:     from string(<-bc) (spill) at ./chan_of_slices.go:65:21
./chan_of_slices.go:65:21:     from string(<-bc) (interface-converted) at ./chan_of_slices.go:65:20
./chan_of_slices.go:55:13: ... argument does not escape
./chan_of_slices.go:55:17: sum(c) escapes to heap
./chan_of_slices.go:59:13: ... argument does not escape
./chan_of_slices.go:59:17: len(<-sc) escapes to heap
./chan_of_slices.go:61:13: ... argument does not escape
./chan_of_slices.go:61:24: localSlice() escapes to heap
./chan_of_slices.go:65:13: ... argument does not escape
./chan_of_slices.go:65:20: string(<-bc) escapes to heap
./chan_of_slices.go:65:21: string(<-bc) escapes to heap
./chan_of_slices.go:68:13: ... argument does not escape
./chan_of_slices.go:68:14: <-c escapes to heap
./chan_of_slices.go:71:5: func literal escapes to heap
./chan_of_slices.go:72:16: []int{...} escapes to heap
./chan_of_slices.go:74:13: ... argument does not escape
./chan_of_slices.go:74:14: <-done escapes to heap
