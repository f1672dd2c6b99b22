# command-line-arguments
./multi_value_spread.go:20:18: multiple-value three() (value of type (int, int, int)) in single-value context
