package main

import "fmt"

func toInt(v interface{}) int {
	return v.(int)
}

func main() {
	vals := []interface{}{1, 2, 3}
	sum := 0
	for _, v := range vals {
		sum += toInt(v)
	}
	fmt.Println("sum", sum)
	s, ok := interface{}("x").(int)
	fmt.Println(s, ok)
	vals = append(vals, "four")
	for i, v := range vals {
		fmt.Println("converting", i)
		sum += toInt(v)
	}
	fmt.Println("unreachable", sum)
}
