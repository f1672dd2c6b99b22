package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
	OK    bool
}

func main() {
	rows := []Row{
		{"apple", 3, 0.5, true},
		{"banana split", 12, 4.25, false},
		{"kiwi", 100, 0.333, true},
		{"", 0, 0, false},
	}
	header := fmt.Sprintf("|%-14s|%5s|%9s|%-5s|", "NAME", "QTY", "PRICE", "OK")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	var total float64
	for i, r := range rows {
		line := fmt.Sprintf("|%-14.10s|%5d|%9.2f|%-5t|", r.Name, r.Qty, r.Price, r.OK)
		fmt.Println(line, i)
		total += float64(r.Qty) * r.Price
	}
	fmt.Printf("|%14s|%5s|%9.3f|%5s|\n", "total", "", total, "")

	for _, w := range []int{0, 1, 3, 6} {
		fmt.Printf("[%*d] [%-*d] [%0*d]\n", w, 42, w, 42, w, 42)
	}
	for _, prec := range []int{0, 1, 2, 5} {
		fmt.Printf("[%.*f] [%8.*f] [%.*e]\n", prec, 2.71828, prec, -2.71828, prec, 271.828)
	}
	for _, v := range []interface{}{7, -7, "s", 1.5, true, nil, []int{1}} {
		fmt.Printf("[%6v][%-6v]\n", v, v)
	}
	fmt.Printf("[%+5d][%+-5d][% -5d][%-+05d]\n", 3, 3, 3, 3)
	fmt.Printf("[%#6x][%#-6o][%#06b]\n", 10, 10, 5)
	fmt.Printf("[%6.2s][%-6.2q]\n", "hello", "hello")
	fmt.Printf("[%3c][%-3c][%03c]\n", 'x', 'y', 'z')
	fmt.Printf("[%10.3v][%-10.4v]\n", 3.14159, "truncate")
}
