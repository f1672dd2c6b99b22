# command-line-arguments
./defer_in_loop.go:9:7: it does not escape
./defer_in_loop.go:9:37: ... argument does not escape
./defer_in_loop.go:9:38: "done" escapes to heap
./defer_in_loop.go:9:48: it.id escapes to heap
./defer_in_loop.go:11:22: moved to heap: count
./defer_in_loop.go:13:9: &item{...} escapes to heap
./defer_in_loop.go:15:9: func literal escapes to heap
./defer_in_loop.go:16:21: "queued" escapes to heap
./defer_in_loop.go:16:31: i escapes to heap
./defer_in_loop.go:16:20: ... argument does not escape
./defer_in_loop.go:22:13: ... argument does not escape
./defer_in_loop.go:22:21: process(2) escapes to heap
