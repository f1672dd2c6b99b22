# command-line-arguments
./inline_budget.go:10:31: ... argument does not escape
./inline_budget.go:10:32: x escapes to heap
./inline_budget.go:13:13: ... argument does not escape
./inline_budget.go:13:14: x escapes to heap
./inline_budget.go:14:13: ... argument does not escape
./inline_budget.go:14:14: y escapes to heap
./inline_budget.go:24:10: p does not escape
./inline_budget.go:33:13: make([]pair, 0, n) escapes to heap
./inline_budget.go:35:15: append escapes to heap
./inline_budget.go:43:13: ... argument does not escape
./inline_budget.go:43:25: callsOpaque(4) escapes to heap
./inline_budget.go:43:40: callsTwice(5) escapes to heap
./inline_budget.go:44:7: &pair{...} does not escape
./inline_budget.go:45:13: ... argument does not escape
./inline_budget.go:45:17: sum(p) escapes to heap
./inline_budget.go:45:25: len(build(3)) escapes to heap
