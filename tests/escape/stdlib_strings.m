# command-line-arguments
./stdlib_strings.go:13:12: leaking param: s
./stdlib_strings.go:25:14: ([]byte)("12 30 x 8") does not escape
./stdlib_strings.go:25:14: zero-copy string->[]byte conversion
./stdlib_strings.go:26:14: string(b) escapes to heap
./stdlib_strings.go:27:13: ... argument does not escape
./stdlib_strings.go:27:19: parse(s) escapes to heap
./stdlib_strings.go:27:40: strings.Contains(s, "30") escapes to heap
./stdlib_strings.go:27:63: strconv.Itoa(parse(s)) escapes to heap
