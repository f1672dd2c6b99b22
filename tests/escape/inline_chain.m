# command-line-arguments
./inline_chain.go:13:33: &node{...} escapes to heap
./inline_chain.go:31:13: ... argument does not escape
./inline_chain.go:31:17: top(1) escapes to heap
./inline_chain.go:33:13: ... argument does not escape
./inline_chain.go:33:23: sink.next.v escapes to heap
