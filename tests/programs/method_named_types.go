package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] < l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type Counts map[string]int

func (c Counts) Inc(k string) { c[k]++ }
func (c Counts) Keys() []string {
	ks := make([]string, 0, len(c))
	for k := range c {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Pred func(int) bool

func (p Pred) Not() Pred       { return func(x int) bool { return !p(x) } }
func (p Pred) And(q Pred) Pred { return func(x int) bool { return p(x) && q(x) } }
func (p Pred) Filter(xs []int) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

type Meters float64

func (m Meters) Feet() float64 { return float64(m) * 3.28084 }

type Flags uint8

func (f Flags) Has(b Flags) bool { return f&b != 0 }
func (f *Flags) Set(b Flags)     { *f |= b }

func main() {
	var l IntList
	l.Push(5)
	l.Push(2)
	l.Push(9)
	l.Push(1)
	fmt.Println(l, l.Sum(), l.Len())
	sort.Sort(l)
	fmt.Println(l)

	c := Counts{}
	for _, w := range strings.Fields("a b a c b a") {
		c.Inc(w)
	}
	fmt.Println(c.Keys(), c["a"], c)

	even := Pred(func(x int) bool { return x%2 == 0 })
	big := Pred(func(x int) bool { return x > 4 })
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	fmt.Println(even.Filter(xs), even.Not().Filter(xs), even.And(big).Filter(xs))

	fmt.Printf("%.3f\n", Meters(10).Feet())

	var f Flags
	f.Set(1)
	f.Set(4)
	fmt.Println(f, f.Has(1), f.Has(2), f.Has(4))
	fmt.Printf("%T %T %T %T\n", l, c, even, f)
}
