package main

import "fmt"

type Reader interface{ Read() []byte }
type Writer interface{ Write([]byte) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct{}

func (f *File) Read() []byte { return nil }

func main() {
	var rw ReadWriter = &File{}
	var r Reader = File{}
	fmt.Println(rw, r)
}
