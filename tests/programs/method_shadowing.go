package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Sound() string { return "..." }
func (a Animal) Speak() string { return a.Name + " says " + a.Sound() }
func (a Animal) Legs() int     { return 4 }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Bird struct {
	Animal
}

func (b Bird) Sound() string { return "tweet" }
func (b Bird) Legs() int     { return 2 }
func (b Bird) Speak() string { return b.Name + " sings " + b.Sound() }

type Puppy struct {
	Dog
	Name string
}

type Speaker interface {
	Speak() string
	Sound() string
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	// Speak is promoted from Animal and calls Animal.Sound, not Dog.Sound.
	fmt.Println(d.Sound(), "|", d.Speak(), "|", d.Animal.Sound(), "|", d.Legs())

	b := Bird{Animal{"tweety"}}
	fmt.Println(b.Sound(), "|", b.Speak(), "|", b.Animal.Speak(), "|", b.Legs(), b.Animal.Legs())

	p := Puppy{Dog{Animal{"inner"}, "pug"}, "outer"}
	fmt.Println(p.Name, p.Dog.Name, p.Animal.Name, p.Sound())
	fmt.Println(p.Speak())

	for _, s := range []Speaker{d, b, p, Animal{"generic"}} {
		fmt.Printf("%-8s %-6s %s\n", fmt.Sprintf("%T", s), s.Sound(), s.Speak())
	}

	type Legged interface{ Legs() int }
	total := 0
	for _, l := range []Legged{d, b, p, &b} {
		total += l.Legs()
	}
	fmt.Println("legs", total)
}
