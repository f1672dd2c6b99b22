package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type WordCount struct {
	Word  string
	Count int
}

func normalize(w string) string {
	w = strings.ToLower(w)
	var sb strings.Builder
	for _, r := range w {
		if (r >= 'a' && r <= 'z') || r == '\'' {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func countWords(s string) map[string]int {
	counts := make(map[string]int)
	for _, raw := range strings.Fields(s) {
		w := normalize(raw)
		if w == "" {
			continue
		}
		counts[w]++
	}
	return counts
}

func topN(counts map[string]int, n int) []WordCount {
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if n > len(list) {
		n = len(list)
	}
	return list[:n]
}

func histogram(list []WordCount) string {
	var sb strings.Builder
	width := 0
	for _, wc := range list {
		if len(wc.Word) > width {
			width = len(wc.Word)
		}
	}
	for _, wc := range list {
		fmt.Fprintf(&sb, "%-*s %2d %s\n", width, wc.Word, wc.Count, strings.Repeat("#", wc.Count))
	}
	return sb.String()
}

func byLength(counts map[string]int) map[int][]string {
	res := map[int][]string{}
	for w := range counts {
		res[len(w)] = append(res[len(w)], w)
	}
	for _, ws := range res {
		sort.Strings(ws)
	}
	return res
}

func main() {
	counts := countWords(text)
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("distinct:", len(counts), "total:", total)
	fmt.Print(histogram(topN(counts, 8)))

	lengths := byLength(counts)
	keys := make([]int, 0, len(lengths))
	for k := range lengths {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("len %2d: %s\n", k, strings.Join(lengths[k], ","))
	}

	singles := []string{}
	for w, c := range counts {
		if c == 1 {
			singles = append(singles, w)
		}
	}
	sort.Strings(singles)
	fmt.Println("singletons:", len(singles), singles)
	fmt.Println(counts)

	letters := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if r >= 'a' && r <= 'z' {
			letters[r]++
		}
	}
	type lc struct {
		r rune
		n int
	}
	var lcs []lc
	for r, n := range letters {
		lcs = append(lcs, lc{r, n})
	}
	sort.Slice(lcs, func(i, j int) bool {
		if lcs[i].n != lcs[j].n {
			return lcs[i].n > lcs[j].n
		}
		return lcs[i].r < lcs[j].r
	})
	for _, x := range lcs[:5] {
		fmt.Printf("%c=%d ", x.r, x.n)
	}
	fmt.Println()
}
