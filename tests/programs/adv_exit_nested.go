package main

import (
	"fmt"
	"os"
)

type State struct {
	Depth int
	Path  string
}

func leaf(s State) {
	fmt.Print("leaf at depth ", s.Depth, " via ", s.Path)
	println("stderr before exit")
	if s.Depth >= 3 {
		os.Exit(s.Depth + 4)
	}
	fmt.Println("not reached")
}

func descend(s State) State {
	s.Depth++
	s.Path += "/d"
	if s.Depth == 3 {
		leaf(s)
		fmt.Println("after leaf")
	}
	return descend(s)
}

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	fmt.Print("partial ")
	r := descend(State{0, "root"})
	fmt.Println("unreachable", r)
}
