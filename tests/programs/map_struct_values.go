package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	Tags    []string
}

func main() {
	accts := map[string]Account{
		"a1": {"ann", 100, nil},
		"b2": {"bob", 50, []string{"vip"}},
	}
	// Struct values must be copied out, modified, and stored back.
	a := accts["a1"]
	a.Balance += 25
	fmt.Println(accts["a1"].Balance, a.Balance)
	accts["a1"] = a
	fmt.Println(accts["a1"].Balance)

	// Slices inside struct values share backing arrays.
	b := accts["b2"]
	b.Tags[0] = "VIP"
	fmt.Println(accts["b2"].Tags)

	fmt.Println(accts["zz"].Owner == "", accts["zz"].Tags == nil)
	fmt.Printf("%+v\n", accts["b2"])
	fmt.Println(accts)

	ptrs := map[string]*Account{
		"c3": {Owner: "cat", Balance: 10},
	}
	ptrs["c3"].Balance *= 3
	ptrs["c3"].Tags = append(ptrs["c3"].Tags, "new")
	fmt.Printf("%+v\n", *ptrs["c3"])

	type Stats struct{ N, Sum int }
	st := map[string]Stats{}
	for i, w := range []string{"x", "y", "x", "x", "y", "z"} {
		s := st[w]
		s.N++
		s.Sum += i
		st[w] = s
	}
	fmt.Println(st)
	fmt.Printf("%+v\n", st["x"])

	arrs := map[string][3]int{}
	arr := arrs["q"]
	arr[1] = 5
	arrs["q"] = arr
	fmt.Println(arrs, arrs["q"][1])
	fmt.Println(len(accts), len(ptrs), len(st))
}
