# command-line-arguments
./leak_named_result.go:6:13: leaking param: a to result out level=0
./leak_named_result.go:6:16: leaking param: b to result out level=0
./leak_named_result.go:15:12: leaking param: s to result head level=0
./leak_named_result.go:15:12: leaking param: s to result rest level=0
./leak_named_result.go:21:23: ([]byte)("abc") does not escape
./leak_named_result.go:21:23: zero-copy string->[]byte conversion
./leak_named_result.go:22:13: ... argument does not escape
./leak_named_result.go:22:14: *choose(&x, &y, false) escapes to heap
./leak_named_result.go:22:41: len(h) escapes to heap
./leak_named_result.go:22:49: len(r) escapes to heap
