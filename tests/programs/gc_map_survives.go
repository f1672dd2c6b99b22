// Maps with pointer keys and values, strings and slices inside survive
// collections, including while they grow and after deletions.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
)

type rec struct {
	id    int
	label string
	tags  []string
}

var byName map[string]*rec

func main() {
	byName = make(map[string]*rec)
	byID := map[int][]int{}
	for i := 0; i < 50000; i++ {
		k := "k" + strconv.Itoa(i)
		byName[k] = &rec{id: i, label: k + "!", tags: []string{strconv.Itoa(i % 7), strconv.Itoa(i % 11)}}
		byID[i] = []int{i, i * i % 1000, -i}
		if i%10000 == 0 {
			runtime.GC()
		}
	}
	for i := 0; i < 50000; i += 3 {
		delete(byName, "k"+strconv.Itoa(i))
	}
	for r := 0; r < 3; r++ {
		tmp := map[int]string{}
		for i := 0; i < 20000; i++ {
			tmp[i] = strconv.Itoa(i * r)
		}
		runtime.GC()
	}
	ok := true
	sum := 0
	for k, v := range byName {
		if k != "k"+strconv.Itoa(v.id) || v.label != k+"!" || v.id%3 == 0 ||
			v.tags[0] != strconv.Itoa(v.id%7) || v.tags[1] != strconv.Itoa(v.id%11) {
			ok = false
		}
		sum += v.id
	}
	for i, s := range byID {
		if len(s) != 3 || s[0] != i || s[1] != i*i%1000 || s[2] != -i {
			ok = false
		}
	}
	keys := make([]string, 0, 5)
	for k := range byName {
		if len(k) == 2 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Println(len(byName), len(byID), sum, ok, keys)

	nested := map[string]map[string]*int{}
	for i := 0; i < 1000; i++ {
		outer := strconv.Itoa(i % 10)
		if nested[outer] == nil {
			nested[outer] = map[string]*int{}
		}
		v := i
		nested[outer][strconv.Itoa(i)] = &v
	}
	runtime.GC()
	runtime.GC()
	total := 0
	for _, inner := range nested {
		for k, p := range inner {
			if strconv.Itoa(*p) != k {
				ok = false
			}
			total += *p
		}
	}
	fmt.Println(len(nested), total, ok)
}
