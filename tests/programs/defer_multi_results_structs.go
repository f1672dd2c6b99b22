// Defers in functions with several results including structs: named struct
// results are visible and writable in the deferred closure; unnamed results
// are not affected.
package main

import (
	"errors"
	"fmt"
)

type Vec struct{ X, Y, Z float64 }

type Rec struct {
	Name  string
	Score [3]int
	Meta  map[string]int
}

func named(fail bool) (v Vec, r Rec, n int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("named: %v", e)
			v.Z = -1
			r.Score[2] = 99
		}
		n = len(r.Name)
	}()
	v = Vec{1, 2, 3}
	r = Rec{Name: "alpha", Meta: map[string]int{"k": 1}}
	if fail {
		r.Score[0] = 5
		panic(errors.New("failed"))
	}
	return v, r, 0, nil
}

func unnamed() (Vec, Rec, error) {
	v := Vec{4, 5, 6}
	r := Rec{Name: "beta"}
	defer func() {
		v.X = 100
		r.Name = "mutated"
	}()
	return v, r, nil
}

func swap() (a, b Vec) {
	defer func() { a, b = b, a }()
	return Vec{1, 0, 0}, Vec{0, 1, 0}
}

func mapInResult() (r Rec) {
	r.Meta = map[string]int{}
	defer func() { r.Meta["deferred"] = len(r.Meta) }()
	r.Meta["body"] = 1
	return r
}

func main() {
	v, r, n, err := named(false)
	fmt.Println(v, r.Name, r.Score, r.Meta, n, err)
	v, r, n, err = named(true)
	fmt.Println(v, r.Name, r.Score, r.Meta, n, err)
	fmt.Println(unnamed())
	fmt.Println(swap())
	fmt.Printf("%+v\n", mapInResult())
}
