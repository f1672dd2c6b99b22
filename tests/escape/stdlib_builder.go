// A local strings.Builder stays on the stack: its methods' receiver tags
// say it does not escape (the copy check hides the self-pointer from
// escape analysis); only the library's internal buffer is allocated.
package main

import (
	"fmt"
	"strings"
)

func csv(items []string) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(it)
	}
	return b.String()
}

func main() {
	fmt.Println(csv([]string{"a", "b", "c"}))
}
