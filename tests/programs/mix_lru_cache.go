package main

import (
	"fmt"
	"strings"
)

type node struct {
	key        string
	val        int
	prev, next *node
}

type LRU struct {
	cap        int
	items      map[string]*node
	head, tail *node // head is most recent
	hits, miss int
	evicted    []string
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, items: make(map[string]*node)}
}

func (c *LRU) unlink(n *node) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		c.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		c.tail = n.prev
	}
	n.prev, n.next = nil, nil
}

func (c *LRU) pushFront(n *node) {
	n.next = c.head
	if c.head != nil {
		c.head.prev = n
	}
	c.head = n
	if c.tail == nil {
		c.tail = n
	}
}

func (c *LRU) Get(k string) (int, bool) {
	n, ok := c.items[k]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRU) Put(k string, v int) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	n := &node{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
}

func (c *LRU) String() string {
	var parts []string
	for n := c.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprintf("%s=%d", n.key, n.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c)
	c.Put("d", 4)
	fmt.Println(c, c.evicted)
	_, ok = c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	fmt.Println(c)
	for i, k := range strings.Fields("a x d c e a f") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i*10)
		}
	}
	fmt.Println(c, len(c.items))
	fmt.Println("hits", c.hits, "misses", c.miss, "evicted", c.evicted)
	keys := []string{}
	for n := c.tail; n != nil; n = n.prev {
		keys = append(keys, n.key)
	}
	fmt.Println("oldest first:", keys)
}
