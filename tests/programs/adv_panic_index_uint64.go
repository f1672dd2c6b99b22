package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	var i8 int8 = 4
	var u8 uint8 = 2
	fmt.Println(arr[i8], arr[u8], arr[u8+2])
	var u uint64 = 1<<63 + 7
	fmt.Println("about to index", u)
	fmt.Println(arr[u%5])
	fmt.Println(arr[u])
	fmt.Println("unreachable")
}
