# command-line-arguments
./new_large.go:16:10: new([70000]byte) escapes to heap in sizes:
./new_large.go:16:10:   flow: {heap} ← &{storage for new([70000]byte)}:
./new_large.go:16:10:     from new([70000]byte) (too large for stack) at ./new_large.go:16:10
./new_large.go:18:7: &Big{} escapes to heap in sizes:
./new_large.go:18:7:   flow: {heap} ← &{storage for &Big{}}:
./new_large.go:18:7:     from &Big{} (too large for stack) at ./new_large.go:18:7
./new_large.go:16:10: new([70000]byte) escapes to heap
./new_large.go:17:10: new([65536]byte) does not escape
./new_large.go:18:7: &Big{} escapes to heap
./new_large.go:19:7: &Fits{} does not escape
./new_large.go:25:19: sizes() escapes to heap in main:
./new_large.go:25:19:   flow: {storage for ... argument} ← &{storage for sizes()}:
./new_large.go:25:19:     from sizes() (spill) at ./new_large.go:25:19
./new_large.go:25:19:     from ... argument (slice-literal-element) at ./new_large.go:25:13
./new_large.go:25:19:   flow: {heap} ← {storage for ... argument}:
./new_large.go:25:19:     from ... argument (spill) at ./new_large.go:25:13
./new_large.go:25:19:     from fmt.Println(... argument...) (call parameter) at ./new_large.go:25:13
./new_large.go:25:13: ... argument does not escape
./new_large.go:25:19: sizes() escapes to heap
