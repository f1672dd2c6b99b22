//! Formatting checked against real Go (go1.27): every expected string below
//! is what Go's fmt printed for the same format and operands (the Go
//! program that produced them declares the same types: `main.P`,
//! `main.Celsius` with a `String` method, and so on).

#![allow(clippy::approx_constant)] // the operands are the ones the Go program used

use std::cell::Cell;

use super::*;
use crate::abi::{GoSlice, Method};
use crate::abi::{FLAG_COMPARABLE, FLAG_NAMED};
use crate::errors::{blank_type, cranego_type_error, gostr, StaticFields, StaticMethods, StaticType, FUNC_STRING};

// ---- descriptors -------------------------------------------------------

const fn basic(name: &'static str, k: u8, size: usize, align: u8) -> StaticType {
    StaticType(Type { flags: FLAG_COMPARABLE, align, ..blank_type(name, k, size) })
}

const fn defined(t: StaticType) -> StaticType {
    let mut t = t.0;
    t.flags |= FLAG_NAMED;
    StaticType(t)
}

const fn with_methods(t: StaticType, m: *const Method, n: usize) -> StaticType {
    let mut t = t.0;
    t.methods = m;
    t.nmethods = n;
    StaticType(t)
}

const fn ptr(name: &'static str, elem: &'static StaticType) -> StaticType {
    StaticType(Type { flags: FLAG_DIRECT_IFACE | FLAG_COMPARABLE, elem: &elem.0, ..blank_type(name, kind::POINTER, 8) })
}

const fn slice(name: &'static str, elem: &'static StaticType) -> StaticType {
    StaticType(Type { elem: &elem.0, ..blank_type(name, kind::SLICE, 24) })
}

const fn array(name: &'static str, elem: &'static StaticType, n: usize) -> StaticType {
    StaticType(Type {
        elem: &elem.0,
        len: n,
        flags: FLAG_COMPARABLE,
        align: elem.0.align,
        ..blank_type(name, kind::ARRAY, n * elem.0.size)
    })
}

const fn map(name: &'static str, key: &'static StaticType, elem: &'static StaticType) -> StaticType {
    StaticType(Type { flags: FLAG_DIRECT_IFACE, key: &key.0, elem: &elem.0, ..blank_type(name, kind::MAP, 8) })
}

const fn strukt(name: &'static str, f: *const Field, n: usize, size: usize) -> StaticType {
    StaticType(Type { fields: f, len: n, flags: FLAG_COMPARABLE, ..blank_type(name, kind::STRUCT, size) })
}

const fn field(name: &'static str, t: &'static StaticType, offset: usize) -> Field {
    Field { name: gostr(name), typ: &t.0, offset, embedded: 0 }
}

const fn method(name: &'static str, f: extern "C" fn(*mut u8) -> GoString) -> Method {
    Method { name: gostr(name), mtyp: &FUNC_STRING.0, ifn: f as *const u8, derefs: 0 }
}

static BOOL: StaticType = basic("bool", kind::BOOL, 1, 1);
static INT: StaticType = basic("int", kind::INT, 8, 8);
static INT8: StaticType = basic("int8", kind::INT8, 1, 1);
static INT16: StaticType = basic("int16", kind::INT16, 2, 2);
static INT32: StaticType = basic("int32", kind::INT32, 4, 4);
static INT64: StaticType = basic("int64", kind::INT64, 8, 8);
static UINT: StaticType = basic("uint", kind::UINT, 8, 8);
static UINT8: StaticType = basic("uint8", kind::UINT8, 1, 1);
static UINT16: StaticType = basic("uint16", kind::UINT16, 2, 2);
static UINT32: StaticType = basic("uint32", kind::UINT32, 4, 4);
static UINT64: StaticType = basic("uint64", kind::UINT64, 8, 8);
static UINTPTR: StaticType = basic("uintptr", kind::UINTPTR, 8, 8);
static FLOAT32: StaticType = basic("float32", kind::FLOAT32, 4, 4);
static FLOAT64: StaticType = basic("float64", kind::FLOAT64, 8, 8);
static COMPLEX64: StaticType = basic("complex64", kind::COMPLEX64, 8, 4);
static COMPLEX128: StaticType = basic("complex128", kind::COMPLEX128, 16, 8);
static STRING: StaticType = basic("string", kind::STRING, 16, 8);
static ANY: StaticType = basic("interface {}", kind::INTERFACE, 16, 8);
static FUNC0: StaticType = StaticType(Type { flags: FLAG_DIRECT_IFACE, ..blank_type("func()", kind::FUNC, 8) });

static SLICE_BYTE: StaticType = slice("[]uint8", &UINT8);
static SLICE_INT: StaticType = slice("[]int", &INT);
static SLICE_SLICE_INT: StaticType = slice("[][]int", &SLICE_INT);
static SLICE_F64: StaticType = slice("[]float64", &FLOAT64);
static SLICE_STRING: StaticType = slice("[]string", &STRING);
static SLICE_ANY: StaticType = slice("[]interface {}", &ANY);
static ARR3_INT: StaticType = array("[3]int", &INT, 3);
static ARR2_INT: StaticType = array("[2]int", &INT, 2);
static ARR0_INT: StaticType = array("[0]int", &INT, 0);
static ARR3_BYTE: StaticType = array("[3]uint8", &UINT8, 3);
static PTR_INT: StaticType = ptr("*int", &INT);

static P_FIELDS: StaticFields<2> = StaticFields([field("X", &INT, 0), field("Y", &INT, 8)]);
static P: StaticType = defined(strukt("main.P", &P_FIELDS.0 as *const Field, 2, 16));
static PTR_P: StaticType = ptr("*main.P", &P);
static SLICE_PTR_P: StaticType = slice("[]*main.P", &PTR_P);
static EMPTY: StaticType = strukt("struct {}", std::ptr::null(), 0, 0);

static ANON_FIELDS: StaticFields<2> = StaticFields([field("A", &INT, 0), field("B", &STRING, 8)]);
static ANON: StaticType = strukt("struct { A int; B string }", &ANON_FIELDS.0 as *const Field, 2, 24);

static CELSIUS_METHODS: StaticMethods<1> = StaticMethods([method("String", celsius_string)]);
static CELSIUS: StaticType =
    with_methods(defined(basic("main.Celsius", kind::FLOAT64, 8, 8)), &CELSIUS_METHODS.0 as *const Method, 1);
static STRINGY_METHODS: StaticMethods<1> = StaticMethods([method("String", stringy_string)]);
static STRINGY: StaticType =
    with_methods(defined(basic("main.Stringy", kind::INT, 8, 8)), &STRINGY_METHODS.0 as *const Method, 1);
static SLICE_STRINGY: StaticType = slice("[]main.Stringy", &STRINGY);

static PS_FIELDS: StaticFields<1> = StaticFields([field("N", &INT, 0)]);
static PS: StaticType = defined(strukt("main.PS", &PS_FIELDS.0 as *const Field, 1, 8));
// As a value method `PS.String` in `*PS`'s table: it dereferences the receiver.
static PTR_PS_METHODS: StaticMethods<1> = StaticMethods([Method { derefs: 1, ..method("String", ps_string) }]);
static PTR_PS: StaticType = with_methods(ptr("*main.PS", &PS), &PTR_PS_METHODS.0 as *const Method, 1);
static SLICE_PTR_PS: StaticType = slice("[]*main.PS", &PTR_PS);
static SLICE_PS: StaticType = slice("[]main.PS", &PS);

static MYERR_FIELDS: StaticFields<1> = StaticFields([field("Code", &INT, 0)]);
static MYERR_METHODS: StaticMethods<1> = StaticMethods([method("Error", myerr_error)]);
static MYERR: StaticType = with_methods(
    defined(strukt("main.MyErr", &MYERR_FIELDS.0 as *const Field, 1, 8)),
    &MYERR_METHODS.0 as *const Method,
    1,
);
static PTR_MYERR: StaticType = with_methods(ptr("*main.MyErr", &MYERR), &MYERR_METHODS.0 as *const Method, 1);

static BOTH_METHODS: StaticMethods<2> = StaticMethods([method("Error", both_error), method("String", both_string)]);
static BOTH: StaticType =
    with_methods(defined(basic("main.Both", kind::INT, 8, 8)), &BOTH_METHODS.0 as *const Method, 2);

static NAMED: StaticType = defined(basic("main.Named", kind::STRING, 16, 8));
static BYTES: StaticType = defined(slice("main.Bytes", &UINT8));

