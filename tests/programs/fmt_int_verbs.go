package main

import (
	"fmt"
	"math"
)

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n, n)
	neg := -42
	fmt.Printf("%d|%b|%o|%x|%X|%#x\n", neg, neg, neg, neg, neg, neg)
	fmt.Printf("%+d|%+d|% d|% d\n", 5, -5, 5, -5)
	fmt.Printf("[%6d][%-6d][%06d][%-06d][%+06d][% 06d]\n", 42, 42, 42, 42, 42, 42)
	fmt.Printf("[%6d][%06d][%x][%08b]\n", -42, -42, -1, 5)
	fmt.Printf("[%.3d][%8.3d][%-8.3d][%.0d][%.0d]\n", 7, 7, 7, 0, 1)
	fmt.Printf("[%#8x][%#08x][%-#8x]\n", 255, 255, 255)
	fmt.Printf("%c|%c|%c|%U|%#U|%q\n", 65, 0x4E16, 'é', 'é', 0x1F600, 'x')
	fmt.Printf("%q|%q|%+q|%#q\n", '\n', '\'', 'é', 'é')

	fmt.Printf("%d %d %d %d\n", int8(-128), int16(math.MaxInt16), int32(math.MinInt32), int64(math.MaxInt64))
	fmt.Printf("%d %d %x %X\n", uint8(200), uint64(math.MaxUint64), uint32(math.MaxUint32), uint16(0xbeef))
	fmt.Printf("%v %v %v\n", byte('a'), rune('a'), uint(10))
	fmt.Printf("%x %X\n", int64(math.MinInt64), uint64(1)<<63)
	fmt.Printf("%b\n", int64(math.MinInt64))
	fmt.Printf("%o %#o %O\n", 8, 8, -8)

	fmt.Printf("%d\n", []int{1, -2, 3})
	fmt.Printf("%x\n", []int{10, 255})
	fmt.Printf("%03d\n", []int{1, 22})
	fmt.Printf("%d\n", [2]int8{-1, 1})
	fmt.Printf("%5d|%-5d|\n", []int{1, 2}, []int{3})
	type pair struct{ A, B int }
	fmt.Printf("%d %x %+d\n", pair{10, 11}, pair{10, 11}, pair{10, -11})
	fmt.Printf("%d\n", map[string]int{"a": 1})
	p := &n
	fmt.Printf("%d\n", *p)
}
