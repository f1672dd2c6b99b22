package main

import (
	"fmt"
	"strings"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	Punct
	Illegal
)

var kindNames = map[Kind]string{EOF: "EOF", Ident: "IDENT", Number: "NUMBER", String: "STRING", Op: "OP", Punct: "PUNCT", Illegal: "ILLEGAL"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)@%d", t.Kind, t.Text, t.Pos) }

type Lexer struct {
	src []rune
	pos int
}

func isLetter(r rune) bool {
	return r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r > 127
}
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func (l *Lexer) peek() rune {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) && strings.Contains(" \t\n", string(l.src[l.pos])) {
		l.pos++
	}
	start := l.pos
	if l.pos >= len(l.src) {
		return Token{EOF, "", start}
	}
	r := l.src[l.pos]
	switch {
	case isLetter(r):
		for isLetter(l.peek()) || isDigit(l.peek()) {
			l.pos++
		}
		return Token{Ident, string(l.src[start:l.pos]), start}
	case isDigit(r):
		for isDigit(l.peek()) || l.peek() == '.' {
			l.pos++
		}
		return Token{Number, string(l.src[start:l.pos]), start}
	case r == '"':
		l.pos++
		for l.pos < len(l.src) && l.src[l.pos] != '"' {
			l.pos++
		}
		if l.pos >= len(l.src) {
			return Token{Illegal, string(l.src[start:]), start}
		}
		l.pos++
		return Token{String, string(l.src[start+1 : l.pos-1]), start}
	case strings.Contains("+-*/=<>!&|", string(r)):
		l.pos++
		if two := string(l.src[start:min(l.pos+1, len(l.src))]); two == "==" || two == "!=" || two == "<=" || two == ">=" || two == "&&" || two == "||" {
			l.pos++
		}
		return Token{Op, string(l.src[start:l.pos]), start}
	case strings.Contains("(){},;", string(r)):
		l.pos++
		return Token{Punct, string(r), start}
	}
	l.pos++
	return Token{Illegal, string(r), start}
}

func tokenize(s string) []Token {
	l := &Lexer{src: []rune(s)}
	var toks []Token
	for {
		t := l.Next()
		toks = append(toks, t)
		if t.Kind == EOF {
			return toks
		}
	}
}

func main() {
	inputs := []string{
		`x := 42 + y1*3.14;`,
		`if a <= b && !done { print("héllo, 世界") }`,
		`Ω_var != 0 || z == 1`,
		`bad @ "unterminated`,
		``,
	}
	for _, in := range inputs {
		toks := tokenize(in)
		fmt.Printf("%q: %d tokens\n", in, len(toks))
		counts := map[Kind]int{}
		for _, t := range toks {
			counts[t.Kind]++
			fmt.Println("  ", t)
		}
		fmt.Println("   counts:", counts)
	}
	idents := map[string]bool{}
	for _, t := range tokenize("a b a c b a d") {
		if t.Kind == Ident {
			idents[t.Text] = true
		}
	}
	fmt.Println(idents, len(idents))
}
