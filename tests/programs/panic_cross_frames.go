// A panic crossing several frames: each frame's deferred calls run in order,
// innermost frame first, then main recovers it and carries on.
package main

import (
	"fmt"
	"strconv"
)

type frame struct {
	name string
	log  *[]string
}

func (f frame) exit() { *f.log = append(*f.log, f.name+" exit") }

func f4(log *[]string, s string) int {
	defer frame{"f4", log}.exit()
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func f3(log *[]string, s string) int {
	defer frame{"f3", log}.exit()
	defer func() { *log = append(*log, "f3 closure") }()
	return f4(log, s) * 2
}

func f2(log *[]string, s string) int {
	for i := 0; i < 2; i++ {
		defer frame{"f2#" + strconv.Itoa(i), log}.exit()
	}
	return f3(log, s) + 1
}

func f1(s string) (n int, log []string) {
	defer func() {
		if r := recover(); r != nil {
			log = append(log, fmt.Sprint("f1 recovered: ", r))
			n = -1
		}
	}()
	defer frame{"f1", &log}.exit()
	n = f2(&log, s)
	log = append(log, "f1 normal")
	return
}

func main() {
	for _, s := range []string{"20", "x2"} {
		n, log := f1(s)
		fmt.Println(n)
		for _, l := range log {
			fmt.Println("  ", l)
		}
	}
}
