# command-line-arguments
./go_sync_locals.go:11:20: out does not escape
./go_sync_locals.go:11:31: leaking param: wg
./go_sync_locals.go:17:6: moved to heap: wg
./go_sync_locals.go:18:13: make([]int, n) escapes to heap
./go_sync_locals.go:28:6: moved to heap: wg
./go_sync_locals.go:29:6: moved to heap: mu
./go_sync_locals.go:30:2: moved to heap: sum
./go_sync_locals.go:33:6: func literal escapes to heap
./go_sync_locals.go:45:6: moved to heap: mu
./go_sync_locals.go:49:6: moved to heap: wg
./go_sync_locals.go:61:7: leaking param: c
./go_sync_locals.go:61:23: leaking param: wg
./go_sync_locals.go:69:6: moved to heap: c
./go_sync_locals.go:70:6: moved to heap: wg
./go_sync_locals.go:80:6: moved to heap: once
./go_sync_locals.go:83:11: func literal does not escape
./go_sync_locals.go:89:13: ... argument does not escape
./go_sync_locals.go:89:22: withArgs(4) escapes to heap
./go_sync_locals.go:90:13: ... argument does not escape
./go_sync_locals.go:90:25: withClosure(10) escapes to heap
./go_sync_locals.go:91:13: ... argument does not escape
./go_sync_locals.go:91:25: noGoroutine() escapes to heap
./go_sync_locals.go:92:13: ... argument does not escape
./go_sync_locals.go:92:22: methodGo(7) escapes to heap
./go_sync_locals.go:93:13: ... argument does not escape
./go_sync_locals.go:93:23: onceLocal() escapes to heap
