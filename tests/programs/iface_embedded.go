package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface {
	Close() error
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
	Name() string
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Close() error {
	b.closed = true
	return nil
}

func (b *Buffer) Name() string { return "buffer" }

func pump(r Reader, w Writer) int {
	n := 0
	for s := r.Read(); s != ""; s = r.Read() {
		n += w.Write(s + "!")
	}
	return n
}

func main() {
	src := &Buffer{}
	var w Writer = src
	w.Write("a")
	w.Write("bc")
	var rw ReadWriter = src
	rw.Write("def")
	fmt.Println(len(src.data))

	dst := &Buffer{}
	n := pump(rw, dst)
	fmt.Println(n, dst.data, len(src.data))

	var rwc ReadWriteCloser = dst
	fmt.Println(rwc.Name(), rwc.Read(), rwc.Close(), dst.closed)

	var r Reader = rwc
	fmt.Println(r.Read())
	rw = rwc
	var c Closer = rwc
	fmt.Println(c.Close() == nil)

	// Interface-to-interface assertions.
	if x, ok := r.(ReadWriteCloser); ok {
		fmt.Println("reader is also", x.Name())
	}
	_, ok := r.(fmt.Stringer)
	fmt.Println("stringer?", ok)
	fmt.Printf("%T %T\n", r, c)
	fmt.Println(r == rw, Reader(dst) == Reader(src))
}
