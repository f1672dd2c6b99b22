package main

import "fmt"

func main() {
	fmt.Println(square(7), cube(3))
	fmt.Println(isPrime(97), isPrime(91))
	r := Rect{W: 3, H: 4}
	fmt.Println(area(r), perimeter(&r))
	grow(&r, 2)
	fmt.Println(r, area(r))
	fmt.Println(countPrimes(100), Version)
}