static INNER_FIELDS: StaticFields<2> = StaticFields([field("a", &INT, 0), field("B", &STRING, 8)]);
static INNER: StaticType = defined(strukt("main.inner", &INNER_FIELDS.0 as *const Field, 2, 24));
static ERROR: &StaticType = &cranego_type_error;
static OUTER_FIELDS: StaticFields<7> = StaticFields([
    field("Name", &STRING, 0),
    field("In", &INNER, 16),
    field("Ptr", &PTR_P, 40),
    field("Any", &ANY, 48),
    field("Err", &cranego_type_error, 64),
    field("hid", &STRINGY, 80),
    field("Vis", &STRINGY, 88),
]);
static OUTER: StaticType = defined(strukt("main.Outer", &OUTER_FIELDS.0 as *const Field, 7, 96));
static ERRFIELD_FIELDS: StaticFields<1> = StaticFields([field("E", &cranego_type_error, 0)]);
static ERRFIELD: StaticType = strukt("struct { E error }", &ERRFIELD_FIELDS.0 as *const Field, 1, 16);

static MAP_SI: StaticType = map("map[string]int", &STRING, &INT);
static PTR_MAP_SI: StaticType = ptr("*map[string]int", &MAP_SI);
static MAP_IS: StaticType = map("map[int]string", &INT, &STRING);
static MAP_FI: StaticType = map("map[float64]int", &FLOAT64, &INT);
static MAP_BI: StaticType = map("map[bool]int", &BOOL, &INT);
static MAP_PS: StaticType = map("map[main.P]string", &P, &STRING);
static MAP_A2I: StaticType = map("map[[2]int]int", &ARR2_INT, &INT);
static MAP_ANYI: StaticType = map("map[interface {}]int", &ANY, &INT);
static MAP_SINTS: StaticType = map("map[string][]int", &STRING, &SLICE_INT);
static MAP_SP: StaticType = map("map[string]main.P", &STRING, &P);
static MAP_STRC: StaticType = map("map[main.Stringy]main.Celsius", &STRINGY, &CELSIUS);
static MAP_I8I: StaticType = map("map[int8]int", &INT8, &INT);
static MAP_UI: StaticType = map("map[uint]int", &UINT, &INT);

// ---- methods -----------------------------------------------------------

fn sprintf_gs(format: &[u8], args: &[Eface]) -> GoString {
    cranego_fmt_Sprintf(format.as_ptr(), format.len() as isize, args.as_ptr(), args.len() as isize, args.len() as isize)
}

extern "C" fn celsius_string(r: *mut u8) -> GoString {
    // SAFETY: the receiver points to a main.Celsius.
    sprintf_gs("%.1f°C".as_bytes(), &[f64v(unsafe { *(r as *const f64) })])
}

extern "C" fn stringy_string(r: *mut u8) -> GoString {
    // SAFETY: the receiver points to a main.Stringy.
    sprintf_gs(b"S(%d)", &[i(unsafe { *(r as *const i64) })])
}

extern "C" fn ps_string(r: *mut u8) -> GoString {
    // SAFETY: the receiver is a *main.PS (fmt never calls a dereferencing method with nil).
    sprintf_gs(b"PS#%d", &[i(unsafe { *(r as *const i64) })])
}

extern "C" fn myerr_error(r: *mut u8) -> GoString {
    // SAFETY: the receiver points to a main.MyErr.
    sprintf_gs(b"myerr %d", &[i(unsafe { *(r as *const i64) })])
}

extern "C" fn both_error(_: *mut u8) -> GoString {
    gostr("E")
}

extern "C" fn both_string(_: *mut u8) -> GoString {
    gostr("S")
}

// ---- values ------------------------------------------------------------

fn boxed<T>(v: T) -> *mut u8 {
    Box::into_raw(Box::new(v)) as *mut u8
}

fn e(t: &'static StaticType, data: *mut u8) -> Eface {
    Eface { typ: &t.0, data }
}

fn gs(v: &[u8]) -> GoString {
    let b: &'static [u8] = Box::leak(v.to_vec().into_boxed_slice());
    GoString { ptr: b.as_ptr(), len: b.len() as isize }
}

fn sl<T: Clone + 'static>(items: &[T]) -> GoSlice {
    let b: &'static mut [T] = Box::leak(items.to_vec().into_boxed_slice());
    GoSlice { ptr: b.as_mut_ptr() as *mut u8, len: b.len() as isize, cap: b.len() as isize }
}

const NIL_SLICE: GoSlice = GoSlice { ptr: std::ptr::null_mut(), len: 0, cap: 0 };

fn nil() -> Eface {
    Eface { typ: std::ptr::null(), data: std::ptr::null_mut() }
}
fn b(v: bool) -> Eface {
    e(&BOOL, boxed(v))
}
fn i(v: i64) -> Eface {
    e(&INT, boxed(v))
}
fn i8v(v: i8) -> Eface {
    e(&INT8, boxed(v))
}
fn i16v(v: i16) -> Eface {
    e(&INT16, boxed(v))
}
fn i32v(v: i32) -> Eface {
    e(&INT32, boxed(v))
}
fn i64v(v: i64) -> Eface {
    e(&INT64, boxed(v))
}
fn u(v: u64) -> Eface {
    e(&UINT, boxed(v))
}
fn u8v(v: u8) -> Eface {
    e(&UINT8, boxed(v))
}
fn u16v(v: u16) -> Eface {
    e(&UINT16, boxed(v))
}
fn u32v(v: u32) -> Eface {
    e(&UINT32, boxed(v))
}
fn u64v(v: u64) -> Eface {
    e(&UINT64, boxed(v))
}
fn uptr(v: u64) -> Eface {
    e(&UINTPTR, boxed(v))
}
fn f32v(v: f32) -> Eface {
    e(&FLOAT32, boxed(v))
}
fn f64v(v: f64) -> Eface {
    e(&FLOAT64, boxed(v))
}
fn c64(re: f32, im: f32) -> Eface {
    e(&COMPLEX64, boxed([re, im]))
}
fn c128(re: f64, im: f64) -> Eface {
    e(&COMPLEX128, boxed([re, im]))
}
fn s(v: &str) -> Eface {
    e(&STRING, boxed(gs(v.as_bytes())))
}
fn sb(v: &[u8]) -> Eface {
    e(&STRING, boxed(gs(v)))
}
fn named(v: &str) -> Eface {
    e(&NAMED, boxed(gs(v.as_bytes())))
}
fn ints(v: &[i64]) -> Eface {
    e(&SLICE_INT, boxed(sl(v)))
}
fn nil_ints() -> Eface {
    e(&SLICE_INT, boxed(NIL_SLICE))
}
fn arr3(a: i64, b: i64, c: i64) -> Eface {
    e(&ARR3_INT, boxed([a, b, c]))
}
fn arr0() -> Eface {
    e(&ARR0_INT, boxed(0u64))
}
fn bytes(v: &[u8]) -> Eface {
    e(&SLICE_BYTE, boxed(sl(v)))
}
fn nil_bytes() -> Eface {
    e(&SLICE_BYTE, boxed(NIL_SLICE))
}
fn barr3(v: &[u8; 3]) -> Eface {
    e(&ARR3_BYTE, boxed(*v))
}
fn mybytes(v: &[u8]) -> Eface {
    e(&BYTES, boxed(sl(v)))
}
fn strs(v: &[&str]) -> Eface {
    let v: Vec<GoString> = v.iter().map(|x| gs(x.as_bytes())).collect();
    e(&SLICE_STRING, boxed(sl(&v)))
}
fn intss() -> Eface {
    e(&SLICE_SLICE_INT, boxed(sl(&[sl(&[1i64]), sl(&[2i64, 3])])))
}
fn f64s(v: &[f64]) -> Eface {
    e(&SLICE_F64, boxed(sl(v)))
}
fn stringys(v: &[i64]) -> Eface {
    e(&SLICE_STRINGY, boxed(sl(v)))
}
fn anys1() -> Eface {
    e(&SLICE_ANY, boxed(sl(&[i(1), s("a"), nil(), pt(1, 2)])))
}
fn anys2() -> Eface {
    e(&SLICE_ANY, boxed(sl(&[celsius(1.0), stringy(2), myerr(4)])))
}
fn pt(x: i64, y: i64) -> Eface {
    e(&P, boxed([x, y]))
}
fn ppt(x: i64, y: i64) -> Eface {
    e(&PTR_P, boxed([x, y]))
}
fn nil_ppt() -> Eface {
    e(&PTR_P, std::ptr::null_mut())
}
fn fake_ppt(a: usize) -> Eface {
    e(&PTR_P, a as *mut u8)
}
fn fake_pint(a: usize) -> Eface {
    e(&PTR_INT, a as *mut u8)
}
fn ppts(a: &[usize]) -> Eface {
    e(&SLICE_PTR_P, boxed(sl(a)))
}
fn empty_struct() -> Eface {
    e(&EMPTY, boxed(0u64))
}
#[repr(C)]
#[derive(Clone, Copy)]
struct IntStr(i64, GoString);
fn anon(a: i64, b: &str) -> Eface {
    e(&ANON, boxed(IntStr(a, gs(b.as_bytes()))))
}
#[repr(C)]
struct OuterV {
    name: GoString,
    in_a: i64,
    in_b: GoString,
    ptr: *const u8,
    any: Eface,
    err: Iface,
    hid: i64,
    vis: i64,
}
fn outer(full: bool) -> Eface {
    let nil_err = Iface { tab: std::ptr::null(), data: std::ptr::null_mut() };
    e(
        &OUTER,
        boxed(OuterV {
            name: gs(b"n"),
            in_a: 1,
            in_b: gs(b"b"),
            ptr: std::ptr::null(),
            any: if full { celsius(1.5) } else { i(5) },
            err: if full { crate::errors::new_error(b"boom") } else { nil_err },
            hid: 3,
            vis: 4,
        }),
    )
}
fn errfield(text: &str) -> Eface {
    e(&ERRFIELD, boxed(crate::errors::new_error(text.as_bytes())))
}
fn errfield_nil() -> Eface {
    e(&ERRFIELD, boxed(Iface { tab: std::ptr::null(), data: std::ptr::null_mut() }))
}
fn celsius(v: f64) -> Eface {
    e(&CELSIUS, boxed(v))
}
fn stringy(v: i64) -> Eface {
    e(&STRINGY, boxed(v))
}
fn ps(v: i64) -> Eface {
    e(&PS, boxed(v))
}
fn pps(v: i64) -> Eface {
    e(&PTR_PS, boxed(v))
}
fn nil_pps() -> Eface {
    e(&PTR_PS, std::ptr::null_mut())
}
fn ppss(v: &[i64]) -> Eface {
    let ptrs: Vec<*mut u8> = v.iter().map(|&x| boxed(x)).collect();
    e(&SLICE_PTR_PS, boxed(sl(&ptrs)))
}
fn pss(v: &[i64]) -> Eface {
    e(&SLICE_PS, boxed(sl(v)))
}
fn myerr(v: i64) -> Eface {
    e(&MYERR, boxed(v))
}
fn pmyerr(v: i64) -> Eface {
    e(&PTR_MYERR, boxed(v))
}
fn both(v: i64) -> Eface {
    e(&BOTH, boxed(v))
}
fn errs(text: &str) -> Eface {
    let err = crate::errors::new_error(text.as_bytes());
    // SAFETY: new_error returns a non-nil error with a valid itab.
    Eface { typ: unsafe { (*err.tab).typ }, data: err.data }
}
fn nil_func() -> Eface {
    e(&FUNC0, std::ptr::null_mut())
}

