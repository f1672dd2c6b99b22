# command-line-arguments
./closure_noescape.go:7:12: xs does not escape
./closure_noescape.go:9:9: func literal does not escape
./closure_noescape.go:19:12: func literal does not escape
./closure_noescape.go:24:13: ... argument does not escape
./closure_noescape.go:24:19: apply([]int{...}) escapes to heap
./closure_noescape.go:24:25: []int{...} does not escape
./closure_noescape.go:24:42: twice(3) escapes to heap
