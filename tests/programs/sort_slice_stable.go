package main

import (
	"fmt"
	"sort"
)

type Entry struct {
	Key   string
	Group int
	Seq   int
}

func main() {
	var es []Entry
	groups := []int{3, 1, 2, 1, 3, 2, 1, 3, 2, 1, 1, 3, 2, 2, 3, 1, 2, 3, 1, 2}
	for i, g := range groups {
		es = append(es, Entry{fmt.Sprintf("k%02d", i), g, i})
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].Group < es[j].Group })
	for _, e := range es {
		fmt.Print(e.Group, ":", e.Seq, " ")
	}
	fmt.Println()

	// Stable sort by a second key keeps the earlier order among equals.
	sort.SliceStable(es, func(i, j int) bool { return es[i].Seq%3 < es[j].Seq%3 })
	for _, e := range es {
		fmt.Print(e.Seq%3, "/", e.Group, "/", e.Seq, " ")
	}
	fmt.Println()

	words := []string{"bb", "a", "ccc", "dd", "e", "fff", "gg", "h"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	fmt.Println(words)

	type rec struct {
		name  string
		score int
	}
	rs := []rec{{"ann", 90}, {"bob", 85}, {"cat", 90}, {"dan", 70}, {"eve", 85}, {"fay", 90}}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].score > rs[j].score })
	fmt.Println(rs)

	many := make([]int, 60)
	for i := range many {
		many[i] = i
	}
	sort.SliceStable(many, func(i, j int) bool { return many[i]%4 < many[j]%4 })
	fmt.Println(many)
}