fn map_of<K: Copy, V: Copy>(t: &'static StaticType, entries: &[(K, V)]) -> Eface {
    let m = crate::map::cranego_makemap(&t.0, 0);
    for (k, v) in entries {
        let slot = crate::map::cranego_mapassign(&t.0, m, k as *const K as *const u8) as *mut V;
        // SAFETY: the slot has room for a value of the map's value type.
        unsafe { slot.write_unaligned(*v) };
    }
    e(t, m)
}
fn msi(v: &[(&str, i64)]) -> Eface {
    let v: Vec<(GoString, i64)> = v.iter().map(|&(k, x)| (gs(k.as_bytes()), x)).collect();
    map_of(&MAP_SI, &v)
}
fn pmsi(v: &[(&str, i64)]) -> Eface {
    e(&PTR_MAP_SI, boxed(msi(v).data))
}
fn nil_msi() -> Eface {
    e(&MAP_SI, std::ptr::null_mut())
}
fn mis(v: &[(i64, &str)]) -> Eface {
    let v: Vec<(i64, GoString)> = v.iter().map(|&(k, x)| (k, gs(x.as_bytes()))).collect();
    map_of(&MAP_IS, &v)
}
fn mfi(v: &[(f64, i64)]) -> Eface {
    map_of(&MAP_FI, v)
}
fn mbi(v: &[(bool, i64)]) -> Eface {
    map_of(&MAP_BI, v)
}
fn mps(v: &[((i64, i64), &str)]) -> Eface {
    let v: Vec<([i64; 2], GoString)> = v.iter().map(|&((x, y), s)| ([x, y], gs(s.as_bytes()))).collect();
    map_of(&MAP_PS, &v)
}
fn ma2(v: &[([i64; 2], i64)]) -> Eface {
    map_of(&MAP_A2I, v)
}
fn manyi(v: &[(Option<i64>, i64)]) -> Eface {
    let v: Vec<(Eface, i64)> = v.iter().map(|&(k, x)| (k.map_or_else(nil, i), x)).collect();
    map_of(&MAP_ANYI, &v)
}
fn msints() -> Eface {
    map_of(&MAP_SINTS, &[(gs(b"x"), sl(&[1i64, 2])), (gs(b"a"), NIL_SLICE)])
}
fn msp() -> Eface {
    map_of(&MAP_SP, &[(gs(b"a"), [1i64, 2])])
}
fn mstrc(v: &[(i64, f64)]) -> Eface {
    map_of(&MAP_STRC, v)
}
fn mi8(v: &[(i8, i64)]) -> Eface {
    map_of(&MAP_I8I, v)
}
fn mu(v: &[(u64, i64)]) -> Eface {
    map_of(&MAP_UI, v)
}

static PTRFIELD_FIELDS: StaticFields<1> = StaticFields([field("P", &PTR_INT, 0)]);
static PTRFIELD: StaticType = strukt("struct { P *int }", &PTRFIELD_FIELDS.0 as *const Field, 1, 8);
static BYTESFIELD_FIELDS: StaticFields<1> = StaticFields([field("B", &SLICE_BYTE, 0)]);
static BYTESFIELD: StaticType = strukt("struct { B []uint8 }", &BYTESFIELD_FIELDS.0 as *const Field, 1, 24);
static EMBEDDED_FIELDS: StaticFields<2> =
    StaticFields([Field { name: gostr("P"), typ: &P.0, offset: 0, embedded: 1 }, field("Z", &INT, 16)]);
static EMBEDDED: StaticType = strukt("struct { main.P; Z int }", &EMBEDDED_FIELDS.0 as *const Field, 2, 24);
static ARR2_BOOL: StaticType = array("[2]bool", &BOOL, 2);
static ARR2_STRING: StaticType = array("[2]string", &STRING, 2);
static ARR2_F32: StaticType = array("[2]float32", &FLOAT32, 2);

fn ptrfield(a: usize) -> Eface {
    e(&PTRFIELD, boxed(a))
}
fn bytesfield(v: &[u8]) -> Eface {
    e(&BYTESFIELD, boxed(sl(v)))
}
fn embedded() -> Eface {
    e(&EMBEDDED, boxed([1i64, 2, 3]))
}
fn anys3() -> Eface {
    e(&SLICE_ANY, boxed(sl(&[nil_ppt(), fake_ppt(0x1234), nil_ints(), nil_msi()])))
}
fn nilpss() -> Eface {
    e(&SLICE_PTR_PS, boxed(sl(&[std::ptr::null_mut(), boxed(2i64)])))
}
fn nil_err() -> Eface {
    nil()
}
fn bools() -> Eface {
    e(&ARR2_BOOL, boxed([true, false]))
}
fn strarr() -> Eface {
    e(&ARR2_STRING, boxed([gs(b"a"), gs(b"\n")]))
}
fn f32arr() -> Eface {
    e(&ARR2_F32, boxed([0.1f32, 1e10]))
}

// ---- checking ----------------------------------------------------------

thread_local! {
    static FAILS: Cell<usize> = const { Cell::new(0) };
    static CASES: Cell<usize> = const { Cell::new(0) };
}

fn check(what: &str, got: &[u8], want: &[u8]) {
    CASES.with(|c| c.set(c.get() + 1));
    if got != want {
        FAILS.with(|f| f.set(f.get() + 1));
        eprintln!(
            "MISMATCH {what}\n   got: {:?}\n  want: {:?}",
            String::from_utf8_lossy(got),
            String::from_utf8_lossy(want)
        );
    }
}

fn t(format: &[u8], args: &[Eface], want: &[u8]) {
    let got = go_string(sprintf_gs(format, args));
    check(&format!("Sprintf({:?})", String::from_utf8_lossy(format)), got, want);
}

fn tp(args: &[Eface], want: &[u8]) {
    let got = go_string(cranego_fmt_Sprint(args.as_ptr(), args.len() as isize, args.len() as isize));
    check("Sprint", got, want);
}

fn tl(args: &[Eface], want: &[u8]) {
    let got = go_string(cranego_fmt_Sprintln(args.as_ptr(), args.len() as isize, args.len() as isize));
    check("Sprintln", got, want);
}

fn finish(min_cases: usize) {
    let (fails, cases) = (FAILS.with(Cell::get), CASES.with(Cell::get));
    assert!(cases >= min_cases, "only {cases} cases ran");
    assert_eq!(fails, 0, "{fails} of {cases} cases differ from Go");
}

