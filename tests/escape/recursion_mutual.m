# command-line-arguments
./recursion_mutual.go:9:18: leaking param: p
./recursion_mutual.go:16:17: leaking param: p
./recursion_mutual.go:18:16: append escapes to heap
./recursion_mutual.go:25:2: moved to heap: x
./recursion_mutual.go:26:13: ... argument does not escape
./recursion_mutual.go:26:18: even(4, &x) escapes to heap
./recursion_mutual.go:26:30: odd(4, &x) escapes to heap
./recursion_mutual.go:26:42: len(seen) escapes to heap
