// A deferred call hits a runtime error while a panic is running: Go prints
// both, the first panic then the runtime error, exit status 2.
package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	defer fmt.Println("outermost defer still runs")
	defer func() {
		i := len(xs) + 2
		fmt.Println("deferred indexing", i)
		fmt.Println(xs[i])
	}()
	panic(fmt.Errorf("first failure: %d", 1))
}
