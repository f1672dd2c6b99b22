package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]bool

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s[it] = true
	}
	return s
}

func (s Set) Union(o Set) Set {
	r := Set{}
	for k := range s {
		r[k] = true
	}
	for k := range o {
		r[k] = true
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := Set{}
	for k := range s {
		if o[k] {
			r[k] = true
		}
	}
	return r
}

func (s Set) Minus(o Set) Set {
	r := Set{}
	for k := range s {
		if !o[k] {
			r[k] = true
		}
	}
	return r
}

func (s Set) String() string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return "{" + strings.Join(keys, ",") + "}"
}

func main() {
	a := NewSet("a", "b", "c", "d")
	b := NewSet("c", "d", "e")
	fmt.Println(a, b)
	fmt.Println("union", a.Union(b))
	fmt.Println("inter", a.Intersect(b))
	fmt.Println("a-b", a.Minus(b), "b-a", b.Minus(a))
	fmt.Println(len(a.Union(b)), len(NewSet()), NewSet())
	empty := Set(nil)
	fmt.Println(empty.Union(a), empty.Intersect(a), len(empty))
	fmt.Printf("%v %s\n", a.Intersect(NewSet("a")), b)
	sets := []Set{a, b, NewSet("z")}
	fmt.Println(sets)
	fmt.Println(map[string]Set{"x": a})
}
