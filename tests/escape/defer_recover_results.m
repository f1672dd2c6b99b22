# command-line-arguments
./defer_recover_results.go:17:8: func literal does not escape
./defer_recover_results.go:19:20: ... argument does not escape
./defer_recover_results.go:25:14: xs does not escape
./defer_recover_results.go:26:8: func literal does not escape
./defer_recover_results.go:37:12: leaking param: p
./defer_recover_results.go:38:8: func literal does not escape
./defer_recover_results.go:48:13: ... argument does not escape
./defer_recover_results.go:48:14: q escapes to heap
./defer_recover_results.go:50:13: ... argument does not escape
./defer_recover_results.go:50:14: q escapes to heap
./defer_recover_results.go:51:27: []int{...} does not escape
./defer_recover_results.go:52:13: ... argument does not escape
./defer_recover_results.go:52:14: res escapes to heap
./defer_recover_results.go:53:26: []int{...} does not escape
./defer_recover_results.go:54:13: ... argument does not escape
./defer_recover_results.go:54:14: res escapes to heap
./defer_recover_results.go:55:7: &Result{...} escapes to heap
./defer_recover_results.go:56:13: ... argument does not escape
./defer_recover_results.go:56:23: fails(r) == r escapes to heap
