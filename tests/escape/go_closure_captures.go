// Closures started by go statements always escape (the goroutine may
// outlive the frame), so every variable they capture by reference moves
// to the heap; a variable captured by value is copied into the closure.
package main

import "fmt"

func byRef() int {
	total := 0
	done := make(chan bool)
	go func() {
		total += 10
		done <- true
	}()
	<-done
	return total
}

func byValue(k int) int {
	out := make(chan int)
	go func() {
		out <- k * 2
	}()
	return <-out
}

func loopCapture(n int) []int {
	res := make([]int, n)
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go func() {
			res[i] = i * i
			done <- struct{}{}
		}()
	}
	for i := 0; i < n; i++ {
		<-done
	}
	return res
}

type point struct{ x, y int }

func captureStruct() point {
	p := point{1, 2}
	done := make(chan bool)
	go func() {
		p.x += 100
		done <- true
	}()
	<-done
	return p
}

func arrayCapture() [4]int {
	var a [4]int
	done := make(chan bool)
	go func() {
		for i := range a {
			a[i] = i + 1
		}
		done <- true
	}()
	<-done
	return a
}

func main() {
	fmt.Println(byRef())
	fmt.Println(byValue(21))
	fmt.Println(loopCapture(5))
	fmt.Println(captureStruct())
	fmt.Println(arrayCapture())
}
