package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")

type InvalidAmount struct{ Amount int }

func (e InvalidAmount) Error() string { return fmt.Sprintf("invalid amount %d", e.Amount) }

type Account interface {
	ID() string
	Balance() int
	Deposit(amount int) error
	Withdraw(amount int) error
}

type base struct {
	id      string
	balance int
	history []string
}

func (b *base) ID() string                     { return b.id }
func (b *base) Balance() int                   { return b.balance }
func (b *base) log(f string, a ...interface{}) { b.history = append(b.history, fmt.Sprintf(f, a...)) }

func (b *base) Deposit(amount int) error {
	if amount <= 0 {
		return InvalidAmount{amount}
	}
	b.balance += amount
	b.log("dep %d", amount)
	return nil
}

type Checking struct {
	base
	overdraft int
}

func (c *Checking) Withdraw(amount int) error {
	if amount <= 0 {
		return InvalidAmount{amount}
	}
	if c.balance-amount < -c.overdraft {
		return fmt.Errorf("%s: withdraw %d: %w", c.id, amount, ErrInsufficient)
	}
	c.balance -= amount
	c.log("wd %d", amount)
	return nil
}

type Savings struct {
	base
	rate int // percent
}

func (s *Savings) Withdraw(amount int) error {
	if amount <= 0 {
		return InvalidAmount{amount}
	}
	if amount > s.balance {
		return fmt.Errorf("%s: withdraw %d: %w", s.id, amount, ErrInsufficient)
	}
	s.balance -= amount
	s.log("wd %d", amount)
	return nil
}

func (s *Savings) AddInterest() {
	interest := s.balance * s.rate / 100
	s.balance += interest
	s.log("int %d", interest)
}

func (c *Checking) String() string { return fmt.Sprintf("Checking[%s: %d]", c.id, c.balance) }
func (s *Savings) String() string {
	return fmt.Sprintf("Savings[%s: %d @%d%%]", s.id, s.balance, s.rate)
}

type Bank struct {
	accounts map[string]Account
}

func (b *Bank) Transfer(from, to string, amount int) error {
	src, ok1 := b.accounts[from]
	dst, ok2 := b.accounts[to]
	if !ok1 || !ok2 {
		return fmt.Errorf("no account %q or %q", from, to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %v", err)
	}
	return dst.Deposit(amount)
}

func (b *Bank) Report() string {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var sb strings.Builder
	for _, id := range ids {
		fmt.Fprintln(&sb, b.accounts[id])
	}
	return sb.String() + "TOTAL " + fmt.Sprint(b.accounts["chk-1"].Balance()+b.accounts["sav-1"].Balance())
}

func main() {
	chk := &Checking{base{id: "chk-1"}, 100}
	sav := &Savings{base{id: "sav-1"}, 5}
	bank := &Bank{accounts: map[string]Account{chk.ID(): chk, sav.ID(): sav}}
	steps := []struct {
		desc string
		fn   func() error
	}{
		{"deposit 500 chk", func() error { return chk.Deposit(500) }},
		{"deposit -5 sav", func() error { return sav.Deposit(-5) }},
		{"xfer 300 chk->sav", func() error { return bank.Transfer("chk-1", "sav-1", 300) }},
		{"xfer 350 chk->sav", func() error { return bank.Transfer("chk-1", "sav-1", 350) }},
		{"xfer 100 sav->chk", func() error { return bank.Transfer("sav-1", "chk-1", 100) }},
		{"xfer 900 sav->chk", func() error { return bank.Transfer("sav-1", "chk-1", 900) }},
		{"xfer to nobody", func() error { return bank.Transfer("chk-1", "zzz", 1) }},
		{"withdraw 0", func() error { return chk.Withdraw(0) }},
	}
	for _, s := range steps {
		err := s.fn()
		status := "ok"
		if e, isIA := err.(InvalidAmount); isIA {
			status = fmt.Sprintf("ERR %v (amount was %d)", e, e.Amount)
		} else if err != nil {
			status = "ERR " + err.Error()
		}
		fmt.Printf("%-20s %s\n", s.desc, status)
	}
	sav.AddInterest()
	fmt.Println(bank.Report())
	fmt.Println(chk.history)
	fmt.Println(sav.history)
	fmt.Println([]Account{chk, sav})
}
