# command-line-arguments
./concat_noescape.go:7:14: a does not escape
./concat_noescape.go:7:17: b does not escape
./concat_noescape.go:8:9: a + b does not escape
./concat_noescape.go:12:12: name does not escape
./concat_noescape.go:13:26: "hello, " + name + "!" does not escape
./concat_noescape.go:18:13: ... argument does not escape
./concat_noescape.go:18:21: sameLen("ab", "cd") escapes to heap
./concat_noescape.go:18:40: greet("gopher") escapes to heap
