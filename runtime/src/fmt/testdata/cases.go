// Generates the Sprintf/Sprint cases of like_go in ../tests.rs: run
// `go run cases.go` and paste its output into the test.

package main

import (
	"errors"
	"fmt"
	"math"
	"unsafe"
)

type P struct{ X, Y int }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Stringy int

func (s Stringy) String() string { return fmt.Sprintf("S(%d)", int(s)) }

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprintf("PS#%d", p.N) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type Named string
type Bytes []byte

type inner struct {
	a int
	B string
}

type Outer struct {
	Name string
	In   inner
	Ptr  *P
	Any  any
	Err  error
	hid  Stringy
	Vis  Stringy
}

type Both int

func (Both) Error() string  { return "E" }
func (Both) String() string { return "S" }

func esc(s string) string {
	out := []byte{'b', '"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			out = append(out, '\\', c)
		case c >= 0x20 && c < 0x7f:
			out = append(out, c)
		default:
			out = append(out, []byte(fmt.Sprintf("\\x%02x", c))...)
		}
	}
	return string(append(out, '"'))
}

func c(rust string, format string, args ...any) {
	fmt.Printf("    t(%s, &[%s], %s);\n", esc(format), rust, esc(fmt.Sprintf(format, args...)))
}
func sp(rust string, args ...any) {
	fmt.Printf("    tp(&[%s], %s);\n", rust, esc(fmt.Sprint(args...)))
}
func sl(rust string, args ...any) {
	fmt.Printf("    tl(&[%s], %s);\n", rust, esc(fmt.Sprintln(args...)))
}

