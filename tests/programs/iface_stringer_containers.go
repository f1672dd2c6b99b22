package main

import "fmt"

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit
}

type Hand struct {
	Owner string
	Cards []Card
	Top   *Card
}

type Deck []Card

func (d Deck) String() string { return fmt.Sprintf("Deck(%d cards)", len(d)) }

type PtrOnly struct{ V int }

func (p *PtrOnly) String() string { return fmt.Sprint("ptr", p.V) }

func main() {
	c := Card{12, "♥"}
	fmt.Println(c, &c)
	cards := []Card{{1, "♠"}, {10, "♦"}, {13, "♣"}}
	fmt.Println(cards)
	h := Hand{"ann", cards, &cards[0]}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	fmt.Println(Deck(cards), []Deck{cards, nil})

	byName := map[string]Card{"high": {13, "♠"}, "low": {2, "♥"}}
	fmt.Println(byName)
	keyed := map[Card]int{{1, "s"}: 1, {2, "s"}: 2}
	fmt.Println(keyed)

	grid := [2][2]Card{{{1, "a"}, {2, "b"}}, {{3, "c"}, {4, "d"}}}
	fmt.Println(grid)

	// Values of pointer-receiver Stringers inside containers are not Stringers.
	vals := []PtrOnly{{1}, {2}}
	ptrs := []*PtrOnly{{3}, {4}}
	fmt.Println(vals, ptrs)
	fmt.Println(struct {
		A PtrOnly
		B *PtrOnly
	}{PtrOnly{5}, &PtrOnly{6}})

	var ifs []fmt.Stringer = []fmt.Stringer{c, Deck{}, &PtrOnly{7}}
	fmt.Println(ifs)
	fmt.Printf("%s|%v|%d\n", cards, cards, cards)
}