#[test]
fn like_go() {
    let _ = ERROR;
    t(b"%d", &[i(42)], b"42");
    t(b"%5d|%-5d|%05d", &[i(-42), i(-42), i(-42)], b"  -42|-42  |-0042");
    t(b"%+d|% d|%+d", &[i(5), i(5), i(-5)], b"+5| 5|-5");
    t(
        b"%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b",
        &[i(255), i(255), i(255), i(255), i(255), i(255), i(255), i(255), i(255)],
        b"ff|FF|0xff|0XFF|377|0377|0o377|11111111|0b11111111",
    );
    t(b"%.3d|%8.3d|%08.3d|%.0d|%5.0d|", &[i(7), i(7), i(7), i(0), i(0)], b"007|     007|     007||     |");
    t(b"%x|%#X|%O", &[i(-255), i(-255), i(-8)], b"-ff|-0XFF|-0o10");
    t(
        b"%d %d %d %d %d %d",
        &[i8v(-128), u8v(200), i16v(-300), i32v(70000), i64v(i64::MIN), u64v(u64::MAX)],
        b"-128 200 -300 70000 -9223372036854775808 18446744073709551615",
    );
    t(
        b"%v %x %b %o",
        &[u64v(u64::MAX), u64v(u64::MAX), u16v(65535), u32v(7)],
        b"18446744073709551615 ffffffffffffffff 1111111111111111 7",
    );
    t(
        b"%c|%c|%q|%q|%+q|%U|%#U|%#U|%q",
        &[i32v(65), i32v(0x4E16), i32v(120), i32v(10), i32v(233), i32v(0x1F600), i32v(120), i32v(0x1F600), i(-1)],
        b"A|\xe4\xb8\x96|'x'|'\\n'|'\\u00e9'|U+1F600|U+0078 'x'|U+1F600 '\xf0\x9f\x98\x80'|'\xef\xbf\xbd'",
    );
    t(b"%c|%q|%q|%q", &[i(0x110000), i(0xD800), i(39), i(7)], b"\xef\xbf\xbd|'\xef\xbf\xbd'|'\\''|'\\a'");
    t(b"%#v %#v %#v %#v", &[i(3), u(3), uptr(10), u8v(200)], b"3 0x3 0xa 0xc8");
    t(b"%-+5d|%+05d|% 05d", &[i(1), i(2), i(3)], b"+1   |+0002| 0003");
    t(b"%.5x|%#8.3o", &[i(10), i(10)], b"0000a|     012");
    t(b"%.6U|%#-12U|", &[i32v(0x41), i32v(0x1F600)], b"U+000041|U+1F600 '\xf0\x9f\x98\x80' |");
    t(b"%8.3v|", &[i(42)], b"     042|");
    t(b"%+v", &[i(-7)], b"-7");
    t(b"%+v", &[i(3)], b"3");
    t(
        b"%v %v %v %v %v",
        &[f64v(1.0), f64v(0.1), f64v(1e21), f64v(1e-7), f64v(123456789.0)],
        b"1 0.1 1e+21 1e-07 1.23456789e+08",
    );
    t(
        b"%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f",
        &[f64v(3.14159), f64v(3.14159), f64v(3.14159), f64v(3.14159), f64v(3.14159), f64v(3.14159)],
        b"3.141590|3.14|   3.142|3.142   |0003.142|+3.1",
    );
    t(
        b"%e|%E|%.2e|%g|%G|%.3g|%.10g",
        &[
            f64v(123456.789),
            f64v(123456.789),
            f64v(123456.789),
            f64v(123456.789),
            f64v(123456.789),
            f64v(123456.789),
            f64v(123456.789),
        ],
        b"1.234568e+05|1.234568E+05|1.23e+05|123456.789|123456.789|1.23e+05|123456.789",
    );
    t(
        b"%v %v %v %.10f",
        &[f32v(0.1), f32v(1.0 / 3.0), f32v(16777216.0), f32v(0.1)],
        b"0.1 0.33333334 1.6777216e+07 0.1000000015",
    );
    t(
        b"%v %v %v %f %5.1f|%05.1f",
        &[
            f64v(f64::INFINITY),
            f64v(f64::NEG_INFINITY),
            f64v(f64::NAN),
            f64v(f64::NAN),
            f64v(f64::INFINITY),
            f64v(f64::NEG_INFINITY),
        ],
        b"+Inf -Inf NaN NaN  +Inf| -Inf",
    );
    t(
        b"% v|%+v|% f|%+f|%05v|%+v",
        &[f64v(f64::NAN), f64v(f64::NAN), f64v(1.5), f64v(1.5), f64v(f64::NAN), f64v(f64::INFINITY)],
        b" NaN|NaN| 1.500000|+1.500000|  NaN|+Inf",
    );
    t(
        b"%#g|%#.3g|%#v|%#e|%#.0f|%#.0e|%#g|%#.2g",
        &[f64v(1.0), f64v(1.0), f64v(1.0), f64v(1.0), f64v(2.0), f64v(2.0), f64v(0.0), f64v(123.0)],
        b"1.00000|1.00|1|1.000000e+00|2.|2.e+00|0.00000|1.2e+02",
    );
    t(
        b"%b|%x|%X|%.3x|%#x|%x|%.0x",
        &[f64v(1.0), f64v(1.0), f64v(255.5), f64v(3.14159), f64v(1.0), f64v(0.0), f64v(-0.5)],
        b"4503599627370496p-52|0x1p+00|0X1.FFP+07|0x1.922p+01|0x1.0000p+00|0x0p+00|-0x1p-01",
    );
    t(
        b"%.0f %.0f %.0f %.1f %.2f %.2f",
        &[f64v(0.5), f64v(1.5), f64v(2.5), f64v(0.25), f64v(1.005), f64v(0.125)],
        b"0 2 2 0.2 1.00 0.12",
    );
    t(
        b"%6.2f|%-6.2f|%06.2f|%+06.1f",
        &[f64v(-1.5), f64v(-1.5), f64v(-1.5), f64v(-1.5)],
        b" -1.50|-1.50 |-01.50|-001.5",
    );
    t(b"%v %.3v %10.4v|", &[f64v(3.14159265), f64v(3.14159265), f64v(3.14159265)], b"3.14159265 3.14      3.142|");
    t(
        b"%g %g %g %g %v",
        &[f64v(100000.0), f64v(1000000.0), f64v(1e-5), f64v(0.0001), f64v(1e20)],
        b"100000 1e+06 1e-05 0.0001 1e+20",
    );
    t(b"%.3e %g %e %v", &[f64v(0.0), f64v(-0.0), f64v(0.0), f64v(-0.0)], b"0.000e+00 -0 0.000000e+00 -0");
    t(b"%.3f|%.3e|%v|%g", &[f64v(1e100), f64v(1e-100), f64v(5e-324), f64v(1.7976931348623157e308)], b"10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000|1.000e-100|5e-324|1.7976931348623157e+308");
    t(
        b"%.3g|%.3g|%.20f",
        &[f64v(0.000123456), f64v(123456789.0), f64v(0.1)],
        b"0.000123|1.23e+08|0.10000000000000000555",
    );
    t(b"%v %v %e", &[f32v(3.4028235e38), f32v(1e-45), f32v(0.3)], b"3.4028235e+38 1e-45 3.000000e-01");
    t(b"%d|%s", &[f64v(2.0), f64v(1.5)], b"%!d(float64=2)|%!s(float64=1.5)");
    t(
        b"%v %.2f %+v %v",
        &[c128(1.0, 2.0), c128(1.5, -2.5), c64(1.0, 2.0), c128(0.0, 0.0)],
        b"(1+2i) (1.50-2.50i) (1+2i) (0+0i)",
    );
    t(b"%d", &[c128(1.0, 2.0)], b"%!d(complex128=(1+2i))");
    t(b"%12.3e|%-12.4g|", &[f64v(1234.5678), f64v(1234.5678)], b"   1.235e+03|1235        |");
    t(b"% .2f|% .2f", &[f64v(-3.0), f64v(3.0)], b"-3.00| 3.00");
    t(b"%s|%q|%v|%x|%X|% x|%#x|%# X", &[s("héllo"), s("héllo"), s("héllo"), s("héllo"), s("héllo"), s("héllo"), s("héllo"), s("héllo")], b"h\xc3\xa9llo|\"h\xc3\xa9llo\"|h\xc3\xa9llo|68c3a96c6c6f|68C3A96C6C6F|68 c3 a9 6c 6c 6f|0x68c3a96c6c6f|0X68 0XC3 0XA9 0X6C 0X6C 0X6F");
    t(b"%5s|%-5s|%.2s|%5.1s|%05s", &[s("abc"), s("abc"), s("abc"), s("abc"), s("abc")], b"  abc|abc  |ab|    a|00abc");
    t(
        b"%q|%+q|%#q|%#q|%#q",
        &[s("hi\n\"é\x01"), s("é"), s("back`tick"), s("raw"), s("\t")],
        b"\"hi\\n\\\"\xc3\xa9\\x01\"|\"\\u00e9\"|\"back`tick\"|`raw`|`\x09`",
    );
    t(b"%q|%5s|%q", &[sb(b"\xffab"), sb(b"\xffab"), sb(b"a\xe2\x82")], b"\"\\xffab\"|  \xffab|\"a\\xe2\\x82\"");
    t(b"%x|%5x|%q", &[s(""), s(""), s("")], b"|     |\"\"");
    t(b"%.1q|%.2x|%8.2x|", &[s("héllo"), s("héllo"), s("abcdef")], b"\"h\"|68c3|    6162|");
    t(
        b"%q",
        &[s("\u{7f}\u{a0}\u{2028}\u{feff}\u{10ffff}\u{e000}")],
        b"\"\\x7f\\u00a0\\u2028\\ufeff\\U0010ffff\\ue000\"",
    );
    t(
        b"%+q",
        &[s("\u{7f}\u{a0}\u{2028}\u{feff}\u{10ffff}\u{1F600}")],
        b"\"\\x7f\\u00a0\\u2028\\ufeff\\U0010ffff\\U0001f600\"",
    );
    t(b"%#q|%#q", &[s("\u{feff}"), s("a\u{7f}")], b"\"\\ufeff\"|\"a\\x7f\"");
    t(b"%T %T %T %T %T", &[i(1), s("s"), f64v(1.5), nil(), ints(&[1])], b"int string float64 <nil> []int");
    t(b"%10T|%-10T|%.2T", &[i(1), i(1), s("abc")], b"       int|int       |st");
    t(b"%5s|%-4q|", &[s("héé"), s("é")], b"  h\xc3\xa9\xc3\xa9|\"\xc3\xa9\" |");
    t(b"%c", &[s("x")], b"%!c(string=x)");
    t(b"%t %v %5t %-6t|", &[b(true), b(false), b(true), b(false)], b"true false  true false |");
    t(b"%d|%x", &[b(true), b(true)], b"%!d(bool=true)|%!x(bool=true)");
    t(b"%#v", &[b(true)], b"true");
    t(b"%d", &[s("hi")], b"%!d(string=hi)");
    t(b"%s", &[i(42)], b"%!s(int=42)");
    t(b"%d %d", &[i(1)], b"1 %!d(MISSING)");
    t(b"%d", &[i(1), s("a")], b"1%!(EXTRA string=a)");
    t(b"hi", &[i(1), s("a"), nil()], b"hi%!(EXTRA int=1, string=a, <nil>)");
    t(b"%!", &[], b"%!!(MISSING)");
    t(b"%", &[], b"%!(NOVERB)");
    t(b"abc%5", &[], b"abc%!(NOVERB)");
    t(b"%z", &[i(1)], b"%!z(int=1)");
    t(b"%[2]d %[1]d", &[i(1), i(2)], b"2 1");
    t(b"%[3]d", &[i(1), i(2)], b"%!d(BADINDEX)");
    t(b"%[1]d %d", &[i(5), i(6)], b"5 6");
    t(b"%[2]d %d", &[i(1), i(2)], b"2 %!d(MISSING)");
    t(b"%[0]d|%[x]d|%[1d", &[i(1)], b"%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)");
    t(b"%*d|%-*d|%.*f", &[i(5), i(42), i(5), i(42), i(2), f64v(3.14159)], b"   42|42   |3.14");
    t(b"%*d", &[s("x"), i(5)], b"%!(BADWIDTH)5");
    t(b"%.*d", &[i(-1), i(5)], b"%!(BADPREC)5");
    t(b"%*d|", &[i(-6), i(5)], b"5     |");
    t(b"%*d|", &[u8v(4), i(5)], b"   5|");
    t(b"%*d|", &[i(10000000), i(5)], b"%!(BADWIDTH)5|");
    t(b"%[3]*.[2]*[1]f", &[i(2), i(3), f64v(3.14159)], b"%!(BADWIDTH)%!f(int=002)");
    t(b"%5%|%-5%|%%", &[], b"%|%|%");
    t(b"%d|%v|%T|%s", &[nil(), nil(), nil(), nil()], b"%!d(<nil>)|<nil>|<nil>|%!s(<nil>)");
    t(b"%5d", &[s("hi")], b"%!d(string=   hi)");
    t(b"%.2f", &[s("str")], b"%!f(string=st)");
    t(b"%d", &[f64v(1.5)], b"%!d(float64=1.5)");
    t(b"%s", &[ints(&[1, 2])], b"[%!s(int=1) %!s(int=2)]");
    t(b"%d", &[strs(&["a"])], b"[%!d(string=a)]");
    t(b"%d|%s|%z", &[pt(1, 2), pt(1, 2), pt(1, 2)], b"{1 2}|{%!s(int=1) %!s(int=2)}|{%!z(int=1) %!z(int=2)}");
    t(b"%p", &[i(1)], b"%!p(int=1)");
    t(b"%p", &[nil()], b"%!p(<nil>)");
    t(b"%\xc3\xa4|%\xff", &[s("x")], b"%!\xc3\xa4(string=x)|%!\xef\xbf\xbd(MISSING)");
    t(b"%-", &[i(1)], b"%!(NOVERB)%!(EXTRA int=1)");
    t(b"%v|%+v|%#v", &[pt(1, 2), pt(1, 2), pt(1, 2)], b"{1 2}|{X:1 Y:2}|main.P{X:1, Y:2}");
    t(
        b"%v|%+v|%#v|%s",
        &[ppt(1, 2), ppt(1, 2), ppt(1, 2), ppt(1, 2)],
        b"&{1 2}|&{X:1 Y:2}|&main.P{X:1, Y:2}|&{%!s(int=1) %!s(int=2)}",
    );
    t(
        b"%v|%#v|%d|%x|%5v|",
        &[nil_ppt(), nil_ppt(), nil_ppt(), nil_ppt(), nil_ppt()],
        b"<nil>|(*main.P)(nil)|0|0|<nil>|",
    );
    t(
        b"%p|%#p|%10p|%-8p|",
        &[fake_ppt(0x1234), fake_ppt(0x1234), fake_ppt(0x1234), fake_ppt(0x1234)],
        b"0x1234|1234|    0x1234|0x1234  |",
    );
    t(
        b"%v|%#v|%x|%d|%X|%s|%#x",
        &[
            fake_pint(0x1234),
            fake_pint(0x1234),
            fake_pint(0x1234),
            fake_pint(0x1234),
            fake_pint(0x1234),
            fake_pint(0x1234),
            fake_pint(0x1234),
        ],
        b"0x1234|(*int)(0x1234)|1234|4660|1234|%!s(*int=0x1234)|0x1234",
    );
    t(b"%v|%#v", &[ppts(&[0x1234]), ppts(&[0x1234])], b"[0x1234]|[]*main.P{(*main.P)(0x1234)}");
    t(b"%v|%#v", &[empty_struct(), empty_struct()], b"{}|struct {}{}");
    t(b"%v|%+v|%#v", &[outer(false), outer(false), outer(false)], b"{n {1 b} <nil> 5 <nil> 3 S(4)}|{Name:n In:{a:1 B:b} Ptr:<nil> Any:5 Err:<nil> hid:3 Vis:S(4)}|main.Outer{Name:\"n\", In:main.inner{a:1, B:\"b\"}, Ptr:(*main.P)(nil), Any:5, Err:error(nil), hid:3, Vis:4}");
    t(b"%v|%+v", &[outer(true), outer(true)], b"{n {1 b} <nil> 1.5\xc2\xb0C boom 3 S(4)}|{Name:n In:{a:1 B:b} Ptr:<nil> Any:1.5\xc2\xb0C Err:boom hid:3 Vis:S(4)}");
    t(
        b"%v|%+v|%#v",
        &[anon(1, "x"), anon(1, "x"), anon(1, "x")],
        b"{1 x}|{A:1 B:x}|struct { A int; B string }{A:1, B:\"x\"}",
    );
    t(b"%6v|%-3d|", &[pt(1, 2), pt(1, 2)], b"{     1      2}|{1   2  }|");
    t(b"%#x", &[pt(10, 255)], b"{0xa 0xff}");
    t(
        b"%v|%#v|%v|%#v",
        &[ints(&[1, 2, 3]), ints(&[1, 2, 3]), nil_ints(), nil_ints()],
        b"[1 2 3]|[]int{1, 2, 3}|[]|[]int(nil)",
    );
    t(b"%v|%#v", &[arr3(1, 2, 3), arr3(1, 2, 3)], b"[1 2 3]|[3]int{1, 2, 3}");
    t(
        b"%v|%s|%x|%X|% x|%q|%#v|%d|%o",
        &[
            bytes(b"hi"),
            bytes(b"hi"),
            bytes(b"hi"),
            bytes(b"hi"),
            bytes(b"hi"),
            bytes(b"hi"),
            bytes(b"hi"),
            bytes(b"hi"),
            bytes(b"hi"),
        ],
        b"[104 105]|hi|6869|6869|68 69|\"hi\"|[]byte{0x68, 0x69}|[104 105]|[150 151]",
    );
    t(b"%v|%#v|%s|", &[nil_bytes(), nil_bytes(), nil_bytes()], b"[]|[]byte(nil)||");
    t(b"%s|%x|%v", &[barr3(b"abc"), barr3(b"abc"), barr3(b"abc")], b"abc|616263|[97 98 99]");
    t(
        b"%q|%v|%#v|%x",
        &[strs(&["a", "b c"]), strs(&["a", "b c"]), strs(&["a", "b c"]), strs(&["a", "b c"])],
        b"[\"a\" \"b c\"]|[a b c]|[]string{\"a\", \"b c\"}|[61 622063]",
    );
    t(
        b"%v|%#v",
        &[anys1(), anys1()],
        b"[1 a <nil> {1 2}]|[]interface {}{1, \"a\", interface {}(nil), main.P{X:1, Y:2}}",
    );
    t(b"%d", &[anys1()], b"[1 %!d(string=a) <nil> {1 2}]");
    t(b"%5v|%-4v|%05v", &[ints(&[1, 22]), ints(&[1, 22]), ints(&[1, 22])], b"[    1    22]|[1    22  ]|[00001 00022]");
    t(b"%v|%#v", &[intss(), intss()], b"[[1] [2 3]]|[][]int{[]int{1}, []int{2, 3}}");
    t(
        b"%v|%s|%#v|%x",
        &[mybytes(b"\x01\x02"), mybytes(b"\x01\x02"), mybytes(b"\x01\x02"), mybytes(b"\x01\x02")],
        b"[1 2]|\x01\x02|main.Bytes{0x1, 0x2}|0102",
    );
    t(b"%v|%#v|%v|%#v", &[arr0(), arr0(), ints(&[]), ints(&[])], b"[]|[0]int{}|[]|[]int{}");
    t(b"%x|%#X", &[ints(&[10, 255]), ints(&[10, 255])], b"[a ff]|[0XA 0XFF]");
    t(b"%6.2f", &[f64s(&[1.0, 2.5])], b"[  1.00   2.50]");
    t(
        b"%v|%d|%#v",
        &[stringys(&[1, 2]), stringys(&[1, 2]), stringys(&[1, 2])],
        b"[S(1) S(2)]|[1 2]|[]main.Stringy{1, 2}",
    );
    t(
        b"%v|%#v",
        &[msi(&[("b", 2), ("a", 1), ("c", 3)]), msi(&[("b", 2), ("a", 1), ("c", 3)])],
        b"map[a:1 b:2 c:3]|map[string]int{\"a\":1, \"b\":2, \"c\":3}",
    );
    t(b"%v|%#v|%v", &[nil_msi(), nil_msi(), msi(&[])], b"map[]|map[string]int(nil)|map[]");
    t(b"%v", &[mis(&[(3, "c"), (-1, "a"), (2, "b")])], b"map[-1:a 2:b 3:c]");
    t(
        b"%v",
        &[mfi(&[(f64::NAN, 1), (-1.0, 2), (2.5, 3), (f64::NEG_INFINITY, 4), (0.0, 5)])],
        b"map[NaN:1 -Inf:4 -1:2 0:5 2.5:3]",
    );
    t(b"%v", &[mbi(&[(true, 1), (false, 0)])], b"map[false:0 true:1]");
    t(b"%v|%#v", &[mps(&[((2, 1), "c"), ((1, 2), "b"), ((1, 1), "a")]), mps(&[((2, 1), "c"), ((1, 2), "b"), ((1, 1), "a")])], b"map[{1 1}:a {1 2}:b {2 1}:c]|map[main.P]string{main.P{X:1, Y:1}:\"a\", main.P{X:1, Y:2}:\"b\", main.P{X:2, Y:1}:\"c\"}");
    t(b"%v", &[ma2(&[([2, 1], 3), ([1, 9], 2), ([1, 2], 1)])], b"map[[1 2]:1 [1 9]:2 [2 1]:3]");
    t(b"%v", &[manyi(&[(None, 0), (Some(2), 2), (Some(1), 1), (Some(-5), 5)])], b"map[<nil>:0 -5:5 1:1 2:2]");
    t(
        b"%v|%+v|%#v",
        &[msints(), msp(), msp()],
        b"map[a:[] x:[1 2]]|map[a:{X:1 Y:2}]|map[string]main.P{\"a\":main.P{X:1, Y:2}}",
    );
    t(b"%v", &[mstrc(&[(2, 0.5), (1, 2.5)])], b"map[S(1):2.5\xc2\xb0C S(2):0.5\xc2\xb0C]");
    t(b"%d|%x", &[msi(&[("a", 1)]), msi(&[("a", 1)])], b"map[%!d(string=a):1]|map[61:1]");
    t(
        b"%v %v",
        &[mi8(&[(-3, 1), (100, 2), (-128, 3)]), mu(&[(10, 1), (2, 2)])],
        b"map[-128:3 -3:1 100:2] map[2:2 10:1]",
    );
    t(
        b"%v|%#v",
        &[pmsi(&[("b", 2), ("a", 1)]), pmsi(&[("b", 2), ("a", 1)])],
        b"&map[a:1 b:2]|&map[string]int{\"a\":1, \"b\":2}",
    );
    t(b"%v|%s|%q|%x|%d|%8v|%-8s|%.2f", &[celsius(21.5), celsius(21.5), celsius(21.5), celsius(21.5), celsius(21.5), celsius(21.5), celsius(21.5), celsius(21.5)], b"21.5\xc2\xb0C|21.5\xc2\xb0C|\"21.5\xc2\xb0C\"|32312e35c2b043|%!d(main.Celsius=21.5)|  21.5\xc2\xb0C|21.5\xc2\xb0C  |21.50");
    t(b"%v|%d|%#v|%T", &[stringy(3), stringy(3), stringy(3), stringy(3)], b"S(3)|3|3|main.Stringy");
    t(b"%v|%v|%v|%s|%v", &[ps(5), pps(5), nil_pps(), ppss(&[1]), pss(&[1])], b"{5}|PS#5|<nil>|[PS#1]|[{1}]");
    t(b"%d|%#v", &[nil_pps(), nil_pps()], b"0|(*main.PS)(nil)");
    t(b"%v|%v|%+v", &[myerr(3), pmyerr(3), myerr(3)], b"myerr 3|myerr 3|myerr 3");
    t(
        b"%v|%s|%q|%d|%#v|%T",
        &[errs("boom"), errs("boom"), errs("boom"), errs("boom"), errs("boom"), errs("boom")],
        b"boom|boom|\"boom\"|&{%!d(string=boom)}|&errors.errorString{s:\"boom\"}|*errors.errorString",
    );
    t(b"%v|%d", &[both(1), both(1)], b"E|1");
    t(b"%v|%s", &[anys2(), stringys(&[1, 2])], b"[1.0\xc2\xb0C S(2) myerr 4]|[S(1) S(2)]");
    t(b"%w|%w", &[errs("boom"), i(1)], b"%!w(*errors.errorString=&{boom})|%!w(int=1)");
    t(b"%v|%+v|%v", &[errfield("x"), errfield("x"), errfield_nil()], b"{x}|{E:x}|{<nil>}");
    t(b"%v|%q|%#v|%T", &[named("x"), named("x"), named("x"), named("x")], b"x|\"x\"|\"x\"|main.Named");
    t(b"%d", &[named("x")], b"%!d(main.Named=x)");
    t(b"%d%!(EXTRA)", &[stringy(7)], b"7%!!(MISSING)(EXTRA)");
    t(b"%d", &[i(1), stringy(7), errs("boom")], b"1%!(EXTRA main.Stringy=S(7), *errors.errorString=boom)");
    t(b"%v|%#v|%T", &[nil_func(), nil_func(), nil_func()], b"<nil>|(func())(nil)|func()");
    t(
        b"%v|%#v|%+v",
        &[ptrfield(0x1234), ptrfield(0x1234), ptrfield(0)],
        b"{0x1234}|struct { P *int }{P:(*int)(0x1234)}|{P:<nil>}",
    );
    t(
        b"%v|%#v|%x|%s",
        &[bytesfield(b"hi"), bytesfield(b"hi"), bytesfield(b"hi"), bytesfield(b"hi")],
        b"{[104 105]}|struct { B []uint8 }{B:[]uint8{0x68, 0x69}}|{6869}|{hi}",
    );
    t(
        b"%v|%+v|%#v",
        &[embedded(), embedded(), embedded()],
        b"{{1 2} 3}|{P:{X:1 Y:2} Z:3}|struct { main.P; Z int }{P:main.P{X:1, Y:2}, Z:3}",
    );
    t(
        b"%v|%#v",
        &[anys3(), anys3()],
        b"[<nil> 0x1234 [] map[]]|[]interface {}{(*main.P)(nil), (*main.P)(0x1234), []int(nil), map[string]int(nil)}",
    );
    t(b"%v|%s", &[nilpss(), nilpss()], b"[<nil> PS#2]|[<nil> PS#2]");
    t(b"%v|%s|%d", &[nil_err(), nil_err(), nil_err()], b"<nil>|%!s(<nil>)|%!d(<nil>)");
    t(b"%v|%#v|%t", &[bools(), bools(), bools()], b"[true false]|[2]bool{true, false}|[true false]");
    t(b"%q|%#v", &[strarr(), strarr()], b"[\"a\" \"\\n\"]|[2]string{\"a\", \"\\n\"}");
    t(b"%v|%v", &[f32arr(), c128(f64::NAN, f64::INFINITY)], b"[0.1 1e+10]|(NaN+Infi)");
    t(
        b"%d|%#v",
        &[mstrc(&[(2, 0.5)]), mstrc(&[(2, 0.5)])],
        b"map[2:%!d(main.Celsius=0.5)]|map[main.Stringy]main.Celsius{2:0.5}",
    );
    t(b"%[2]v %[1]v %[3]q %v", &[i(1), f64v(2.5), s("s")], b"2.5 1 \"s\" %!v(MISSING)");
    t(b"%[1]*[2]d|%-[1]*[2]d|", &[i(3), i(4)], b"  4|4  |");
    t(b"%[1]d %[1]x %[1]o", &[i(1)], b"1 1 1");
    t(b"%2d|%1.1f|%0.0f", &[i(12345), f64v(1.5), f64v(1.5)], b"12345|1.5|2");
    t(b"%-#8x|%0#8X|", &[s("ab"), s("ab")], b"0x6162  |000X6162|");
    t(b"% #x|%-# 10X|", &[bytes(&[0, 255]), bytes(&[0, 255])], b"0x00 0xff|0X00 0XFF |");
    t(b"%6v|", &[msi(&[("k", 1)])], b"map[     k:     1]|");
    t(b"%08v", &[pt(1, 2)], b"{00000001 00000002}");
    t(b"%x %b %o", &[i(-1), u8v(255), i8v(-1)], b"-1 11111111 -1");
    t(
        b"%#b|%#o",
        &[u64v(1 << 63), i64v(-1 << 63)],
        b"0b1000000000000000000000000000000000000000000000000000000000000000|-01000000000000000000000",
    );
    tp(&[i(1), i(2), s("a"), s("b"), i(3), f64v(4.5), nil(), b(true)], b"1 2ab3 4.5 <nil> true");
    tl(&[i(1), i(2), s("a"), s("b"), i(3), f64v(4.5), nil(), b(true)], b"1 2 a b 3 4.5 <nil> true\x0a");
    tp(&[named("x"), i(1), i(2), named("y")], b"x1 2y");
    tp(&[], b"");
    tl(&[], b"\x0a");
    tl(
        &[celsius(1.5), errs("x"), stringy(2), ppt(1, 2), nil_ppt(), msi(&[("z", 1), ("y", 2)])],
        b"1.5\xc2\xb0C x S(2) &{1 2} <nil> map[y:2 z:1]\x0a",
    );
    tp(&[f32v(0.1), f64v(0.1), c128(1.0, -1.0), nil_ints(), bytes(b"ab")], b"0.1 0.1 (1-1i) [] [97 98]");
    tp(&[s("a"), i(1), s("b")], b"a1b");
    finish(170);
}

