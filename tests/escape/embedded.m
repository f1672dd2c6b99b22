# command-line-arguments
./embedded.go:11:7: b does not escape
./embedded.go:23:17: leaking param: b
./embedded.go:24:9: &Wrapper{...} escapes to heap
./embedded.go:29:2: moved to heap: b
./embedded.go:31:13: ... argument does not escape
./embedded.go:31:18: (*Base).ID(d.Base) escapes to heap
./embedded.go:31:23: d.label escapes to heap
./embedded.go:31:35: (*Base).ID(w.Base) escapes to heap
./embedded.go:31:40: w.n escapes to heap
