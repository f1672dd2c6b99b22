// The address of a parameter is returned: the parameter itself is moved
// to the heap (it gets no "leaking param" line).
package main

func addrOf(n int) *int {
	return &n
}

func addrOfCopy(s string) *string {
	t := s + "!"
	return &t
}

func main() {
	a := addrOf(3)
	b := addrOf(4)
	*a += *b
	s := addrOfCopy("hi")
	println(*a, *b, *s)
}
