# command-line-arguments
./map_of_slices.go:10:12: leaking param content: words
./map_of_slices.go:11:23: map[int][]string{} does not escape
./map_of_slices.go:13:21: append escapes to heap
./map_of_slices.go:17:17: append escapes to heap
./map_of_slices.go:24:13: ... argument does not escape
./map_of_slices.go:24:19: group([]string{...}) escapes to heap
./map_of_slices.go:24:28: []string{...} does not escape
