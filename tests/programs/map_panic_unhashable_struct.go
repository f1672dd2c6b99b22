package main

import "fmt"

type Box struct {
	Label string
	Data  interface{}
}

func main() {
	seen := map[Box]bool{}
	seen[Box{"a", 1}] = true
	seen[Box{"b", "x"}] = true
	seen[Box{"a", 1}] = false
	fmt.Println(len(seen), seen[Box{"a", 1}], seen[Box{"b", "x"}])
	_, ok := seen[Box{"c", nil}]
	fmt.Println(ok)
	for _, b := range []Box{{"a", 2}, {"b", "x"}, {"d", 4.5}} {
		fmt.Println(b.Label, seen[b])
	}
	fmt.Println("looking up a box holding a map")
	bad := Box{"m", map[string]int{"k": 1}}
	fmt.Println(seen[bad])
	fmt.Println("unreachable")
}
