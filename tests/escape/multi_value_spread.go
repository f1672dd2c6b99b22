// f(g()) passes g's results through temporaries gc names .autotmp_N, in
// order per function, placed at the outer call.
package main

import "fmt"

func two() (int, string) { return 1, "a" }

func three() (int, int, int) { return 1, 2, 3 }

func main() {
	m := map[string]int{"a": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	v, ok := m["a"]
	fmt.Println(v, ok)
	fmt.Println(two())
	func() {
		fmt.Println(two())
	}()
	fmt.Println(three())
}
