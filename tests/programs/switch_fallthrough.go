package main

import "fmt"

func describe(n int) string {
	s := ""
	switch n {
	case 0:
		s += "zero "
		fallthrough
	case 1:
		s += "small "
		fallthrough
	case 2, 3:
		s += "tiny "
	case 4:
		s += "four "
		fallthrough
	default:
		s += "default "
	case 5:
		s += "five "
	}
	return s
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		fallthrough
	case score >= 65:
		return "C-ish"
	}
	return "F"
}

func main() {
	for i := 0; i <= 7; i++ {
		fmt.Println(i, describe(i))
	}
	scores := [6]int{95, 85, 72, 66, 50, 90}
	for i := 0; i < len(scores); i++ {
		fmt.Println(scores[i], grade(scores[i]))
	}
	count := 0
	for i := 0; i < 20; i++ {
		switch i % 4 {
		case 0:
			count += 1
			fallthrough
		case 1:
			count += 10
		case 2:
			count += 100
			if i > 10 {
				break
			}
			count += 1000
		}
	}
	fmt.Println("count:", count)
}