/// `strconv.FormatFloat(math.Float64frombits(bits), fmt, prec, size)` as
/// Go printed it for random values.
const FLOAT_CASES: &[(u64, u8, i32, u32, &str)] = &[
    (9832119173398632219, b'G', -1, 64, "-5.664803348173744E-268"),
    (4598172857762943296, b'X', 14, 64, "0X1.FFDDA1ACD91400P-03"),
    (4364438952077968295, b'E', -1, 64, "6.106908498727082E-17"),
    (4647907106835910361, b'E', 21, 32, "5.338610229492187500000E+02"),
    (12685457907748972944, b'x', -1, 64, "-0x1.bccc1b48c299p-255"),
    (17513863165794109748, b'b', 18, 32, "-Inf"),
    (13606532904946587160, b'e', 13, 64, "-1.1166385845338e-15"),
    (4687342906728513536, b'b', 8, 64, "8102893890568192p-35"),
    (14360924380601516032, b'g', -1, 32, "-2.933906e+35"),
    (14065157234382882781, b'b', 5, 64, "-4919197732194269p+0"),
    (13884148346751664783, b'g', 8, 32, "-3891.6799"),
    (13885080182856204943, b'g', -1, 64, "-4534.86"),
    (13809108480818151424, b'b', -1, 64, "-5575622927581184p-57"),
    (4609434218613702656, b'x', 7, 64, "0x1.8000000p+00"),
    (13977592740490248192, b'g', 22, 64, "-7082649600"),
    (13788750744393875456, b'e', 21, 32, "-1.677452586591243743896e-03"),
    (14030630356399423488, b'X', 2, 32, "-0X1.6DP+44"),
    (8346954493621380564, b'e', 21, 32, "+Inf"),
    (4660431766933209088, b'G', 8, 64, "3735"),
    (4254873287053633760, b'b', 19, 32, "14861745p-102"),
    (1754551438684014951, b'X', 4, 32, "0X0.0000P+00"),
    (4373568048105887829, b'g', -1, 64, "2.5028631487615485e-16"),
    (13906356505260589056, b'g', 23, 32, "-120025"),
    (4680560466173362176, b'e', 0, 64, "8e+04"),
    (13532115446761252096, b'f', 9, 64, "-0.000000000"),
    (4605619946741825536, b'f', 14, 64, "0.82653075456619"),
    (13610974593506209151, b'e', 19, 64, "-2.2088575585940173589e-15"),
    (13859827088728522752, b'f', 13, 64, "-95.9891357421875"),
    (13453996219487485952, b'g', 12, 64, "-7.17204478376e-26"),
    (4629911523169402880, b'E', -1, 64, "3.35E+01"),
    (4628715254518382592, b'G', 1, 64, "3E+01"),
    (10366157330991219206, b'e', 5, 64, "-2.81689e-232"),
    (13584689252693090858, b'f', 16, 64, "-0.0000000000000000"),
    (4052391647500042240, b'f', -1, 64, "0.00000000000000000000000000000000000008518583608251665"),
    (4636139157029126144, b'x', 12, 64, "0x1.6e0000000000p+06"),
    (13777383001987531909, b'g', -1, 64, "-0.00029139784598714746"),
    (4635998419540770816, b'f', -1, 64, "89.5"),
    (4634872519633928192, b'g', 4, 64, "73.5"),
    (4671126166780772352, b'G', 1, 32, "2E+04"),
    (4634133647820062720, b'b', 10, 64, "8936830510563328p-47"),
    (14399103600636723200, b'X', 14, 64, "-0X1.3E46F600000000P+126"),
    (4624915342332788736, b'x', -1, 32, "0x1.fp+03"),
    (8061819722521785518, b'X', 12, 64, "0X1.15653042634BP+767"),
    (4881773376831488000, b'b', -1, 64, "8878580016611328p+8"),
    (14147129344459276288, b'g', 5, 32, "-1.5274e+21"),
    (13889957632929693696, b'f', 14, 64, "-9749.75000000000000"),
    (5050704922450853888, b'E', 11, 64, "4.69594540908E+29"),
    (4636209525773303808, b'g', 17, 64, "92.5"),
    (4683390222556200960, b'b', 15, 32, "16118976p-7"),
    (14089064485973131264, b'e', 16, 64, "-2.0187043793888870e+17"),
    (13771950827394529372, b'e', 22, 64, "-1.2130008030861297091060e-04"),
    (9448448063812639836, b'g', 5, 64, "-1.2381e-293"),
    (13894881878218060595, b'X', -1, 32, "-0X1.489734P+14"),
    (13905686215484506112, b'g', 2, 32, "-1.1e+05"),
    (13905931397987565568, b'f', 23, 64, "-113838.87500000000000000000000"),
    (4643812551922351604, b'b', 22, 32, "9508684p-15"),
    (13898267384471145677, b'G', 23, 64, "-33924.400000000001455192"),
    (4653382534004746486, b'G', 7, 64, "1288.69"),
    (14151223173151455960, b'f', 20, 32, "-2839933614747839102976.00000000000000000000"),
    (4475708669706633216, b'g', -1, 64, "1.6828657356526833e-09"),
    (13890930398206393007, b'b', 20, 32, "-11795661p-10"),
    (4635716944564060160, b'e', -1, 64, "8.55e+01"),
    (14030437052660401882, b'x', 12, 64, "-0x1.62029b74d46ep+44"),
    (4632726272936509440, b'f', -1, 64, "53.5"),
    (5148723874195570688, b'g', 1, 64, "2e+36"),
    (4634731782145572864, b'b', 13, 32, "9371648p-17"),
    (8168977150632368841, b'x', 0, 32, "+Inf"),
    (4875679358901813657, b'x', 13, 32, "0x1.9e48b60000000p+59"),
    (13898258155445420032, b'e', 20, 64, "-3.38572500000000000000e+04"),
    (4629559679448514560, b'g', -1, 64, "31.5"),
    (4684526138326777856, b'g', 21, 64, "153846.5"),
    (11928637427457969657, b'G', 14, 32, "-0"),
    (4634520675913039872, b'b', 16, 64, "4820258976169984p-46"),
    (4991997243831316616, b'b', 10, 64, "6512456332177544p+33"),
    (14279031175627407360, b'e', 7, 64, "-1.0026077e+30"),
    (4610584288153744032, b'f', -1, 32, "1.7553667"),
    (13920079801944637440, b'e', -1, 64, "-9.84938e+05"),
    (4670194330676232192, b'g', 22, 64, "16314"),
    (14204935220175568896, b'e', -1, 64, "-1.092123226690759e+25"),
    (4632585535448154112, b'e', 11, 32, "5.25000000000e+01"),
    (13421144077454278656, b'E', 23, 32, "-4.41311487465028607521849E-28"),
    (13902966745271894016, b'g', 22, 64, "-70697.5"),
    (13632021136335737365, b'x', -1, 64, "-0x1.eaaff79e89215p-45"),
    (8507409084016271160, b'X', -1, 64, "0X1.0637CDBB89F38P+866"),
    (4694625582124630016, b'G', 14, 32, "742540"),
    (4678956527816540160, b'e', 17, 32, "6.34733750000000000e+04"),
    (4523812549845581824, b'b', 22, 64, "6702123592974336p-71"),
    (13916672183481925632, b'g', 5, 64, "-5.8824e+05"),
    (4630474473122824192, b'G', -1, 64, "37.5"),
    (9323758428962321985, b'g', 8, 32, "-0"),
    (4348945861048793774, b'e', 19, 32, "5.7591622968391998835e-18"),
    (13534189540830347264, b'G', -1, 32, "-1.6178595E-20"),
    (5054187951412477952, b'e', 11, 64, "7.95556529630e+29"),
    (4625337554797854720, b'G', -1, 64, "16.5"),
    (13544668411249077303, b'x', 0, 64, "-0x1p-63"),
    (4634731782145572864, b'g', 3, 64, "71.5"),
    (4630896685587890176, b'X', 2, 64, "0X1.44P+05"),
    (8545160495357178296, b'b', -1, 32, "+Inf"),
    (4702348946935119872, b'e', 20, 32, "2.37232800000000000000e+06"),
    (4539754807177598517, b'b', -1, 64, "4629982415509045p-67"),
];

