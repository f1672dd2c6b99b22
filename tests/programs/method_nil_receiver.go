package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.Next.Len()
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Next.Sum()
}

func (l *List) Push(v int) *List { return &List{v, l} }

func (l *List) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%d->%s", l.Val, l.Next.String())
}

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{V: v}
	}
	if v < t.V {
		t.L = t.L.Insert(v)
	} else {
		t.R = t.R.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(out []int) []int {
	if t == nil {
		return out
	}
	out = t.L.InOrder(out)
	out = append(out, t.V)
	return t.R.InOrder(out)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.L.Height(), t.R.Height())
}

func main() {
	var l *List
	fmt.Println(l.Len(), l.Sum(), l.String())
	l = l.Push(1).Push(2).Push(3)
	fmt.Println(l.Len(), l.Sum(), l)

	var t *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 2, 6} {
		t = t.Insert(v)
	}
	fmt.Println(t.InOrder(nil), t.Height())
	var empty *Tree
	fmt.Println(empty.InOrder(nil) == nil, empty.Height())

	var s fmt.Stringer = l
	fmt.Println(s.String())
	var nl *List
	s = nl
	fmt.Println(s == nil, s.String())
	fmt.Println(s)
}
