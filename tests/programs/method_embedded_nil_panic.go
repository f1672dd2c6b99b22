package main

import "fmt"

type Engine struct {
	HP int
}

func (e *Engine) Power() int {
	if e == nil {
		return -1
	}
	return e.HP
}

func (e *Engine) Describe() string { return fmt.Sprint("engine ", e.HP) }

type Car struct {
	*Engine
	Model string
}

func main() {
	c := Car{&Engine{150}, "sedan"}
	fmt.Println(c.Model, c.Power(), c.HP, c.Describe())
	c.HP += 50
	fmt.Println(c.Engine.HP, c.Power())

	var d Car
	d.Model = "shell"
	fmt.Println(d.Model, d.Engine == nil)
	// Power handles a nil receiver explicitly.
	fmt.Println(d.Power())
	cars := []Car{c, d}
	for _, car := range cars {
		fmt.Println(car.Model, car.Power())
	}
	fmt.Println("describing", d.Model)
	// Describe dereferences the nil *Engine.
	fmt.Println(d.Describe())
	fmt.Println("unreachable")
}
