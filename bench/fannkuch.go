// fannkuch is the benchmarks-game fannkuch-redux program, sequential
// version: every permutation of 0..n-1 generated in order, each flipped
// (prefix reversals) until its first element is 0. Small-array indexing,
// bounds checks and branches; no allocation after the start. n=11 takes
// twelve times as long as n=10, too long for make bench, so n=10 is run
// `rounds` times instead.
package main

import "fmt"

const (
	n      = 10
	rounds = 4
)

// fannkuch returns the checksum (flips added for even permutations,
// subtracted for odd ones) and the largest number of flips.
func fannkuch(n int) (int, int) {
	perm := make([]int, n)
	perm1 := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	maxFlips, checksum, permCount := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		maxFlips = max(maxFlips, flips)
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// Next permutation: rotate the first r+1 elements left until a
		// counter does not run out.
		for {
			if r == n {
				return checksum, maxFlips
			}
			p0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = p0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	checksum, maxFlips := 0, 0
	for i := 0; i < rounds; i++ {
		c, m := fannkuch(n)
		checksum += c
		maxFlips = max(maxFlips, m)
	}
	fmt.Printf("%d\nPfannkuchen(%d) = %d (x%d)\n", checksum/rounds, n, maxFlips, rounds)
}
