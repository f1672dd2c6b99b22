# command-line-arguments
./new_int.go:8:10: new(int) does not escape
./new_int.go:15:10: new(int) escapes to heap
./new_int.go:23:13: ... argument does not escape
./new_int.go:23:14: a escapes to heap
./new_int.go:23:17: *b escapes to heap
