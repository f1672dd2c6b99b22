package main

func main() {
	r := 'ab'
	e := ''
	println(r, e)
}
