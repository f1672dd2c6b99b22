package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func NewCounter() Counter { return Counter{} }

func main() {
	Counter{}.Inc()
	NewCounter().Inc()
	m := map[string]Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m)
}
