# command-line-arguments
./type_assert.go:13:16: leaking param: v
./type_assert.go:19:16: v does not escape
./type_assert.go:27:12: &Item{...} escapes to heap
./type_assert.go:28:13: ... argument does not escape
./type_assert.go:28:18: sink.n escapes to heap
./type_assert.go:28:31: unwrapVal(Item{...}) escapes to heap
./type_assert.go:28:36: Item{...} does not escape
./type_assert.go:28:51: unwrapVal(3) escapes to heap
./type_assert.go:28:52: 3 does not escape
