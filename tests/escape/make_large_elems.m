# command-line-arguments
./make_large_elems.go:12:11: make([]Rec, 8) does not escape
./make_large_elems.go:18:11: make([]Rec, 9) escapes to heap
./make_large_elems.go:24:13: ... argument does not escape
./make_large_elems.go:24:19: small() escapes to heap
./make_large_elems.go:24:26: big() escapes to heap
