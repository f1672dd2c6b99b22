package main

func main() {
	a := 1
	b, c := 2, 3
	var d string
	_ = b
	for i := 0; i < 3; i++ {
		if i > 1 {
			inner := i * 2
		}
	}
}
