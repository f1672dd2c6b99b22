package main

func main() {
	s := `raw string
that never
ends
}
