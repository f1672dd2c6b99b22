# command-line-arguments
./leak_result_level1.go:10:13: parameter b leaks to ~r0 for unwrap with derefs=1:
./leak_result_level1.go:10:13:   flow: ~r0 ← *b:
./leak_result_level1.go:10:13:     from b.p (dot of pointer) at ./leak_result_level1.go:11:10
./leak_result_level1.go:10:13:     from return b.p (return) at ./leak_result_level1.go:11:2
./leak_result_level1.go:10:13: leaking param: b to result ~r0 level=1
./leak_result_level1.go:14:12: parameter pp leaks to ~r0 for deref with derefs=1:
./leak_result_level1.go:14:12:   flow: ~r0 ← *pp:
./leak_result_level1.go:14:12:     from *pp (indirection) at ./leak_result_level1.go:15:9
./leak_result_level1.go:14:12:     from return *pp (return) at ./leak_result_level1.go:15:2
./leak_result_level1.go:14:12: leaking param: pp to result ~r0 level=1
./leak_result_level1.go:22:14: *unwrap(b) escapes to heap in main:
./leak_result_level1.go:22:14:   flow: {storage for ... argument} ← &{storage for *unwrap(b)}:
./leak_result_level1.go:22:14:     from *unwrap(b) (spill) at ./leak_result_level1.go:22:14
./leak_result_level1.go:22:14:     from ... argument (slice-literal-element) at ./leak_result_level1.go:22:13
./leak_result_level1.go:22:14:   flow: {heap} ← {storage for ... argument}:
./leak_result_level1.go:22:14:     from ... argument (spill) at ./leak_result_level1.go:22:13
./leak_result_level1.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./leak_result_level1.go:22:13
./leak_result_level1.go:22:26: *deref(&py) escapes to heap in main:
./leak_result_level1.go:22:26:   flow: {storage for ... argument} ← &{storage for *deref(&py)}:
./leak_result_level1.go:22:26:     from *deref(&py) (spill) at ./leak_result_level1.go:22:26
./leak_result_level1.go:22:26:     from ... argument (slice-literal-element) at ./leak_result_level1.go:22:13
./leak_result_level1.go:22:26:   flow: {heap} ← {storage for ... argument}:
./leak_result_level1.go:22:26:     from ... argument (spill) at ./leak_result_level1.go:22:13
./leak_result_level1.go:22:26:     from fmt.Println(... argument...) (call parameter) at ./leak_result_level1.go:22:13
./leak_result_level1.go:20:7: &Box{...} does not escape
./leak_result_level1.go:22:13: ... argument does not escape
./leak_result_level1.go:22:14: *unwrap(b) escapes to heap
./leak_result_level1.go:22:26: *deref(&py) escapes to heap
