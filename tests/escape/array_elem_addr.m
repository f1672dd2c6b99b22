# command-line-arguments
./array_elem_addr.go:12:6: moved to heap: a
./array_elem_addr.go:17:10: leaking param: t to result ~r0 level=0
./array_elem_addr.go:24:13: ... argument does not escape
./array_elem_addr.go:24:14: *elem(3) escapes to heap
./array_elem_addr.go:24:30: t.rows[2] escapes to heap
