# command-line-arguments
./loop_depth.go:11:3: moved to heap: x
./loop_depth.go:27:13: ... argument does not escape
./loop_depth.go:27:22: outerPtr(4) escapes to heap
./loop_depth.go:27:35: innerPtr(4) escapes to heap
