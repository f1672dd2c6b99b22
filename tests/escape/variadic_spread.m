# command-line-arguments
./variadic_spread.go:7:23: rest does not escape
./variadic_spread.go:16:12: []int{...} does not escape
./variadic_spread.go:18:12: ... argument does not escape
./variadic_spread.go:19:13: ... argument does not escape
./variadic_spread.go:19:14: a escapes to heap
./variadic_spread.go:19:17: b escapes to heap
