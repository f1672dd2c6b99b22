package main

func f() {}

func main() {
	panic()
	panic(1, 2)
	_ = recover(1)
	x := panic("a")
	var y int = recover()
	r := recover
	defer panic
	defer f
	_ = f()
	_, _, _ = x, y, r
}
