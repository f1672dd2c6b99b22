package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  the  quick\tbrown\n\nfox  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields("   \t\n "))
	fmt.Printf("%q\n", strings.Fields("one"))
	fmt.Printf("%q\n", strings.Fields("a\u00a0b c\u2003d"))
	fmt.Println(len(strings.Fields(" x y z ")))

	fmt.Printf("%q\n", strings.TrimSpace("  \t hello world \n "))
	fmt.Printf("%q\n", strings.TrimSpace(""))
	fmt.Printf("%q\n", strings.TrimSpace("\n\n"))
	fmt.Printf("%q\n", strings.TrimSpace("inner  space"))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u2003 unicode spaces \u3000"))
	fmt.Printf("%q\n", strings.TrimSpace("\v\f\r x \r\n"))
	fmt.Printf("%q\n", strings.Fields(strings.TrimSpace(" a  b ")))

	input := "  name : Ann  \n age: 30\n\n city :Oslo "
	for _, line := range strings.Split(input, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		kv := strings.Split(line, ":")
		fmt.Printf("[%s]=[%s]\n", strings.TrimSpace(kv[0]), strings.TrimSpace(kv[1]))
	}

	words := strings.Fields("to be or not to be that is the question")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(len(words), counts)
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println(longest)
}
