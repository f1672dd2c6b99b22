package main

import "fmt"

type Celsius float64

func size(v interface{}) string {
	switch x := v.(type) {
	case int, int8, int16, int32, int64:
		// x has the type of v (interface{}) here.
		return fmt.Sprintf("signed %v (%T)", x, x)
	case uint, uint8, uint16, uint32, uint64:
		return fmt.Sprintf("unsigned %v (%T)", x, x)
	case float32, float64, Celsius:
		return fmt.Sprintf("float-ish %v", x)
	case string, []byte:
		return fmt.Sprintf("text %s", x)
	case nil, bool:
		return fmt.Sprintf("nil or bool: %v", x)
	}
	return "unknown"
}

func asInt(v interface{}) (int64, bool) {
	switch n := v.(type) {
	case int:
		return int64(n), true
	case int8:
		return int64(n), true
	case int16:
		return int64(n), true
	case int32:
		return int64(n), true
	case int64:
		return n, true
	case uint8:
		return int64(n), true
	}
	return 0, false
}

func main() {
	for _, v := range []interface{}{1, int8(-2), int64(1 << 40), uint(7), byte(255), float32(1.5), Celsius(30), "str", []byte("bs"), nil, true, 'x', [1]int{}} {
		fmt.Println(size(v))
	}
	var total int64
	for _, v := range []interface{}{1, int8(2), int16(3), int32(4), int64(5), uint8(6), uint16(7), "8"} {
		if n, ok := asInt(v); ok {
			total += n
		} else {
			fmt.Printf("skip %T\n", v)
		}
	}
	fmt.Println("total", total)
}
