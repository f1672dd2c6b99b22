# command-line-arguments
./inline_noinline.go:11:9: &point{...} escapes to heap
./inline_noinline.go:16:9: &point{...} escapes to heap
./inline_noinline.go:22:10: p does not escape
./inline_noinline.go:31:13: ... argument does not escape
./inline_noinline.go:31:14: total escapes to heap
