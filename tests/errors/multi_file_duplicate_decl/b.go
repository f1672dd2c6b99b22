package main

func helper() int {
	return 2
}

var count = 3
var count = 4
