package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() { t.n++ }
func (t T) Get() int { return t.n }

func main() {
	inc := T.Inc
	get := (*T).Get
	fmt.Println(inc, get)
	_ = T.Missing
}
