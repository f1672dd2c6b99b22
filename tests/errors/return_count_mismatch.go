package main

func pair() (int, string) {
	return 1
}

func single() int {
	return 1, 2
}

func none() {
	return 3
}

func main() {
	pair()
	single()
	none()
}
