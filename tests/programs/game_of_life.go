package main

import "fmt"

const W = 10
const H = 8

type Board [H][W]bool

func neighbours(b *Board, y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dy == 0 && dx == 0 {
				continue
			}
			yy := (y + dy + H) % H
			xx := (x + dx + W) % W
			if b[yy][xx] {
				n++
			}
		}
	}
	return n
}

func step(b Board) Board {
	var nb Board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := neighbours(&b, y, x)
			nb[y][x] = n == 3 || (n == 2 && b[y][x])
		}
	}
	return nb
}

func show(b Board) {
	alive := 0
	for y := 0; y < H; y++ {
		line := ""
		for x := 0; x < W; x++ {
			if b[y][x] {
				line += "#"
				alive++
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
	fmt.Println("alive:", alive)
}

func main() {
	var b Board
	// glider
	b[0][1] = true
	b[1][2] = true
	b[2][0], b[2][1], b[2][2] = true, true, true
	// blinker
	b[5][6], b[5][7], b[5][8] = true, true, true
	show(b)
	for gen := 1; gen <= 4; gen++ {
		b = step(b)
	}
	fmt.Println("after 4 generations")
	show(b)
	for gen := 0; gen < 8; gen++ {
		b = step(b)
	}
	fmt.Println("after 12 generations")
	show(b)
}
