package main

func helper() int {
	return 1
}

func main() {
	println(helper(), missing())
}
