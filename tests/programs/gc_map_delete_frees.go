// Values reachable only through a map are freed once their entries are
// deleted (or the map is cleared) and a collection runs; the remaining
// entries are intact.
package main

import (
	"fmt"
	"runtime"
)

type val struct {
	id   int
	data [4]int
}

var m map[int]*val

func build() {
	m = make(map[int]*val)
	for i := 0; i < 60000; i++ {
		m[i] = &val{id: i, data: [4]int{i, i + 1, i + 2, i + 3}}
	}
}

func deleteEven() {
	for i := 0; i < 60000; i += 2 {
		delete(m, i)
	}
}

func survivorsOK() bool {
	ok := len(m) == 30000
	for k, v := range m {
		if k%2 == 0 || v.id != k || v.data[3] != k+3 {
			ok = false
		}
	}
	return ok
}

func main() {
	var m0, m1, m2, m3 runtime.MemStats
	build()
	runtime.GC()
	runtime.ReadMemStats(&m0)
	deleteEven()
	runtime.GC()
	runtime.ReadMemStats(&m1)
	ok := survivorsOK()
	runtime.ReadMemStats(&m2)
	clear(m)
	runtime.GC()
	runtime.ReadMemStats(&m3)
	fmt.Println("survivors intact:", ok)
	fmt.Println("deleting 30000 entries freed >= 29900 objects:", m0.HeapObjects >= m1.HeapObjects+29900)
	fmt.Println("clear freed >= 29900 more:", m2.HeapObjects >= m3.HeapObjects+29900)
	m[1] = &val{id: 5}
	fmt.Println("map still usable:", len(m), m[1].id)
}
