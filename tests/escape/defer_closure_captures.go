// Closures deferred once per call capture their variables without moving
// them; deferred in a loop, the closures escape and the variables they
// capture by reference move to the heap. Large arguments are copied at the
// defer statement.
package main

import "fmt"

type Block struct {
	data [64]int
	name string
}

func checksum(b Block) int {
	s := 0
	for _, v := range b.data {
		s += v
	}
	return s
}

func once() (total int) {
	count := 0
	var blk Block
	blk.data[3] = 3
	defer func() { total = count + checksum(blk) }()
	count = 5
	return 0
}

func inLoop(n int) (total int) {
	acc := 0
	for i := 0; i < n; i++ {
		defer func() {
			acc += i
			total = acc
		}()
	}
	return 0
}

func bigArg() int {
	var blk Block
	blk.name = "big"
	blk.data[0] = 7
	defer func(b Block) { fmt.Println(b.name, checksum(b)) }(blk)
	p := &blk
	defer func(bp *Block) { fmt.Println("via pointer", bp.data[0]) }(p)
	blk.data[0] = 8
	return checksum(blk)
}

func main() {
	fmt.Println(once())
	fmt.Println(inLoop(4))
	fmt.Println(bigArg())
}
