# command-line-arguments
./global_append.go:10:2: moved to heap: x
./global_append.go:11:17: append escapes to heap
./global_append.go:15:15: append escapes to heap
./global_append.go:24:13: ... argument does not escape
./global_append.go:24:17: len(global) escapes to heap
./global_append.go:24:27: *global[0] escapes to heap
./global_append.go:24:43: vals[0] escapes to heap
