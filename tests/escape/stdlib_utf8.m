# command-line-arguments
./stdlib_utf8.go:10:13: s does not escape
./stdlib_utf8.go:14:15: append escapes to heap
./stdlib_utf8.go:21:13: make([]byte, 4) does not escape
./stdlib_utf8.go:27:13: ... argument does not escape
./stdlib_utf8.go:27:20: widths("aé日") escapes to heap
./stdlib_utf8.go:27:38: encode('€') escapes to heap
./stdlib_utf8.go:27:69: utf8.RuneCountInString("héllo") escapes to heap
