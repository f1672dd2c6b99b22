# command-line-arguments
./multi_value_spread.go:20:14: ... argument does not escape
./multi_value_spread.go:20:14: .autotmp_0 escapes to heap
./multi_value_spread.go:20:14: .autotmp_1 escapes to heap
./multi_value_spread.go:12:21: map[string]int{...} does not escape
./multi_value_spread.go:14:14: ... argument does not escape
./multi_value_spread.go:14:15: k escapes to heap
./multi_value_spread.go:14:18: v escapes to heap
./multi_value_spread.go:17:13: ... argument does not escape
./multi_value_spread.go:17:14: v escapes to heap
./multi_value_spread.go:17:17: ok escapes to heap
./multi_value_spread.go:18:13: ... argument does not escape
./multi_value_spread.go:18:13: .autotmp_7 escapes to heap
./multi_value_spread.go:18:13: .autotmp_8 escapes to heap
./multi_value_spread.go:19:2: func literal does not escape
./multi_value_spread.go:22:13: ... argument does not escape
./multi_value_spread.go:22:13: .autotmp_9 escapes to heap
./multi_value_spread.go:22:13: .autotmp_10 escapes to heap
./multi_value_spread.go:22:13: .autotmp_11 escapes to heap
