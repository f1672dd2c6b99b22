# command-line-arguments
./defer_top_level.go:9:7: b does not escape
./defer_top_level.go:11:10: p does not escape
./defer_top_level.go:14:7: &buf{} does not escape
./defer_top_level.go:17:8: func literal does not escape
./defer_top_level.go:20:20: "work" escapes to heap
./defer_top_level.go:20:31: 4 escapes to heap
./defer_top_level.go:20:19: ... argument does not escape
./defer_top_level.go:25:13: ... argument does not escape
./defer_top_level.go:25:18: work() escapes to heap
