package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Logger struct {
	Lines []string
}

func (l *Logger) Log(s string) { l.Lines = append(l.Lines, s) }
func (l Logger) Count() int    { return len(l.Lines) }

type Service struct {
	Base
	*Logger
	Port int
}

func (s Service) Kind() string { return "service:" + s.Base.Kind() }

type Outer struct {
	Service
	Extra string
}

func main() {
	s := Service{Base: Base{1, "api"}, Logger: &Logger{}, Port: 80}
	fmt.Println(s.Describe(), s.ID, s.Name, s.Port)
	s.Rename("gateway")
	fmt.Println(s.Name, s.Base.Name)
	s.Log("started")
	s.Log("listening")
	fmt.Println(s.Count(), s.Lines, s.Logger.Count())
	fmt.Println(s.Kind(), s.Base.Kind())

	o := Outer{Service: s, Extra: "x"}
	o.Rename("outer-name")
	o.Log("from outer")
	fmt.Println(o.Name, s.Name, o.Describe())
	fmt.Println(o.Count(), s.Count(), len(o.Lines))
	fmt.Println(o.Kind(), o.Service.Base.Kind())

	po := &o
	po.ID = 42
	fmt.Println(po.Describe(), po.Service.Base.ID)

	type Named interface{ Describe() string }
	var n Named = o
	fmt.Println(n.Describe())
	n = &s
	fmt.Println(n.Describe())

	type Renamer interface{ Rename(string) }
	var r Renamer = &o
	r.Rename("via iface")
	fmt.Println(o.Name)

	// The embedded pointer is shared between copies.
	cp := s
	cp.Log("copy logs")
	fmt.Println(s.Count(), cp.Count())
	cp.Rename("copy")
	fmt.Println(s.Name, cp.Name)
}
