# command-line-arguments
./method_expr.go:13:7: t does not escape
./method_expr.go:20:13: ... argument does not escape
./method_expr.go:20:15: f(t) escapes to heap
