// recover returns nil when nothing is panicking, when it is not called
// directly by a deferred function (a helper called from one, a function
// called normally, recover deferred itself), and once the panic is recovered.
package main

import "fmt"

func helper() any { return recover() }

func callsHelper() {
	defer func() {
		r := helper()
		fmt.Println("helper recover inside defer:", r)
	}()
	fmt.Println("not panicking, helper:", helper())
}

func nestedLiteral() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		func() {
			fmt.Println("nested literal recover:", recover())
		}()
	}()
	panic("p1")
}

func helperDuringPanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("direct after helper: ", recover())
	}()
	defer func() {
		fmt.Println("helper during panic:", helper())
	}()
	panic("p2")
}

func deferredRecoverBuiltin() (msg string) {
	defer func() {
		msg = fmt.Sprint("still panicking: ", recover())
	}()
	defer recover()
	panic("p3")
}

func twice() {
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("second recover:", recover())
	}()
	panic("p4")
}

func namedDeferred() {
	r := recover()
	fmt.Println("named function deferred, recover:", r)
}

func viaNamed() {
	defer namedDeferred()
	panic("p5")
}

type R struct{ tag string }

func (r R) rec()   { fmt.Println(r.tag, recover()) }
func (r *R) prec() { fmt.Println(r.tag, recover()) }

func viaMethod() {
	defer R{"value method recover:"}.rec()
	panic("p6")
}

func viaPointerMethod() {
	r := &R{"pointer method recover:"}
	defer r.prec()
	panic("p7")
}

func noPanicDefer() {
	defer func() {
		fmt.Println("no panic, deferred recover:", recover())
	}()
}

func main() {
	fmt.Println("main, no defer:", recover())
	callsHelper()
	fmt.Println(nestedLiteral())
	fmt.Println(helperDuringPanic())
	fmt.Println(deferredRecoverBuiltin())
	twice()
	viaNamed()
	viaMethod()
	viaPointerMethod()
	noPanicDefer()
	namedDeferred()
}
