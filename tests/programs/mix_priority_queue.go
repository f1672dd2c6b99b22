package main

import (
	"fmt"
	"sort"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
}

// PQ keeps tasks ordered by descending priority, then by insertion order.
type PQ struct {
	items []Task
	seq   int
}

func (q *PQ) Len() int { return len(q.items) }
func (q *PQ) Less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	return a.Seq < b.Seq
}
func (q *PQ) Swap(i, j int) { q.items[i], q.items[j] = q.items[j], q.items[i] }

func (q *PQ) Push(name string, prio int) {
	q.seq++
	q.items = append(q.items, Task{name, prio, q.seq})
	sort.Sort(q)
}

func (q *PQ) Pop() (Task, bool) {
	if len(q.items) == 0 {
		return Task{}, false
	}
	t := q.items[0]
	q.items = q.items[1:]
	return t, true
}

func (q *PQ) String() string {
	names := make([]string, len(q.items))
	for i, t := range q.items {
		names[i] = fmt.Sprintf("%s:%d", t.Name, t.Priority)
	}
	return "[" + strings.Join(names, " ") + "]"
}

// MinHeap is a hand-written binary heap of ints.
type MinHeap []int

func (h *MinHeap) Push(v int) {
	*h = append(*h, v)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if (*h)[p] <= (*h)[i] {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h *MinHeap) Pop() int {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	i := 0
	for {
		l, r, small := 2*i+1, 2*i+2, i
		if l < last && (*h)[l] < (*h)[small] {
			small = l
		}
		if r < last && (*h)[r] < (*h)[small] {
			small = r
		}
		if small == i {
			break
		}
		(*h)[i], (*h)[small] = (*h)[small], (*h)[i]
		i = small
	}
	return top
}

func main() {
	q := &PQ{}
	q.Push("write", 2)
	q.Push("deploy", 5)
	q.Push("test", 3)
	q.Push("lint", 2)
	q.Push("review", 5)
	fmt.Println(q, q.Len())
	for i := 0; i < 2; i++ {
		t, _ := q.Pop()
		fmt.Printf("popped %+v\n", t)
	}
	q.Push("hotfix", 9)
	q.Push("docs", 1)
	fmt.Println(q)
	for {
		t, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Print(t.Name, "(", t.Seq, ") ")
	}
	fmt.Println()
	_, ok := q.Pop()
	fmt.Println("empty pop ok?", ok, q)

	h := &MinHeap{}
	for _, v := range []int{9, 4, 7, 1, 8, 2, 6, 3, 5, 0} {
		h.Push(v)
	}
	fmt.Println(len(*h), (*h)[0])
	var out []int
	for len(*h) > 0 {
		out = append(out, h.Pop())
	}
	fmt.Println(out)
}
