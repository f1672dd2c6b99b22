# command-line-arguments
./global_store.go:16:2: moved to heap: c
./global_store.go:28:13: ... argument does not escape
./global_store.go:28:21: current.Name escapes to heap
./global_store.go:28:34: copyOf.Name escapes to heap
./global_store.go:28:54: current.Level + copyOf.Level escapes to heap
