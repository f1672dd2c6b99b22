package main

func noElse(x int) int {
	if x > 0 {
		return 1
	}
}

func withElse(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func loopWithBreak(x int) int {
	for {
		if x > 3 {
			break
		}
		x++
	}
}

func infiniteLoop(x int) int {
	for {
		x++
	}
}

func switchNoDefault(x int) int {
	switch x {
	case 1:
		return 1
	case 2:
		return 2
	}
}

func switchDefault(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 0
	}
}

func main() {
	println(noElse(1), withElse(1), loopWithBreak(1), infiniteLoop(1), switchNoDefault(1), switchDefault(1))
}