fn format_float(bits: u64, f: u8, prec: i32, size: u32) -> String {
    let mut out = Vec::new();
    crate::floatfmt::append_float(&mut out, f64::from_bits(bits), f, prec, size);
    String::from_utf8(out).unwrap_or_default()
}

#[test]
fn floats_like_go() {
    for &(bits, f, prec, size, want) in FLOAT_CASES {
        assert_eq!(format_float(bits, f, prec, size), want, "{bits} {} {prec} {size}", f as char);
    }
}

/// Checks a file of `bits fmt prec size result` lines made by a Go program
/// (set CRANEGO_FLOAT_CASES to its path and run with --ignored).
#[test]
#[ignore]
fn floats_like_go_file() {
    let Ok(path) = std::env::var("CRANEGO_FLOAT_CASES") else { return };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut bad = 0;
    for line in text.lines() {
        let w: Vec<&str> = line.split(' ').collect();
        let (bits, f, prec, size) =
            (w[0].parse().unwrap_or(0), w[1].as_bytes()[0], w[2].parse().unwrap_or(0), w[3].parse().unwrap_or(64));
        let got = format_float(bits, f, prec, size);
        if got != w[4] {
            bad += 1;
            eprintln!("{line}: got {got}");
        }
    }
    assert_eq!(bad, 0);
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2).map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap_or(0)).collect()
}

