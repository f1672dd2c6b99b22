package main

import (
	"fmt"
	"strings"
)

func (b *strings.Builder) Reset2() { b.Reset() }

func (s string) Len() int { return len(s) }

func main() {
	fmt.Println("x")
}
