// Deferred calls that themselves defer: each deferred function is a normal
// call with its own defer queue, run when that deferred function returns.
package main

import "fmt"

var depth int

func log(msg string) {
	for i := 0; i < depth; i++ {
		fmt.Print("  ")
	}
	fmt.Println(msg)
}

func enter(name string) string {
	log("enter " + name)
	depth++
	return name
}

func leave(name string) {
	depth--
	log("leave " + name)
}

func a() {
	defer leave(enter("a"))
	defer func() {
		defer leave(enter("a.d1"))
		defer func() {
			defer leave(enter("a.d1.d1"))
			log("innermost body")
		}()
		log("a.d1 body")
	}()
	log("a body")
}

func panicky() (msg string) {
	defer func() {
		defer func() {
			if r := recover(); r != nil {
				msg = fmt.Sprint("inner defer recovered ", r)
			}
		}()
		panic("from deferred")
	}()
	return "normal"
}

func outerPanicInnerRecover() (msg string) {
	defer func() {
		msg += fmt.Sprint("; direct recover: ", recover())
	}()
	defer func() {
		defer func() {
			// Not called directly by a function deferred by the panicking
			// frame: returns nil, the panic goes on.
			msg = fmt.Sprint("nested deferred recover: ", recover())
		}()
	}()
	panic("outer")
}

func deferInDeferLoop() (out []int) {
	defer func() {
		for i := range 3 {
			defer func() { out = append(out, i) }()
		}
	}()
	return []int{-1}
}

func main() {
	a()
	fmt.Println(panicky())
	fmt.Println(outerPanicInnerRecover())
	fmt.Println(deferInDeferLoop())
}
