// Mutually recursive functions form one strongly connected component and
// are analysed (and reported) together, parameters first.
package main

import "fmt"

var seen []*int

func even(n int, p *int) bool {
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool {
	if n == 0 {
		seen = append(seen, p)
		return false
	}
	return even(n-1, p)
}

func main() {
	x := 0
	fmt.Println(even(4, &x), odd(4, &x), len(seen))
}
