package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func removeUnordered(s []string, i int) []string {
	s[i] = s[len(s)-1]
	return s[:len(s)-1]
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	orig := s
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	fmt.Println("orig sees:", orig)
	s = remove(s, 0)
	s = remove(s, len(s)-1)
	fmt.Println(s, len(s), cap(s))

	t := []int{1, 2, 4, 5}
	t = insert(t, 2, 3)
	fmt.Println(t, len(t), cap(t))
	t = insert(t, 0, 0)
	t = insert(t, len(t), 6)
	fmt.Println(t, len(t), cap(t))

	names := []string{"ann", "bob", "cat", "dan"}
	names = removeUnordered(names, 1)
	fmt.Println(names, len(names))

	// insert a slice in the middle
	a := []int{1, 2, 7, 8}
	mid := []int{3, 4, 5, 6}
	a = append(a[:2], append(mid, a[2:]...)...)
	fmt.Println(a, len(a))

	// delete range [2,5)
	b := []int{0, 1, 2, 3, 4, 5, 6}
	b = append(b[:2], b[5:]...)
	fmt.Println(b, len(b), cap(b))

	// dedupe sorted
	d := []int{1, 1, 2, 3, 3, 3, 4, 5, 5}
	out := d[:1]
	for _, v := range d[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	fmt.Println(out, len(out), cap(out))
	fmt.Println(d)
}
