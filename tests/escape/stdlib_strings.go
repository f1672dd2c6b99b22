// Calls into the standard library use the parameter tags gc computed for
// it: strings.Fields stores pieces of its argument in a heap-allocated
// slice, so s leaks and string(b) escapes; strconv.Atoi and
// strings.Contains only read their arguments.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func parse(s string) int {
	total := 0
	for _, f := range strings.Fields(s) {
		n, err := strconv.Atoi(f)
		if err == nil {
			total += n
		}
	}
	return total
}

func main() {
	b := []byte("12 30 x 8")
	s := string(b)
	fmt.Println(parse(s), strings.Contains(s, "30"), strconv.Itoa(parse(s)))
}
