package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type ID int32

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100), uint8(f))
	big := 1e10
	fmt.Println(int64(big), int32(int64(big)), int16(int64(big)), uint16(int64(big)))
	n := 300
	fmt.Println(byte(n), int8(n), uint8(n-45), int8(-n))
	var u uint = 1<<64 - 1
	fmt.Println(int(u), int32(u), uint32(u), float64(u))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	fmt.Println(float32(0.1), float64(float32(0.1)) == 0.1, float64(float32(0.5)) == 0.5)
	x := 7
	y := 2
	fmt.Println(x/y, float64(x)/float64(y), float64(x/y), x%y)

	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40), Celsius(CToF(0)))
	fmt.Printf("%T %T %v\n", c, CToF(c), float64(c)+1)
	id := ID(70000)
	fmt.Println(id, int16(id), ID(int8(id)))

	r := 'A'
	fmt.Println(r+1, byte(r)+1, string(r+1), rune(byte(200)))
	var i8 int8 = -128
	fmt.Println(-i8, i8-1, uint8(i8), int(i8)*-1)
	fmt.Println(int(3.0), int64(-2.0), uint(7.0))

	vals := []float64{2.5, -2.5, 0.49, -0.51, 1e-9}
	for _, v := range vals {
		fmt.Print(int(v), " ")
	}
	fmt.Println()
	var acc float32
	for i := 0; i < 10; i++ {
		acc += 0.1
	}
	fmt.Println(acc, float64(acc), acc == 1)
	var sum float64
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
}
