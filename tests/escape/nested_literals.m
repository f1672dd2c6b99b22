# command-line-arguments
./nested_literals.go:12:13: []*P{...} escapes to heap
./nested_literals.go:12:14: &P{...} escapes to heap
./nested_literals.go:12:22: &P{...} escapes to heap
./nested_literals.go:16:11: []P{...} does not escape
./nested_literals.go:21:14: [][]int{...} does not escape
./nested_literals.go:21:15: []int{...} does not escape
./nested_literals.go:21:23: []int{...} does not escape
./nested_literals.go:26:13: ... argument does not escape
./nested_literals.go:26:23: ptrs()[1].X escapes to heap
./nested_literals.go:26:31: vals() escapes to heap
./nested_literals.go:26:39: grid() escapes to heap
