# command-line-arguments
./ptr_to_ptr.go:7:12: leaking param: pp to result ~r0 level=1
./ptr_to_ptr.go:11:14: leaking param: ppp to result ~r0 level=2
./ptr_to_ptr.go:15:11: leaking param: pp to result ~r0 level=0
./ptr_to_ptr.go:23:13: ... argument does not escape
./ptr_to_ptr.go:23:14: *first(pp) escapes to heap
./ptr_to_ptr.go:23:26: *through(&pp) escapes to heap
./ptr_to_ptr.go:23:41: *(*same(pp)) escapes to heap
