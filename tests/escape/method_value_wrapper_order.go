// gc makes the wrappers of method values last first: the lines for the
// last-written method value come first, each method once.
package main

type B struct{ n int }

func (b *B) Zed() int  { return b.n }
func (b B) Alpha() int { return b.n }
func (b *B) Mid(v int) { b.n += v }

type A struct{ n int }

func (a A) Val() int  { return a.n }
func (a *A) Ptr() int { return a.n }

var sink []any

func f1(b *B) { sink = append(sink, b.Zed) }
func f2(a A)  { sink = append(sink, a.Val) }
func f3(b B)  { sink = append(sink, b.Alpha) }
func f4(a *A) { sink = append(sink, a.Ptr) }
func f5(b *B) { sink = append(sink, b.Mid) }

func main() {
	f1(&B{})
	f2(A{})
	f3(B{})
	f4(&A{})
	f5(&B{})
	f6(&B{})
	println(len(sink))
}
func f6(b *B) { sink = append(sink, b.Zed) }
