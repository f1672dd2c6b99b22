package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Value is one of: nil, bool, float64, int, string, []interface{}, map[string]interface{}.
type Value interface{}

func render(sb *strings.Builder, v Value, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		fmt.Fprintf(sb, "%t", x)
	case int:
		fmt.Fprintf(sb, "%d", x)
	case float64:
		if x == float64(int64(x)) {
			sb.WriteString(strconv.FormatInt(int64(x), 10) + ".0")
		} else {
			fmt.Fprintf(sb, "%g", x)
		}
	case string:
		sb.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			render(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			render(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func Pretty(v Value) string {
	var sb strings.Builder
	render(&sb, v, 0)
	return sb.String()
}

func compact(v Value) string {
	switch x := v.(type) {
	case []interface{}:
		parts := []string{}
		for _, e := range x {
			parts = append(parts, compact(e))
		}
		return "[" + strings.Join(parts, ",") + "]"
	case map[string]interface{}:
		keys := []string{}
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := []string{}
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%q:%s", k, compact(x[k])))
		}
		return "{" + strings.Join(parts, ",") + "}"
	case string:
		return fmt.Sprintf("%q", x)
	case nil:
		return "null"
	}
	return fmt.Sprint(v)
}

func main() {
	doc := map[string]interface{}{
		"name":    "cranego",
		"version": 1,
		"stable":  false,
		"tags":    []interface{}{"go", "compiler", "ünïcode"},
		"owner":   map[string]interface{}{"login": "gopher", "id": 42, "email": nil},
		"matrix":  []interface{}{[]interface{}{1, 2}, []interface{}{}, map[string]interface{}{"deep": true}},
		"weird":   struct{ X int }{1},
		"ratio":   0.5,
		"whole":   2.0,
	}
	fmt.Println(Pretty(doc))
	fmt.Println(compact(doc))
	fmt.Println(Pretty([]interface{}{}), Pretty(nil), Pretty("q\"uote"))
	fmt.Printf("%v\n", doc["owner"])
	fmt.Printf("%+v\n", doc["matrix"])
}
