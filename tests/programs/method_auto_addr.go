package main

import "fmt"

type Box struct{ N int }

func (b *Box) Inc()        { b.N++ }
func (b Box) Show() string { return fmt.Sprint("box", b.N) }

type Shelf struct {
	Boxes [3]Box
	Main  Box
	Ptr   *Box
}

func (s *Shelf) Total() int {
	t := s.Main.N
	for _, b := range s.Boxes {
		t += b.N
	}
	return t
}

func newBox(n int) *Box { return &Box{n} }

func main() {
	var b Box
	b.Inc() // (&b).Inc()
	(&b).Inc()
	fmt.Println(b.Show(), (&b).Show(), (*(&b)).Show())

	var s Shelf
	s.Main.Inc()
	s.Boxes[2].Inc()
	s.Boxes[2].Inc()
	fmt.Println(s.Total(), s.Boxes[2].Show())

	ps := &s
	ps.Boxes[0].Inc()
	ps.Main.Inc()
	fmt.Println(ps.Total(), s.Total())

	s.Ptr = newBox(10)
	s.Ptr.Inc()
	fmt.Println(s.Ptr.Show(), newBox(5).Show())
	newBox(1).Inc()

	bs := []Box{{1}, {2}}
	bs[1].Inc()
	fmt.Println(bs[1].Show())

	pp := &ps
	(*pp).Main.Inc()
	(**pp).Boxes[1].Inc()
	fmt.Println(s.Main.N, s.Boxes[1].N, (*pp).Total())

	var iface interface{ Inc() } = &b
	iface.Inc()
	fmt.Println(b.N)
	arr := [2]Box{}
	for i := range arr {
		arr[i].Inc()
	}
	fmt.Println(arr)
}
