package main

import "fmt"

func main() {
	arr := [6]int{1, 2, 3, 4, 5, 6}
	s := arr[1:3]
	fmt.Println(s, len(s), cap(s))
	i, j, k := 0, 2, 5
	t := s[i:j:k]
	fmt.Println(t, len(t), cap(t))
	k = 4
	t = s[i:j:k]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 40, 50)
	fmt.Println(t, arr)
	t = append(t, 60)
	t[0] = -1
	fmt.Println(t, arr, len(t), cap(t))
	i, j, k = 1, 1, 1
	u := s[i:j:k]
	fmt.Println(u, len(u), cap(u))
	j, k = 3, 2
	fmt.Println("bad 3-index slice", i, j, k)
	t = s[i:j:k]
	fmt.Println(t)
}
