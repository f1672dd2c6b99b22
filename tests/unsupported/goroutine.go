// unsupported: go statements are
package main

import "fmt"

func work(n int) {
	fmt.Println("work", n)
}

func main() {
	go work(1)
	fmt.Println("main")
}
