# command-line-arguments
./allocs_loop_var.go:17:3: moved to heap: v
./allocs_loop_var.go:38:13: ... argument does not escape
./allocs_loop_var.go:38:14: "kept: allocs/iteration" escapes to heap
./allocs_loop_var.go:38:70: (after.Mallocs - before.Mallocs) / uint64(1000) escapes to heap
./allocs_loop_var.go:42:13: ... argument does not escape
./allocs_loop_var.go:42:14: "scoped: allocs/iteration" escapes to heap
./allocs_loop_var.go:42:72: (after.Mallocs - before.Mallocs) / uint64(1000) escapes to heap
./allocs_loop_var.go:43:13: ... argument does not escape
./allocs_loop_var.go:43:14: *last escapes to heap
./allocs_loop_var.go:43:21: t escapes to heap
