// unsupported: package slices is
package main

import "slices"

func main() { println(slices.Contains([]int{1}, 1)) }
