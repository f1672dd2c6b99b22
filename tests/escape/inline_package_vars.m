# command-line-arguments
./inline_package_vars.go:16:33: &T{...} escapes to heap
./inline_package_vars.go:17:37: make([]int, n) escapes to heap
./inline_package_vars.go:18:11: leaking param: p to result ~r0 level=0
./inline_package_vars.go:13:15: &T{...} escapes to heap
./inline_package_vars.go:21:13: ... argument does not escape
./inline_package_vars.go:21:14: g escapes to heap
./inline_package_vars.go:21:19: gp.x escapes to heap
./inline_package_vars.go:21:26: len(gs) escapes to heap
./inline_package_vars.go:21:34: gq.x escapes to heap
