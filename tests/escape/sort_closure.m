# command-line-arguments
./sort_closure.go:15:12: leaking param: ps
./sort_closure.go:16:13: ps escapes to heap
./sort_closure.go:16:17: func literal does not escape
./sort_closure.go:20:16: []Person{...} escapes to heap
./sort_closure.go:22:15: []int{...} escapes to heap
./sort_closure.go:24:13: ... argument does not escape
./sort_closure.go:24:19: ps[0].Name escapes to heap
./sort_closure.go:24:31: ps[2].Name escapes to heap
./sort_closure.go:24:38: ints escapes to heap
