package main

import "fmt"

func main() {
	fmt.Println("stdout line 1")
	println("stderr", 1, true, -7)
	print("no newline ", 42, "\n")
	print(1, 2, "\n")
	var u8 uint8 = 255
	var i64 int64 = -9223372036854775808
	println(u8, i64)
	println("float:", 1.5)
	println()
	s := "abc"
	println(s, len(s), s[1])
	fmt.Println("stdout line 2")
}
