// fmt.Errorf with nothing to format returns errors.New(format), as its Go
// body does; with verbs or operands it formats. Both are *errors.errorString.
package main

import (
	"errors"
	"fmt"
)

func main() {
	plain := fmt.Errorf("plain text")
	percent := fmt.Errorf("100%% sure")
	formatted := fmt.Errorf("code %d: %s", 7, "bad")
	fmt.Println(plain, percent, formatted)
	fmt.Printf("%T %T %T\n", plain, percent, formatted)
	fmt.Println(plain.Error() == errors.New("plain text").Error())
	var err error = fmt.Errorf("%v", nil)
	fmt.Println(err)
}
