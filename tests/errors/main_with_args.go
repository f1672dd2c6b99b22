package main

func main(x int) int {
	return x
}
