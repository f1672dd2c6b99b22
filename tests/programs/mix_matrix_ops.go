package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Dims() (int, int) {
	if len(m) == 0 {
		return 0, 0
	}
	return len(m), len(m[0])
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	r1, c1 := m.Dims()
	r2, c2 := o.Dims()
	if c1 != r2 {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", r1, c1, r2, c2)
	}
	res := New(r1, c2)
	for i := 0; i < r1; i++ {
		for j := 0; j < c2; j++ {
			var s float64
			for k := 0; k < c1; k++ {
				s += m[i][k] * o[k][j]
			}
			res[i][j] = s
		}
	}
	return res, nil
}

func (m Matrix) Transpose() Matrix {
	r, c := m.Dims()
	t := New(c, r)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix) Det() (float64, error) {
	r, c := m.Dims()
	if r != c {
		return 0, errors.New("not square")
	}
	a := New(r, r)
	for i := range m {
		copy(a[i], m[i])
	}
	det := 1.0
	for col := 0; col < r; col++ {
		pivot := col
		for i := col + 1; i < r; i++ {
			if math.Abs(a[i][col]) > math.Abs(a[pivot][col]) {
				pivot = i
			}
		}
		if a[pivot][col] == 0 {
			return 0, nil
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			det = -det
		}
		det *= a[col][col]
		for i := col + 1; i < r; i++ {
			f := a[i][col] / a[col][col]
			for j := col; j < r; j++ {
				a[i][j] -= f * a[col][j]
			}
		}
	}
	return det, nil
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%7.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	fmt.Print(a.Transpose())
	r, c := a.Transpose().Dims()
	fmt.Println(r, c)

	sq := Matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	d, _ := sq.Det()
	fmt.Printf("det %.4f\n", d)
	id := Identity(3)
	same, _ := sq.Mul(id)
	fmt.Println(fmt.Sprint(same) == fmt.Sprint(sq))
	sing := Matrix{{1, 2}, {2, 4}}
	d, _ = sing.Det()
	fmt.Println("singular det", d)
	_, err = a.Det()
	fmt.Println(err)

	pow := Identity(2)
	fib := Matrix{{1, 1}, {1, 0}}
	for i := 0; i < 10; i++ {
		pow, _ = pow.Mul(fib)
	}
	fmt.Println(pow[0][1], pow)
	fmt.Println(Matrix{{1.5}}, len(Identity(0)))
	fmt.Println([][]float64(sq)[1], a)
}
