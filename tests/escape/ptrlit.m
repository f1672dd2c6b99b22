# command-line-arguments
./ptrlit.go:12:9: &Point{...} escapes to heap
./ptrlit.go:16:9: &Point{} escapes to heap
./ptrlit.go:20:7: &Point{...} does not escape
./ptrlit.go:21:7: &Point{} does not escape
./ptrlit.go:30:13: ... argument does not escape
./ptrlit.go:30:15: p.X escapes to heap
./ptrlit.go:30:20: p.Y escapes to heap
./ptrlit.go:30:25: z.X escapes to heap
./ptrlit.go:30:30: z.Y escapes to heap
./ptrlit.go:30:39: dist2(3, 4) escapes to heap