/// Checks a file of random `Sprintf` calls made by a Go program: lines of
/// `hex(format) \t kind value \t hex(result)` (set CRANEGO_FMT_CASES to its
/// path and run with --ignored).
#[test]
#[ignore]
fn sprintf_like_go_file() {
    let Ok(path) = std::env::var("CRANEGO_FMT_CASES") else { return };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    for line in text.lines() {
        let w: Vec<&str> = line.split('\t').collect();
        let (format, want) = (unhex(w[0]), unhex(w.get(2).copied().unwrap_or("")));
        let (k, v) = w[1].split_once(' ').unwrap_or((w[1], ""));
        let arg = match k {
            "i" => i(v.parse().unwrap_or(0)),
            "u" => u64v(v.parse().unwrap_or(0)),
            "r" => i32v(v.parse().unwrap_or(0)),
            "f" => f64v(f64::from_bits(v.parse().unwrap_or(0))),
            "g" => f32v(f32::from_bits(v.parse().unwrap_or(0))),
            "s" => sb(&unhex(v)),
            "b" => b(v == "true"),
            _ => {
                if format.ends_with(b"p") {
                    continue;
                }
                bytes(&unhex(v))
            }
        };
        t(&format, &[arg], &want);
    }
    finish(1);
}

fn errorf(format: &[u8], args: &[Eface]) -> Vec<u8> {
    let err = cranego_fmt_errorf(
        format.as_ptr(),
        format.len() as isize,
        args.as_ptr(),
        args.len() as isize,
        args.len() as isize,
    );
    // SAFETY: with something to format, errorf returns a non-nil error made
    // by errors::new_error.
    let text = unsafe {
        let f: extern "C" fn(*mut u8) -> GoString = std::mem::transmute((*err.tab).fun[0]);
        f(err.data)
    };
    go_string(text).to_vec()
}

