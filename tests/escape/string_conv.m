# command-line-arguments
./string_conv.go:9:14: b does not escape
./string_conv.go:10:16: string(b) does not escape
./string_conv.go:13:11: b does not escape
./string_conv.go:14:31: string(b) escapes to heap
./string_conv.go:14:16: append escapes to heap
./string_conv.go:17:11: b does not escape
./string_conv.go:18:14: string(b) escapes to heap
./string_conv.go:23:14: ([]byte)("hello") does not escape
./string_conv.go:23:14: zero-copy string->[]byte conversion
./string_conv.go:25:13: ... argument does not escape
./string_conv.go:25:21: isHello(b) escapes to heap
./string_conv.go:25:30: name(b[:2]) escapes to heap
./string_conv.go:25:44: names[0] escapes to heap
