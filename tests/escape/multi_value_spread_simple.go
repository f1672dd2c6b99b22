// f(g()) in a function with no other variables before it: gc's
// temporaries are .autotmp_0, _1, ... at the outer call.
package main

import "fmt"

func pair(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("div %d by zero", a)
	}
	return a / b, nil
}

func main() {
	fmt.Println(pair(7, 2))
	fmt.Println(pair(1, 0))
}
