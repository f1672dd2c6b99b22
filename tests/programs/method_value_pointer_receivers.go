package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func (c Counter) Get() int { return c.N }

func (c Counter) IncCopy() int {
	c.N++
	return c.N
}

func (c *Counter) Inc() { c.N++ }

func (c *Counter) Add(d int) *Counter {
	c.N += d
	return c
}

func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.Name, c.N) }

func main() {
	c := Counter{Name: "c"}
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c.IncCopy(), c.Get())

	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.N, (*p).Get())

	c.Add(10).Add(5).Inc()
	fmt.Println(c.N)

	cs := []Counter{{"a", 1}, {"b", 2}}
	cs[0].Inc()
	for i := range cs {
		cs[i].Add(100)
	}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs[0].N, cs[1].N)

	arr := [2]Counter{{"x", 0}, {"y", 0}}
	arr[1].Inc()
	fmt.Println(arr[1].N)

	m := map[string]*Counter{"k": {"k", 7}}
	m["k"].Inc()
	fmt.Println(m["k"].N, m["k"].Get())

	mv := map[string]Counter{"v": {"v", 3}}
	fmt.Println(mv["v"].Get(), mv["v"].IncCopy(), mv["v"].N)

	type Wrapper struct{ C Counter }
	w := Wrapper{Counter{"w", 1}}
	w.C.Inc()
	fmt.Println(w.C.N)
	pw := &w
	pw.C.Add(4)
	fmt.Println(w.C.N, w.C)

	fmt.Println(c, p, cs)
	fmt.Printf("%v %s %d\n", c, p, c.N)
}
