// Builtins allowed as deferred calls: copy, delete, clear, print, println,
// panic, recover; their arguments are evaluated at the defer statement.
package main

import "fmt"

func copies() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	defer fmt.Println("after copy:", dst)
	defer copy(dst, src)
	src[0] = 100
	src = []int{7, 8, 9}
	fmt.Println("before return:", dst)
}

func deletes() map[string]int {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	k := "a"
	defer delete(m, k)
	k = "b"
	defer clear(map[string]int{})
	return m
}

func clears() []int {
	s := []int{1, 2, 3}
	defer clear(s[1:])
	return s
}

func deferredPanic() (msg string) {
	defer func() { msg = fmt.Sprint("recovered ", recover()) }()
	defer panic("deferred panic")
	return "normal"
}

func main() {
	copies()
	m := deletes()
	fmt.Println(len(m), m["a"], m["b"], m["c"])
	fmt.Println(clears())
	fmt.Println(deferredPanic())
	defer println("println to stderr runs last")
	defer print("print to stderr\n")
	fmt.Println("main body")
}
