package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	for i := range s {
		s[i] = i + 1
	}
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s), cap(s))
	s = s[2:5]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(len(s), cap(s))
	s = s[1:1]
	fmt.Println(s, len(s), cap(s))
	s = s[:3]
	s[0] = 42
	fmt.Println(s, len(s), cap(s))

	stack := []int{}
	for i := 1; i <= 5; i++ {
		stack = append(stack, i*i)
		fmt.Println("push", stack, len(stack), cap(stack))
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Println("pop", top, len(stack), cap(stack))
	}
	stack = append(stack, 7)
	fmt.Println(stack, cap(stack))

	queue := []string{"a", "b", "c", "d"}
	for len(queue) > 0 {
		head := queue[0]
		queue = queue[1:]
		fmt.Println("deq", head, len(queue), cap(queue))
	}
	queue = append(queue, "e")
	fmt.Println(queue, len(queue), cap(queue))

	str := "abcdefgh"
	for len(str) > 0 {
		k := 3
		if len(str) < k {
			k = len(str)
		}
		fmt.Print("[", str[:k], "]")
		str = str[k:]
	}
	fmt.Println()
}
