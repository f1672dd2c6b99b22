# command-line-arguments
./errors_new_local.go:14:16: leaking param: s
./errors_new_local.go:19:14: leaking param: s
./errors_new_local.go:31:13: ... argument does not escape
./errors_new_local.go:31:23: localOnly("abc") escapes to heap
./errors_new_local.go:33:13: ... argument does not escape
./errors_new_local.go:33:25: sink == ErrStatic escapes to heap
./errors_new_local.go:35:13: ... argument does not escape
./errors_new_local.go:35:21: e1 == e2 escapes to heap
./errors_new_local.go:35:44: returned(false) == nil escapes to heap
./errors_new_local.go:36:12: ... argument does not escape
