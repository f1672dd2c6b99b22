package main

import "fmt"

type S struct {
	A, B int
}

type Node struct {
	Val  int
	Next *Node
}

func main() {
	arr := [5]int{10, 20, 30, 40, 50}
	i := 1
	i, arr[i] = 3, i+100
	fmt.Println(i, arr)
	arr[i], i = i*1000, 0
	fmt.Println(i, arr)

	// *p, p = ...: the old p is dereferenced
	x, y := 1, 2
	p := &x
	*p, p = 100, &y
	*p += 5
	fmt.Println(x, y)
	p, *p = &x, 77
	fmt.Println(x, y)

	// whole array then an element of it
	a := [3]int{1, 2, 3}
	a, a[0] = [3]int{a[1], a[2], a[0]}, a[0]+100
	fmt.Println(a)
	a[0], a = 55, [3]int{7, 8, 9}
	fmt.Println(a)

	// struct then its field
	s := S{1, 2}
	s, s.A = S{s.B, s.A}, s.A*10
	fmt.Println(s)
	s.B, s = -1, S{s.B, s.A}
	fmt.Println(s)

	// linked list surgery
	n3 := &Node{3, nil}
	n2 := &Node{2, n3}
	n1 := &Node{1, n2}
	head := n1
	head, head.Next = head.Next, nil
	fmt.Println(head.Val, head.Next.Val, n1.Next == nil)
	cur := head
	cur.Next, cur = nil, cur.Next
	fmt.Println(cur.Val, head.Next == nil)

	// index evaluated before assignment, even when the index variable is assigned earlier in the list
	k := 0
	var b [4]int
	k, b[k], k, b[k] = 1, 11, 2, 22
	fmt.Println(k, b)

	// pointer to array element, array reassigned in the same statement
	pa := &arr
	pa[0], pa = 9, &[5]int{}
	fmt.Println(arr[0], *pa)
}