func main() {
	fake := (*P)(unsafe.Pointer(uintptr(0x1234)))
	boom := errors.New("boom")
	fakei := (*int)(unsafe.Pointer(uintptr(0x1234)))
	nan := math.NaN()
	inf := math.Inf(1)

	// integers
	c("i(42)", "%d", 42)
	c("i(-42), i(-42), i(-42)", "%5d|%-5d|%05d", -42, -42, -42)
	c("i(5), i(5), i(-5)", "%+d|% d|%+d", 5, 5, -5)
	c("i(255), i(255), i(255), i(255), i(255), i(255), i(255), i(255), i(255)", "%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b", 255, 255, 255, 255, 255, 255, 255, 255, 255)
	c("i(7), i(7), i(7), i(0), i(0)", "%.3d|%8.3d|%08.3d|%.0d|%5.0d|", 7, 7, 7, 0, 0)
	c("i(-255), i(-255), i(-8)", "%x|%#X|%O", -255, -255, -8)
	c("i8v(-128), u8v(200), i16v(-300), i32v(70000), i64v(i64::MIN), u64v(u64::MAX)", "%d %d %d %d %d %d", int8(-128), uint8(200), int16(-300), int32(70000), int64(math.MinInt64), uint64(math.MaxUint64))
	c("u64v(u64::MAX), u64v(u64::MAX), u16v(65535), u32v(7)", "%v %x %b %o", uint64(math.MaxUint64), uint64(math.MaxUint64), uint16(65535), uint32(7))
	c("i32v(65), i32v(0x4E16), i32v(120), i32v(10), i32v(233), i32v(0x1F600), i32v(120), i32v(0x1F600), i(-1)", "%c|%c|%q|%q|%+q|%U|%#U|%#U|%q", 'A', rune(0x4E16), 'x', '\n', 'é', rune(0x1F600), 'x', rune(0x1F600), -1)
	c("i(0x110000), i(0xD800), i(39), i(7)", "%c|%q|%q|%q", 0x110000, 0xD800, 39, 7)
	c("i(3), u(3), uptr(10), u8v(200)", "%#v %#v %#v %#v", 3, uint(3), uintptr(10), uint8(200))
	c("i(1), i(2), i(3)", "%-+5d|%+05d|% 05d", 1, 2, 3)
	c("i(10), i(10)", "%.5x|%#8.3o", 10, 10)
	c("i32v(0x41), i32v(0x1F600)", "%.6U|%#-12U|", 0x41, rune(0x1F600))
	c("i(42)", "%8.3v|", 42)
	c("i(-7)", "%+v", -7)
	c("i(3)", "%+v", 3)

	// floats
	c("f64v(1.0), f64v(0.1), f64v(1e21), f64v(1e-7), f64v(123456789.0)", "%v %v %v %v %v", 1.0, 0.1, 1e21, 1e-7, 123456789.0)
	c("f64v(3.14159), f64v(3.14159), f64v(3.14159), f64v(3.14159), f64v(3.14159), f64v(3.14159)", "%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 3.14159)
	c("f64v(123456.789), f64v(123456.789), f64v(123456.789), f64v(123456.789), f64v(123456.789), f64v(123456.789), f64v(123456.789)", "%e|%E|%.2e|%g|%G|%.3g|%.10g", 123456.789, 123456.789, 123456.789, 123456.789, 123456.789, 123456.789, 123456.789)
	c("f32v(0.1), f32v(1.0 / 3.0), f32v(16777216.0), f32v(0.1)", "%v %v %v %.10f", float32(0.1), float32(1.0)/3, float32(16777216.0), float32(0.1))
	c("f64v(f64::INFINITY), f64v(f64::NEG_INFINITY), f64v(f64::NAN), f64v(f64::NAN), f64v(f64::INFINITY), f64v(f64::NEG_INFINITY)", "%v %v %v %f %5.1f|%05.1f", inf, math.Inf(-1), nan, nan, inf, math.Inf(-1))
	c("f64v(f64::NAN), f64v(f64::NAN), f64v(1.5), f64v(1.5), f64v(f64::NAN), f64v(f64::INFINITY)", "% v|%+v|% f|%+f|%05v|%+v", nan, nan, 1.5, 1.5, nan, inf)
	c("f64v(1.0), f64v(1.0), f64v(1.0), f64v(1.0), f64v(2.0), f64v(2.0), f64v(0.0), f64v(123.0)", "%#g|%#.3g|%#v|%#e|%#.0f|%#.0e|%#g|%#.2g", 1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 0.0, 123.0)
	c("f64v(1.0), f64v(1.0), f64v(255.5), f64v(3.14159), f64v(1.0), f64v(0.0), f64v(-0.5)", "%b|%x|%X|%.3x|%#x|%x|%.0x", 1.0, 1.0, 255.5, 3.14159, 1.0, 0.0, -0.5)
	c("f64v(0.5), f64v(1.5), f64v(2.5), f64v(0.25), f64v(1.005), f64v(0.125)", "%.0f %.0f %.0f %.1f %.2f %.2f", 0.5, 1.5, 2.5, 0.25, 1.005, 0.125)
	c("f64v(-1.5), f64v(-1.5), f64v(-1.5), f64v(-1.5)", "%6.2f|%-6.2f|%06.2f|%+06.1f", -1.5, -1.5, -1.5, -1.5)
	c("f64v(3.14159265), f64v(3.14159265), f64v(3.14159265)", "%v %.3v %10.4v|", 3.14159265, 3.14159265, 3.14159265)
	c("f64v(100000.0), f64v(1000000.0), f64v(1e-5), f64v(0.0001), f64v(1e20)", "%g %g %g %g %v", 100000.0, 1000000.0, 1e-5, 0.0001, 1e20)
	c("f64v(0.0), f64v(-0.0), f64v(0.0), f64v(-0.0)", "%.3e %g %e %v", 0.0, math.Copysign(0, -1), 0.0, math.Copysign(0, -1))
	c("f64v(1e100), f64v(1e-100), f64v(5e-324), f64v(1.7976931348623157e308)", "%.3f|%.3e|%v|%g", 1e100, 1e-100, 5e-324, 1.7976931348623157e308)
	c("f64v(0.000123456), f64v(123456789.0), f64v(0.1)", "%.3g|%.3g|%.20f", 0.000123456, 123456789.0, 0.1)
	c("f32v(3.4028235e38), f32v(1e-45), f32v(0.3)", "%v %v %e", float32(3.4028235e38), float32(1e-45), float32(0.3))
	c("f64v(2.0), f64v(1.5)", "%d|%s", 2.0, 1.5)
	c("c128(1.0, 2.0), c128(1.5, -2.5), c64(1.0, 2.0), c128(0.0, 0.0)", "%v %.2f %+v %v", complex(1, 2), complex(1.5, -2.5), complex64(complex(1, 2)), complex(0, 0))
	c("c128(1.0, 2.0)", "%d", complex(1, 2))
	c("f64v(1234.5678), f64v(1234.5678)", "%12.3e|%-12.4g|", 1234.5678, 1234.5678)
	c("f64v(-3.0), f64v(3.0)", "% .2f|% .2f", -3.0, 3.0)

	// strings
	c("s(\"héllo\"), s(\"héllo\"), s(\"héllo\"), s(\"héllo\"), s(\"héllo\"), s(\"héllo\"), s(\"héllo\"), s(\"héllo\")", "%s|%q|%v|%x|%X|% x|%#x|%# X", "héllo", "héllo", "héllo", "héllo", "héllo", "héllo", "héllo", "héllo")
	c("s(\"abc\"), s(\"abc\"), s(\"abc\"), s(\"abc\"), s(\"abc\")", "%5s|%-5s|%.2s|%5.1s|%05s", "abc", "abc", "abc", "abc", "abc")
	c("s(\"hi\\n\\\"é\\x01\"), s(\"é\"), s(\"back`tick\"), s(\"raw\"), s(\"\\t\")", "%q|%+q|%#q|%#q|%#q", "hi\n\"é\x01", "é", "back`tick", "raw", "\t")
	c("sb(b\"\\xffab\"), sb(b\"\\xffab\"), sb(b\"a\\xe2\\x82\")", "%q|%5s|%q", "\xffab", "\xffab", "a\xe2\x82")
	c("s(\"\"), s(\"\"), s(\"\")", "%x|%5x|%q", "", "", "")
	c("s(\"héllo\"), s(\"héllo\"), s(\"abcdef\")", "%.1q|%.2x|%8.2x|", "héllo", "héllo", "abcdef")
	c("s(\"\\u{7f}\\u{a0}\\u{2028}\\u{feff}\\u{10ffff}\\u{e000}\")", "%q", "\x7f\u00a0\u2028\ufeff\U0010ffff\ue000")
	c("s(\"\\u{7f}\\u{a0}\\u{2028}\\u{feff}\\u{10ffff}\\u{1F600}\")", "%+q", "\x7f\u00a0\u2028\ufeff\U0010ffff\U0001F600")
	c("s(\"\\u{feff}\"), s(\"a\\u{7f}\")", "%#q|%#q", "\ufeff", "a\x7f")
	c("i(1), s(\"s\"), f64v(1.5), nil(), ints(&[1])", "%T %T %T %T %T", 1, "s", 1.5, nil, []int{1})
	c("i(1), i(1), s(\"abc\")", "%10T|%-10T|%.2T", 1, 1, "abc")
	c("s(\"héé\"), s(\"é\")", "%5s|%-4q|", "héé", "é")
	c("s(\"x\")", "%c", "x")

	// bools
	c("b(true), b(false), b(true), b(false)", "%t %v %5t %-6t|", true, false, true, false)
	c("b(true), b(true)", "%d|%x", true, true)
	c("b(true)", "%#v", true)

	// bad verbs, missing and extra operands
	c("s(\"hi\")", "%d", "hi")
	c("i(42)", "%s", 42)
	c("i(1)", "%d %d", 1)
	c("i(1), s(\"a\")", "%d", 1, "a")
	c("i(1), s(\"a\"), nil()", "hi", 1, "a", nil)
	c("", "%!")
	c("", "%")
	c("", "abc%5")
	c("i(1)", "%z", 1)
	c("i(1), i(2)", "%[2]d %[1]d", 1, 2)
	c("i(1), i(2)", "%[3]d", 1, 2)
	c("i(5), i(6)", "%[1]d %d", 5, 6)
	c("i(1), i(2)", "%[2]d %d", 1, 2)
	c("i(1)", "%[0]d|%[x]d|%[1d", 1)
	c("i(5), i(42), i(5), i(42), i(2), f64v(3.14159)", "%*d|%-*d|%.*f", 5, 42, 5, 42, 2, 3.14159)
	c("s(\"x\"), i(5)", "%*d", "x", 5)
	c("i(-1), i(5)", "%.*d", -1, 5)
	c("i(-6), i(5)", "%*d|", -6, 5)
	c("u8v(4), i(5)", "%*d|", uint8(4), 5)
	c("i(10000000), i(5)", "%*d|", 10000000, 5)
	c("i(2), i(3), f64v(3.14159)", "%[3]*.[2]*[1]f", 2, 3, 3.14159)
	c("", "%5%|%-5%|%%")
	c("nil(), nil(), nil(), nil()", "%d|%v|%T|%s", nil, nil, nil, nil)
	c("s(\"hi\")", "%5d", "hi")
	c("s(\"str\")", "%.2f", "str")
	c("f64v(1.5)", "%d", 1.5)
	c("ints(&[1, 2])", "%s", []int{1, 2})
	c("strs(&[\"a\"])", "%d", []string{"a"})
	c("pt(1, 2), pt(1, 2), pt(1, 2)", "%d|%s|%z", P{1, 2}, P{1, 2}, P{1, 2})
	c("i(1)", "%p", 1)
	c("nil()", "%p", nil)
	c("s(\"x\")", "%ä|%\xff", "x")
	c("i(1)", "%-", 1)

	// structs and pointers
	c("pt(1, 2), pt(1, 2), pt(1, 2)", "%v|%+v|%#v", P{1, 2}, P{1, 2}, P{1, 2})
	c("ppt(1, 2), ppt(1, 2), ppt(1, 2), ppt(1, 2)", "%v|%+v|%#v|%s", &P{1, 2}, &P{1, 2}, &P{1, 2}, &P{1, 2})
	c("nil_ppt(), nil_ppt(), nil_ppt(), nil_ppt(), nil_ppt()", "%v|%#v|%d|%x|%5v|", (*P)(nil), (*P)(nil), (*P)(nil), (*P)(nil), (*P)(nil))
	c("fake_ppt(0x1234), fake_ppt(0x1234), fake_ppt(0x1234), fake_ppt(0x1234)", "%p|%#p|%10p|%-8p|", fake, fake, fake, fake)
	c("fake_pint(0x1234), fake_pint(0x1234), fake_pint(0x1234), fake_pint(0x1234), fake_pint(0x1234), fake_pint(0x1234), fake_pint(0x1234)", "%v|%#v|%x|%d|%X|%s|%#x", fakei, fakei, fakei, fakei, fakei, fakei, fakei)
	c("ppts(&[0x1234]), ppts(&[0x1234])", "%v|%#v", []*P{fake}, []*P{fake})
	c("empty_struct(), empty_struct()", "%v|%#v", struct{}{}, struct{}{})
	c("outer(false), outer(false), outer(false)", "%v|%+v|%#v", Outer{Name: "n", In: inner{1, "b"}, Any: 5, hid: 3, Vis: 4}, Outer{Name: "n", In: inner{1, "b"}, Any: 5, hid: 3, Vis: 4}, Outer{Name: "n", In: inner{1, "b"}, Any: 5, hid: 3, Vis: 4})
	c("outer(true), outer(true)", "%v|%+v", Outer{Name: "n", In: inner{1, "b"}, Any: Celsius(1.5), Err: boom, hid: 3, Vis: 4}, Outer{Name: "n", In: inner{1, "b"}, Any: Celsius(1.5), Err: boom, hid: 3, Vis: 4})
	c("anon(1, \"x\"), anon(1, \"x\"), anon(1, \"x\")", "%v|%+v|%#v", struct {
		A int
		B string
	}{1, "x"}, struct {
		A int
		B string
	}{1, "x"}, struct {
		A int
		B string
	}{1, "x"})
	c("pt(1, 2), pt(1, 2)", "%6v|%-3d|", P{1, 2}, P{1, 2})
	c("pt(10, 255)", "%#x", P{10, 255})

	// slices and arrays
	c("ints(&[1, 2, 3]), ints(&[1, 2, 3]), nil_ints(), nil_ints()", "%v|%#v|%v|%#v", []int{1, 2, 3}, []int{1, 2, 3}, []int(nil), []int(nil))
	c("arr3(1, 2, 3), arr3(1, 2, 3)", "%v|%#v", [3]int{1, 2, 3}, [3]int{1, 2, 3})
	c("bytes(b\"hi\"), bytes(b\"hi\"), bytes(b\"hi\"), bytes(b\"hi\"), bytes(b\"hi\"), bytes(b\"hi\"), bytes(b\"hi\"), bytes(b\"hi\"), bytes(b\"hi\")", "%v|%s|%x|%X|% x|%q|%#v|%d|%o", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
	c("nil_bytes(), nil_bytes(), nil_bytes()", "%v|%#v|%s|", []byte(nil), []byte(nil), []byte(nil))
	c("barr3(b\"abc\"), barr3(b\"abc\"), barr3(b\"abc\")", "%s|%x|%v", [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'})
	c("strs(&[\"a\", \"b c\"]), strs(&[\"a\", \"b c\"]), strs(&[\"a\", \"b c\"]), strs(&[\"a\", \"b c\"])", "%q|%v|%#v|%x", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"})
	c("anys1(), anys1()", "%v|%#v", []any{1, "a", nil, P{1, 2}}, []any{1, "a", nil, P{1, 2}})
	c("anys1()", "%d", []any{1, "a", nil, P{1, 2}})
	c("ints(&[1, 22]), ints(&[1, 22]), ints(&[1, 22])", "%5v|%-4v|%05v", []int{1, 22}, []int{1, 22}, []int{1, 22})
	c("intss(), intss()", "%v|%#v", [][]int{{1}, {2, 3}}, [][]int{{1}, {2, 3}})
	c("mybytes(b\"\\x01\\x02\"), mybytes(b\"\\x01\\x02\"), mybytes(b\"\\x01\\x02\"), mybytes(b\"\\x01\\x02\")", "%v|%s|%#v|%x", Bytes{1, 2}, Bytes{1, 2}, Bytes{1, 2}, Bytes{1, 2})
	c("arr0(), arr0(), ints(&[]), ints(&[])", "%v|%#v|%v|%#v", [0]int{}, [0]int{}, []int{}, []int{})
	c("ints(&[10, 255]), ints(&[10, 255])", "%x|%#X", []int{10, 255}, []int{10, 255})
	c("f64s(&[1.0, 2.5])", "%6.2f", []float64{1, 2.5})
	c("stringys(&[1, 2]), stringys(&[1, 2]), stringys(&[1, 2])", "%v|%d|%#v", []Stringy{1, 2}, []Stringy{1, 2}, []Stringy{1, 2})

	// maps
	c("msi(&[(\"b\", 2), (\"a\", 1), (\"c\", 3)]), msi(&[(\"b\", 2), (\"a\", 1), (\"c\", 3)])", "%v|%#v", map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"b": 2, "a": 1, "c": 3})
	c("nil_msi(), nil_msi(), msi(&[])", "%v|%#v|%v", map[string]int(nil), map[string]int(nil), map[string]int{})
	c("mis(&[(3, \"c\"), (-1, \"a\"), (2, \"b\")])", "%v", map[int]string{3: "c", -1: "a", 2: "b"})
	c("mfi(&[(f64::NAN, 1), (-1.0, 2), (2.5, 3), (f64::NEG_INFINITY, 4), (0.0, 5)])", "%v", map[float64]int{nan: 1, -1: 2, 2.5: 3, math.Inf(-1): 4, 0: 5})
	c("mbi(&[(true, 1), (false, 0)])", "%v", map[bool]int{true: 1, false: 0})
	c("mps(&[((2, 1), \"c\"), ((1, 2), \"b\"), ((1, 1), \"a\")]), mps(&[((2, 1), \"c\"), ((1, 2), \"b\"), ((1, 1), \"a\")])", "%v|%#v", map[P]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}, map[P]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"})
	c("ma2(&[([2, 1], 3), ([1, 9], 2), ([1, 2], 1)])", "%v", map[[2]int]int{{2, 1}: 3, {1, 9}: 2, {1, 2}: 1})
	c("manyi(&[(None, 0), (Some(2), 2), (Some(1), 1), (Some(-5), 5)])", "%v", map[any]int{nil: 0, 2: 2, 1: 1, -5: 5})
	c("msints(), msp(), msp()", "%v|%+v|%#v", map[string][]int{"x": {1, 2}, "a": nil}, map[string]P{"a": {1, 2}}, map[string]P{"a": {1, 2}})
	c("mstrc(&[(2, 0.5), (1, 2.5)])", "%v", map[Stringy]Celsius{2: 0.5, 1: 2.5})
	c("msi(&[(\"a\", 1)]), msi(&[(\"a\", 1)])", "%d|%x", map[string]int{"a": 1}, map[string]int{"a": 1})
	c("mi8(&[(-3, 1), (100, 2), (-128, 3)]), mu(&[(10, 1), (2, 2)])", "%v %v", map[int8]int{-3: 1, 100: 2, -128: 3}, map[uint]int{10: 1, 2: 2})
	c("pmsi(&[(\"b\", 2), (\"a\", 1)]), pmsi(&[(\"b\", 2), (\"a\", 1)])", "%v|%#v", &map[string]int{"b": 2, "a": 1}, &map[string]int{"b": 2, "a": 1})

	// Stringer and error
	c("celsius(21.5), celsius(21.5), celsius(21.5), celsius(21.5), celsius(21.5), celsius(21.5), celsius(21.5), celsius(21.5)", "%v|%s|%q|%x|%d|%8v|%-8s|%.2f", Celsius(21.5), Celsius(21.5), Celsius(21.5), Celsius(21.5), Celsius(21.5), Celsius(21.5), Celsius(21.5), Celsius(21.5))
	c("stringy(3), stringy(3), stringy(3), stringy(3)", "%v|%d|%#v|%T", Stringy(3), Stringy(3), Stringy(3), Stringy(3))
	c("ps(5), pps(5), nil_pps(), ppss(&[1]), pss(&[1])", "%v|%v|%v|%s|%v", PS{5}, &PS{5}, (*PS)(nil), []*PS{{1}}, []PS{{1}})
	c("nil_pps(), nil_pps()", "%d|%#v", (*PS)(nil), (*PS)(nil))
	c("myerr(3), pmyerr(3), myerr(3)", "%v|%v|%+v", MyErr{3}, &MyErr{3}, MyErr{3})
	c("errs(\"boom\"), errs(\"boom\"), errs(\"boom\"), errs(\"boom\"), errs(\"boom\"), errs(\"boom\")", "%v|%s|%q|%d|%#v|%T", boom, boom, boom, boom, boom, boom)
	c("both(1), both(1)", "%v|%d", Both(1), Both(1))
	c("anys2(), stringys(&[1, 2])", "%v|%s", []any{Celsius(1), Stringy(2), MyErr{4}}, []Stringy{1, 2})
	c("errs(\"boom\"), i(1)", "%w|%w", boom, 1)
	c("errfield(\"x\"), errfield(\"x\"), errfield_nil()", "%v|%+v|%v", struct{ E error }{errors.New("x")}, struct{ E error }{errors.New("x")}, struct{ E error }{})
	c("named(\"x\"), named(\"x\"), named(\"x\"), named(\"x\")", "%v|%q|%#v|%T", Named("x"), Named("x"), Named("x"), Named("x"))
	c("named(\"x\")", "%d", Named("x"))
	c("stringy(7)", "%d%!(EXTRA)", Stringy(7))
	c("i(1), stringy(7), errs(\"boom\")", "%d", 1, Stringy(7), boom)
	c("nil_func(), nil_func(), nil_func()", "%v|%#v|%T", (func())(nil), (func())(nil), (func())(nil))


	// more nesting
	c("ptrfield(0x1234), ptrfield(0x1234), ptrfield(0)", "%v|%#v|%+v", struct{ P *int }{fakei}, struct{ P *int }{fakei}, struct{ P *int }{})
	c("bytesfield(b\"hi\"), bytesfield(b\"hi\"), bytesfield(b\"hi\"), bytesfield(b\"hi\")", "%v|%#v|%x|%s", struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")})
	c("embedded(), embedded(), embedded()", "%v|%+v|%#v", struct {
		P
		Z int
	}{P{1, 2}, 3}, struct {
		P
		Z int
	}{P{1, 2}, 3}, struct {
		P
		Z int
	}{P{1, 2}, 3})
	c("anys3(), anys3()", "%v|%#v", []any{(*P)(nil), fake, []int(nil), map[string]int(nil)}, []any{(*P)(nil), fake, []int(nil), map[string]int(nil)})
	c("nilpss(), nilpss()", "%v|%s", []*PS{nil, {2}}, []*PS{nil, {2}})
	c("nil_err(), nil_err(), nil_err()", "%v|%s|%d", error(nil), error(nil), error(nil))
	c("bools(), bools(), bools()", "%v|%#v|%t", [2]bool{true, false}, [2]bool{true, false}, [2]bool{true, false})
	c("strarr(), strarr()", "%q|%#v", [2]string{"a", "\n"}, [2]string{"a", "\n"})
	c("f32arr(), c128(f64::NAN, f64::INFINITY)", "%v|%v", [2]float32{0.1, 1e10}, complex(nan, inf))
	c("mstrc(&[(2, 0.5)]), mstrc(&[(2, 0.5)])", "%d|%#v", map[Stringy]Celsius{2: 0.5}, map[Stringy]Celsius{2: 0.5})
	c("i(1), f64v(2.5), s(\"s\")", "%[2]v %[1]v %[3]q %v", 1, 2.5, "s")
	c("i(3), i(4)", "%[1]*[2]d|%-[1]*[2]d|", 3, 4)
	c("i(1)", "%[1]d %[1]x %[1]o", 1)
	c("i(12345), f64v(1.5), f64v(1.5)", "%2d|%1.1f|%0.0f", 12345, 1.5, 1.5)
	c("s(\"ab\"), s(\"ab\")", "%-#8x|%0#8X|", "ab", "ab")
	c("bytes(&[0, 255]), bytes(&[0, 255])", "% #x|%-# 10X|", []byte{0, 255}, []byte{0, 255})
	c("msi(&[(\"k\", 1)])", "%6v|", map[string]int{"k": 1})
	c("pt(1, 2)", "%08v", P{1, 2})
	c("i(-1), u8v(255), i8v(-1)", "%x %b %o", -1, uint8(255), int8(-1))
	c("u64v(1 << 63), i64v(-1 << 63)", "%#b|%#o", uint64(1<<63), int64(-1<<63))

	// Print / Println spacing
	sp("i(1), i(2), s(\"a\"), s(\"b\"), i(3), f64v(4.5), nil(), b(true)", 1, 2, "a", "b", 3, 4.5, nil, true)
	sl("i(1), i(2), s(\"a\"), s(\"b\"), i(3), f64v(4.5), nil(), b(true)", 1, 2, "a", "b", 3, 4.5, nil, true)
	sp("named(\"x\"), i(1), i(2), named(\"y\")", Named("x"), 1, 2, Named("y"))
	sp("")
	sl("")
	sl("celsius(1.5), errs(\"x\"), stringy(2), ppt(1, 2), nil_ppt(), msi(&[(\"z\", 1), (\"y\", 2)])", Celsius(1.5), errors.New("x"), Stringy(2), &P{1, 2}, (*P)(nil), map[string]int{"z": 1, "y": 2})
	sp("f32v(0.1), f64v(0.1), c128(1.0, -1.0), nil_ints(), bytes(b\"ab\")", float32(0.1), 0.1, complex(1, -1), []int(nil), []byte("ab"))
	sp("s(\"a\"), i(1), s(\"b\")", "a", 1, "b")
}
