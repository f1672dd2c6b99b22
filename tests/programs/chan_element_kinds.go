// Channels of structs, pointers, interfaces, funcs, slices, maps and
// arrays: values are copied into and out of the channel.
package main

import (
	"fmt"
	"strings"
)

type item struct {
	Name  string
	Price int
	Tags  [2]string
}

type shape interface {
	Area() float64
	Name() string
}

type rect struct{ W, H float64 }
type square struct{ S float64 }

func (r rect) Area() float64    { return r.W * r.H }
func (r rect) Name() string     { return "rect" }
func (s *square) Area() float64 { return s.S * s.S }
func (s *square) Name() string  { return "square" }

type big struct {
	a [16]int
	s string
}

func main() {
	// Struct values are copied: changing the original after the send
	// does not change what is received.
	items := make(chan item, 2)
	it := item{"pen", 3, [2]string{"office", "blue"}}
	items <- it
	it.Price = 100
	it.Tags[1] = "red"
	items <- it
	fmt.Printf("%+v\n", <-items)
	fmt.Printf("%+v\n", <-items)

	// Pointers share: the receiver sees later changes.
	ptrs := make(chan *item, 1)
	p := &item{Name: "cup"}
	ptrs <- p
	p.Price = 7
	q := <-ptrs
	fmt.Println(q == p, q.Name, q.Price)

	// A goroutine mutates through a received pointer.
	done := make(chan *item)
	go func() {
		x := <-ptrs
		x.Price *= 2
		x.Tags[0] = "doubled"
		done <- x
	}()
	ptrs <- p
	fmt.Printf("%+v %v\n", *<-done, p.Price)

	// Interfaces: dynamic types travel with the values.
	shapes := make(chan shape, 3)
	go func() {
		shapes <- rect{2, 3}
		shapes <- &square{4}
		shapes <- rect{W: 0.5, H: 8}
		close(shapes)
	}()
	total := 0.0
	var names []string
	for s := range shapes {
		total += s.Area()
		names = append(names, fmt.Sprintf("%s(%T)", s.Name(), s))
	}
	fmt.Println(strings.Join(names, ", "), total)

	anys := make(chan any, 5)
	anys <- 1
	anys <- "two"
	anys <- 3.5
	anys <- []int{4}
	anys <- nil
	close(anys)
	for v := range anys {
		switch x := v.(type) {
		case int:
			fmt.Println("int", x+1)
		case string:
			fmt.Println("string", strings.Repeat(x, 2))
		case float64:
			fmt.Println("float64", x*2)
		case nil:
			fmt.Println("nil interface")
		default:
			fmt.Printf("other %T %v\n", x, x)
		}
	}

	// Funcs: a goroutine runs the closures it receives, in order.
	tasks := make(chan func() string)
	outs := make(chan string)
	go func() {
		for f := range tasks {
			outs <- f()
		}
		close(outs)
	}()
	go func() {
		for i := 0; i < 4; i++ {
			tasks <- func() string { return strings.Repeat("*", i+1) }
		}
		close(tasks)
	}()
	for s := range outs {
		fmt.Println(s)
	}

	// Slices share their backing array; maps are references too.
	slices := make(chan []int, 1)
	sl := []int{1, 2, 3}
	slices <- sl
	sl[0] = 100
	fmt.Println(<-slices)
	maps := make(chan map[string]int, 1)
	m := map[string]int{"a": 1}
	maps <- m
	m["b"] = 2
	fmt.Println(<-maps)

	// A large struct element.
	bigs := make(chan big, 2)
	var b big
	for i := range b.a {
		b.a[i] = i * i
	}
	b.s = "large"
	bigs <- b
	b.a[15] = -1
	bigs <- b
	b1, b2 := <-bigs, <-bigs
	fmt.Println(b1.a[15], b2.a[15], b1.s, b1.a == b2.a)

	// Empty structs as pure signals.
	sig := make(chan struct{}, 3)
	sig <- struct{}{}
	sig <- struct{}{}
	fmt.Println(len(sig), <-sig)
}
