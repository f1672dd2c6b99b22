# command-line-arguments
./stringer.go:15:78: "$" + strconv.Itoa(m.cents / 100) + "." + strconv.Itoa(m.cents % 100 / 10) + strconv.Itoa(m.cents % 10) escapes to heap
./stringer.go:20:7: t does not escape
./stringer.go:20:44: "#" + string(*t) escapes to heap
./stringer.go:24:2: moved to heap: t
./stringer.go:25:13: ... argument does not escape
./stringer.go:25:14: m escapes to heap
./stringer.go:26:13: ... argument does not escape
./stringer.go:26:22: Money.String(m) escapes to heap
