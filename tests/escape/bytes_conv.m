# command-line-arguments
./bytes_conv.go:8:13: s does not escape
./bytes_conv.go:10:27: ([]byte)(s) does not escape
./bytes_conv.go:10:27: zero-copy string->[]byte conversion
./bytes_conv.go:18:17: s does not escape
./bytes_conv.go:19:14: ([]byte)(s) does not escape
./bytes_conv.go:21:16: string(b) escapes to heap
./bytes_conv.go:24:10: s does not escape
./bytes_conv.go:25:16: ([]byte)(s) escapes to heap
./bytes_conv.go:29:13: ... argument does not escape
./bytes_conv.go:29:20: countA("banana") escapes to heap
./bytes_conv.go:29:42: upperFirst("go") escapes to heap
./bytes_conv.go:29:53: len(raw("abc")) escapes to heap
