# command-line-arguments
./param_noescape.go:7:10: p does not escape
./param_noescape.go:7:21: s does not escape
./param_noescape.go:7:30: m does not escape
./param_noescape.go:7:48: f does not escape
./param_noescape.go:7:65: str does not escape
./param_noescape.go:20:21: map[string]int{...} does not escape
./param_noescape.go:21:12: func literal does not escape
./param_noescape.go:22:13: ... argument does not escape
./param_noescape.go:22:17: sum(&a, a[:2], m, double, "abc") escapes to heap
