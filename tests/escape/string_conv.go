// string(b) copies the bytes: it does not escape when local and escapes
// when returned or stored.
package main

import "fmt"

var names []string

func isHello(b []byte) bool {
	return string(b) == "hello"
}

func keep(b []byte) {
	names = append(names, string(b))
}

func name(b []byte) string {
	s := string(b)
	return s
}

func main() {
	b := []byte("hello")
	keep(b)
	fmt.Println(isHello(b), name(b[:2]), names[0])
}
