# command-line-arguments
./rune_conv.go:10:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./rune_conv.go:10:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./rune_conv.go:7:14: s does not escape
./rune_conv.go:8:14: ([]rune)(s) does not escape
./rune_conv.go:12:16: string(r) escapes to heap
./rune_conv.go:15:16: s does not escape
./rune_conv.go:16:20: ([]rune)(s) does not escape
./rune_conv.go:20:16: string(r) escapes to heap
./rune_conv.go:24:13: ... argument does not escape
./rune_conv.go:24:21: reverse("héllo") escapes to heap
./rune_conv.go:24:42: runeCount("日本語") escapes to heap
./rune_conv.go:24:63: letter('λ') escapes to heap
