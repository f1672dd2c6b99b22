package main

import "fmt"

type Mat [3][3]int

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m *Mat) {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(mul(a, id))
	fmt.Println(mul(a, a))
	p := a
	for i := 0; i < 4; i++ {
		p = mul(p, a)
	}
	fmt.Println(p)
	transpose(&a)
	fmt.Println(a)
	var cube [2][3][4]int8
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 4; k++ {
				cube[i][j][k] = int8(i*100 + j*10 + k)
			}
		}
	}
	fmt.Println(cube)
	fmt.Println(len(cube), len(cube[0]), len(cube[1][2]))
	row := &cube[1][2]
	row[3] = -1
	fmt.Println(cube[1][2], cube[1][2][3])
	// pascal triangle
	var pas [10][10]int
	for i := 0; i < 10; i++ {
		pas[i][0] = 1
		for j := 1; j <= i; j++ {
			pas[i][j] = pas[i-1][j-1] + pas[i-1][j]
		}
	}
	fmt.Println(pas[9])
	idx := [5]int{4: 1, 1: 7}
	fmt.Println(idx, [...]string{2: "c", 0: "a"})
}
