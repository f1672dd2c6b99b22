// Large structs and arrays passed to deferred calls are copied at the defer
// statement; later changes to the original do not show.
package main

import "fmt"

type Big struct {
	ID     int
	Name   string
	Values [32]int
	Tags   []string
	Inner  struct{ A, B float64 }
}

func sum(b Big) int {
	t := 0
	for _, v := range b.Values {
		t += v
	}
	return t
}

func report(label string, b Big, arr [16]int64, p *Big) {
	fmt.Println(label, b.ID, b.Name, sum(b), b.Tags, b.Inner.A, b.Inner.B, arr[0], arr[15], p.ID, sum(*p))
}

func (b Big) method(tag string) { fmt.Println(tag, b.ID, b.Name, b.Values[31], b.Tags) }

func run() {
	var b Big
	b.ID = 1
	b.Name = "one"
	for i := range b.Values {
		b.Values[i] = i
	}
	b.Tags = []string{"x", "y"}
	b.Inner.A = 1.5
	var arr [16]int64
	arr[0], arr[15] = 3, 4
	defer report("deferred:", b, arr, &b)
	defer b.method("value method:")
	defer func(c Big) { fmt.Println("literal param:", c.ID, c.Values[5], c.Inner) }(b)
	defer func() { fmt.Println("closure:", b.ID, b.Values[5], b.Inner) }()
	b.ID = 2
	b.Name = "two"
	b.Values[5] = 500
	b.Values[31] = 0
	b.Tags[0] = "shared"
	b.Inner.B = 9
	arr[0] = -1
	fmt.Println("body:", b.ID, sum(b))
}

func manyBig() (total int) {
	for i := 0; i < 5; i++ {
		var b Big
		b.Values[0] = i
		b.Values[31] = i * 10
		defer func(c Big) { total += sum(c) }(b)
	}
	return 0
}

func main() {
	run()
	fmt.Println(manyBig())
}
