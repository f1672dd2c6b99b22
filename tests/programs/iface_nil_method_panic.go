package main

import "fmt"

type Speaker interface {
	Speak() string
}

type Cat struct{ name string }

func (c Cat) Speak() string { return c.name + ": meow" }

func pick(i int) Speaker {
	if i%2 == 0 {
		return Cat{fmt.Sprint("cat", i)}
	}
	return nil
}

func main() {
	for i := 0; i < 4; i++ {
		s := pick(i)
		if s == nil {
			fmt.Println(i, "no speaker")
			continue
		}
		fmt.Println(i, s.Speak())
	}
	var s Speaker
	fmt.Println(s == nil)
	fmt.Printf("%v %T\n", s, s)
	fmt.Println("calling method on nil interface")
	fmt.Println(s.Speak())
	fmt.Println("unreachable")
}
