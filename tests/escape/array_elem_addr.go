// The address of one array element is the address of the array: returning
// &a[i] moves the whole array to the heap.
package main

import "fmt"

type Table struct {
	rows [8]int
}

func elem(i int) *int {
	var a [8]int
	a[i] = i * 100
	return &a[i]
}

func row(t *Table, i int) *int {
	return &t.rows[i]
}

func main() {
	var t Table
	*row(&t, 2) = 7
	fmt.Println(*elem(3), t.rows[2])
}
