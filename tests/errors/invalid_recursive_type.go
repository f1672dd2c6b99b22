package main

type Node struct {
	val  int
	next Node
}

func main() {
	var n Node
	println(n.val)
}
