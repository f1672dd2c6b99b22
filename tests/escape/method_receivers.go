// Receivers are parameters: a pointer receiver that is only read does
// not escape, one that is stored leaks, one that is returned leaks to
// the result.
package main

import "fmt"

type Item struct {
	name string
	next *Item
}

var last *Item

func (it *Item) Name() string { return it.name }

func (it *Item) Remember() { last = it }

func (it *Item) Self() *Item { return it }

func (it Item) Next() *Item { return it.next }

func main() {
	a := &Item{name: "a"}
	b := &Item{name: "b", next: a}
	b.Remember()
	fmt.Println(b.Name(), b.Self().Next().Name(), last.name)
}
