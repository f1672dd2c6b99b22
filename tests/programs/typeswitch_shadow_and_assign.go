package main

import "fmt"

type Node interface{}

type Num struct{ V int }
type Add struct{ L, R Node }
type Mul struct{ L, R Node }
type Neg struct{ X Node }

func eval(n Node) int {
	switch n := n.(type) {
	case Num:
		return n.V
	case *Num:
		return n.V
	case Add:
		return eval(n.L) + eval(n.R)
	case Mul:
		return eval(n.L) * eval(n.R)
	case Neg:
		return -eval(n.X)
	default:
		panic(fmt.Sprintf("unknown node %T", n))
	}
}

func show(n Node) string {
	switch n := n.(type) {
	case Num:
		return fmt.Sprint(n.V)
	case *Num:
		return fmt.Sprint("*", n.V)
	case Add:
		return "(" + show(n.L) + " + " + show(n.R) + ")"
	case Mul:
		return show(n.L) + "*" + show(n.R)
	case Neg:
		return "-" + show(n.X)
	}
	return "?"
}

func main() {
	tree := Add{Mul{Num{2}, Num{3}}, Neg{Add{Num{1}, &Num{4}}}}
	fmt.Println(show(tree), "=", eval(tree))
	exprs := []Node{Num{7}, Neg{Neg{Num{1}}}, Mul{Add{Num{1}, Num{2}}, Num{10}}}
	for _, e := range exprs {
		fmt.Println(show(e), "=", eval(e))
	}

	// The bound variable is a copy; modifying it does not affect the interface value.
	var n Node = Num{1}
	switch v := n.(type) {
	case Num:
		v.V = 99
		fmt.Println(v.V, n.(Num).V)
	}
	p := &Num{1}
	n = p
	switch v := n.(type) {
	case *Num:
		v.V = 99
	}
	fmt.Println(p.V)
	fmt.Println("evaluating bad node")
	fmt.Println(eval(Add{Num{1}, "oops"}))
}
