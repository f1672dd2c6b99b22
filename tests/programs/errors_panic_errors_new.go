package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(parse("12") + parse("30"))
	e := errors.New("custom")
	fmt.Printf("%v %T\n", e, e)
	sum := 0
	for _, s := range []string{"1", "2", "3"} {
		sum += parse(s)
	}
	fmt.Println("sum", sum)
	fmt.Println("parsing x1")
	fmt.Println(parse("x1"))
	fmt.Println("unreachable")
}
