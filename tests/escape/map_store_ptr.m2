# command-line-arguments
./map_store_ptr.go:10:3: n escapes to heap in index:
./map_store_ptr.go:10:3:   flow: {heap} ← &n:
./map_store_ptr.go:10:3:     from &n (address-of) at ./map_store_ptr.go:11:10
./map_store_ptr.go:10:3:     from m[w] = &n (assign) at ./map_store_ptr.go:11:8
./map_store_ptr.go:7:12: parameter words leaks to {heap} for index with derefs=1:
./map_store_ptr.go:7:12:   flow: {temp} ← words:
./map_store_ptr.go:7:12:   flow: w ← *{temp}:
./map_store_ptr.go:7:12:     from for loop (range-deref) at ./map_store_ptr.go:9:14
./map_store_ptr.go:7:12:   flow: {heap} ← w:
./map_store_ptr.go:7:12:     from m[w] (key of map put) at ./map_store_ptr.go:11:4
./map_store_ptr.go:7:12: leaking param content: words
./map_store_ptr.go:10:3: moved to heap: n
./map_store_ptr.go:8:11: make(map[string]*int) does not escape
./map_store_ptr.go:17:19: index([]string{...}) escapes to heap in main:
./map_store_ptr.go:17:19:   flow: {storage for ... argument} ← &{storage for index([]string{...})}:
./map_store_ptr.go:17:19:     from index([]string{...}) (spill) at ./map_store_ptr.go:17:19
./map_store_ptr.go:17:19:     from ... argument (slice-literal-element) at ./map_store_ptr.go:17:13
./map_store_ptr.go:17:19:   flow: {heap} ← {storage for ... argument}:
./map_store_ptr.go:17:19:     from ... argument (spill) at ./map_store_ptr.go:17:13
./map_store_ptr.go:17:19:     from fmt.Println(... argument...) (call parameter) at ./map_store_ptr.go:17:13
./map_store_ptr.go:17:13: ... argument does not escape
./map_store_ptr.go:17:19: index([]string{...}) escapes to heap
./map_store_ptr.go:17:28: []string{...} does not escape
