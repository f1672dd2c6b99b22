# command-line-arguments
./chan_send_pointers.go:14:14: c does not escape
./chan_send_pointers.go:15:2: moved to heap: m
./chan_send_pointers.go:19:14: c does not escape
./chan_send_pointers.go:24:14: c does not escape
./chan_send_pointers.go:25:10: new(int) escapes to heap
./chan_send_pointers.go:30:16: c does not escape
./chan_send_pointers.go:30:29: leaking param: m
./chan_send_pointers.go:34:15: c does not escape
./chan_send_pointers.go:39:16: c does not escape
./chan_send_pointers.go:40:7: v escapes to heap
./chan_send_pointers.go:52:13: ... argument does not escape
./chan_send_pointers.go:52:22: readBody(pc) escapes to heap
./chan_send_pointers.go:53:7: &msg{...} escapes to heap
./chan_send_pointers.go:55:13: ... argument does not escape
./chan_send_pointers.go:55:22: readBody(pc) escapes to heap
./chan_send_pointers.go:60:13: ... argument does not escape
./chan_send_pointers.go:60:15: v.id escapes to heap
./chan_send_pointers.go:60:21: v.body escapes to heap
./chan_send_pointers.go:64:13: ... argument does not escape
./chan_send_pointers.go:64:14: *(<-ic) escapes to heap
./chan_send_pointers.go:68:13: ... argument does not escape
./chan_send_pointers.go:69:13: ... argument does not escape
./chan_send_pointers.go:69:23: localOnly() escapes to heap
