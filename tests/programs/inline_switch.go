// Expression switches (with fallthrough and no tag) and type switches inside
// inlinable functions, with values of several dynamic types.
package main

import "fmt"

type Celsius float64

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	}
	return "F"
}

func weekday(d int) (s string) {
	switch d % 7 {
	case 0, 6:
		s = "weekend"
	case 5:
		s = "fri+"
		fallthrough
	case 1, 2, 3, 4:
		s += "weekday"
	default:
		s = "neg"
	}
	return
}

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x+1)
	case string:
		return "string " + x
	case Celsius:
		return fmt.Sprint("celsius ", float64(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int, map[string]int:
		return fmt.Sprintf("container %T", x)
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

// tname is a small type switch that gc inlines (kind above is too costly).
func tname(v any) (n int, s string) {
	switch x := v.(type) {
	case int:
		return x, "int"
	case string:
		return len(x), "string"
	case Celsius, float64:
		return -1, "float"
	case error:
		s = "error"
	case nil:
		s = "nil"
	default:
		s = "?"
	}
	return
}

func isNum(v any) bool {
	switch v.(type) {
	case int, int8, int16, int32, int64, float32, float64:
		return true
	}
	return false
}

func main() {
	for _, n := range []int{95, 85, 75, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for d := -1; d < 8; d++ {
		fmt.Println(d, weekday(d))
	}
	vals := []any{nil, 41, "hi", Celsius(36.6), Pt{1, 2}, []int{1}, map[string]int{}, fmt.Errorf("bad %d", 7), 2.5, &Pt{3, 4}}
	for _, v := range vals {
		n, s := tname(v)
		fmt.Println(kind(v), isNum(v), n, s)
	}
	n := 0
	for i := 0; i < 10; i++ {
		var v any = i
		if i%3 == 0 {
			v = float64(i)
		} else if i%3 == 1 {
			v = "s"
		}
		if isNum(v) {
			n++
		}
	}
	fmt.Println("nums", n)
}
