package main

var doubled = base * 2

var sum = table[0] + table[1] + table[2]

var table = [3]int{base, doubled, base + doubled}

var names = [2]string{"x" + suffix, "y" + suffix}

const suffix = "!"

var first = record("1")
var second = record("22")

var counter int

func bump() {
	counter++
	table[2] += counter
}
