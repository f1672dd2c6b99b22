# command-line-arguments
./global_append.go:10:2: x escapes to heap in storeInSlice:
./global_append.go:10:2:   flow: {heap} ← &x:
./global_append.go:10:2:     from &x (address-of) at ./global_append.go:11:26
./global_append.go:10:2:     from append(global, &x) (call parameter) at ./global_append.go:11:17
./global_append.go:11:17: append(global, &x) escapes to heap in storeInSlice:
./global_append.go:11:17:   flow: {heap} ← &{storage for append(global, &x)}:
./global_append.go:11:17:     from append(global, &x) (spill) at ./global_append.go:11:17
./global_append.go:11:17:     from global = append(global, &x) (assign) at ./global_append.go:11:9
./global_append.go:10:2: moved to heap: x
./global_append.go:11:17: append escapes to heap
./global_append.go:15:15: append(vals, v) escapes to heap in storeValue:
./global_append.go:15:15:   flow: {heap} ← &{storage for append(vals, v)}:
./global_append.go:15:15:     from append(vals, v) (spill) at ./global_append.go:15:15
./global_append.go:15:15:     from vals = append(vals, v) (assign) at ./global_append.go:15:7
./global_append.go:15:15: append escapes to heap
./global_append.go:24:17: len(global) escapes to heap in main:
./global_append.go:24:17:   flow: {storage for ... argument} ← &{storage for len(global)}:
./global_append.go:24:17:     from len(global) (spill) at ./global_append.go:24:17
./global_append.go:24:17:     from ... argument (slice-literal-element) at ./global_append.go:24:13
./global_append.go:24:17:   flow: {heap} ← {storage for ... argument}:
./global_append.go:24:17:     from ... argument (spill) at ./global_append.go:24:13
./global_append.go:24:17:     from fmt.Println(... argument...) (call parameter) at ./global_append.go:24:13
./global_append.go:24:27: *global[0] escapes to heap in main:
./global_append.go:24:27:   flow: {storage for ... argument} ← &{storage for *global[0]}:
./global_append.go:24:27:     from *global[0] (spill) at ./global_append.go:24:27
./global_append.go:24:27:     from ... argument (slice-literal-element) at ./global_append.go:24:13
./global_append.go:24:27:   flow: {heap} ← {storage for ... argument}:
./global_append.go:24:27:     from ... argument (spill) at ./global_append.go:24:13
./global_append.go:24:27:     from fmt.Println(... argument...) (call parameter) at ./global_append.go:24:13
./global_append.go:24:43: vals[0] escapes to heap in main:
./global_append.go:24:43:   flow: {storage for ... argument} ← &{storage for vals[0]}:
./global_append.go:24:43:     from vals[0] (spill) at ./global_append.go:24:43
./global_append.go:24:43:     from ... argument (slice-literal-element) at ./global_append.go:24:13
./global_append.go:24:43:   flow: {heap} ← {storage for ... argument}:
./global_append.go:24:43:     from ... argument (spill) at ./global_append.go:24:13
./global_append.go:24:43:     from fmt.Println(... argument...) (call parameter) at ./global_append.go:24:13
./global_append.go:24:13: ... argument does not escape
./global_append.go:24:17: len(global) escapes to heap
./global_append.go:24:27: *global[0] escapes to heap
./global_append.go:24:43: vals[0] escapes to heap
