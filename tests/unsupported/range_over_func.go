// unsupported: range over functions is
package main

func main() {
	for x := range func(yield func(int) bool) { yield(1) } {
		println(x)
	}
}
