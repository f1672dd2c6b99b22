# command-line-arguments
./leak_param_content.go:11:16: parameter pp leaks to {heap} for saveInner with derefs=1:
./leak_param_content.go:11:16:   flow: {heap} ← *pp:
./leak_param_content.go:11:16:     from *pp (indirection) at ./leak_param_content.go:12:10
./leak_param_content.go:11:16:     from saved = *pp (assign) at ./leak_param_content.go:12:8
./leak_param_content.go:11:16: leaking param content: pp
./leak_param_content.go:15:14: parameter s leaks to {heap} for firstOf with derefs=1:
./leak_param_content.go:15:14:   flow: {heap} ← *s:
./leak_param_content.go:15:14:     from s[0] (dot of pointer) at ./leak_param_content.go:16:11
./leak_param_content.go:15:14:     from first = s[0] (assign) at ./leak_param_content.go:16:8
./leak_param_content.go:15:14: leaking param content: s
./leak_param_content.go:20:2: x escapes to heap in main:
./leak_param_content.go:20:2:   flow: p ← &x:
./leak_param_content.go:20:2:     from &x (address-of) at ./leak_param_content.go:21:7
./leak_param_content.go:20:2:     from p := &x (assign) at ./leak_param_content.go:21:4
./leak_param_content.go:20:2:   flow: {heap} ← p:
./leak_param_content.go:20:2:     from &p (address-of) at ./leak_param_content.go:22:12
./leak_param_content.go:20:2:     from saveInner(&p) (call parameter) at ./leak_param_content.go:22:11
./leak_param_content.go:24:14: *saved escapes to heap in main:
./leak_param_content.go:24:14:   flow: {storage for ... argument} ← &{storage for *saved}:
./leak_param_content.go:24:14:     from *saved (spill) at ./leak_param_content.go:24:14
./leak_param_content.go:24:14:     from ... argument (slice-literal-element) at ./leak_param_content.go:24:13
./leak_param_content.go:24:14:   flow: {heap} ← {storage for ... argument}:
./leak_param_content.go:24:14:     from ... argument (spill) at ./leak_param_content.go:24:13
./leak_param_content.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./leak_param_content.go:24:13
./leak_param_content.go:24:22: first escapes to heap in main:
./leak_param_content.go:24:22:   flow: {storage for ... argument} ← &{storage for first}:
./leak_param_content.go:24:22:     from first (spill) at ./leak_param_content.go:24:22
./leak_param_content.go:24:22:     from ... argument (slice-literal-element) at ./leak_param_content.go:24:13
./leak_param_content.go:24:22:   flow: {heap} ← {storage for ... argument}:
./leak_param_content.go:24:22:     from ... argument (spill) at ./leak_param_content.go:24:13
./leak_param_content.go:24:22:     from fmt.Println(... argument...) (call parameter) at ./leak_param_content.go:24:13
./leak_param_content.go:20:2: moved to heap: x
./leak_param_content.go:23:18: []string{...} does not escape
./leak_param_content.go:24:13: ... argument does not escape
./leak_param_content.go:24:14: *saved escapes to heap
./leak_param_content.go:24:22: first escapes to heap
