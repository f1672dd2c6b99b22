# command-line-arguments
./method_receivers.go:15:7: leaking param: it to result ~r0 level=1
./method_receivers.go:17:7: leaking param: it
./method_receivers.go:19:7: leaking param: it to result ~r0 level=0
./method_receivers.go:21:7: leaking param: it to result ~r0 level=0
./method_receivers.go:24:7: &Item{...} escapes to heap
./method_receivers.go:25:7: &Item{...} escapes to heap
./method_receivers.go:27:13: ... argument does not escape
./method_receivers.go:27:20: (*Item).Name(b) escapes to heap
./method_receivers.go:27:44: (*Item).Name(Item.Next((*Item).Self(b))) escapes to heap
./method_receivers.go:27:52: last.name escapes to heap
