package main

import "fmt"

type Big struct {
	A    [8]int
	Name string
	Tags []string
}

type Pt struct{ X, Y int }

func main() {
	// Copying elements while the map grows: each m[i] = m[i-1] reads an
	// element, then inserts (possibly moving every entry).
	m := map[int]Big{}
	m[0] = Big{Name: "zero"}
	for i := 1; i < 3000; i++ {
		m[i] = m[i-1]
		b := m[i]
		b.A[i%8] += i
		b.Name = "n"
		m[i] = b
	}
	total := 0
	for _, b := range m {
		for _, v := range b.A {
			total += v
		}
	}
	fmt.Println(len(m), m[0].Name, m[2999].Name, m[2999].A, total)

	// Many deletions, then copies between surviving entries (the entry
	// array is compacted in place when it fills up with holes).
	h := map[int]Pt{}
	for i := 0; i < 1000; i++ {
		h[i] = Pt{i, -i}
	}
	for i := 0; i < 1000; i++ {
		if i%10 != 0 {
			delete(h, i)
		}
	}
	for i := 1000; i < 1900; i++ {
		h[i] = h[(i-1000)/10*10]
	}
	sum := 0
	for k, p := range h {
		sum += k + p.X - p.Y
	}
	fmt.Println(len(h), h[1005], h[1899], sum)

	// Reading a field of a missing element gives the zero value.
	fmt.Println(m[-1].Name == "", m[-1].A[3], h[-5].X)

	// Arrays as elements: a copy out, modified, stored back.
	grid := map[string][3]int{}
	row := grid["r"]
	row[1] = 5
	grid["r"] = row
	grid["s"] = [3]int{1, 2, 3}
	fmt.Println(grid["r"], grid["s"][2], len(grid))

	// Slices in struct elements share their backing array.
	tags := map[string]Big{"t": {Tags: []string{"a", "b"}}}
	tags["t"].Tags[0] = "z"
	fmt.Println(tags["t"].Tags)

	// Pointers as elements allow updates in place.
	pm := map[string]*Pt{"p": {1, 2}}
	pm["p"].X = 40
	pm["p"].Y++
	fmt.Println(*pm["p"])
}
