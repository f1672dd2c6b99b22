# command-line-arguments
./map_ptr_keys.go:11:13: m does not escape
./map_ptr_keys.go:11:28: leaking param: k
./map_ptr_keys.go:15:13: m does not escape
./map_ptr_keys.go:15:28: k does not escape
./map_ptr_keys.go:20:2: moved to heap: s
./map_ptr_keys.go:21:11: make(map[Key]int) does not escape
./map_ptr_keys.go:23:13: ... argument does not escape
./map_ptr_keys.go:23:20: lookup(m, Key{...}) escapes to heap
./map_ptr_keys.go:23:37: len(m) escapes to heap
