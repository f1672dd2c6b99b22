package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(base, strconv.FormatInt(255, base), strconv.FormatInt(-255, base), strconv.FormatInt(0, base))
	}
	fmt.Println(strconv.FormatInt(-9223372036854775808, 2))
	fmt.Println(strconv.FormatInt(9223372036854775807, 36))
	fmt.Println(strconv.FormatInt(int64(1)<<40, 16), strconv.FormatInt(35, 36))

	cases := []struct {
		s       string
		base    int
		bitSize int
	}{
		{"ff", 16, 64}, {"-ff", 16, 64}, {"777", 8, 64}, {"101010", 2, 8}, {"z", 36, 64},
		{"0x1f", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"0b101", 0, 64}, {"1_000", 0, 64},
		{"127", 10, 8}, {"-128", 10, 8}, {"32767", 10, 16}, {"2147483647", 10, 32},
		{"9223372036854775807", 10, 64}, {"+5", 10, 0},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		fmt.Printf("ParseInt(%q, %d, %d) = %d %v\n", c.s, c.base, c.bitSize, v, err)
	}

	errCases := []struct {
		s       string
		base    int
		bitSize int
	}{
		{"128", 10, 8}, {"-129", 10, 8}, {"2147483648", 10, 32}, {"9223372036854775808", 10, 64},
		{"12", 2, 64}, {"", 10, 64}, {"g", 16, 64}, {"1_000", 10, 64}, {"0x", 0, 64}, {"5", 1, 64}, {"5", 37, 64},
	}
	for _, c := range errCases {
		v, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		fmt.Printf("ParseInt(%q, %d, %d) = %d | %v\n", c.s, c.base, c.bitSize, v, err)
	}
	for i := int64(-40); i <= 40; i += 13 {
		s := strconv.FormatInt(i, 7)
		back, _ := strconv.ParseInt(s, 7, 64)
		fmt.Print(s, "=", back, " ")
	}
	fmt.Println()
}
