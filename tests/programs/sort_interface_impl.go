package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Salary int
}

type BySalary []Employee

func (b BySalary) Len() int           { return len(b) }
func (b BySalary) Less(i, j int) bool { return b[i].Salary < b[j].Salary }
func (b BySalary) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type ByName struct{ es []Employee }

func (b *ByName) Len() int           { return len(b.es) }
func (b *ByName) Less(i, j int) bool { return b.es[i].Name < b.es[j].Name }
func (b *ByName) Swap(i, j int)      { b.es[i], b.es[j] = b.es[j], b.es[i] }

type Counted struct {
	data  []int
	swaps int
}

func (c *Counted) Len() int           { return len(c.data) }
func (c *Counted) Less(i, j int) bool { return c.data[i] < c.data[j] }
func (c *Counted) Swap(i, j int) {
	c.data[i], c.data[j] = c.data[j], c.data[i]
	c.swaps++
}

// Desc reverses an embedded sort.Interface.
type Desc struct{ sort.Interface }

func (d Desc) Less(i, j int) bool { return d.Interface.Less(j, i) }

func main() {
	es := []Employee{{"zed", 500}, {"amy", 900}, {"kim", 100}, {"bob", 700}, {"lee", 300}}
	sort.Sort(BySalary(es))
	fmt.Println(es)

	bn := &ByName{es}
	sort.Sort(bn)
	fmt.Println(es)
	sort.Sort(Desc{BySalary(es)})
	fmt.Println(es)

	var si sort.Interface = BySalary(es)
	fmt.Println(si.Len(), si.Less(0, 1))
	si.Swap(0, 4)
	fmt.Println(es[0].Name, es[4].Name)

	c := &Counted{data: []int{1, 2, 3, 4, 5}}
	sort.Sort(c)
	fmt.Println(c.data, "swapped:", c.swaps > 0 || c.swaps == 0)

	sort.Sort(BySalary(es))
	fmt.Println(es)
	sort.Sort(BySalary(es[:0]))
	sort.Sort(BySalary(es[3:]))
	fmt.Println(es)
}
