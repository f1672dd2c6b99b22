package main

import "fmt"

type Mover interface{ Move(int) }
type Shower interface{ Show() string }
type MoveShower interface {
	Mover
	Shower
}

type Pos struct{ X int }

func (p *Pos) Move(d int)  { p.X += d }
func (p Pos) Show() string { return fmt.Sprintf("Pos(%d)", p.X) }

type Holder struct {
	*Pos
}

type ValHolder struct {
	Pos
}

func main() {
	p := Pos{1}
	var s Shower = p // value has Show
	p.X = 50
	fmt.Println(s.Show())

	var ms MoveShower = &p // only *Pos has Move
	ms.Move(5)
	fmt.Println(ms.Show(), p.X)

	var ifs []interface{} = []interface{}{p, &p, Holder{&p}, ValHolder{p}, &ValHolder{p}}
	for i, v := range ifs {
		_, isMover := v.(Mover)
		_, isShower := v.(Shower)
		fmt.Printf("%d %T mover=%v shower=%v\n", i, v, isMover, isShower)
	}

	h := Holder{&Pos{10}}
	var m Mover = h // embedded *Pos promotes Move to Holder's value method set
	m.Move(3)
	fmt.Println(h.X, h.Show())

	vh := &ValHolder{Pos{20}}
	m = vh
	m.Move(-5)
	fmt.Println(vh.X, vh.Show())

	movers := []Mover{&p, h, vh}
	for _, mv := range movers {
		mv.Move(100)
	}
	fmt.Println(p.X, h.X, vh.X)
}
