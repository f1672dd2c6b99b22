package main

func f() string {
	x := 3.5
	return x
}

func main() {
	println(f())
}
