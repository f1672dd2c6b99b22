package main

func main() {
	a1 := undef1
	a2 := undef2
	a3 := undef3
	a4 := undef4
	a5 := undef5
	a6 := undef6
	a7 := undef7
	a8 := undef8
	a9 := undef9
	a10 := undef10
	a11 := undef11
	a12 := undef12
}