#[test]
fn errorf_like_go() {
    assert_eq!(errorf(b"wrap %d: %w", &[i(3), errs("boom")]), b"wrap 3: boom");
    assert_eq!(
        errorf(b"%w|%w|%w|%v", &[i(1), nil(), stringy(2), errs("boom")]),
        b"%!w(int=1)|%!w(<nil>)|%!w(main.Stringy=2)|boom"
    );
    assert_eq!(errorf(b"%+w|%5w|", &[errs("boom"), errs("boom")]), b"boom| boom|");
}

#[test]
fn fprint_writes_and_counts() {
    use std::io::Read;
    use std::os::fd::AsRawFd;
    let Ok((mut r, w)) = std::io::pipe() else { return };
    let fd = w.as_raw_fd() as isize;
    let mut res = IntErr { v: 0, err: crate::stdlib::strings::NIL_ERROR };
    print_to(Writer::Fd(fd), sprintf(b"x%dy\n", &[i(42)], false), &mut res);
    assert_eq!(res.v, 5);
    let a = [s("a"), i(1)];
    print_to(Writer::Fd(fd), sprint(&a, true), &mut res);
    assert_eq!(res.v, 4);
    print_to(Writer::Fd(fd), sprint(&a, false), &mut res);
    assert_eq!(res.v, 2);
    drop(w);
    let mut out = String::new();
    let _ = r.read_to_string(&mut out);
    assert_eq!(out, "x42y\na 1\na1");
}

#[test]
fn print_value_for_panics() {
    // panic.rs formats basic values with %v and no Stringer.
    let mut out = Vec::new();
    let c = celsius(2.5);
    // SAFETY: the interface holds a main.Celsius.
    print_value(&mut out, unsafe { &*c.typ }, value_ptr(&c), 0);
    assert_eq!(out, b"2.5");
}

/// Rough speed check: `cargo test --release bench_println -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_println() {
    let float = std::env::var("BENCH_FLOAT").is_ok();
    let args = [i(12345), s("hello"), if float { f64v(2.5) } else { i(7) }];
    let f = b"%d %s %v\n";
    let n = 2_000_000;
    let start = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..n {
        let p = sprint(&args, true);
        total += p.buf.len();
    }
    let t1 = start.elapsed();
    let start = std::time::Instant::now();
    for _ in 0..n {
        let p = sprintf(f, &args, false);
        total += p.buf.len();
    }
    eprintln!("println: {:?}/op, printf: {:?}/op ({total})", t1 / n, start.elapsed() / n);
}

#[test]
#[ignore]
fn bench_float() {
    let n = 2_000_000u32;
    let mut out = Vec::with_capacity(64);
    for v in [2.5, 0.1 + 0.2, 1.0 / 3.0] {
        let start = std::time::Instant::now();
        for _ in 0..n {
            out.clear();
            crate::floatfmt::append_float(&mut out, std::hint::black_box(v), b'g', -1, 64);
        }
        let t1 = start.elapsed() / n;
        let start = std::time::Instant::now();
        for _ in 0..n {
            out.clear();
            crate::floatfmt::append_float(&mut out, std::hint::black_box(v), b'f', 2, 64);
        }
        eprintln!("{v}: shortest {t1:?}, %.2f {:?}", start.elapsed() / n);
    }
}

#[test]
fn errorf_is_nil_with_nothing_to_format() {
    let format = b"plain text";
    let err = cranego_fmt_errorf(format.as_ptr(), format.len() as isize, std::ptr::null(), 0, 0);
    assert!(err.tab.is_null() && err.data.is_null());
    assert_eq!(errorf(b"100%% sure", &[]), b"100% sure");
}
