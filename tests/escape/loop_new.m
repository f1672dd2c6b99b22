# command-line-arguments
./loop_new.go:10:10: new(int) escapes to heap
./loop_new.go:19:11: new(int) does not escape
./loop_new.go:27:13: ... argument does not escape
./loop_new.go:27:18: last(3) escapes to heap
./loop_new.go:27:27: each(3) escapes to heap
