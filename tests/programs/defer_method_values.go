// Deferred method calls: the receiver (and for value receivers, the copy of
// the value) is evaluated at the defer statement; a pointer receiver sees
// later changes.
package main

import "fmt"

type Acc struct {
	name  string
	total int
}

func (a Acc) Report(tag string)  { fmt.Println(tag, a.name, a.total) }
func (a *Acc) PReport(tag string) { fmt.Println(tag, a.name, a.total) }
func (a *Acc) Add(n int)          { a.total += n }

type Wrapper struct {
	Acc
	extra int
}

type Reporter interface{ Report(string) }

func values() {
	a := Acc{"a", 1}
	defer a.Report("value recv:")
	defer a.PReport("pointer recv:")
	m := a.Report
	defer m("method value bound early:")
	pm := a.PReport
	defer pm("pointer method value:")
	var r Reporter = a
	defer r.Report("interface holding copy:")
	a.total = 100
	a.name = "A"
}

func pointers() {
	p := &Acc{"p", 1}
	defer p.Report("value method via pointer:")
	defer p.PReport("pointer method via pointer:")
	q := p
	defer q.Add(1000)
	p = &Acc{"other", 2}
	q.total = 50
	var r Reporter = p
	defer r.Report("interface holding pointer:")
	p.total = 7
}

func promoted() {
	w := Wrapper{Acc{"w", 3}, 9}
	defer w.Report("promoted value:")
	defer w.PReport("promoted pointer:")
	defer w.Add(10)
	w.total = 4
}

func exprs() {
	accs := []Acc{{"x", 1}, {"y", 2}}
	i := 0
	defer accs[i].Report("indexed value:")
	defer accs[i].PReport("indexed pointer:")
	i = 1
	accs[0].total = 11
	byName := map[string]*Acc{"z": {"z", 5}}
	defer byName["z"].PReport("map pointer:")
	byName["z"].total = 6
	byName["z"] = &Acc{"zz", 0}
}

func methodExpr() {
	a := Acc{"me", 1}
	defer Acc.Report(a, "method expr value:")
	defer (*Acc).PReport(&a, "method expr pointer:")
	a.total = 2
}

func main() {
	values()
	fmt.Println("--")
	pointers()
	fmt.Println("--")
	promoted()
	fmt.Println("--")
	exprs()
	fmt.Println("--")
	methodExpr()
}
