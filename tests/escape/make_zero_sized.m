# command-line-arguments
./make_zero_sized.go:10:11: make([]struct {}, 10) escapes to heap
./make_zero_sized.go:11:11: make([]Unit, 3) escapes to heap
./make_zero_sized.go:16:13: ... argument does not escape
./make_zero_sized.go:16:19: units() escapes to heap
