package main

import (
	"fmt"
	"strconv"
)

func main() {
	var big int64 = 5
	fmt.Println(strconv.Itoa(big))
	n := strconv.Atoi("12")
	fmt.Println(n)
	v, err := strconv.ParseInt("12", 10)
	fmt.Println(v, err)
	fmt.Println(strconv.FormatInt(5, 10))
}
