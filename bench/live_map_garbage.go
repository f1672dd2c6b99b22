// live_map_garbage keeps a large map of records alive (a million entries,
// each record pointing at a string and a slice) while a loop allocates
// many short-lived objects: small structs, slices and strings from
// strconv.Itoa. Every collection has to mark the whole live map, so this
// measures how the collector copes with a big live heap and a high
// allocation rate at once. Records in the map are replaced now and then, so
// part of the live heap becomes garbage too.
package main

import (
	"fmt"
	"strconv"
)

const (
	liveEntries = 1 << 20
	iterations  = 700_000
	burst       = 8
	ringSize    = 64
)

type record struct {
	id    int
	name  string
	score int
	hist  []int
}

type event struct {
	key     int
	label   string
	payload []int
	rec     *record
}

// ring holds the last few events, so they escape to the heap and die soon
// after.
var ring [ringSize]*event

func newRecord(id, seed int) *record {
	r := &record{id: id, name: "rec-" + strconv.Itoa(id), score: seed % 1000}
	r.hist = make([]int, 3)
	r.hist[0] = seed
	r.hist[1] = seed >> 3
	r.hist[2] = id
	return r
}

func main() {
	live := make(map[int]*record)
	for i := 0; i < liveEntries; i++ {
		live[i] = newRecord(i, i*7)
	}

	x := uint64(88172645463325252)
	checksum := 0
	replaced := 0
	n := 0
	for i := 0; i < iterations; i++ {
		// xorshift64: deterministic keys spread over the whole map.
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		k := int(x % liveEntries)
		r := live[k]

		// A burst of short-lived objects per lookup: each event (a struct,
		// a slice and two strings) is overwritten in the ring 64 events later.
		for j := 0; j < burst; j++ {
			e := &event{key: k + j, label: r.name + "/" + strconv.Itoa(n), payload: make([]int, 4), rec: r}
			e.payload[n&3] = n
			ring[n%ringSize] = e
			checksum += len(e.label) + e.key&7
			n++
		}
		checksum += r.score + r.hist[2] - k

		if i%8 == 0 {
			live[k] = newRecord(k, i)
			replaced++
		}
		if i%1000 == 0 {
			prev := ring[(n-1)%ringSize]
			checksum += prev.payload[prev.key&3] + len(prev.rec.name)
		}
	}

	total := 0
	names := 0
	for k, r := range live {
		total += r.score + r.hist[0] - k
		names += len(r.name)
	}
	fmt.Println("entries:", len(live))
	fmt.Println("replaced:", replaced)
	fmt.Println("checksum:", checksum)
	fmt.Println("live total:", total, "name bytes:", names)
}
