# command-line-arguments
./struct_field_escaping.go:12:2: moved to heap: x
./struct_field_escaping.go:13:7: &Holder{} escapes to heap
./struct_field_escaping.go:27:13: ... argument does not escape
./struct_field_escaping.go:27:14: *h.p escapes to heap
./struct_field_escaping.go:27:25: local() escapes to heap
