# command-line-arguments
./new_struct.go:13:13: new(Node) does not escape
./new_struct.go:14:17: new(Node) escapes to heap
./new_struct.go:24:10: new(Node) escapes to heap
./new_struct.go:32:13: ... argument does not escape
./new_struct.go:32:22: chainLen() escapes to heap
./new_struct.go:32:27: a.Val escapes to heap
./new_struct.go:32:39: a.Next.Val escapes to heap
