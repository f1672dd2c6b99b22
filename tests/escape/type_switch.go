// In a type switch, the guarded value flows into each case's variable.
package main

import "fmt"

var saved []*int

func classify(v any) string {
	switch x := v.(type) {
	case *int:
		saved = append(saved, x)
		return "ptr"
	case string:
		return "str:" + x
	case int:
		return "int"
	}
	return "?"
}

func main() {
	n := 5
	fmt.Println(classify(&n), classify("go"), classify(1), len(saved))
}
