// A common pattern: run a list of jobs, each guarded by a deferred recover,
// turning panics into errors and carrying on.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type job struct {
	name string
	arg  string
}

var ErrEmpty = errors.New("empty argument")

func runJob(j job) (out int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch v := r.(type) {
		case error:
			err = fmt.Errorf("%s: %v", j.name, v)
		case string:
			err = errors.New(j.name + ": " + v)
		default:
			err = fmt.Errorf("%s: unexpected %T %v", j.name, v, v)
		}
		out = -1
	}()
	switch j.name {
	case "atoi":
		n, e := strconv.Atoi(j.arg)
		if e != nil {
			panic(e)
		}
		return n, nil
	case "index":
		parts := strings.Split(j.arg, ",")
		return len(parts[5]), nil
	case "empty":
		if j.arg == "" {
			panic(ErrEmpty)
		}
		return len(j.arg), nil
	case "custom":
		panic(struct{ A, B int }{1, 2})
	}
	panic("unknown job " + strconv.Quote(j.name))
}

func main() {
	jobs := []job{
		{"atoi", "123"}, {"atoi", "12x"}, {"index", "a,b"}, {"empty", ""},
		{"empty", "abc"}, {"custom", ""}, {"nope", ""},
	}
	var errs []string
	sum := 0
	for _, j := range jobs {
		n, err := runJob(j)
		if err != nil {
			errs = append(errs, err.Error())
			fmt.Println("is ErrEmpty:", err.Error() == "empty: empty argument")
			continue
		}
		sum += n
	}
	sort.Strings(errs)
	fmt.Println("sum", sum)
	for _, e := range errs {
		fmt.Println(e)
	}
}
