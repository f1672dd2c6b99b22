// A //go:noinline function next to inlinable twins with the same bodies; they
// must behave identically, including on results, named results, pointers
// and closures.
package main

import "fmt"

func addInl(a, b int) int { return a + b }

//go:noinline
func addNo(a, b int) int { return a + b }

func splitInl(n int) (hi, lo int) {
	hi, lo = n/10, n%10
	return
}

//go:noinline
func splitNo(n int) (hi, lo int) {
	hi, lo = n/10, n%10
	return
}

func incInl(p *int) { *p++ }

//go:noinline
func incNo(p *int) { *p++ }

func mkInl(k int) func(int) int { return func(x int) int { return x * k } }

//go:noinline
func mkNo(k int) func(int) int { return func(x int) int { return x * k } }

type T struct{ v int }

func (t *T) setInl(v int) *T { t.v = v; return t }

//go:noinline
func (t *T) setNo(v int) *T { t.v = v; return t }

// An inlinable function calling the noinline one, and vice versa.
func wrapInl(a int) int { return addNo(a, 1) * 2 }

//go:noinline
func wrapNo(a int) int { return addInl(a, 1) * 2 }

func main() {
	for i := -2; i < 3; i++ {
		fmt.Println(addInl(i, 10) == addNo(i, 10), addInl(i, i), addNo(i, i))
	}
	h1, l1 := splitInl(97)
	h2, l2 := splitNo(97)
	fmt.Println(h1, l1, h2, l2)
	x := 0
	for i := 0; i < 5; i++ {
		incInl(&x)
		incNo(&x)
	}
	fmt.Println(x)
	f, g := mkInl(3), mkNo(3)
	fmt.Println(f(7), g(7), mkInl(2)(mkNo(5)(1)))
	var a, b T
	fmt.Println(a.setInl(4).v, b.setNo(4).v, a.setInl(1).setNo(2).v, a.v)
	fmt.Println(wrapInl(5), wrapNo(5))
}
