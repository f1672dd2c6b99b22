// time.Duration prints as Go prints it, in every unit, and converts.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond + 250*time.Microsecond,
		time.Second, 1500 * time.Millisecond, 59*time.Second + 999*time.Millisecond, time.Minute,
		90 * time.Minute, 25*time.Hour + time.Nanosecond, -3 * time.Millisecond, 1<<63 - 1,
	}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Nanoseconds(), d.Microseconds(), d.Milliseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 100*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Printf("%v|%s|%d|%T\n", d, d, d, d)
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total, total > 2*time.Second, total/4, total%time.Second)
}
