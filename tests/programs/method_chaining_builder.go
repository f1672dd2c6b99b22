package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	order  string
	limit  int
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(cond string) *Query {
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *Query) OrderBy(col string) *Query {
	q.order = col
	return q
}

func (q *Query) Limit(n int) *Query {
	q.limit = n
	return q
}

func (q Query) Build() string {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM ")
	sb.WriteString(q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE ")
		sb.WriteString(strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

type Num struct{ v int }

func (n Num) Add(x int) Num { n.v += x; return n }
func (n Num) Mul(x int) Num { return Num{n.v * x} }

func main() {
	q := From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10)
	fmt.Println(q.Build())
	fmt.Println(From("t").Build())
	base := From("logs").Where("level = 'error'")
	a := *base
	base.Limit(5)
	fmt.Println(base.Build())
	fmt.Println(a.Build())

	n := Num{1}
	r := n.Add(2).Mul(10).Add(-5)
	fmt.Println(n.v, r.v)
	fmt.Println(Num{3}.Mul(3).Mul(3).v)

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	sb.WriteByte('|')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%+v\n", *From("x").Where("y"))
}
