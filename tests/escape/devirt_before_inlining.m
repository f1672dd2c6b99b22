# command-line-arguments
./devirt_before_inlining.go:35:26: devirtualizing s.Area to Small
./devirt_before_inlining.go:40:26: devirtualizing s.Area to *Big
./devirt_before_inlining.go:17:7: b does not escape
./devirt_before_inlining.go:26:12: ... argument does not escape
./devirt_before_inlining.go:26:13: "" escapes to heap
./devirt_before_inlining.go:34:21: Small{...} does not escape
./devirt_before_inlining.go:39:16: &Big{...} does not escape
./devirt_before_inlining.go:44:13: ... argument does not escape
./devirt_before_inlining.go:44:19: small() escapes to heap
./devirt_before_inlining.go:44:26: big() escapes to heap
