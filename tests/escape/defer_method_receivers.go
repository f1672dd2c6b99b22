// Deferred method calls: a method value's receiver is evaluated at the defer
// statement. Once per call the bound receiver stays in the frame; in a loop
// it, and what it points to, go to the heap.
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

func (l Logger) Count() int { return len(l.lines) }

type Span struct{ name string }

func (s Span) End(l *Logger) { l.Log("end " + s.name) }

func (s *Span) PEnd(l *Logger) { l.Log("pend " + s.name) }

func once(l *Logger) {
	defer l.Log("once done")
	s := Span{"once"}
	defer s.End(l)
	defer s.PEnd(l)
	f := l.Log
	defer f("via method value")
}

func loop(l *Logger, n int) {
	for i := 0; i < n; i++ {
		s := &Span{fmt.Sprint("iter", i)}
		defer s.End(l)
		p := &Span{"p"}
		defer p.PEnd(l)
	}
}

func local() int {
	l := &Logger{prefix: "local: "}
	func() {
		defer l.Log("inner")
	}()
	return l.Count()
}

func main() {
	l := &Logger{prefix: "> "}
	once(l)
	loop(l, 2)
	for _, line := range l.lines {
		fmt.Println(line)
	}
	fmt.Println(local())
}
