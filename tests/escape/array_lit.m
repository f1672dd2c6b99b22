# command-line-arguments
./array_lit.go:22:13: ... argument does not escape
./array_lit.go:22:19: total() escapes to heap
./array_lit.go:22:27: f[0] + f[2] escapes to heap
./array_lit.go:22:27: f[0] + f[2] escapes to heap
./array_lit.go:23:13: ... argument does not escape
./array_lit.go:23:20: [2]int{...} escapes to heap
