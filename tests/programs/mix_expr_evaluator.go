package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Env map[string]float64

type Expr interface {
	Eval(env Env) (float64, error)
	String() string
}

type Num float64
type Var string
type Unary struct {
	Op rune
	X  Expr
}
type Binary struct {
	Op   rune
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

var ErrDivZero = errors.New("division by zero")

func (n Num) Eval(Env) (float64, error) { return float64(n), nil }
func (n Num) String() string            { return strconv.FormatInt(int64(n), 10) }

func (v Var) Eval(env Env) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", string(v))
}
func (v Var) String() string { return string(v) }

func (u Unary) Eval(env Env) (float64, error) {
	x, err := u.X.Eval(env)
	return -x, err
}
func (u Unary) String() string { return fmt.Sprintf("(%c%v)", u.Op, u.X) }

func (b Binary) Eval(env Env) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("%v: %w", b, ErrDivZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("unknown operator %q", b.Op)
}
func (b Binary) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func (c Call) Eval(env Env) (float64, error) {
	var vals []float64
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		vals = append(vals, v)
	}
	switch c.Fn {
	case "max":
		m := vals[0]
		for _, v := range vals[1:] {
			m = max(m, v)
		}
		return m, nil
	case "sum":
		t := 0.0
		for _, v := range vals {
			t += v
		}
		return t, nil
	}
	return 0, fmt.Errorf("unknown function %s/%d", c.Fn, len(c.Args))
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

func countNodes(e Expr) int {
	switch n := e.(type) {
	case Num, Var:
		return 1
	case Unary:
		return 1 + countNodes(n.X)
	case Binary:
		return 1 + countNodes(n.L) + countNodes(n.R)
	case Call:
		c := 1
		for _, a := range n.Args {
			c += countNodes(a)
		}
		return c
	}
	return 0
}

func main() {
	env := Env{"x": 3, "y": 4, "zero": 0}
	exprs := []Expr{
		Binary{'+', Num(1), Binary{'*', Num(2), Num(3)}},
		Binary{'/', Var("x"), Var("y")},
		Unary{'-', Binary{'-', Var("x"), Num(10)}},
		Call{"max", []Expr{Var("x"), Var("y"), Num(2)}},
		Call{"sum", []Expr{Num(1), Num(2), Binary{'*', Var("x"), Var("x")}}},
		Binary{'/', Num(1), Var("zero")},
		Binary{'+', Var("w"), Num(1)},
		Call{"avg", []Expr{Num(1)}},
		Binary{'%', Num(1), Num(2)},
	}
	for _, e := range exprs {
		v, err := e.Eval(env)
		if err != nil {
			fmt.Printf("%-28v error: %v (div0=%v)\n", e, err, strings.Contains(err.Error(), ErrDivZero.Error()))
			continue
		}
		fmt.Printf("%-28v = %-6g nodes=%d\n", e, v, countNodes(e))
	}
	fmt.Printf("%T %T %T\n", exprs[0], exprs[3], Num(1))
}
