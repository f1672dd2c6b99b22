package main

import "fmt"

type Getter interface{ Get() string }

type G string

func (g G) Get() string { return string(g) }

func find(name string) Getter {
	if name == "known" {
		return G("value")
	}
	return nil
}

func main() {
	g := find("known")
	fmt.Println(g.(G), g.Get())
	h := find("other")
	fmt.Println(h == nil)
	v, ok := h.(G)
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println("asserting on nil interface")
	fmt.Println(h.(G))
	fmt.Println("unreachable")
}
