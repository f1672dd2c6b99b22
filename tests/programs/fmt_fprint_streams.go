package main

import (
	"fmt"
	"os"
)

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

func logTo(w *os.File, lvl Level, format string, args ...interface{}) {
	fmt.Fprintf(w, "[%-5v] ", lvl)
	fmt.Fprintf(w, format, args...)
	fmt.Fprintln(w)
}

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5)
	fmt.Fprintln(os.Stderr, "to stderr", 3, true)
	fmt.Fprint(os.Stdout, "no newline;", 4, 5, "\n")
	fmt.Fprint(os.Stderr, "err", 6, 7, "\n")
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 10)
	fmt.Fprintf(os.Stderr, "%s=%q\n", "y", "v")
	n, err := fmt.Fprintf(os.Stdout, "%05.1f|\n", 3.14159)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stderr, "counted")
	fmt.Println(n, err)
	for i := Level(0); i < 3; i++ {
		logTo(os.Stdout, i, "message %d of %d", i+1, 3)
	}
	logTo(os.Stderr, 2, "disk at %d%%", 93)
	w := os.Stdout
	fmt.Fprintln(w, "via variable")
	streams := []*os.File{os.Stdout, os.Stderr}
	for i, s := range streams {
		fmt.Fprintf(s, "stream %d\n", i)
	}
	fmt.Fprint(os.Stdout, "direct write\n")
	fmt.Fprint(os.Stderr, "direct err\n")
	fmt.Println("done", len(os.Args))
}
