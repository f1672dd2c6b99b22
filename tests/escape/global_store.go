// Storing the address of a local into a package-level variable moves the
// local to the heap; storing a copy does not.
package main

import "fmt"

type Config struct {
	Name  string
	Level int
}

var current *Config
var copyOf Config

func setPointer() {
	c := Config{"ptr", 1}
	current = &c
}

func setValue() {
	c := Config{"val", 2}
	copyOf = c
}

func main() {
	setPointer()
	setValue()
	fmt.Println(current.Name, copyOf.Name, current.Level+copyOf.Level)
}
