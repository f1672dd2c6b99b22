# command-line-arguments
./leak_param.go:10:11: parameter p leaks to {heap} for save with derefs=0:
./leak_param.go:10:11:   flow: {heap} ← p:
./leak_param.go:10:11:     from saved = p (assign) at ./leak_param.go:11:8
./leak_param.go:10:11: leaking param: p
./leak_param.go:14:15: parameter s leaks to {heap} for remember with derefs=0:
./leak_param.go:14:15:   flow: {heap} ← s:
./leak_param.go:14:15:     from names = s (assign) at ./leak_param.go:15:8
./leak_param.go:14:15: leaking param: s
./leak_param.go:19:2: x escapes to heap in main:
./leak_param.go:19:2:   flow: {heap} ← &x:
./leak_param.go:19:2:     from &x (address-of) at ./leak_param.go:20:7
./leak_param.go:19:2:     from save(&x) (call parameter) at ./leak_param.go:20:6
./leak_param.go:21:19: []string{...} escapes to heap in main:
./leak_param.go:21:19:   flow: {heap} ← &{storage for []string{...}}:
./leak_param.go:21:19:     from []string{...} (spill) at ./leak_param.go:21:19
./leak_param.go:21:19:     from remember([]string{...}) (call parameter) at ./leak_param.go:21:10
./leak_param.go:23:14: x escapes to heap in main:
./leak_param.go:23:14:   flow: {storage for ... argument} ← &{storage for x}:
./leak_param.go:23:14:     from x (spill) at ./leak_param.go:23:14
./leak_param.go:23:14:     from ... argument (slice-literal-element) at ./leak_param.go:23:13
./leak_param.go:23:14:   flow: {heap} ← {storage for ... argument}:
./leak_param.go:23:14:     from ... argument (spill) at ./leak_param.go:23:13
./leak_param.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./leak_param.go:23:13
./leak_param.go:23:20: len(names) escapes to heap in main:
./leak_param.go:23:20:   flow: {storage for ... argument} ← &{storage for len(names)}:
./leak_param.go:23:20:     from len(names) (spill) at ./leak_param.go:23:20
./leak_param.go:23:20:     from ... argument (slice-literal-element) at ./leak_param.go:23:13
./leak_param.go:23:20:   flow: {heap} ← {storage for ... argument}:
./leak_param.go:23:20:     from ... argument (spill) at ./leak_param.go:23:13
./leak_param.go:23:20:     from fmt.Println(... argument...) (call parameter) at ./leak_param.go:23:13
./leak_param.go:19:2: moved to heap: x
./leak_param.go:21:19: []string{...} escapes to heap
./leak_param.go:23:13: ... argument does not escape
./leak_param.go:23:14: x escapes to heap
./leak_param.go:23:20: len(names) escapes to heap
