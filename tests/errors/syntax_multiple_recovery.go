package main

func a() {
	x := (1 + 2
	println(x)
}

func b() {
	y := 3 +* 4
	println(y)
}

func c() {
	var z int = ]
}

func main() {
}
