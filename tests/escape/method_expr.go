// Method expressions T.M and (*T).M are plain functions: no closure is
// allocated and nothing is reported for them.
package main

import "fmt"

type Temp struct {
	c float64
}

func (t Temp) F() float64 { return t.c*9/5 + 32 }

func (t *Temp) Warm(d float64) { t.c += d }

func main() {
	f := Temp.F
	w := (*Temp).Warm
	t := Temp{c: 100}
	w(&t, 5)
	fmt.Println(f(t))
}
