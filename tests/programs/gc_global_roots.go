// Data reachable only from package-level variables (pointers, slices,
// maps, interfaces, arrays of pointers, struct fields, funcs) survives.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type conf struct {
	name  string
	inner *conf
	vals  []int
}

var (
	gPtr    *conf
	gSlice  []*conf
	gMap    map[int]*conf
	gIface  any
	gArr    [8]*int
	gStruct struct {
		p *[]string
		f func() string
	}
	gStr string
)

func setup() {
	gPtr = &conf{name: "root", inner: &conf{name: "leaf", vals: []int{1, 2, 3}}}
	for i := 0; i < 1000; i++ {
		gSlice = append(gSlice, &conf{name: strconv.Itoa(i), vals: make([]int, i%10+1)})
	}
	gMap = map[int]*conf{}
	for i := 0; i < 1000; i++ {
		gMap[i] = &conf{name: "m" + strconv.Itoa(i)}
	}
	gIface = &conf{name: "iface", vals: []int{9}}
	for i := range gArr {
		v := i * i
		gArr[i] = &v
	}
	ss := []string{"x", "y", "z"}
	gStruct.p = &ss
	local := strconv.Itoa(12345)
	gStruct.f = func() string { return local + "!" }
	gStr = "global-" + strconv.Itoa(777)
}

func churn() {
	for i := 0; i < 200000; i++ {
		_ = &conf{name: "tmp"}
	}
}

func main() {
	setup()
	for r := 0; r < 3; r++ {
		churn()
		runtime.GC()
	}
	ok := gPtr.name == "root" && gPtr.inner.name == "leaf" && gPtr.inner.vals[2] == 3
	for i, c := range gSlice {
		if c.name != strconv.Itoa(i) || len(c.vals) != i%10+1 {
			ok = false
		}
	}
	for i, c := range gMap {
		if c.name != "m"+strconv.Itoa(i) {
			ok = false
		}
	}
	arr := 0
	for _, p := range gArr {
		arr += *p
	}
	fmt.Println(ok, len(gSlice), len(gMap), gIface.(*conf).name, gIface.(*conf).vals, arr)
	fmt.Println(*gStruct.p, gStruct.f(), gStr)
}
