// Value semantics: structs passed and returned by value never touch the
// heap; a pointer parameter that is only read does not escape.
package main

type Vec struct {
	X, Y, Z float64
}

func add(a, b Vec) Vec {
	return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z}
}

func scale(v *Vec, k float64) {
	v.X *= k
	v.Y *= k
	v.Z *= k
}

func sum(v Vec) float64 {
	return v.X + v.Y + v.Z
}

func main() {
	a := Vec{1, 2, 3}
	b := add(a, Vec{4, 5, 6})
	scale(&b, 0.5)
	println(int(sum(a)), int(sum(b)*10))
}
