package main

import "fmt"

func main() {
	x := 100
	x += 23
	fmt.Println("+=", x)
	x -= 3
	fmt.Println("-=", x)
	x *= 4
	fmt.Println("*=", x)
	x /= 7
	fmt.Println("/=", x)
	x %= 13
	fmt.Println("%=", x)
	x = 0xFF
	x &= 0x3C
	fmt.Println("&=", x)
	x |= 0x101
	fmt.Println("|=", x)
	x ^= 0x1FF
	fmt.Println("^=", x)
	x <<= 5
	fmt.Println("<<=", x)
	x >>= 2
	fmt.Println(">>=", x)
	x &^= 0x30
	fmt.Println("&^=", x)
	x++
	fmt.Println("++", x)
	x--
	x--
	fmt.Println("--", x)

	var arr [3]int
	i := 1
	arr[i] += 5
	arr[i] *= 3
	arr[i+1] -= 7
	arr[0]++
	fmt.Println(arr)

	var f float64 = 1.5
	f *= 4
	f -= 0.5
	f /= 2
	fmt.Println(f)

	s := "ab"
	s += "cd"
	s += s
	fmt.Println(s)

	var p *int = &x
	*p += 1000
	*p <<= 1
	fmt.Println(x, *p)

	var u uint8 = 7
	u -= 10
	fmt.Println(u)
	u >>= 1
	fmt.Println(u)
}
