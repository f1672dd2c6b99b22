# command-line-arguments
./error_type.go:11:7: e does not escape
./error_type.go:11:58: "not found: " + e.Key escapes to heap
./error_type.go:15:49: ... argument does not escape
./error_type.go:15:50: "code " escapes to heap
./error_type.go:15:62: int(c) escapes to heap
./error_type.go:17:11: leaking param: k
./error_type.go:21:9: &NotFound{...} escapes to heap
./error_type.go:25:13: Code(n) escapes to heap
./error_type.go:29:13: ... argument does not escape
