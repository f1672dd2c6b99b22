# command-line-arguments
./large_array.go:8:2: moved to heap: x
./large_array.go:10:13: ... argument does not escape
./large_array.go:10:17: 1048576 escapes to heap
./large_array.go:15:13: ... argument does not escape
./large_array.go:15:24: largeArray() escapes to heap
