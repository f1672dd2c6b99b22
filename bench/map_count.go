// map_count counts keys in maps, as word-frequency programs do: words made
// of pseudo-random syllables counted in a map[string]int, then
// pseudo-random integers counted in a map[int]int that grows to about
// 200k entries. Hashing, string comparison and map growth; the most
// frequent keys (sorted) are the checksum.
package main

import (
	"fmt"
	"sort"
)

const (
	words  = 1_000_000  // words in the text
	passes = 10         // times the text is counted
	ints   = 15_000_000 // integers counted
)

var syllables = []string{
	"ka", "lo", "mi", "ne", "su", "ta", "ri", "po",
	"gu", "he", "za", "do", "be", "fi", "wo", "ya",
}

// rng is a linear congruential generator (Knuth's MMIX constants), so
// both toolchains see the same sequence.
type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return r.state >> 33
}

type entry struct {
	key   string
	count int
}

// top returns the k entries with the highest counts, ties by key.
func top(m map[string]int, k int) []entry {
	all := make([]entry, 0, len(m))
	for key, c := range m {
		all = append(all, entry{key, c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].count != all[j].count {
			return all[i].count > all[j].count
		}
		return all[i].key < all[j].key
	})
	return all[:min(k, len(all))]
}

func main() {
	r := &rng{state: 42}

	// The text: words of one to three syllables (at most 4368 distinct).
	text := make([]string, words)
	for i := range text {
		w := syllables[r.next()%16]
		for n := r.next() % 3; n > 0; n-- {
			w += syllables[r.next()%16]
		}
		text[i] = w
	}
	freq := map[string]int{}
	for pass := 0; pass < passes; pass++ {
		for _, w := range text {
			freq[w]++
		}
	}
	fmt.Println("distinct words:", len(freq))
	for _, e := range top(freq, 5) {
		fmt.Printf("  %-8s %d\n", e.key, e.count)
	}

	// Integers: skewed towards small keys by taking the smaller of two draws.
	counts := map[int]int{}
	for i := 0; i < ints; i++ {
		a, b := int(r.next()%200_003), int(r.next()%200_003)
		counts[min(a, b)]++
	}
	sum, best, bestKey := 0, 0, 0
	for k, c := range counts {
		sum += k * c
		if c > best || c == best && k < bestKey {
			best, bestKey = c, k
		}
	}
	fmt.Println("distinct ints:", len(counts), "weighted sum:", sum, "most frequent:", bestKey, best)
}
