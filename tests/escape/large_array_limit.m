# command-line-arguments
./large_array_limit.go:14:6: moved to heap: b
./large_array_limit.go:21:6: moved to heap: d
./large_array_limit.go:27:13: ... argument does not escape
./large_array_limit.go:27:21: atLimit() escapes to heap
./large_array_limit.go:27:34: overLimit() escapes to heap
./large_array_limit.go:27:42: ints() escapes to heap
