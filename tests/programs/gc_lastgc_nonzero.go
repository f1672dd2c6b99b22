// LastGC is 0 before the first collection, then the wall-clock end time
// (Unix nanoseconds) of the most recent one; it never goes backwards.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m0, m1, m2, m3 runtime.MemStats
	runtime.ReadMemStats(&m0)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	runtime.GC()
	runtime.ReadMemStats(&m2)
	runtime.ReadMemStats(&m3)

	const y2020 = 1577836800 * 1000000000 // 2020-01-01 in Unix nanoseconds
	const y2200 = 7258118400 * 1000000000 // 2200-01-01
	fmt.Println("no GC yet:", m0.NumGC == 0, m0.LastGC == 0, m0.PauseTotalNs == 0)
	fmt.Println("LastGC set after runtime.GC:", m1.LastGC != 0)
	fmt.Println("LastGC is a Unix time in nanoseconds:", m1.LastGC > y2020 && m1.LastGC < y2200)
	fmt.Println("LastGC does not go backwards:", m2.LastGC >= m1.LastGC)
	fmt.Println("LastGC unchanged without GC:", m3.LastGC == m2.LastGC)
	fmt.Println("LastGC matches PauseEnd:", m1.LastGC == m1.PauseEnd[(m1.NumGC+255)%256], m2.LastGC == m2.PauseEnd[(m2.NumGC+255)%256])
	fmt.Println("PauseTotalNs grows:", m1.PauseTotalNs > 0, m2.PauseTotalNs > m1.PauseTotalNs)
}
