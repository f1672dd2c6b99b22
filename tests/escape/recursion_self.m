# command-line-arguments
./recursion_self.go:12:11: leaking param: t to result ~r0 level=0
./recursion_self.go:22:12: t does not escape
./recursion_self.go:30:7: &Tree{...} does not escape
./recursion_self.go:30:27: &Tree{...} does not escape
./recursion_self.go:30:49: &Tree{...} does not escape
./recursion_self.go:31:13: ... argument does not escape
./recursion_self.go:31:24: find(t, 8).Val escapes to heap
./recursion_self.go:31:41: find(t, 3) == nil escapes to heap
./recursion_self.go:31:54: depth(t) escapes to heap
