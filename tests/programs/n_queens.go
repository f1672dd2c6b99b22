package main

import "fmt"

const N = 8

var cols [N]bool
var diag1 [2 * N]bool
var diag2 [2 * N]bool
var placement [N]int
var firstSolution [N]int
var found bool

func solve(row int) int {
	if row == N {
		if !found {
			found = true
			firstSolution = placement
		}
		return 1
	}
	count := 0
	for c := 0; c < N; c++ {
		if cols[c] || diag1[row+c] || diag2[row-c+N] {
			continue
		}
		cols[c], diag1[row+c], diag2[row-c+N] = true, true, true
		placement[row] = c
		count += solve(row + 1)
		cols[c], diag1[row+c], diag2[row-c+N] = false, false, false
	}
	return count
}

func main() {
	fmt.Println("solutions:", solve(0))
	fmt.Println("first:", firstSolution)
	for r := 0; r < N; r++ {
		line := ""
		for c := 0; c < N; c++ {
			if firstSolution[r] == c {
				line += "Q"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
	fmt.Println(placement, cols)
}
