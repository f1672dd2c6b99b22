package main

import (
	"fmt"
	"strconv"
)

func main() {
	bad := []string{"", "abc", "12a", " 12", "12 ", "1_000", "0x10", "--1", "+", "-", "1.5", "١٢",
		"9223372036854775808", "-9223372036854775809", "99999999999999999999999"}
	for _, in := range bad {
		n, err := strconv.Atoi(in)
		fmt.Printf("%q -> %d | %v\n", in, n, err)
	}
	_, err := strconv.Atoi("nope")
	if err != nil {
		fmt.Println("error type:", fmt.Sprintf("%T", err))
		fmt.Println("message:", err.Error())
	}
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Printf("%v|%s|%q\n", err, err, err)
	n, err := strconv.Atoi("-0")
	fmt.Println(n, err, err == nil)
}
