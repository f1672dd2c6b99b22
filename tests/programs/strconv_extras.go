package main

import (
	"fmt"
	"strconv"
)

// strconv functions beyond the core set (Itoa, Atoi, FormatInt, ParseInt, Quote).
func main() {
	_, err := strconv.Atoi("nope")
	ne, ok := err.(*strconv.NumError)
	fmt.Println(ok, ne.Func, ne.Num, ne.Err)
	fmt.Println(ne.Err == strconv.ErrSyntax)
	_, err = strconv.Atoi("99999999999999999999")
	ne = err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Err == strconv.ErrRange, ne.Err)

	fmt.Println(strconv.QuoteToASCII("héllo 😀"))
	fmt.Println(strconv.QuoteRune('a'), strconv.QuoteRune('\n'), strconv.QuoteRune('é'), strconv.QuoteRune('\''))
	for _, q := range []string{`"abc"`, `"a\tb"`, "`raw\\n`", `'x'`, `"\u00e9"`, `abc`, `"unterminated`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%-16s -> %q %v\n", q, s, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	for _, b := range []string{"true", "1", "F", "yes"} {
		v, err := strconv.ParseBool(b)
		fmt.Println(b, v, err)
	}
	fmt.Println(strconv.AppendInt([]byte("n="), -12, 10), string(strconv.AppendQuote([]byte("q:"), "hi")))
	fmt.Println(strconv.FormatUint(18446744073709551615, 16))
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err, strconv.FormatFloat(f, 'f', 3, 64), strconv.FormatFloat(1.0/3, 'g', -1, 64))
}
