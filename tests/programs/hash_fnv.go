package main

import "fmt"

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64(s string) uint64 {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(s[i])
	}
	return h
}

func xorshift(x uint64) uint64 {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

func main() {
	words := [4]string{"", "a", "hello", "The quick brown fox"}
	for i := 0; i < len(words); i++ {
		fmt.Println(words[i], fnv32(words[i]), fnv64(words[i]), djb2(words[i]))
	}
	x := uint64(88172645463325252)
	for i := 0; i < 5; i++ {
		x = xorshift(x)
		fmt.Println(x, int64(x), uint16(x))
	}
	var buckets [8]int
	for i := 0; i < 1000; i++ {
		x = xorshift(x)
		buckets[x%8]++
	}
	fmt.Println(buckets)
	var lcg int32 = 1
	for i := 0; i < 5; i++ {
		lcg = lcg*1103515245 + 12345
		fmt.Print(lcg, " ")
	}
	fmt.Println()
}
