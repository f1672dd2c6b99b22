// Assigning a value to an interface variable boxes it; whether the box
// escapes depends on where the interface value goes.
package main

import "fmt"

var sink any

func local(n int) int {
	var v any = n
	if k, ok := v.(int); ok {
		return k * 2
	}
	return 0
}

func global(n int) {
	sink = n
}

func main() {
	global(300)
	fmt.Println(local(21), sink.(int))
}
