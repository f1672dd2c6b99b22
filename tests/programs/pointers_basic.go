package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) {
	*p++
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func fill(arr *[5]int, v int) {
	for i := 0; i < len(arr); i++ {
		arr[i] = v * i
	}
}

func newCounter(start int) *int {
	c := start
	return &c
}

func main() {
	x := 10
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	y := 20
	swap(&x, &y)
	fmt.Println(x, y)
	pp := &p
	**pp = 77
	fmt.Println(x, **pp)
	ppp := &pp
	***ppp += 1
	fmt.Println(x)
	q := new(int)
	fmt.Println(*q)
	*q = 5
	p = q
	*p *= 3
	fmt.Println(*q, x)
	var arr [5]int
	fill(&arr, 3)
	fmt.Println(arr)
	pa := &arr
	pa[4] = -1
	(*pa)[0] = 100
	fmt.Println(arr, len(pa), *pa)
	fmt.Println(pa)
	c1 := newCounter(1)
	c2 := newCounter(1)
	*c1 += 10
	fmt.Println(*c1, *c2, c1 == c2)
	// linked list built from pointers
	var head *Node
	for i := 1; i <= 5; i++ {
		head = &Node{Val: i * i, Next: head}
	}
	sum := 0
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
		sum += n.Val
	}
	fmt.Println("sum", sum)
	np := new(Node)
	np.Val = 3
	fmt.Println(np.Next == nil, np.Val, *np)
	var nilp *int
	fmt.Println(nilp == nil)
}
