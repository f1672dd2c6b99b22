# command-line-arguments
./large_params.go:26:6: moved to heap: b
./large_params.go:27:13: ... argument does not escape
./large_params.go:27:19: total(fill(b, 2)) escapes to heap
