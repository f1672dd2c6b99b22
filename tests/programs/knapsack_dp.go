package main

import "fmt"

type Item struct {
	Name   string
	Weight int
	Value  int
}

const Cap = 15

func main() {
	items := [5]Item{
		{"map", 1, 150},
		{"compass", 2, 35},
		{"water", 6, 200},
		{"sandwich", 5, 160},
		{"tent", 9, 300},
	}
	var dp [6][Cap + 1]int
	for i := 1; i <= 5; i++ {
		it := items[i-1]
		for w := 0; w <= Cap; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	fmt.Println("best value:", dp[5][Cap])
	fmt.Println(dp[5])
	w := Cap
	chosen := ""
	for i := 5; i >= 1; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = items[i-1].Name + " " + chosen
			w -= items[i-1].Weight
		}
	}
	fmt.Println("chosen:", chosen, "remaining capacity:", w)

	// longest common subsequence
	a, b := "AGGTABQX", "GXTXAYBQ"
	var l [9][9]int
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				l[i][j] = l[i-1][j-1] + 1
			} else {
				l[i][j] = max(l[i-1][j], l[i][j-1])
			}
		}
	}
	fmt.Println("lcs length:", l[len(a)][len(b)])
	lcs := ""
	for i, j := len(a), len(b); i > 0 && j > 0; {
		if a[i-1] == b[j-1] {
			lcs = string(a[i-1]) + lcs
			i--
			j--
		} else if l[i-1][j] >= l[i][j-1] {
			i--
		} else {
			j--
		}
	}
	fmt.Println("lcs:", lcs)
}
