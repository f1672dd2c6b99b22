// Strings survive collections: concatenations, Sprintf, Builder results,
// conversions from []byte, and substrings that are the only reference into
// a large string that is otherwise dropped.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

func bigString(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strconv.Itoa(i % 10))
	}
	return b.String()
}

func main() {
	var subs []string
	for k := 0; k < 50; k++ {
		s := bigString(100000) // 100 KB, dropped after slicing
		subs = append(subs, s[50000+k:50010+k])
	}
	var concat []string
	for i := 0; i < 20000; i++ {
		concat = append(concat, "item-"+strconv.Itoa(i)+"-"+strings.Repeat("z", i%4))
	}
	formatted := make([]string, 0, 5000)
	for i := 0; i < 5000; i++ {
		formatted = append(formatted, fmt.Sprintf("%05d|%x|%q", i, i, "v"))
	}
	bs := []byte("hello, collector")
	conv := string(bs)
	bs[0] = 'J'
	fields := strings.Fields(strings.Repeat("alpha beta gamma ", 2000))
	upper := strings.ToUpper(strings.Join(fields[:6], ","))
	for r := 0; r < 4; r++ {
		junk := []string{}
		for i := 0; i < 30000; i++ {
			junk = append(junk, strconv.Itoa(i)+"junk")
		}
		_ = bigString(200000)
		runtime.GC()
	}
	ok := true
	for k, s := range subs {
		want := ""
		for i := 50000 + k; i < 50010+k; i++ {
			want += strconv.Itoa(i % 10)
		}
		if s != want {
			ok = false
		}
	}
	for i, s := range concat {
		if s != "item-"+strconv.Itoa(i)+"-"+strings.Repeat("z", i%4) {
			ok = false
		}
	}
	for i, s := range formatted {
		if s != fmt.Sprintf("%05d|%x|%q", i, i, "v") {
			ok = false
		}
	}
	fmt.Println(ok, subs[0], subs[49], concat[19999], formatted[4999])
	fmt.Println(conv, string(bs), len(fields), upper)
}
