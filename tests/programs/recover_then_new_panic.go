// After a panic is recovered the program continues normally; a later,
// unrelated panic is printed alone (no "[recovered]" chain), after the
// deferred calls still queued in main.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func check(t Temp) {
	if t > 100 {
		panic(t)
	}
}

func guarded(t Temp) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("guarded:", r)
			ok = false
		}
	}()
	check(t)
	return true
}

func main() {
	defer fmt.Println("main defer 1")
	fmt.Println(guarded(20), guarded(120.5))
	defer func() {
		fmt.Println("main defer 2 does not recover")
	}()
	defer fmt.Println("main defer 3")
	check(Temp(250))
}
