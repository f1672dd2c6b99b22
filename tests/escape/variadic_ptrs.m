# command-line-arguments
./variadic_ptrs.go:9:15: leaking param content: ps
./variadic_ptrs.go:11:15: append escapes to heap
./variadic_ptrs.go:16:2: moved to heap: a
./variadic_ptrs.go:16:5: moved to heap: b
./variadic_ptrs.go:17:10: ... argument does not escape
./variadic_ptrs.go:18:13: ... argument does not escape
./variadic_ptrs.go:18:17: len(all) escapes to heap
./variadic_ptrs.go:18:31: *all[0] + *all[1] escapes to heap
