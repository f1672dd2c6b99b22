# command-line-arguments
./map_store_ptr.go:7:12: leaking param content: words
./map_store_ptr.go:10:3: moved to heap: n
./map_store_ptr.go:8:11: make(map[string]*int) does not escape
./map_store_ptr.go:17:13: ... argument does not escape
./map_store_ptr.go:17:19: index([]string{...}) escapes to heap
./map_store_ptr.go:17:28: []string{...} does not escape
