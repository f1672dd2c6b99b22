package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:6]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr, s)
	s = append(s, 200)
	fmt.Println(arr, s)
	s = append(s, 300)
	s[0] = -1
	fmt.Println(arr, s, len(s), cap(s))

	base := []int{10, 20, 30, 40, 50}
	t := base[1:3:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println(base, t)

	u := base[:0:0]
	fmt.Println(u, len(u), cap(u), u == nil)
	u = append(u, 1)
	fmt.Println(base, u)

	v := base[:2:4]
	w := v[1:4]
	fmt.Println(w, len(w), cap(w))
	x := v[:cap(v)]
	fmt.Println(x)

	str := "hello world"
	fmt.Println(str[6:], str[:5], str[3:8], str[:])
	bs := []byte(str)
	bb := bs[0:5:5]
	bb = append(bb, '!')
	fmt.Println(string(bs), string(bb))

	i, j, k := 1, 2, 3
	y := arr[i:j:k]
	fmt.Println(y, len(y), cap(y))
	z := arr[:]
	fmt.Println(len(z), cap(z), z[7])
	q := arr[5:]
	fmt.Println(q, cap(q))
}
