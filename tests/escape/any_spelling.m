# command-line-arguments
./any_spelling.go:9:50: []any{...} escapes to heap
./any_spelling.go:9:51: x escapes to heap
./any_spelling.go:10:59: []interface {}{...} escapes to heap
./any_spelling.go:10:60: x escapes to heap
./any_spelling.go:12:36: make([]any, n) escapes to heap
./any_spelling.go:12:36: make([]any, n) escapes to heap
./any_spelling.go:13:36: make([]interface {}, n) escapes to heap
./any_spelling.go:13:36: make([]interface {}, n) escapes to heap
./any_spelling.go:15:12: leaking param: k
./any_spelling.go:15:22: leaking param: v
./any_spelling.go:16:23: map[string]any{...} escapes to heap
./any_spelling.go:24:18: 5 escapes to heap
./any_spelling.go:25:13: ... argument does not escape
./any_spelling.go:25:17: len(a) escapes to heap
./any_spelling.go:25:25: len(b) escapes to heap
./any_spelling.go:25:33: len(t) escapes to heap
