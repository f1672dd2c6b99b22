// Assignments of a field (or slice of a field) to another field of the
// same object are recognised and ignored: gc reports them while building
// the graph, before the batch's other lines.
package main

import "fmt"

type Buffer struct {
	buf  []byte
	prev []byte
}

func (b *Buffer) Skip(n int) {
	b.buf = b.buf[n:]
}

func (b *Buffer) Save() {
	b.prev = b.buf
}

func main() {
	b := &Buffer{buf: []byte("abcdef")}
	b.Skip(2)
	b.Save()
	b.Skip(1)
	fmt.Println(string(b.buf), string(b.prev))
}
