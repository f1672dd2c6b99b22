# command-line-arguments
./copy_builtin.go:7:16: src does not escape
./copy_builtin.go:8:13: make([]int, len(src)) does not escape
./copy_builtin.go:13:16: leaking param content: src
./copy_builtin.go:14:13: make([]*int, len(src)) escapes to heap
./copy_builtin.go:20:2: moved to heap: x
./copy_builtin.go:21:13: ... argument does not escape
./copy_builtin.go:21:23: cloneInts([]int{...}) escapes to heap
./copy_builtin.go:21:29: []int{...} does not escape
./copy_builtin.go:21:38: *clonePtrs([]*int{...})[0] escapes to heap
./copy_builtin.go:21:55: []*int{...} does not escape
