# command-line-arguments
./concat_escape.go:9:11: a does not escape
./concat_escape.go:9:14: b does not escape
./concat_escape.go:10:17: a + "-" + b escapes to heap
./concat_escape.go:13:13: a does not escape
./concat_escape.go:14:11: a + string(rune(48 + n)) escapes to heap
./concat_escape.go:14:24: string(rune(48 + n)) does not escape
./concat_escape.go:19:13: ... argument does not escape
./concat_escape.go:19:18: join("x", "y") escapes to heap
./concat_escape.go:19:30: last escapes to heap
