package main

import "fmt"

type Point struct{ X, Y int }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d doubled %d", x, x*2)
	case string:
		return fmt.Sprintf("string %q len %d", x, len(x))
	case bool:
		if x {
			return "bool true"
		}
		return "bool false"
	case float64:
		return fmt.Sprintf("float64 %.2f", x)
	case []int:
		return fmt.Sprintf("[]int len %d", len(x))
	case Point:
		return fmt.Sprintf("Point sum %d", x.X+x.Y)
	case *Point:
		x.X = 100
		return fmt.Sprintf("*Point %v", *x)
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	p := &Point{1, 2}
	vals := []interface{}{
		nil, 42, "hi", true, false, 2.5, []int{1, 2, 3}, Point{3, 4}, p,
		fmt.Errorf("oops"), func() int { return 7 }, int8(3), map[string]int{}, []string{},
	}
	for i, v := range vals {
		fmt.Println(i, classify(v))
	}
	fmt.Println(p.X)
}
