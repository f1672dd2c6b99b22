# command-line-arguments
./self_assign.go:14:8: (*Buffer).Skip ignoring self-assignment in b.buf = b.buf[n:]
./self_assign.go:13:7: b does not escape
./self_assign.go:18:9: (*Buffer).Save ignoring self-assignment in b.prev = b.buf
./self_assign.go:17:7: b does not escape
./self_assign.go:22:7: &Buffer{...} does not escape
./self_assign.go:22:27: ([]byte)("abcdef") does not escape
./self_assign.go:26:13: ... argument does not escape
./self_assign.go:26:20: string(b.buf) escapes to heap
./self_assign.go:26:22: string(b.buf) escapes to heap
./self_assign.go:26:35: string(b.prev) escapes to heap
./self_assign.go:26:37: string(b.prev) escapes to heap
