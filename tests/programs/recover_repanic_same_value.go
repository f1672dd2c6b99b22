// Re-panicking with the value just recovered: Go marks the panic
// "[recovered, repanicked]" instead of printing it twice.
package main

import "fmt"

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "cleaning up after", r)
		panic(r)
	}
}

func work() {
	defer cleanup("work")
	panic(fmt.Errorf("disk %d failed", 3))
}

func main() {
	defer fmt.Println("main defer")
	defer cleanup("main")
	work()
}
