package main

import "fmt"

type Leaf struct {
	Name string
	Vals []float64
}

type Branch struct {
	ID       int
	Leaves   []Leaf
	Children map[string]*Branch
	Meta     map[string]interface{}
	Arr      [2][]int
}

func main() {
	b := Branch{
		ID:     1,
		Leaves: []Leaf{{"a", []float64{1, 2.5}}, {"b", nil}},
		Meta:   map[string]interface{}{"k": []string{"x"}, "n": 3, "m": map[string]int{"z": 1}},
		Arr:    [2][]int{{1}, {}},
	}
	fmt.Println(b)
	fmt.Printf("%+v\n", b)
	fmt.Printf("%#v\n", b.Leaves)
	fmt.Printf("%#v\n", b.Arr)
	fmt.Printf("%v\n", b.Meta)
	fmt.Printf("%#v\n", b.Meta["k"])

	deep := [][]map[string][]int{{{"a": {1, 2}}, nil}, {}}
	fmt.Println(deep)
	fmt.Printf("%#v\n", deep)

	ifs := []interface{}{[]interface{}{1, []interface{}{"two", 3.0}}, map[string]interface{}{"x": nil}}
	fmt.Println(ifs)
	fmt.Printf("%v|%+v\n", ifs, ifs)

	type Pt struct{ X, Y int }
	mp := map[string][]Pt{"line": {{0, 0}, {1, 1}}}
	fmt.Printf("%v|%+v|%#v\n", mp, mp, mp)
	ptrs := map[string]*Leaf{"p": {"leaf", []float64{0.5}}}
	fmt.Printf("%v\n", *ptrs["p"])
	fmt.Printf("%+v\n", ptrs["p"])
	fmt.Printf("%s\n", []interface{}{"a", 1, []string{"b"}})
	fmt.Printf("%q\n", map[string][]string{"k": {"v1", "v2"}})
	fmt.Printf("%x\n", [][]byte{[]byte("hi"), []byte("yo")})
	fmt.Printf("%5.1f\n", [][]float64{{1, 2}, {3.14159}})
	fmt.Printf("%v\n", [3][2]bool{{true}, {}, {false, true}})
}
