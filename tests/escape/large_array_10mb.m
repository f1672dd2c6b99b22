# command-line-arguments
./large_array_10mb.go:10:6: moved to heap: medium
./large_array_10mb.go:11:6: moved to heap: huge
./large_array_10mb.go:19:13: ... argument does not escape
./large_array_10mb.go:19:19: sizes() escapes to heap
