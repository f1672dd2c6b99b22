package main

import "fmt"

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func total(items []Item) float64 {
	t := 0.0
	for _, it := range items {
		t += float64(it.Qty) * it.Price
	}
	return t
}

func main() {
	items := []Item{{"apple", 3, 0.5}, {"pear", 1, 0.75}, {"fig", 10, 0.2}}
	fmt.Println(items, total(items))

	for _, it := range items {
		it.Qty = 0
	}
	fmt.Println("after range copy:", items[0].Qty)

	for i := range items {
		items[i].Qty *= 2
	}
	fmt.Println("after index:", items[0].Qty, items[1].Qty, items[2].Qty)

	p := &items[1]
	p.Price = 1.25
	fmt.Printf("%+v\n", items[1])

	items = append(items, Item{Name: "kiwi", Qty: 4, Price: 0.3})
	p.Price = 9.99
	fmt.Println("stale pointer write visible?", items[1].Price == 9.99, len(items), cap(items))
	fmt.Printf("%.2f\n", total(items))

	copyOf := make([]Item, len(items))
	copy(copyOf, items)
	copyOf[0].Name = "APPLE"
	fmt.Println(items[0].Name, copyOf[0].Name)

	ptrs := []*Item{}
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	for _, q := range ptrs {
		q.Qty++
	}
	for _, it := range items {
		fmt.Print(it.Name, "=", it.Qty, " ")
	}
	fmt.Println()

	var cheapest *Item
	for i := range items {
		if cheapest == nil || items[i].Price < cheapest.Price {
			cheapest = &items[i]
		}
	}
	fmt.Println("cheapest", cheapest.Name, *cheapest)
	fmt.Println(items[0] == Item{"apple", 7, 0.5}, items[0] == copyOf[0])
}
