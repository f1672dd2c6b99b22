# command-line-arguments
./addr_local_only.go:11:11: c does not escape
./addr_local_only.go:15:11: p does not escape
./addr_local_only.go:24:13: ... argument does not escape
./addr_local_only.go:24:15: c.hits escapes to heap
./addr_local_only.go:24:26: read(&x) escapes to heap
