// string_build builds strings three ways: a strings.Builder filled with
// strconv-formatted numbers (one CSV line per record), short strings
// grown with +=, and []byte buffers with strconv.AppendInt. Allocation of
// short-lived strings, copying and integer formatting; the total length
// and an FNV-1a hash of everything built are the checksum.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const records = 800_000

var names = []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"}

type checksum struct {
	length int
	hash   uint64
}

func (c *checksum) add(s string) {
	c.length += len(s)
	h := c.hash
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	c.hash = h
}

// csvLine formats one record with a Builder.
func csvLine(b *strings.Builder, i int) string {
	b.Reset()
	b.WriteString(strconv.Itoa(i))
	b.WriteByte(',')
	b.WriteString(names[i%len(names)])
	b.WriteByte(',')
	b.WriteString(strconv.FormatInt(int64(i)*7919-1_000_000, 10))
	b.WriteByte(',')
	b.WriteString(strconv.FormatInt(int64(i*i), 16))
	b.WriteByte(',')
	b.WriteString(strconv.Quote(names[(i/3)%len(names)]))
	return b.String()
}

// label grows a string with += a piece at a time.
func label(i int) string {
	s := "item"
	for j := 0; j < 6; j++ {
		s += "-" + names[(i+j)%len(names)][:2+j%3]
	}
	return s + "#" + strconv.Itoa(i%1000)
}

// appendRow formats numbers into a reused byte buffer.
func appendRow(buf []byte, i int) []byte {
	buf = buf[:0]
	for j := 0; j < 8; j++ {
		buf = strconv.AppendInt(buf, int64(i*j-j), 10)
		buf = append(buf, ' ')
	}
	return buf
}

func main() {
	var sum checksum
	sum.hash = 14695981039346656037

	var b strings.Builder
	for i := 0; i < records; i++ {
		sum.add(csvLine(&b, i))
	}
	fmt.Println("csv:", sum.length, strconv.FormatUint(sum.hash, 16))

	for i := 0; i < records; i++ {
		sum.add(label(i))
	}
	fmt.Println("labels:", sum.length, strconv.FormatUint(sum.hash, 16))

	var buf []byte
	for i := 0; i < records; i++ {
		buf = appendRow(buf, i)
		sum.add(string(buf))
	}
	fmt.Println("rows:", sum.length, strconv.FormatUint(sum.hash, 16))

	// One long document: every tenth label joined, then split again.
	var doc strings.Builder
	for i := 0; i < records; i += 10 {
		doc.WriteString(label(i))
		doc.WriteByte('\n')
	}
	lines := strings.Split(doc.String(), "\n")
	fmt.Println("document:", doc.Len(), "bytes,", len(lines), "lines, last", strings.Join(lines[len(lines)-3:], "|"))
}
