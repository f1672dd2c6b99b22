# command-line-arguments
./variadic_escape.go:9:11: leaking param: xs
./variadic_escape.go:10:15: append escapes to heap
./variadic_escape.go:14:6: ... argument escapes to heap
./variadic_escape.go:15:6: ... argument escapes to heap
./variadic_escape.go:16:13: ... argument does not escape
./variadic_escape.go:16:17: len(kept) escapes to heap
./variadic_escape.go:16:32: kept[0][1] escapes to heap
./variadic_escape.go:16:44: kept[1][0] escapes to heap
