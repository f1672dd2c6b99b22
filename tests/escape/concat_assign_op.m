# command-line-arguments
./concat_assign_op.go:8:13: leaking param: s to result ~r0 level=0
./concat_assign_op.go:16:12: words does not escape
./concat_assign_op.go:25:13: ... argument does not escape
./concat_assign_op.go:25:20: repeat("ab", 3) escapes to heap
./concat_assign_op.go:25:36: count([]string{...}) escapes to heap
./concat_assign_op.go:25:45: []string{...} does not escape
