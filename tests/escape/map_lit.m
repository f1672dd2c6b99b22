# command-line-arguments
./map_lit.go:7:13: k does not escape
./map_lit.go:8:21: map[string]int{...} does not escape
./map_lit.go:13:23: map[string]int{...} escapes to heap
./map_lit.go:17:18: map[int]int{} does not escape
./map_lit.go:24:13: ... argument does not escape
./map_lit.go:24:20: lookup("two") escapes to heap
./map_lit.go:24:30: t["x"] escapes to heap
./map_lit.go:24:47: emptyLocal() escapes to heap
