# command-line-arguments
./variadic_noescape.go:7:10: xs does not escape
./variadic_noescape.go:15:14: leaking param: words to result ~r0 level=1
./variadic_noescape.go:26:13: ... argument does not escape
./variadic_noescape.go:26:17: sum(... argument...) escapes to heap
./variadic_noescape.go:26:17: ... argument does not escape
./variadic_noescape.go:26:31: sum(nil...) escapes to heap
./variadic_noescape.go:26:42: longest(... argument...) escapes to heap
./variadic_noescape.go:26:42: ... argument does not escape
