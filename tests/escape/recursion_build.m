# command-line-arguments
./recursion_build.go:16:9: &List{...} escapes to heap
./recursion_build.go:19:10: l does not escape
./recursion_build.go:27:13: ... argument does not escape
./recursion_build.go:27:17: sum(build(10)) escapes to heap
