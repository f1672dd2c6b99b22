// "leaking param: p": the pointer itself is stored where it outlives the
// call (a package-level variable).
package main

import "fmt"

var saved *int
var names []string

func save(p *int) {
	saved = p
}

func remember(s []string) {
	names = s
}

func main() {
	x := 3
	save(&x)
	remember([]string{"a", "b"})
	*saved = 4
	fmt.Println(x, len(names))
}
