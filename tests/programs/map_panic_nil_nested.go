package main

import "fmt"

type holder struct {
	counts map[string]int
}

func main() {
	mm := map[string]map[string]int{"present": {}}
	mm["present"]["x"] = 1
	fmt.Println(len(mm["present"]), mm["absent"]["x"])
	var h holder
	fmt.Println(h.counts["a"], len(h.counts))
	delete(h.counts, "a")
	for k := range h.counts {
		fmt.Println(k)
	}
	fmt.Println("about to write")
	mm["absent"]["x"]++
	fmt.Println("not reached")
}
