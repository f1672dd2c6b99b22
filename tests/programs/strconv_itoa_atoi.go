package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int{0, 7, -7, 1234567890, -9223372036854775808, 9223372036854775807} {
		s := strconv.Itoa(n)
		fmt.Printf("%q len=%d\n", s, len(s))
	}
	fmt.Println(strconv.Itoa(42) + strconv.Itoa(8))

	inputs := []string{"0", "42", "-42", "+17", "007", "9223372036854775807", "-9223372036854775808"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		fmt.Println(in, "->", n, err)
	}
	sum := 0
	for _, s := range []string{"10", "20", "x", "30"} {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		sum += n
	}
	fmt.Println("sum", sum)

	roundTrip := true
	for i := -1000; i <= 1000; i += 7 {
		n, err := strconv.Atoi(strconv.Itoa(i))
		if err != nil || n != i {
			roundTrip = false
		}
	}
	fmt.Println("round trip", roundTrip)

	digits := "31415926"
	total := 0
	for i := range digits {
		d, _ := strconv.Atoi(digits[i : i+1])
		total += d
	}
	fmt.Println("digit sum", total)
	fmt.Println(strconv.Itoa(int(int8(-128))), strconv.Itoa(len("héllo")))
}
