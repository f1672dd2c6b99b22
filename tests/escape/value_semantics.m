# command-line-arguments
./value_semantics.go:13:12: v does not escape
