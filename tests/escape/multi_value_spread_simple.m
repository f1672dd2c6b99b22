# command-line-arguments
./multi_value_spread_simple.go:9:23: ... argument does not escape
./multi_value_spread_simple.go:9:42: a escapes to heap
./multi_value_spread_simple.go:15:13: ... argument does not escape
./multi_value_spread_simple.go:15:13: .autotmp_0 escapes to heap
./multi_value_spread_simple.go:16:13: ... argument does not escape
./multi_value_spread_simple.go:16:13: .autotmp_2 escapes to heap
