// Values stored in interfaces (boxed ints, strings, structs, pointers,
// slices, maps, funcs, errors) survive collections with dynamic types intact.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type shape interface {
	area() int
	name() string
}

type rect struct{ w, h int }
type square struct {
	side  int
	label string
}
type poly struct{ pts []int }

func (r rect) area() int      { return r.w * r.h }
func (r rect) name() string   { return "rect" }
func (s *square) area() int   { return s.side * s.side }
func (s *square) name() string { return s.label }
func (p poly) area() int {
	t := 0
	for _, v := range p.pts {
		t += v
	}
	return t
}
func (p poly) name() string { return "poly" + strconv.Itoa(len(p.pts)) }

func makeVal(i int) any {
	switch i % 8 {
	case 0:
		return i * 1000
	case 1:
		return "s" + strconv.Itoa(i)
	case 2:
		return rect{i, 2}
	case 3:
		return &square{i, "sq" + strconv.Itoa(i)}
	case 4:
		return []int{i, i + 1}
	case 5:
		return map[string]int{"k": i}
	case 6:
		return errors.New("e" + strconv.Itoa(i))
	}
	return func() int { return i * 7 }
}

func check(i int, v any) bool {
	switch x := v.(type) {
	case int:
		return i%8 == 0 && x == i*1000
	case string:
		return i%8 == 1 && x == "s"+strconv.Itoa(i)
	case rect:
		return i%8 == 2 && x.w == i && x.area() == 2*i
	case *square:
		return i%8 == 3 && x.side == i && x.name() == "sq"+strconv.Itoa(i)
	case []int:
		return i%8 == 4 && len(x) == 2 && x[1] == i+1
	case map[string]int:
		return i%8 == 5 && x["k"] == i
	case error:
		return i%8 == 6 && x.Error() == "e"+strconv.Itoa(i)
	case func() int:
		return i%8 == 7 && x() == i*7
	}
	return false
}

func main() {
	vals := make([]any, 40000)
	for i := range vals {
		vals[i] = makeVal(i)
	}
	var shapes []shape
	for i := 0; i < 3000; i++ {
		switch i % 3 {
		case 0:
			shapes = append(shapes, rect{i, 1})
		case 1:
			shapes = append(shapes, &square{i % 100, "sq"})
		default:
			shapes = append(shapes, poly{[]int{i, 1, 2}})
		}
	}
	m := map[any]any{}
	for i := 0; i < 1000; i++ {
		m[strconv.Itoa(i)] = rect{i, i}
		m[i] = &square{i, "m"}
	}
	for r := 0; r < 4; r++ {
		junk := make([]any, 0)
		for i := 0; i < 30000; i++ {
			junk = append(junk, makeVal(i))
		}
		runtime.GC()
	}
	ok := true
	for i, v := range vals {
		if !check(i, v) {
			ok = false
		}
	}
	total := 0
	names := map[string]int{}
	for _, s := range shapes {
		total += s.area()
		names[s.name()]++
	}
	msum := 0
	for i := 0; i < 1000; i++ {
		msum += m[strconv.Itoa(i)].(rect).area() + m[i].(*square).side
	}
	fmt.Println(ok, total, len(names), names["sq"], names["rect"], names["poly3"], msum)
	fmt.Printf("%v %v %T %v\n", vals[2], vals[4], vals[3], vals[6])
}
