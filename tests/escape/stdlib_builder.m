# command-line-arguments
./stdlib_builder.go:11:10: items does not escape
./stdlib_builder.go:23:13: ... argument does not escape
./stdlib_builder.go:23:17: csv([]string{...}) escapes to heap
./stdlib_builder.go:23:26: []string{...} does not escape
