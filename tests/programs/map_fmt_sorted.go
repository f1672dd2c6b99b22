package main

import (
	"fmt"
	"math"
)

type Key struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "j", 0: "o"})
	fmt.Println(map[string]int{"banana": 2, "apple": 1, "Cherry": 3, "": 0})
	fmt.Println(map[float64]bool{2.5: true, -1: false, math.Inf(1): true, 0: false})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	fmt.Println(map[uint8]string{200: "hi", 5: "lo"})
	fmt.Println(map[int8]int{-100: 1, 100: 2, 0: 3})

	m := map[string][]int{"odd": {1, 3}, "even": {2, 4}, "none": nil}
	fmt.Println(m)
	fmt.Printf("%v\n", m)
	fmt.Printf("%+v\n", map[string]Key{"k": {1, "x"}})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", map[Key]bool{{1, "q"}: true})

	mixed := map[interface{}]int{"b": 1, "a": 3, nil: 7, "c": 2}
	fmt.Println(map[interface{}]string{3: "c", 1: "a", 2: "b"})
	fmt.Println(mixed)

	nested := map[string]map[string]int{"y": {"b": 2, "a": 1}, "x": {"z": 26}}
	fmt.Println(nested)
	fmt.Printf("%d|%s|%x\n", map[string]int{"k": 255}, map[string]string{"q": "v"}, map[string]int{"k": 255})
	fmt.Println(fmt.Sprint(map[int]int{2: 4, 1: 1}) == "map[1:1 2:4]")
}
