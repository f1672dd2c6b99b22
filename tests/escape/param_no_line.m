# command-line-arguments
./param_no_line.go:24:13: ... argument does not escape
./param_no_line.go:24:21: scalars(1, 2.5, true, Pair{...}, [3]int{...}) escapes to heap
./param_no_line.go:24:71: blank(&x, 8) escapes to heap
