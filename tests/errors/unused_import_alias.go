package main

import (
	"fmt"
	str "strings"
	_ "sort"
	"os"
)

func main() {
	fmt.Println("hi")
}
