package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
)

// An object pool simulation that allocates heavily, calls into the runtime
// between phases and checks that all data survives garbage collection.

type Object struct {
	ID      int
	Payload [32]int
	Tags    []string
	Next    *Object
}

type Pool struct {
	free    []*Object
	created int
	reused  int
}

var ErrExhausted = errors.New("pool exhausted")

func (p *Pool) Get(limit int) (*Object, error) {
	if n := len(p.free); n > 0 {
		o := p.free[n-1]
		p.free = p.free[:n-1]
		p.reused++
		return o, nil
	}
	if p.created >= limit {
		return nil, ErrExhausted
	}
	p.created++
	return &Object{ID: p.created}, nil
}

func (p *Pool) Put(o *Object) {
	o.Tags = o.Tags[:0]
	o.Next = nil
	p.free = append(p.free, o)
}

func buildChain(n int) *Object {
	var head *Object
	for i := 0; i < n; i++ {
		o := &Object{ID: i, Next: head}
		o.Payload[i%32] = i * i
		o.Tags = append(o.Tags, fmt.Sprint("t", i%5))
		head = o
	}
	return head
}

func chainSum(o *Object) (count, sum int, tags map[string]int) {
	tags = map[string]int{}
	for ; o != nil; o = o.Next {
		count++
		sum += o.Payload[o.ID%32]
		for _, t := range o.Tags {
			tags[t]++
		}
	}
	return
}

func main() {
	fmt.Println("goroutines:", runtime.NumGoroutine())
	procs := runtime.GOMAXPROCS(0)
	fmt.Println("gomaxprocs positive:", procs > 0, "unchanged:", runtime.GOMAXPROCS(0) == procs)

	chain := buildChain(2000)
	runtime.GC()
	c1, s1, t1 := chainSum(chain)
	for i := 0; i < 3; i++ {
		_ = buildChain(500) // garbage
		runtime.GC()
	}
	c2, s2, t2 := chainSum(chain)
	runtime.KeepAlive(chain)
	fmt.Println(c1, s1, c1 == c2 && s1 == s2, t1)
	fmt.Println(fmt.Sprint(t1) == fmt.Sprint(t2))

	pool := &Pool{}
	var live []*Object
	var errs []string
	for round := 0; round < 4; round++ {
		for i := 0; i < 5; i++ {
			o, err := pool.Get(8)
			if err != nil {
				errs = append(errs, fmt.Sprintf("round %d: %v", round, err))
				break
			}
			o.Tags = append(o.Tags, fmt.Sprint("r", round))
			live = append(live, o)
		}
		for len(live) > 3 {
			pool.Put(live[0])
			live = live[1:]
		}
		runtime.GC()
	}
	ids := []int{}
	for _, o := range live {
		ids = append(ids, o.ID)
	}
	sort.Ints(ids)
	fmt.Println("created", pool.created, "reused", pool.reused, "free", len(pool.free), "live ids", ids)
	fmt.Println(strings.Join(errs, "; "), len(errs))

	fmt.Println("args:", len(os.Args))
	fmt.Println("goroutines at end:", runtime.NumGoroutine())
	fmt.Fprintln(os.Stderr, "stderr note")
	if pool.created != 8 {
		os.Exit(1)
	}
	fmt.Println("exiting with 3")
	os.Exit(3)
}
