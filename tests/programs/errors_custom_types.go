package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", v.Field, v.Value)
}

type NotFoundError struct {
	ID int
}

func (e *NotFoundError) Error() string { return fmt.Sprintf("id %d not found", e.ID) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", age}
	}
	if age > 150 {
		return &ValidationError{"age", age}
	}
	return nil
}

func lookup(id int) (string, error) {
	db := map[int]string{1: "ann", 2: "bob"}
	if name, ok := db[id]; ok {
		return name, nil
	}
	return "", &NotFoundError{id}
}

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case ValidationError:
		return "validation(value) on " + e.Field
	case *ValidationError:
		return "validation(ptr) on " + e.Field
	case *NotFoundError:
		return fmt.Sprint("missing ", e.ID)
	case Code:
		return fmt.Sprint("code ", int(e))
	default:
		return "unknown: " + e.Error()
	}
}

func main() {
	for _, age := range []int{30, -5, 200} {
		err := validate(age)
		fmt.Printf("%d: %v | %s\n", age, err, classify(err))
	}
	for _, id := range []int{1, 3} {
		name, err := lookup(id)
		if err != nil {
			fmt.Println("error:", err, "|", classify(err))
			if nf, ok := err.(*NotFoundError); ok {
				fmt.Println("  missing id", nf.ID)
			}
			continue
		}
		fmt.Println("found", name)
	}
	fmt.Println(classify(Code(404)), classify(errors.New("plain")))
	var e error = Code(500)
	fmt.Println(e, e == Code(500), e == error(Code(501)))
	v1, v2 := validate(-1), validate(-1)
	fmt.Println(v1 == v2)
	p1, p2 := validate(999), validate(999)
	fmt.Println(p1 == p2, p1.Error() == p2.Error())
	fmt.Printf("%+v %#v\n", v1, v1)
	fmt.Printf("%v %+v\n", p1, p1)
}
