//! `strconv`: integer and float conversion, quoting, and `*strconv.NumError`.
//!
//! Floats are formatted from their exact decimal expansion (a small bignum),
//! rounded half-to-even as Go's strconv does; the shortest form takes its
//! length from Rust's shortest round-trip formatting and then picks, among
//! the candidates of that length, the one Go picks (closest, ties to even).

use crate::abi::{kind, Field, GoSlice, GoString, Iface, Method, Type, FLAG_COMPARABLE, FLAG_DIRECT_IFACE, FLAG_NAMED};
use crate::errors::{
    blank_type, cranego_type_error, gostr, StaticFields, StaticItab, StaticMethods, StaticType, ERROR_STRING_ITAB,
    FUNC_STRING,
};
use crate::print::{go_str, go_string};
use crate::stdlib::strings::IntErr;
use crate::stdlib::utf8;
use crate::strings::new_string;

// ---------------------------------------------------------------------------
// Errors: ErrRange, ErrSyntax and *strconv.NumError.

/// A Go string in a static (`errors.errorString`'s only field).
#[repr(transparent)]
struct StaticStr(GoString);
// SAFETY: points to immutable static text.
unsafe impl Sync for StaticStr {}

static ERR_RANGE_TEXT: StaticStr = StaticStr(gostr("value out of range"));
static ERR_SYNTAX_TEXT: StaticStr = StaticStr(gostr("invalid syntax"));

/// `strconv.ErrRange`: a package variable compiled code may read (or assign).
#[no_mangle]
pub static mut cranego_strconv_ErrRange: Iface =
    Iface { tab: &ERROR_STRING_ITAB.0, data: &ERR_RANGE_TEXT as *const StaticStr as *mut u8 };

/// `strconv.ErrSyntax`.
#[no_mangle]
pub static mut cranego_strconv_ErrSyntax: Iface =
    Iface { tab: &ERROR_STRING_ITAB.0, data: &ERR_SYNTAX_TEXT as *const StaticStr as *mut u8 };

fn err_range() -> Iface {
    // SAFETY: a by-value read of the variable; compiled code is single-threaded.
    unsafe { *std::ptr::addr_of!(cranego_strconv_ErrRange) }
}

fn err_syntax() -> Iface {
    // SAFETY: as above.
    unsafe { *std::ptr::addr_of!(cranego_strconv_ErrSyntax) }
}

/// `strconv.NumError`: `struct { Func, Num string; Err error }`.
#[repr(C)]
pub struct NumError {
    pub func: GoString,
    pub num: GoString,
    pub err: Iface,
}

static STRING: StaticType =
    StaticType(Type { ptrdata: 8, flags: FLAG_COMPARABLE, gcmask: &1u8, ..blank_type("string", kind::STRING, 16) });

/// `func() error`: the signature of `Unwrap`.
static FUNC_ERROR: StaticType = StaticType(blank_type("func() error", kind::FUNC, 8));

static NUM_ERROR_FIELDS: StaticFields<3> = StaticFields([
    Field { name: gostr("Func"), typ: &STRING.0, offset: 0, embedded: 0 },
    Field { name: gostr("Num"), typ: &STRING.0, offset: 16, embedded: 0 },
    Field { name: gostr("Err"), typ: &cranego_type_error.0, offset: 32, embedded: 0 },
]);

/// The descriptor of `strconv.NumError`.
#[no_mangle]
pub static cranego_type_strconv_NumError: StaticType = StaticType(Type {
    ptrdata: 40,
    flags: FLAG_NAMED | FLAG_COMPARABLE,
    // Words 0 (Func.ptr), 2 (Num.ptr), 3 and 4 (Err) hold pointers.
    gcmask: &0b11101u8,
    len: 3,
    fields: &NUM_ERROR_FIELDS.0 as *const Field,
    ..blank_type("strconv.NumError", kind::STRUCT, 40)
});

static PTR_NUM_ERROR_METHODS: StaticMethods<2> = StaticMethods([
    Method { name: gostr("Error"), mtyp: &FUNC_STRING.0, ifn: cranego_strconv_NumError_Error as *const u8, derefs: 0 },
    Method { name: gostr("Unwrap"), mtyp: &FUNC_ERROR.0, ifn: cranego_strconv_NumError_Unwrap as *const u8, derefs: 0 },
]);

/// The descriptor of `*strconv.NumError`, the dynamic type of strconv's errors.
#[no_mangle]
pub static cranego_type_ptr_strconv_NumError: StaticType = StaticType(Type {
    ptrdata: 8,
    flags: FLAG_DIRECT_IFACE | FLAG_COMPARABLE,
    gcmask: &1u8,
    elem: &cranego_type_strconv_NumError.0,
    methods: &PTR_NUM_ERROR_METHODS.0 as *const Method,
    nmethods: 2,
    ..blank_type("*strconv.NumError", kind::POINTER, 8)
});

static NUM_ERROR_ITAB: StaticItab = StaticItab(crate::abi::Itab {
    inter: &cranego_type_error.0,
    typ: &cranego_type_ptr_strconv_NumError.0,
    fun: [cranego_strconv_NumError_Error as *const u8],
});

/// `(*NumError).Error()`.
#[no_mangle]
pub extern "C" fn cranego_strconv_NumError_Error(recv: *mut u8) -> GoString {
    // SAFETY: the receiver is a *NumError (made here or by compiled code).
    let e = unsafe { &*(recv as *const NumError) };
    let mut out = b"strconv.".to_vec();
    out.extend_from_slice(go_string(e.func));
    out.extend_from_slice(b": parsing ");
    out.extend_from_slice(&quote_with(go_string(e.num), b'"', false));
    out.extend_from_slice(b": ");
    if e.err.tab.is_null() {
        crate::panic::cranego_panic_nil(0);
    }
    out.extend_from_slice(&crate::errors::error_text(e.err));
    new_string(&out)
}

/// `(*NumError).Unwrap()`.
#[no_mangle]
pub extern "C" fn cranego_strconv_NumError_Unwrap(recv: *mut u8) -> Iface {
    // SAFETY: as above.
    unsafe { (*(recv as *const NumError)).err }
}

/// A new `*NumError{fn, clone(s), err}` as an `error`.
fn num_error(func: &'static str, s: &[u8], err: Iface) -> Iface {
    let obj = crate::alloc::alloc(std::mem::size_of::<NumError>()) as *mut NumError;
    // SAFETY: obj has room for a NumError.
    unsafe { obj.write(NumError { func: gostr(func), num: new_string(s), err }) };
    Iface { tab: &NUM_ERROR_ITAB.0, data: obj as *mut u8 }
}

/// Errors of the internal parsers, turned into `*NumError` by `to_error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ParseErr {
    Syntax,
    Range,
    Base,
    BitSize,
}

fn to_error(func: &'static str, s: &[u8], base: isize, bit_size: isize, e: ParseErr) -> Iface {
    let err = match e {
        ParseErr::Syntax => err_syntax(),
        ParseErr::Range => err_range(),
        ParseErr::Base => crate::errors::new_error(format!("invalid base {base}").as_bytes()),
        ParseErr::BitSize => crate::errors::new_error(format!("invalid bit size {bit_size}").as_bytes()),
    };
    num_error(func, s, err)
}

/// `(int64, error)`, `(uint64, error)`, `(float64, error)`, `(bool, error)`
/// results, written through an out-pointer. `v` is one word (a bool in its
/// first byte); `err` follows at offset 8.
#[repr(C)]
pub struct I64Err {
    pub v: i64,
    pub err: Iface,
}

#[repr(C)]
pub struct U64Err {
    pub v: u64,
    pub err: Iface,
}

#[repr(C)]
pub struct F64Err {
    pub v: f64,
    pub err: Iface,
}

#[repr(C)]
pub struct BoolErr {
    pub v: bool,
    pub err: Iface,
}

const NIL: Iface = crate::stdlib::strings::NIL_ERROR;

fn write_out<T>(out: *mut T, v: T) {
    // SAFETY: compiled code passes a slot for the results.
    unsafe { out.write(v) };
}

// ---------------------------------------------------------------------------
// Integers.

const SMALLS: &[u8; 200] = b"00010203040506070809\
10111213141516171819\
20212223242526272829\
30313233343536373839\
40414243444546474849\
50515253545556575859\
60616263646566676869\
70717273747576777879\
80818283848586878889\
90919293949596979899";

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// "0".."99" without allocating, as Go's `small`.
fn small(i: usize) -> GoString {
    if i < 10 {
        return GoString { ptr: SMALLS[i * 2 + 1..].as_ptr(), len: 1 };
    }
    GoString { ptr: SMALLS[i * 2..].as_ptr(), len: 2 }
}

/// The digits of `u` in `base` (2..=36), with a leading '-' if `neg`,
/// written at the end of `a`; returns where they start. Base 10 two
/// digits at a time with a constant divisor, as Go's formatBase10.
fn format_bits_into(a: &mut [u8; 65], u: u64, base: u64, neg: bool) -> usize {
    let mut i = a.len();
    let mut u = u;
    if base == 10 {
        while u >= 100 {
            let q = u / 100;
            let r = (u - q * 100) as usize * 2;
            i -= 2;
            a[i] = SMALLS[r];
            a[i + 1] = SMALLS[r + 1];
            u = q;
        }
        let r = u as usize * 2;
        if u >= 10 {
            i -= 2;
            a[i] = SMALLS[r];
            a[i + 1] = SMALLS[r + 1];
        } else {
            i -= 1;
            a[i] = SMALLS[r + 1];
        }
    } else if base == 16 {
        loop {
            i -= 1;
            a[i] = DIGITS[(u & 15) as usize];
            u >>= 4;
            if u == 0 {
                break;
            }
        }
    } else {
        loop {
            i -= 1;
            a[i] = DIGITS[(u % base) as usize];
            u /= base;
            if u == 0 {
                break;
            }
        }
    }
    if neg {
        i -= 1;
        a[i] = b'-';
    }
    i
}

fn format_int(i: i64, base: isize, unsigned: bool) -> GoString {
    if base == 10 && (0..100).contains(&i) && (!unsigned || i >= 0) {
        return small(i as usize);
    }
    if !(2..=36).contains(&base) {
        crate::panic::panic_string("strconv: illegal AppendInt/FormatInt base");
    }
    let neg = !unsigned && i < 0;
    let u = if neg { (i as u64).wrapping_neg() } else { i as u64 };
    let mut a = [0u8; 65];
    let k = format_bits_into(&mut a, u, base as u64, neg);
    new_string(&a[k..])
}

#[no_mangle]
pub extern "C" fn cranego_strconv_Itoa(i: isize) -> GoString {
    format_int(i as i64, 10, false)
}

#[no_mangle]
pub extern "C" fn cranego_strconv_FormatInt(i: i64, base: isize) -> GoString {
    format_int(i, base, false)
}

#[no_mangle]
pub extern "C" fn cranego_strconv_FormatUint(u: u64, base: isize) -> GoString {
    if base == 10 && u < 100 {
        return small(u as usize);
    }
    format_int(u as i64, base, true)
}

/// Go's `underscoreOK`: underscores only between digits (or after a prefix).
fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    let s = if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') { &s[1..] } else { s };
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(s[1] | 0x20, b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = s[1] | 0x20 == b'x';
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&(c | 0x20)) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// Go's internal `ParseUint`.
fn parse_uint(s: &[u8], base: isize, bit_size: isize) -> (u64, Option<ParseErr>) {
    if s.is_empty() {
        return (0, Some(ParseErr::Syntax));
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let base = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                match s.get(1).map(|c| c | 0x20) {
                    Some(b'b') if s.len() >= 3 => {
                        s = &s[2..];
                        2
                    }
                    Some(b'o') if s.len() >= 3 => {
                        s = &s[2..];
                        8
                    }
                    Some(b'x') if s.len() >= 3 => {
                        s = &s[2..];
                        16
                    }
                    _ => {
                        s = &s[1..];
                        8
                    }
                }
            } else {
                10
            }
        }
        _ => return (0, Some(ParseErr::Base)),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return (0, Some(ParseErr::BitSize)),
    };
    let cutoff = u64::MAX / base + 1;
    let max_val = if bit_size == 64 { u64::MAX } else { (1u64 << bit_size) - 1 };
    let mut underscores = false;
    let mut n = 0u64;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if (c | 0x20).is_ascii_lowercase() => (c | 0x20) - b'a' + 10,
            _ => return (0, Some(ParseErr::Syntax)),
        };
        if d as u64 >= base {
            return (0, Some(ParseErr::Syntax));
        }
        if n >= cutoff {
            return (max_val, Some(ParseErr::Range));
        }
        n *= base;
        let n1 = n.wrapping_add(d as u64);
        if n1 < n || n1 > max_val {
            return (max_val, Some(ParseErr::Range));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, Some(ParseErr::Syntax));
    }
    (n, None)
}

/// Go's internal `ParseInt`.
fn parse_int(s: &[u8], base: isize, bit_size: isize) -> (i64, Option<ParseErr>) {
    if s.is_empty() {
        return (0, Some(ParseErr::Syntax));
    }
    let (neg, rest) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (un, err) = parse_uint(rest, base, bit_size);
    if err.is_some() && err != Some(ParseErr::Range) {
        return (0, err);
    }
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, Some(ParseErr::Range));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), Some(ParseErr::Range));
    }
    let n = if neg { (un as i64).wrapping_neg() } else { un as i64 };
    (n, None)
}

/// `strconv.Atoi(s)`: `(int, error)` through `out`.
#[no_mangle]
pub extern "C" fn cranego_strconv_Atoi(p: *const u8, n: isize, out: *mut IntErr) {
    let s = go_str(p, n);
    let fail = |e| IntErr { v: 0, err: to_error("Atoi", s, 0, 0, e) };
    if !s.is_empty() && s.len() < 19 {
        // Go's fast path for short inputs.
        let digits = if s[0] == b'-' || s[0] == b'+' { &s[1..] } else { s };
        if digits.is_empty() {
            return write_out(out, fail(ParseErr::Syntax));
        }
        let mut v: isize = 0;
        for &c in digits {
            if !c.is_ascii_digit() {
                return write_out(out, fail(ParseErr::Syntax));
            }
            v = v * 10 + (c - b'0') as isize;
        }
        if s[0] == b'-' {
            v = -v;
        }
        return write_out(out, IntErr { v, err: NIL });
    }
    let (v, err) = parse_int(s, 10, 0);
    let err = err.map_or(NIL, |e| to_error("Atoi", s, 0, 0, e));
    write_out(out, IntErr { v: v as isize, err });
}

/// `strconv.ParseInt(s, base, bitSize)`: `(int64, error)` through `out`.
#[no_mangle]
pub extern "C" fn cranego_strconv_ParseInt(p: *const u8, n: isize, base: isize, bit_size: isize, out: *mut I64Err) {
    let s = go_str(p, n);
    let (v, err) = parse_int(s, base, bit_size);
    let err = err.map_or(NIL, |e| to_error("ParseInt", s, base, bit_size, e));
    write_out(out, I64Err { v, err });
}

/// `strconv.ParseUint(s, base, bitSize)`: `(uint64, error)` through `out`.
#[no_mangle]
pub extern "C" fn cranego_strconv_ParseUint(p: *const u8, n: isize, base: isize, bit_size: isize, out: *mut U64Err) {
    let s = go_str(p, n);
    let (v, err) = parse_uint(s, base, bit_size);
    let err = err.map_or(NIL, |e| to_error("ParseUint", s, base, bit_size, e));
    write_out(out, U64Err { v, err });
}

#[no_mangle]
pub extern "C" fn cranego_strconv_ParseBool(p: *const u8, n: isize, out: *mut BoolErr) {
    let s = go_str(p, n);
    let r = match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => BoolErr { v: true, err: NIL },
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => BoolErr { v: false, err: NIL },
        _ => BoolErr { v: false, err: to_error("ParseBool", s, 0, 0, ParseErr::Syntax) },
    };
    write_out(out, r);
}

#[no_mangle]
pub extern "C" fn cranego_strconv_FormatBool(b: bool) -> GoString {
    if b {
        gostr("true")
    } else {
        gostr("false")
    }
}

// ---------------------------------------------------------------------------
// Quoting.

/// Go's `strconv.IsPrint`.
pub fn is_print(r: i32) -> bool {
    if r < 0 {
        return false;
    }
    if r < 0x80 {
        return (0x20..0x7f).contains(&r);
    }
    let r = r as u32;
    PRINT_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                std::cmp::Ordering::Less
            } else if lo > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

/// Where quoting writes: each `put` is one of Go's `append` calls, so a
/// `[]byte` destination grows exactly as in Go.
trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

impl Sink for GoSlice {
    fn put(&mut self, bytes: &[u8]) {
        *self = crate::stdlib::strings::append_bytes(*self, bytes);
    }
}

/// Go's `appendEscapedRune` (graphicOnly = false).
fn escape_rune(buf: &mut impl Sink, r: i32, quote: u8, ascii_only: bool) {
    if r == quote as i32 || r == '\\' as i32 {
        buf.put(b"\\");
        buf.put(&[r as u8]);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            buf.put(&[r as u8]);
            return;
        }
    } else if is_print(r) {
        let mut tmp = [0u8; 4];
        let n = utf8::encode_rune(&mut tmp, r);
        buf.put(&tmp[..n]);
        return;
    }
    match r {
        0x07 => buf.put(b"\\a"),
        0x08 => buf.put(b"\\b"),
        0x0c => buf.put(b"\\f"),
        0x0a => buf.put(b"\\n"),
        0x0d => buf.put(b"\\r"),
        0x09 => buf.put(b"\\t"),
        0x0b => buf.put(b"\\v"),
        _ if (0..0x20).contains(&r) || r == 0x7f => {
            buf.put(b"\\x");
            buf.put(&[LOWERHEX[(r as u8 >> 4) as usize]]);
            buf.put(&[LOWERHEX[(r as u8 & 15) as usize]]);
        }
        _ => {
            let r = if utf8::valid_rune(r) { r as u32 } else { 0xfffd };
            let (prefix, width): (&[u8], u32) = if r < 0x10000 { (b"\\u", 4) } else { (b"\\U", 8) };
            buf.put(prefix);
            for k in (0..width).rev() {
                buf.put(&[LOWERHEX[((r >> (4 * k)) & 15) as usize]]);
            }
        }
    }
}

/// Go's `appendQuotedWith(buf, s, quote, ASCIIonly, false)`, minus the
/// up-front capacity check (see `cranego_strconv_AppendQuote`).
fn quote_into(buf: &mut impl Sink, s: &[u8], quote: u8, ascii_only: bool) {
    buf.put(&[quote]);
    let mut i = 0;
    while i < s.len() {
        let (r, w) = utf8::decode(&s[i..]);
        if w == 1 && r == utf8::RUNE_ERROR {
            buf.put(b"\\x");
            buf.put(&[LOWERHEX[(s[i] >> 4) as usize]]);
            buf.put(&[LOWERHEX[(s[i] & 15) as usize]]);
        } else {
            escape_rune(buf, r, quote, ascii_only);
        }
        i += w;
    }
    buf.put(&[quote]);
}

fn quote_with(s: &[u8], quote: u8, ascii_only: bool) -> Vec<u8> {
    let mut buf = Vec::with_capacity(s.len() + 2);
    quote_into(&mut buf, s, quote, ascii_only);
    buf
}

#[no_mangle]
pub extern "C" fn cranego_strconv_Quote(p: *const u8, n: isize) -> GoString {
    new_string(&quote_with(go_str(p, n), b'"', false))
}

#[no_mangle]
pub extern "C" fn cranego_strconv_QuoteToASCII(p: *const u8, n: isize) -> GoString {
    new_string(&quote_with(go_str(p, n), b'"', true))
}

#[no_mangle]
pub extern "C" fn cranego_strconv_QuoteRune(r: i32) -> GoString {
    let r = if utf8::valid_rune(r) { r } else { utf8::RUNE_ERROR };
    let mut buf = vec![b'\''];
    escape_rune(&mut buf, r, b'\'', false);
    buf.push(b'\'');
    new_string(&buf)
}

/// `strconv.AppendQuote(dst, s)`: the new slice through `out`, grown as Go
/// grows it (one up-front allocation of exactly `len(dst)+len(s)+2` bytes
/// when fewer than `len(s)` are free, then `append` per piece).
#[no_mangle]
pub extern "C" fn cranego_strconv_AppendQuote(
    dp: *mut u8,
    dn: isize,
    dcap: isize,
    p: *const u8,
    n: isize,
    out: *mut GoSlice,
) {
    let s = go_str(p, n);
    let mut buf = GoSlice { ptr: dp, len: dn, cap: dcap };
    if ((dcap - dn) as usize) < s.len() {
        let cap = dn as usize + 1 + s.len() + 1;
        let np = crate::alloc::alloc_noscan(cap);
        if dn > 0 {
            // SAFETY: the old array holds dn bytes; np has cap > dn.
            unsafe { std::ptr::copy_nonoverlapping(dp, np, dn as usize) };
        }
        buf = GoSlice { ptr: np, len: dn, cap: cap as isize };
    }
    quote_into(&mut buf, s, b'"', false);
    write_out(out, buf);
}

/// `strconv.AppendInt(dst, i, base)`: the new slice through `out`.
#[no_mangle]
pub extern "C" fn cranego_strconv_AppendInt(
    dp: *mut u8,
    dn: isize,
    dcap: isize,
    i: i64,
    base: isize,
    out: *mut GoSlice,
) {
    if !(2..=36).contains(&base) {
        crate::panic::panic_string("strconv: illegal AppendInt/FormatInt base");
    }
    let neg = i < 0;
    let u = if neg { (i as u64).wrapping_neg() } else { i as u64 };
    let mut a = [0u8; 65];
    let k = format_bits_into(&mut a, u, base as u64, neg);
    let s = crate::stdlib::strings::append_bytes(GoSlice { ptr: dp, len: dn, cap: dcap }, &a[k..]);
    write_out(out, s);
}

/// `(string, error)` results through an out-pointer.
#[repr(C)]
pub struct StrErr {
    pub s: GoString,
    pub err: Iface,
}

fn unhex(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Go's `UnquoteChar`: (value, multibyte, bytes consumed), None on ErrSyntax.
fn unquote_char(s: &[u8], quote: u8) -> Option<(i32, bool, usize)> {
    let &c = s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, size) = utf8::decode(s);
        return Some((r, true, size));
    }
    if c != b'\\' {
        return Some((c as i32, false, 1));
    }
    let &c = s.get(1)?;
    let rest = &s[2..];
    let simple = |v: u8| Some((v as i32, false, 2));
    match c {
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b'n' => simple(10),
        b'r' => simple(13),
        b't' => simple(9),
        b'v' => simple(11),
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if rest.len() < n {
                return None;
            }
            let mut v: u32 = 0;
            for &d in &rest[..n] {
                v = (v << 4) | unhex(d)?;
            }
            if c == b'x' {
                return Some((v as i32, false, 2 + n));
            }
            if !utf8::valid_rune(v as i32) {
                return None;
            }
            Some((v as i32, true, 2 + n))
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as i32;
            if rest.len() < 2 {
                return None;
            }
            for &d in &rest[..2] {
                if !(b'0'..=b'7').contains(&d) {
                    return None;
                }
                v = (v << 3) | (d - b'0') as i32;
            }
            if v > 255 {
                return None;
            }
            Some((v, false, 4))
        }
        b'\\' => simple(b'\\'),
        b'\'' | b'"' => {
            if c != quote {
                return None;
            }
            simple(c)
        }
        _ => None,
    }
}

/// Go's `unquote(in, true)` followed by Unquote's "no remainder" check:
/// `Ok(None)` means "the input's own bytes `[1, len-1)`" (no allocation).
fn unquote(s: &[u8]) -> Result<Option<Vec<u8>>, ()> {
    if s.len() < 2 {
        return Err(());
    }
    let quote = s[0];
    let end = crate::stdlib::strings::index_byte(&s[1..], quote).ok_or(())? + 2;
    match quote {
        b'`' => {
            if end != s.len() {
                return Err(());
            }
            let body = &s[1..end - 1];
            if !body.contains(&b'\r') {
                return Ok(None);
            }
            Ok(Some(body.iter().copied().filter(|&c| c != b'\r').collect()))
        }
        b'"' | b'\'' => {
            let head = &s[..end];
            if !head.contains(&b'\\') && !head.contains(&b'\n') {
                let body = &s[1..end - 1];
                let valid = if quote == b'"' {
                    utf8::valid(body)
                } else {
                    let (r, n) = utf8::decode(body);
                    1 + n + 1 == end && (r != utf8::RUNE_ERROR || n != 1)
                };
                if valid {
                    return if end == s.len() { Ok(None) } else { Err(()) };
                }
            }
            let mut buf = Vec::new();
            let mut i = 1;
            while i < s.len() && s[i] != quote {
                if s[i] == b'\n' {
                    return Err(());
                }
                let (r, multibyte, n) = unquote_char(&s[i..], quote).ok_or(())?;
                i += n;
                if r < 0x80 || !multibyte {
                    buf.push(r as u8);
                } else {
                    let mut tmp = [0u8; 4];
                    let k = utf8::encode_rune(&mut tmp, r);
                    buf.extend_from_slice(&tmp[..k]);
                }
                if quote == b'\'' {
                    break;
                }
            }
            if !(i < s.len() && s[i] == quote) || i + 1 != s.len() {
                return Err(());
            }
            Ok(Some(buf))
        }
        _ => Err(()),
    }
}

/// `strconv.Unquote(s)`: `(string, error)` through `out`; the error is
/// `ErrSyntax` itself, as in Go.
#[no_mangle]
pub extern "C" fn cranego_strconv_Unquote(p: *const u8, n: isize, out: *mut StrErr) {
    let s = go_str(p, n);
    let r = match unquote(s) {
        // SAFETY: the body lies within the input string.
        Ok(None) => StrErr { s: GoString { ptr: unsafe { p.add(1) }, len: n - 2 }, err: NIL },
        Ok(Some(v)) => StrErr { s: new_string(&v), err: NIL },
        Err(()) => StrErr { s: GoString { ptr: std::ptr::null(), len: 0 }, err: err_syntax() },
    };
    write_out(out, r);
}

#[no_mangle]
pub extern "C" fn cranego_strconv_IsPrint(r: i32) -> bool {
    is_print(r)
}

// ---------------------------------------------------------------------------
// Float formatting: the runtime's one implementation (floatfmt.rs, which fmt
// uses too).

/// `strconv.FormatFloat(f, fmt, prec, bitSize)` as bytes.
pub fn format_float(f: f64, fmt: u8, prec: isize, bit_size: isize) -> Vec<u8> {
    let bits = match bit_size {
        32 => 32,
        64 => 64,
        _ => crate::panic::panic_string("strconv: illegal FormatFloat bitSize"),
    };
    let mut out = Vec::new();
    let prec = prec.clamp(i32::MIN as isize, i32::MAX as isize) as i32;
    crate::floatfmt::append_float(&mut out, f, fmt, prec, bits);
    out
}

#[no_mangle]
pub extern "C" fn cranego_strconv_FormatFloat(f: f64, fmt: u8, prec: isize, bit_size: isize) -> GoString {
    new_string(&format_float(f, fmt, prec, bit_size))
}

// ---------------------------------------------------------------------------
// Float parsing.

/// Go's NaN(): the bits math.NaN() and ParseFloat produce.
const GO_NAN: u64 = 0x7ff8_0000_0000_0001;

/// Go's `special`: signed "inf"/"infinity" and "nan", any case, as a prefix.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let prefix_len =
        |s: &[u8], word: &[u8]| s.iter().zip(word).take_while(|(a, b)| a.to_ascii_lowercase() == **b).count();
    let first = *s.first()?;
    let (sign, nsign, rest) = match first {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        _ => (1.0, 0, s),
    };
    if nsign == 1 || first | 0x20 == b'i' {
        let mut n = prefix_len(rest, b"infinity");
        if 3 < n && n < 8 {
            n = 3;
        }
        if n == 3 || n == 8 {
            return Some((sign * f64::INFINITY, nsign + n));
        }
    } else if first | 0x20 == b'n' && prefix_len(s, b"nan") == 3 {
        return Some((f64::from_bits(GO_NAN), 3));
    }
    None
}

struct ReadFloat {
    mantissa: u64,
    exp: isize,
    neg: bool,
    trunc: bool,
    hex: bool,
    /// Bytes consumed.
    n: usize,
}

/// Go's `readFloat`: the syntax of a decimal or hex float literal prefix.
fn read_float(s: &[u8]) -> Option<ReadFloat> {
    let mut underscores = false;
    let mut i = 0;
    let mut neg = false;
    match s.first() {
        None => return None,
        Some(b'+') => i += 1,
        Some(b'-') => {
            i += 1;
            neg = true;
        }
        _ => {}
    }
    let mut base = 10u64;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && s[i + 1] | 0x20 == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        hex = true;
    }
    let (mut sawdot, mut sawdigits) = (false, false);
    let (mut nd, mut nd_mant, mut dp) = (0isize, 0isize, 0isize);
    let mut mantissa = 0u64;
    let mut trunc = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
        } else if c.is_ascii_digit() {
            sawdigits = true;
            if c == b'0' && nd == 0 {
                dp -= 1;
                i += 1;
                continue;
            }
            nd += 1;
            if nd_mant < max_mant_digits {
                mantissa = mantissa * base + (c - b'0') as u64;
                nd_mant += 1;
            } else if c != b'0' {
                trunc = true;
            }
        } else if base == 16 && (b'a'..=b'f').contains(&(c | 0x20)) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                mantissa = mantissa * 16 + ((c | 0x20) - b'a' + 10) as u64;
                nd_mant += 1;
            } else {
                trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && s[i] | 0x20 == exp_char {
        i += 1;
        if i >= s.len() {
            return None;
        }
        let mut esign = 1;
        match s[i] {
            b'+' => i += 1,
            b'-' => {
                i += 1;
                esign = -1;
            }
            _ => {}
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return None;
        }
        let mut e = 0isize;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + (s[i] - b'0') as isize;
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(ReadFloat { mantissa, exp, neg, trunc, hex, n: i })
}

/// Go's `atofHex`: (value, out of range).
fn atof_hex(r: &ReadFloat, bits32: bool) -> (f64, bool) {
    let (mant_bits, exp_bits, bias): (u32, u32, isize) = if bits32 { (23, 8, -127) } else { (52, 11, -1023) };
    let max_exp = (1isize << exp_bits) + bias - 2;
    let min_exp = bias + 1;
    let mut exp = r.exp + mant_bits as isize;
    let mut mantissa = r.mantissa;
    while mantissa != 0 && mantissa >> (mant_bits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if r.trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mant_bits + 2) != 0 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mant_bits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mant_bits == 0 {
        exp = bias;
    }
    let mut range = false;
    if exp > max_exp {
        mantissa = 1 << mant_bits;
        exp = max_exp + 1;
        range = true;
    }
    let mut bits = mantissa & ((1 << mant_bits) - 1);
    bits |= (((exp - bias) as u64) & ((1 << exp_bits) - 1)) << mant_bits;
    if r.neg {
        bits |= 1 << mant_bits << exp_bits;
    }
    if bits32 {
        (f32::from_bits(bits as u32) as f64, range)
    } else {
        (f64::from_bits(bits), range)
    }
}

/// Go's internal `ParseFloat`: the value and the error kind.
fn parse_float(s: &[u8], bit_size: isize) -> (f64, Option<ParseErr>) {
    let bits32 = bit_size == 32;
    let (f, n, err) = if let Some((v, n)) = special(s) {
        (if bits32 { v as f32 as f64 } else { v }, n, None)
    } else {
        match read_float(s) {
            None => (0.0, usize::MAX, Some(ParseErr::Syntax)),
            Some(r) if r.hex => {
                let (v, range) = atof_hex(&r, bits32);
                (v, r.n, range.then_some(ParseErr::Range))
            }
            Some(r) => {
                // The syntax is Go's; Rust's parser rounds the (underscore-
                // free) literal correctly, as Go's does.
                let text: String = s[..r.n].iter().filter(|&&c| c != b'_').map(|&c| c as char).collect();
                let v = if bits32 { text.parse::<f32>().map(f64::from) } else { text.parse::<f64>() };
                match v {
                    Ok(v) if v.is_infinite() => (v, r.n, Some(ParseErr::Range)),
                    Ok(v) => (v, r.n, None),
                    Err(_) => (0.0, r.n, Some(ParseErr::Syntax)),
                }
            }
        }
    };
    if n != s.len() {
        return (0.0, Some(ParseErr::Syntax));
    }
    (f, err)
}

/// `strconv.ParseFloat(s, bitSize)`: `(float64, error)` through `out`.
#[no_mangle]
pub extern "C" fn cranego_strconv_ParseFloat(p: *const u8, n: isize, bit_size: isize, out: *mut F64Err) {
    let s = go_str(p, n);
    let (v, err) = parse_float(s, bit_size);
    let err = err.map_or(NIL, |e| to_error("ParseFloat", s, 0, bit_size, e));
    write_out(out, F64Err { v, err });
}

// ---------------------------------------------------------------------------
// Generated from Go go1.27.3: every rune strconv.IsPrint accepts, as ranges.

#[rustfmt::skip]
static PRINT_RANGES: [(u32, u32); 741] = [
    (0x0020, 0x007E), (0x00A1, 0x00AC), (0x00AE, 0x0377), (0x037A, 0x037F), (0x0384, 0x038A), (0x038C, 0x038C),
    (0x038E, 0x03A1), (0x03A3, 0x052F), (0x0531, 0x0556), (0x0559, 0x058A), (0x058D, 0x058F), (0x0591, 0x05C7),
    (0x05D0, 0x05EA), (0x05EF, 0x05F4), (0x0606, 0x061B), (0x061D, 0x06DC), (0x06DE, 0x070D), (0x0710, 0x074A),
    (0x074D, 0x07B1), (0x07C0, 0x07FA), (0x07FD, 0x082D), (0x0830, 0x083E), (0x0840, 0x085B), (0x085E, 0x085E),
    (0x0860, 0x086A), (0x0870, 0x088F), (0x0897, 0x08E1), (0x08E3, 0x0983), (0x0985, 0x098C), (0x098F, 0x0990),
    (0x0993, 0x09A8), (0x09AA, 0x09B0), (0x09B2, 0x09B2), (0x09B6, 0x09B9), (0x09BC, 0x09C4), (0x09C7, 0x09C8),
    (0x09CB, 0x09CE), (0x09D7, 0x09D7), (0x09DC, 0x09DD), (0x09DF, 0x09E3), (0x09E6, 0x09FE), (0x0A01, 0x0A03),
    (0x0A05, 0x0A0A), (0x0A0F, 0x0A10), (0x0A13, 0x0A28), (0x0A2A, 0x0A30), (0x0A32, 0x0A33), (0x0A35, 0x0A36),
    (0x0A38, 0x0A39), (0x0A3C, 0x0A3C), (0x0A3E, 0x0A42), (0x0A47, 0x0A48), (0x0A4B, 0x0A4D), (0x0A51, 0x0A51),
    (0x0A59, 0x0A5C), (0x0A5E, 0x0A5E), (0x0A66, 0x0A76), (0x0A81, 0x0A83), (0x0A85, 0x0A8D), (0x0A8F, 0x0A91),
    (0x0A93, 0x0AA8), (0x0AAA, 0x0AB0), (0x0AB2, 0x0AB3), (0x0AB5, 0x0AB9), (0x0ABC, 0x0AC5), (0x0AC7, 0x0AC9),
    (0x0ACB, 0x0ACD), (0x0AD0, 0x0AD0), (0x0AE0, 0x0AE3), (0x0AE6, 0x0AF1), (0x0AF9, 0x0AFF), (0x0B01, 0x0B03),
    (0x0B05, 0x0B0C), (0x0B0F, 0x0B10), (0x0B13, 0x0B28), (0x0B2A, 0x0B30), (0x0B32, 0x0B33), (0x0B35, 0x0B39),
    (0x0B3C, 0x0B44), (0x0B47, 0x0B48), (0x0B4B, 0x0B4D), (0x0B55, 0x0B57), (0x0B5C, 0x0B5D), (0x0B5F, 0x0B63),
    (0x0B66, 0x0B77), (0x0B82, 0x0B83), (0x0B85, 0x0B8A), (0x0B8E, 0x0B90), (0x0B92, 0x0B95), (0x0B99, 0x0B9A),
    (0x0B9C, 0x0B9C), (0x0B9E, 0x0B9F), (0x0BA3, 0x0BA4), (0x0BA8, 0x0BAA), (0x0BAE, 0x0BB9), (0x0BBE, 0x0BC2),
    (0x0BC6, 0x0BC8), (0x0BCA, 0x0BCD), (0x0BD0, 0x0BD0), (0x0BD7, 0x0BD7), (0x0BE6, 0x0BFA), (0x0C00, 0x0C0C),
    (0x0C0E, 0x0C10), (0x0C12, 0x0C28), (0x0C2A, 0x0C39), (0x0C3C, 0x0C44), (0x0C46, 0x0C48), (0x0C4A, 0x0C4D),
    (0x0C55, 0x0C56), (0x0C58, 0x0C5A), (0x0C5C, 0x0C5D), (0x0C60, 0x0C63), (0x0C66, 0x0C6F), (0x0C77, 0x0C8C),
    (0x0C8E, 0x0C90), (0x0C92, 0x0CA8), (0x0CAA, 0x0CB3), (0x0CB5, 0x0CB9), (0x0CBC, 0x0CC4), (0x0CC6, 0x0CC8),
    (0x0CCA, 0x0CCD), (0x0CD5, 0x0CD6), (0x0CDC, 0x0CDE), (0x0CE0, 0x0CE3), (0x0CE6, 0x0CEF), (0x0CF1, 0x0CF3),
    (0x0D00, 0x0D0C), (0x0D0E, 0x0D10), (0x0D12, 0x0D44), (0x0D46, 0x0D48), (0x0D4A, 0x0D4F), (0x0D54, 0x0D63),
    (0x0D66, 0x0D7F), (0x0D81, 0x0D83), (0x0D85, 0x0D96), (0x0D9A, 0x0DB1), (0x0DB3, 0x0DBB), (0x0DBD, 0x0DBD),
    (0x0DC0, 0x0DC6), (0x0DCA, 0x0DCA), (0x0DCF, 0x0DD4), (0x0DD6, 0x0DD6), (0x0DD8, 0x0DDF), (0x0DE6, 0x0DEF),
    (0x0DF2, 0x0DF4), (0x0E01, 0x0E3A), (0x0E3F, 0x0E5B), (0x0E81, 0x0E82), (0x0E84, 0x0E84), (0x0E86, 0x0E8A),
    (0x0E8C, 0x0EA3), (0x0EA5, 0x0EA5), (0x0EA7, 0x0EBD), (0x0EC0, 0x0EC4), (0x0EC6, 0x0EC6), (0x0EC8, 0x0ECE),
    (0x0ED0, 0x0ED9), (0x0EDC, 0x0EDF), (0x0F00, 0x0F47), (0x0F49, 0x0F6C), (0x0F71, 0x0F97), (0x0F99, 0x0FBC),
    (0x0FBE, 0x0FCC), (0x0FCE, 0x0FDA), (0x1000, 0x10C5), (0x10C7, 0x10C7), (0x10CD, 0x10CD), (0x10D0, 0x1248),
    (0x124A, 0x124D), (0x1250, 0x1256), (0x1258, 0x1258), (0x125A, 0x125D), (0x1260, 0x1288), (0x128A, 0x128D),
    (0x1290, 0x12B0), (0x12B2, 0x12B5), (0x12B8, 0x12BE), (0x12C0, 0x12C0), (0x12C2, 0x12C5), (0x12C8, 0x12D6),
    (0x12D8, 0x1310), (0x1312, 0x1315), (0x1318, 0x135A), (0x135D, 0x137C), (0x1380, 0x1399), (0x13A0, 0x13F5),
    (0x13F8, 0x13FD), (0x1400, 0x167F), (0x1681, 0x169C), (0x16A0, 0x16F8), (0x1700, 0x1715), (0x171F, 0x1736),
    (0x1740, 0x1753), (0x1760, 0x176C), (0x176E, 0x1770), (0x1772, 0x1773), (0x1780, 0x17DD), (0x17E0, 0x17E9),
    (0x17F0, 0x17F9), (0x1800, 0x180D), (0x180F, 0x1819), (0x1820, 0x1878), (0x1880, 0x18AA), (0x18B0, 0x18F5),
    (0x1900, 0x191E), (0x1920, 0x192B), (0x1930, 0x193B), (0x1940, 0x1940), (0x1944, 0x196D), (0x1970, 0x1974),
    (0x1980, 0x19AB), (0x19B0, 0x19C9), (0x19D0, 0x19DA), (0x19DE, 0x1A1B), (0x1A1E, 0x1A5E), (0x1A60, 0x1A7C),
    (0x1A7F, 0x1A89), (0x1A90, 0x1A99), (0x1AA0, 0x1AAD), (0x1AB0, 0x1ADD), (0x1AE0, 0x1AEB), (0x1B00, 0x1B4C),
    (0x1B4E, 0x1BF3), (0x1BFC, 0x1C37), (0x1C3B, 0x1C49), (0x1C4D, 0x1C8A), (0x1C90, 0x1CBA), (0x1CBD, 0x1CC7),
    (0x1CD0, 0x1CFA), (0x1D00, 0x1F15), (0x1F18, 0x1F1D), (0x1F20, 0x1F45), (0x1F48, 0x1F4D), (0x1F50, 0x1F57),
    (0x1F59, 0x1F59), (0x1F5B, 0x1F5B), (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D), (0x1F80, 0x1FB4), (0x1FB6, 0x1FC4),
    (0x1FC6, 0x1FD3), (0x1FD6, 0x1FDB), (0x1FDD, 0x1FEF), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFE), (0x2010, 0x2027),
    (0x2030, 0x205E), (0x2070, 0x2071), (0x2074, 0x208E), (0x2090, 0x209C), (0x20A0, 0x20C1), (0x20D0, 0x20F0),
    (0x2100, 0x218B), (0x2190, 0x2429), (0x2440, 0x244A), (0x2460, 0x2B73), (0x2B76, 0x2CF3), (0x2CF9, 0x2D25),
    (0x2D27, 0x2D27), (0x2D2D, 0x2D2D), (0x2D30, 0x2D67), (0x2D6F, 0x2D70), (0x2D7F, 0x2D96), (0x2DA0, 0x2DA6),
    (0x2DA8, 0x2DAE), (0x2DB0, 0x2DB6), (0x2DB8, 0x2DBE), (0x2DC0, 0x2DC6), (0x2DC8, 0x2DCE), (0x2DD0, 0x2DD6),
    (0x2DD8, 0x2DDE), (0x2DE0, 0x2E5D), (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x2FF0, 0x2FFF),
    (0x3001, 0x303F), (0x3041, 0x3096), (0x3099, 0x30FF), (0x3105, 0x312F), (0x3131, 0x318E), (0x3190, 0x31E5),
    (0x31EF, 0x321E), (0x3220, 0xA48C), (0xA490, 0xA4C6), (0xA4D0, 0xA62B), (0xA640, 0xA6F7), (0xA700, 0xA7DC),
    (0xA7F1, 0xA82C), (0xA830, 0xA839), (0xA840, 0xA877), (0xA880, 0xA8C5), (0xA8CE, 0xA8D9), (0xA8E0, 0xA953),
    (0xA95F, 0xA97C), (0xA980, 0xA9CD), (0xA9CF, 0xA9D9), (0xA9DE, 0xA9FE), (0xAA00, 0xAA36), (0xAA40, 0xAA4D),
    (0xAA50, 0xAA59), (0xAA5C, 0xAAC2), (0xAADB, 0xAAF6), (0xAB01, 0xAB06), (0xAB09, 0xAB0E), (0xAB11, 0xAB16),
    (0xAB20, 0xAB26), (0xAB28, 0xAB2E), (0xAB30, 0xAB6B), (0xAB70, 0xABED), (0xABF0, 0xABF9), (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB), (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0xFB00, 0xFB06), (0xFB13, 0xFB17),
    (0xFB1D, 0xFB36), (0xFB38, 0xFB3C), (0xFB3E, 0xFB3E), (0xFB40, 0xFB41), (0xFB43, 0xFB44), (0xFB46, 0xFDCF),
    (0xFDF0, 0xFE19), (0xFE20, 0xFE52), (0xFE54, 0xFE66), (0xFE68, 0xFE6B), (0xFE70, 0xFE74), (0xFE76, 0xFEFC),
    (0xFF01, 0xFFBE), (0xFFC2, 0xFFC7), (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7), (0xFFDA, 0xFFDC), (0xFFE0, 0xFFE6),
    (0xFFE8, 0xFFEE), (0xFFFC, 0xFFFD), (0x10000, 0x1000B), (0x1000D, 0x10026), (0x10028, 0x1003A),
    (0x1003C, 0x1003D), (0x1003F, 0x1004D), (0x10050, 0x1005D), (0x10080, 0x100FA), (0x10100, 0x10102),
    (0x10107, 0x10133), (0x10137, 0x1018E), (0x10190, 0x1019C), (0x101A0, 0x101A0), (0x101D0, 0x101FD),
    (0x10280, 0x1029C), (0x102A0, 0x102D0), (0x102E0, 0x102FB), (0x10300, 0x10323), (0x1032D, 0x1034A),
    (0x10350, 0x1037A), (0x10380, 0x1039D), (0x1039F, 0x103C3), (0x103C8, 0x103D5), (0x10400, 0x1049D),
    (0x104A0, 0x104A9), (0x104B0, 0x104D3), (0x104D8, 0x104FB), (0x10500, 0x10527), (0x10530, 0x10563),
    (0x1056F, 0x1057A), (0x1057C, 0x1058A), (0x1058C, 0x10592), (0x10594, 0x10595), (0x10597, 0x105A1),
    (0x105A3, 0x105B1), (0x105B3, 0x105B9), (0x105BB, 0x105BC), (0x105C0, 0x105F3), (0x10600, 0x10736),
    (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785), (0x10787, 0x107B0), (0x107B2, 0x107BA),
    (0x10800, 0x10805), (0x10808, 0x10808), (0x1080A, 0x10835), (0x10837, 0x10838), (0x1083C, 0x1083C),
    (0x1083F, 0x10855), (0x10857, 0x1089E), (0x108A7, 0x108AF), (0x108E0, 0x108F2), (0x108F4, 0x108F5),
    (0x108FB, 0x1091B), (0x1091F, 0x10939), (0x1093F, 0x10959), (0x10980, 0x109B7), (0x109BC, 0x109CF),
    (0x109D2, 0x10A03), (0x10A05, 0x10A06), (0x10A0C, 0x10A13), (0x10A15, 0x10A17), (0x10A19, 0x10A35),
    (0x10A38, 0x10A3A), (0x10A3F, 0x10A48), (0x10A50, 0x10A58), (0x10A60, 0x10A9F), (0x10AC0, 0x10AE6),
    (0x10AEB, 0x10AF6), (0x10B00, 0x10B35), (0x10B39, 0x10B55), (0x10B58, 0x10B72), (0x10B78, 0x10B91),
    (0x10B99, 0x10B9C), (0x10BA9, 0x10BAF), (0x10C00, 0x10C48), (0x10C80, 0x10CB2), (0x10CC0, 0x10CF2),
    (0x10CFA, 0x10D27), (0x10D30, 0x10D39), (0x10D40, 0x10D65), (0x10D69, 0x10D85), (0x10D8E, 0x10D8F),
    (0x10E60, 0x10E7E), (0x10E80, 0x10EA9), (0x10EAB, 0x10EAD), (0x10EB0, 0x10EB1), (0x10EC2, 0x10EC7),
    (0x10ED0, 0x10ED8), (0x10EFA, 0x10F27), (0x10F30, 0x10F59), (0x10F70, 0x10F89), (0x10FB0, 0x10FCB),
    (0x10FE0, 0x10FF6), (0x11000, 0x1104D), (0x11052, 0x11075), (0x1107F, 0x110BC), (0x110BE, 0x110C2),
    (0x110D0, 0x110E8), (0x110F0, 0x110F9), (0x11100, 0x11134), (0x11136, 0x11147), (0x11150, 0x11176),
    (0x11180, 0x111DF), (0x111E1, 0x111F4), (0x11200, 0x11211), (0x11213, 0x11241), (0x11280, 0x11286),
    (0x11288, 0x11288), (0x1128A, 0x1128D), (0x1128F, 0x1129D), (0x1129F, 0x112A9), (0x112B0, 0x112EA),
    (0x112F0, 0x112F9), (0x11300, 0x11303), (0x11305, 0x1130C), (0x1130F, 0x11310), (0x11313, 0x11328),
    (0x1132A, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339), (0x1133B, 0x11344), (0x11347, 0x11348),
    (0x1134B, 0x1134D), (0x11350, 0x11350), (0x11357, 0x11357), (0x1135D, 0x11363), (0x11366, 0x1136C),
    (0x11370, 0x11374), (0x11380, 0x11389), (0x1138B, 0x1138B), (0x1138E, 0x1138E), (0x11390, 0x113B5),
    (0x113B7, 0x113C0), (0x113C2, 0x113C2), (0x113C5, 0x113C5), (0x113C7, 0x113CA), (0x113CC, 0x113D5),
    (0x113D7, 0x113D8), (0x113E1, 0x113E2), (0x11400, 0x1145B), (0x1145D, 0x11461), (0x11480, 0x114C7),
    (0x114D0, 0x114D9), (0x11580, 0x115B5), (0x115B8, 0x115DD), (0x11600, 0x11644), (0x11650, 0x11659),
    (0x11660, 0x1166C), (0x11680, 0x116B9), (0x116C0, 0x116C9), (0x116D0, 0x116E3), (0x11700, 0x1171A),
    (0x1171D, 0x1172B), (0x11730, 0x11746), (0x11800, 0x1183B), (0x118A0, 0x118F2), (0x118FF, 0x11906),
    (0x11909, 0x11909), (0x1190C, 0x11913), (0x11915, 0x11916), (0x11918, 0x11935), (0x11937, 0x11938),
    (0x1193B, 0x11946), (0x11950, 0x11959), (0x119A0, 0x119A7), (0x119AA, 0x119D7), (0x119DA, 0x119E4),
    (0x11A00, 0x11A47), (0x11A50, 0x11AA2), (0x11AB0, 0x11AF8), (0x11B00, 0x11B09), (0x11B60, 0x11B67),
    (0x11BC0, 0x11BE1), (0x11BF0, 0x11BF9), (0x11C00, 0x11C08), (0x11C0A, 0x11C36), (0x11C38, 0x11C45),
    (0x11C50, 0x11C6C), (0x11C70, 0x11C8F), (0x11C92, 0x11CA7), (0x11CA9, 0x11CB6), (0x11D00, 0x11D06),
    (0x11D08, 0x11D09), (0x11D0B, 0x11D36), (0x11D3A, 0x11D3A), (0x11D3C, 0x11D3D), (0x11D3F, 0x11D47),
    (0x11D50, 0x11D59), (0x11D60, 0x11D65), (0x11D67, 0x11D68), (0x11D6A, 0x11D8E), (0x11D90, 0x11D91),
    (0x11D93, 0x11D98), (0x11DA0, 0x11DA9), (0x11DB0, 0x11DDB), (0x11DE0, 0x11DE9), (0x11EE0, 0x11EF8),
    (0x11F00, 0x11F10), (0x11F12, 0x11F3A), (0x11F3E, 0x11F5A), (0x11FB0, 0x11FB0), (0x11FC0, 0x11FF1),
    (0x11FFF, 0x12399), (0x12400, 0x1246E), (0x12470, 0x12474), (0x12480, 0x12543), (0x12F90, 0x12FF2),
    (0x13000, 0x1342F), (0x13440, 0x13455), (0x13460, 0x143FA), (0x14400, 0x14646), (0x16100, 0x16139),
    (0x16800, 0x16A38), (0x16A40, 0x16A5E), (0x16A60, 0x16A69), (0x16A6E, 0x16ABE), (0x16AC0, 0x16AC9),
    (0x16AD0, 0x16AED), (0x16AF0, 0x16AF5), (0x16B00, 0x16B45), (0x16B50, 0x16B59), (0x16B5B, 0x16B61),
    (0x16B63, 0x16B77), (0x16B7D, 0x16B8F), (0x16D40, 0x16D79), (0x16E40, 0x16E9A), (0x16EA0, 0x16EB8),
    (0x16EBB, 0x16ED3), (0x16F00, 0x16F4A), (0x16F4F, 0x16F87), (0x16F8F, 0x16F9F), (0x16FE0, 0x16FE4),
    (0x16FF0, 0x16FF6), (0x17000, 0x18CD5), (0x18CFF, 0x18D1E), (0x18D80, 0x18DF2), (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122), (0x1B132, 0x1B132), (0x1B150, 0x1B152),
    (0x1B155, 0x1B155), (0x1B164, 0x1B167), (0x1B170, 0x1B2FB), (0x1BC00, 0x1BC6A), (0x1BC70, 0x1BC7C),
    (0x1BC80, 0x1BC88), (0x1BC90, 0x1BC99), (0x1BC9C, 0x1BC9F), (0x1CC00, 0x1CCFC), (0x1CD00, 0x1CEB3),
    (0x1CEBA, 0x1CED0), (0x1CEE0, 0x1CEF0), (0x1CF00, 0x1CF2D), (0x1CF30, 0x1CF46), (0x1CF50, 0x1CFC3),
    (0x1D000, 0x1D0F5), (0x1D100, 0x1D126), (0x1D129, 0x1D172), (0x1D17B, 0x1D1EA), (0x1D200, 0x1D245),
    (0x1D2C0, 0x1D2D3), (0x1D2E0, 0x1D2F3), (0x1D300, 0x1D356), (0x1D360, 0x1D378), (0x1D400, 0x1D454),
    (0x1D456, 0x1D49C), (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2), (0x1D4A5, 0x1D4A6), (0x1D4A9, 0x1D4AC),
    (0x1D4AE, 0x1D4B9), (0x1D4BB, 0x1D4BB), (0x1D4BD, 0x1D4C3), (0x1D4C5, 0x1D505), (0x1D507, 0x1D50A),
    (0x1D50D, 0x1D514), (0x1D516, 0x1D51C), (0x1D51E, 0x1D539), (0x1D53B, 0x1D53E), (0x1D540, 0x1D544),
    (0x1D546, 0x1D546), (0x1D54A, 0x1D550), (0x1D552, 0x1D6A5), (0x1D6A8, 0x1D7CB), (0x1D7CE, 0x1DA8B),
    (0x1DA9B, 0x1DA9F), (0x1DAA1, 0x1DAAF), (0x1DF00, 0x1DF1E), (0x1DF25, 0x1DF2A), (0x1E000, 0x1E006),
    (0x1E008, 0x1E018), (0x1E01B, 0x1E021), (0x1E023, 0x1E024), (0x1E026, 0x1E02A), (0x1E030, 0x1E06D),
    (0x1E08F, 0x1E08F), (0x1E100, 0x1E12C), (0x1E130, 0x1E13D), (0x1E140, 0x1E149), (0x1E14E, 0x1E14F),
    (0x1E290, 0x1E2AE), (0x1E2C0, 0x1E2F9), (0x1E2FF, 0x1E2FF), (0x1E4D0, 0x1E4F9), (0x1E5D0, 0x1E5FA),
    (0x1E5FF, 0x1E5FF), (0x1E6C0, 0x1E6DE), (0x1E6E0, 0x1E6F5), (0x1E6FE, 0x1E6FF), (0x1E7E0, 0x1E7E6),
    (0x1E7E8, 0x1E7EB), (0x1E7ED, 0x1E7EE), (0x1E7F0, 0x1E7FE), (0x1E800, 0x1E8C4), (0x1E8C7, 0x1E8D6),
    (0x1E900, 0x1E94B), (0x1E950, 0x1E959), (0x1E95E, 0x1E95F), (0x1EC71, 0x1ECB4), (0x1ED01, 0x1ED3D),
    (0x1EE00, 0x1EE03), (0x1EE05, 0x1EE1F), (0x1EE21, 0x1EE22), (0x1EE24, 0x1EE24), (0x1EE27, 0x1EE27),
    (0x1EE29, 0x1EE32), (0x1EE34, 0x1EE37), (0x1EE39, 0x1EE39), (0x1EE3B, 0x1EE3B), (0x1EE42, 0x1EE42),
    (0x1EE47, 0x1EE47), (0x1EE49, 0x1EE49), (0x1EE4B, 0x1EE4B), (0x1EE4D, 0x1EE4F), (0x1EE51, 0x1EE52),
    (0x1EE54, 0x1EE54), (0x1EE57, 0x1EE57), (0x1EE59, 0x1EE59), (0x1EE5B, 0x1EE5B), (0x1EE5D, 0x1EE5D),
    (0x1EE5F, 0x1EE5F), (0x1EE61, 0x1EE62), (0x1EE64, 0x1EE64), (0x1EE67, 0x1EE6A), (0x1EE6C, 0x1EE72),
    (0x1EE74, 0x1EE77), (0x1EE79, 0x1EE7C), (0x1EE7E, 0x1EE7E), (0x1EE80, 0x1EE89), (0x1EE8B, 0x1EE9B),
    (0x1EEA1, 0x1EEA3), (0x1EEA5, 0x1EEA9), (0x1EEAB, 0x1EEBB), (0x1EEF0, 0x1EEF1), (0x1F000, 0x1F02B),
    (0x1F030, 0x1F093), (0x1F0A0, 0x1F0AE), (0x1F0B1, 0x1F0BF), (0x1F0C1, 0x1F0CF), (0x1F0D1, 0x1F0F5),
    (0x1F100, 0x1F1AD), (0x1F1E6, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251),
    (0x1F260, 0x1F265), (0x1F300, 0x1F6D8), (0x1F6DC, 0x1F6EC), (0x1F6F0, 0x1F6FC), (0x1F700, 0x1F7D9),
    (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F800, 0x1F80B), (0x1F810, 0x1F847), (0x1F850, 0x1F859),
    (0x1F860, 0x1F887), (0x1F890, 0x1F8AD), (0x1F8B0, 0x1F8BB), (0x1F8C0, 0x1F8C1), (0x1F8D0, 0x1F8D8),
    (0x1F900, 0x1FA57), (0x1FA60, 0x1FA6D), (0x1FA70, 0x1FA7C), (0x1FA80, 0x1FA8A), (0x1FA8E, 0x1FAC6),
    (0x1FAC8, 0x1FAC8), (0x1FACD, 0x1FADC), (0x1FADF, 0x1FAEA), (0x1FAEF, 0x1FAF8), (0x1FB00, 0x1FB92),
    (0x1FB94, 0x1FBFA), (0x20000, 0x2A6DF), (0x2A700, 0x2B81D), (0x2B820, 0x2CEAD), (0x2CEB0, 0x2EBE0),
    (0x2EBF0, 0x2EE5D), (0x2F800, 0x2FA1D), (0x30000, 0x3134A), (0x31350, 0x33479), (0xE0100, 0xE01EF),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(g: GoString) -> Vec<u8> {
        go_string(g).to_vec()
    }

    fn err_text(e: Iface) -> Vec<u8> {
        if e.tab.is_null() {
            return vec![];
        }
        crate::errors::error_text(e)
    }

    fn nil() -> Iface {
        NIL
    }

    struct T;

    impl T {
        fn itoa(&self, v: i64, want: &[u8]) {
            assert_eq!(bytes(cranego_strconv_Itoa(v as isize)), want);
        }
        fn fmtint(&self, v: i64, base: isize, want: &[u8], want_u: &[u8]) {
            assert_eq!(bytes(cranego_strconv_FormatInt(v, base)), want, "FormatInt({v}, {base})");
            assert_eq!(bytes(cranego_strconv_FormatUint(v as u64, base)), want_u, "FormatUint({v}, {base})");
        }
        fn atoi(&self, s: &[u8], v: i64, err: &[u8]) {
            let mut out = IntErr { v: -7, err: nil() };
            cranego_strconv_Atoi(s.as_ptr(), s.len() as isize, &mut out);
            assert_eq!((out.v as i64, err_text(out.err)), (v, err.to_vec()), "Atoi({s:?})");
        }
        #[allow(clippy::too_many_arguments)]
        fn parseint(&self, s: &[u8], base: isize, bits: isize, v: i64, err: &[u8], u: u64, uerr: &[u8]) {
            let mut out = I64Err { v: -7, err: nil() };
            cranego_strconv_ParseInt(s.as_ptr(), s.len() as isize, base, bits, &mut out);
            assert_eq!((out.v, err_text(out.err)), (v, err.to_vec()), "ParseInt({s:?}, {base}, {bits})");
            let mut out = U64Err { v: 7, err: nil() };
            cranego_strconv_ParseUint(s.as_ptr(), s.len() as isize, base, bits, &mut out);
            assert_eq!((out.v, err_text(out.err)), (u, uerr.to_vec()), "ParseUint({s:?}, {base}, {bits})");
        }
        fn parsebool(&self, s: &[u8], v: bool, err: &[u8]) {
            let mut out = BoolErr { v: true, err: nil() };
            cranego_strconv_ParseBool(s.as_ptr(), s.len() as isize, &mut out);
            assert_eq!((out.v, err_text(out.err)), (v, err.to_vec()), "ParseBool({s:?})");
        }
        fn parsefloat(&self, s: &[u8], bits: isize, v: u64, err: &[u8]) {
            let mut out = F64Err { v: 7.0, err: nil() };
            cranego_strconv_ParseFloat(s.as_ptr(), s.len() as isize, bits, &mut out);
            let got = (format!("{:#x}", out.v.to_bits()), String::from_utf8_lossy(&err_text(out.err)).into_owned());
            let want = (format!("{v:#x}"), String::from_utf8_lossy(err).into_owned());
            assert_eq!(got, want, "ParseFloat({:?}, {bits})", String::from_utf8_lossy(s));
        }
        fn quote(&self, s: &[u8], q: &[u8], qa: &[u8]) {
            assert_eq!(bytes(cranego_strconv_Quote(s.as_ptr(), s.len() as isize)), q, "Quote({s:?})");
            assert_eq!(bytes(cranego_strconv_QuoteToASCII(s.as_ptr(), s.len() as isize)), qa, "QuoteToASCII({s:?})");
        }
        fn quoterune(&self, r: i32, want: &[u8]) {
            assert_eq!(bytes(cranego_strconv_QuoteRune(r)), want, "QuoteRune({r})");
        }
        fn ff(&self, bits: u64, fmt: u8, prec: isize, size: isize, want: &[u8]) {
            let v = f64::from_bits(bits);
            let got = format_float(v, fmt, prec, size);
            assert_eq!(
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(want),
                "FormatFloat({v:e}, {}, {prec}, {size})",
                fmt as char
            );
        }
    }

    fn ff_str(v: f64, fmt: u8, prec: isize, size: isize) -> Vec<u8> {
        format_float(v, fmt, prec, size)
    }

    fn fnv_bytes(mut h: u64, b: &[u8]) -> u64 {
        for &c in b.iter().chain(&[0xffu8]) {
            h ^= c as u64;
            h = h.wrapping_mul(1099511628211);
        }
        h
    }

    fn print_hash() -> u64 {
        let mut h = 14695981039346656037u64;
        for r in -1..=0x110001 {
            h = fnv_bytes(h, if is_print(r) { b"1" } else { b"0" });
        }
        h
    }

    use crate::testutil::Rng;

    /// The values the Go generator formats (same generator, same order).
    fn floats(n: usize) -> Vec<f64> {
        const POW10: [f64; 12] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11];
        let mut r = Rng(42);
        (0..n)
            .map(|i| {
                let x = r.next();
                match i % 4 {
                    0 => f64::from_bits(x),
                    1 => ((x >> 11) as i64) as f64 / (1u64 << (x % 60)) as f64,
                    2 => ((x % 2000001) as i64 - 1000000) as f64 / POW10[((x >> 40) % 12) as usize],
                    _ => f64::from_bits(x) as f32 as f64,
                }
            })
            .collect()
    }

    fn bulk_format_hash() -> u64 {
        let mut h = 14695981039346656037u64;
        let dump = std::env::var("CRANEGO_FLOAT_DUMP").ok();
        let mut lines = String::new();
        for v in floats(20000) {
            for f in [b'e', b'f', b'g', b'x'] {
                for p in [-1, 0, 1, 3, 6, 15, 16, 17, 25] {
                    if f == b'f' && p > 17 {
                        continue;
                    }
                    for bs in [64, 32] {
                        let s = format_float(v, f, p, bs);
                        if dump.is_some() {
                            let text = String::from_utf8_lossy(&s);
                            lines.push_str(&format!("{:016x} {} {p} {bs} {text}\n", v.to_bits(), f as char));
                        }
                        h = fnv_bytes(h, &s);
                    }
                }
            }
        }
        if let Some(path) = dump {
            std::fs::write(path, lines).unwrap();
        }
        h
    }

    fn bulk_parse_hash() -> u64 {
        let mut h = 14695981039346656037u64;
        for v in floats(20000) {
            let forms = [
                format_float(v, b'e', 25, 64),
                format_float(v, b'g', -1, 64),
                format_float(v, b'x', 7, 64),
                format_float(v, b'f', 3, 64),
            ];
            for s in forms {
                for bs in [64, 32] {
                    let mut out = F64Err { v: 0.0, err: nil() };
                    cranego_strconv_ParseFloat(s.as_ptr(), s.len() as isize, bs, &mut out);
                    let e = String::from_utf8_lossy(&err_text(out.err)).into_owned();
                    h = fnv_bytes(h, format!("{:016x} {e}", out.v.to_bits()).as_bytes());
                }
            }
        }
        h
    }

    #[test]
    fn small_itoa_is_static() {
        let a = cranego_strconv_Itoa(42);
        let b = cranego_strconv_Itoa(42);
        assert_eq!(a.ptr, b.ptr);
        assert_eq!(bytes(cranego_strconv_Itoa(7)), b"7");
    }

    #[test]
    fn num_error_descriptor() {
        let mut out = IntErr { v: 0, err: nil() };
        cranego_strconv_Atoi(b"x".as_ptr(), 1, &mut out);
        // SAFETY: a non-nil error from Atoi has the NumError itab.
        let tab = unsafe { &*out.err.tab };
        assert_eq!(tab.inter, &cranego_type_error.0 as *const Type);
        assert_eq!(tab.typ, &cranego_type_ptr_strconv_NumError.0 as *const Type);
        let e = unsafe { &*(out.err.data as *const NumError) };
        assert_eq!(go_string(e.func), b"Atoi");
        assert_eq!(e.err.data, unsafe { cranego_strconv_ErrSyntax.data });
        assert_eq!(cranego_strconv_NumError_Unwrap(out.err.data).data, e.err.data);
    }

    #[allow(clippy::excessive_precision)]
    fn grid_format_hash() -> u64 {
        let special = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.5,
            1.5,
            2.5,
            0.05,
            0.25,
            123456789.0,
            1e21,
            1e20,
            1e-7,
            123.456,
            f64::MAX,
            5e-324,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::from_bits(0x7ff8000000000001),
            5e-324,
            2.2250738585072014e-308,
            100.0,
            1e6,
            0.000123,
            3.0,
            9.5,
            0.95,
            99.5,
            999999.5,
            1.0 / 3.0,
            2.0 / 3.0,
            0.1f32 as f64,
            16777216.0,
            736033889546137.25,
            3036561.25,
        ];
        let mut h = 14695981039346656037u64;
        for v in special {
            for f in [b'e', b'E', b'f', b'g', b'G', b'b', b'x', b'X', b'q'] {
                for p in [-1, 0, 1, 2, 3, 5, 10, 17, 20] {
                    for bs in [64, 32] {
                        h = fnv_bytes(h, &format_float(v, f, p, bs));
                    }
                }
            }
        }
        h
    }

    #[test]
    fn against_go() {
        let t = T;
        t.itoa(0, b"0");
        t.fmtint(0, 2, b"0", b"0");
        t.fmtint(0, 8, b"0", b"0");
        t.fmtint(0, 16, b"0", b"0");
        t.fmtint(0, 36, b"0", b"0");
        t.fmtint(0, 10, b"0", b"0");
        t.fmtint(0, 7, b"0", b"0");
        t.itoa(1, b"1");
        t.fmtint(1, 2, b"1", b"1");
        t.fmtint(1, 8, b"1", b"1");
        t.fmtint(1, 16, b"1", b"1");
        t.fmtint(1, 36, b"1", b"1");
        t.fmtint(1, 10, b"1", b"1");
        t.fmtint(1, 7, b"1", b"1");
        t.itoa(9, b"9");
        t.fmtint(9, 2, b"1001", b"1001");
        t.fmtint(9, 8, b"11", b"11");
        t.fmtint(9, 16, b"9", b"9");
        t.fmtint(9, 36, b"9", b"9");
        t.fmtint(9, 10, b"9", b"9");
        t.fmtint(9, 7, b"12", b"12");
        t.itoa(10, b"10");
        t.fmtint(10, 2, b"1010", b"1010");
        t.fmtint(10, 8, b"12", b"12");
        t.fmtint(10, 16, b"a", b"a");
        t.fmtint(10, 36, b"a", b"a");
        t.fmtint(10, 10, b"10", b"10");
        t.fmtint(10, 7, b"13", b"13");
        t.itoa(99, b"99");
        t.fmtint(99, 2, b"1100011", b"1100011");
        t.fmtint(99, 8, b"143", b"143");
        t.fmtint(99, 16, b"63", b"63");
        t.fmtint(99, 36, b"2r", b"2r");
        t.fmtint(99, 10, b"99", b"99");
        t.fmtint(99, 7, b"201", b"201");
        t.itoa(100, b"100");
        t.fmtint(100, 2, b"1100100", b"1100100");
        t.fmtint(100, 8, b"144", b"144");
        t.fmtint(100, 16, b"64", b"64");
        t.fmtint(100, 36, b"2s", b"2s");
        t.fmtint(100, 10, b"100", b"100");
        t.fmtint(100, 7, b"202", b"202");
        t.itoa(-1, b"-1");
        t.fmtint(-1, 2, b"-1", b"1111111111111111111111111111111111111111111111111111111111111111");
        t.fmtint(-1, 8, b"-1", b"1777777777777777777777");
        t.fmtint(-1, 16, b"-1", b"ffffffffffffffff");
        t.fmtint(-1, 36, b"-1", b"3w5e11264sgsf");
        t.fmtint(-1, 10, b"-1", b"18446744073709551615");
        t.fmtint(-1, 7, b"-1", b"45012021522523134134601");
        t.itoa(-99, b"-99");
        t.fmtint(-99, 2, b"-1100011", b"1111111111111111111111111111111111111111111111111111111110011101");
        t.fmtint(-99, 8, b"-143", b"1777777777777777777635");
        t.fmtint(-99, 16, b"-63", b"ffffffffffffff9d");
        t.fmtint(-99, 36, b"-2r", b"3w5e11264sgpp");
        t.fmtint(-99, 10, b"-99", b"18446744073709551517");
        t.fmtint(-99, 7, b"-201", b"45012021522523134134401");
        t.itoa(12345, b"12345");
        t.fmtint(12345, 2, b"11000000111001", b"11000000111001");
        t.fmtint(12345, 8, b"30071", b"30071");
        t.fmtint(12345, 16, b"3039", b"3039");
        t.fmtint(12345, 36, b"9ix", b"9ix");
        t.fmtint(12345, 10, b"12345", b"12345");
        t.fmtint(12345, 7, b"50664", b"50664");
        t.itoa(9223372036854775807, b"9223372036854775807");
        t.fmtint(
            9223372036854775807,
            2,
            b"111111111111111111111111111111111111111111111111111111111111111",
            b"111111111111111111111111111111111111111111111111111111111111111",
        );
        t.fmtint(9223372036854775807, 8, b"777777777777777777777", b"777777777777777777777");
        t.fmtint(9223372036854775807, 16, b"7fffffffffffffff", b"7fffffffffffffff");
        t.fmtint(9223372036854775807, 36, b"1y2p0ij32e8e7", b"1y2p0ij32e8e7");
        t.fmtint(9223372036854775807, 10, b"9223372036854775807", b"9223372036854775807");
        t.fmtint(9223372036854775807, 7, b"22341010611245052052300", b"22341010611245052052300");
        t.itoa(-9223372036854775808, b"-9223372036854775808");
        t.fmtint(
            -9223372036854775808,
            2,
            b"-1000000000000000000000000000000000000000000000000000000000000000",
            b"1000000000000000000000000000000000000000000000000000000000000000",
        );
        t.fmtint(-9223372036854775808, 8, b"-1000000000000000000000", b"1000000000000000000000");
        t.fmtint(-9223372036854775808, 16, b"-8000000000000000", b"8000000000000000");
        t.fmtint(-9223372036854775808, 36, b"-1y2p0ij32e8e8", b"1y2p0ij32e8e8");
        t.fmtint(-9223372036854775808, 10, b"-9223372036854775808", b"9223372036854775808");
        t.fmtint(-9223372036854775808, 7, b"-22341010611245052052301", b"22341010611245052052301");
        t.atoi(b"", 0, b"strconv.Atoi: parsing \"\": invalid syntax");
        t.parseint(
            b"",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\": invalid syntax",
        );
        t.parseint(
            b"",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\": invalid syntax",
        );
        t.parseint(
            b"",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\": invalid syntax",
        );
        t.parseint(
            b"",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\": invalid syntax",
        );
        t.parseint(
            b"",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \"\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\": invalid syntax",
        );
        t.parseint(
            b"",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\": invalid syntax",
        );
        t.parseint(
            b"",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\": invalid syntax",
        );
        t.parseint(
            b"",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\": invalid syntax",
        );
        t.parseint(
            b"",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\": invalid syntax",
        );
        t.parseint(
            b"",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\": invalid syntax",
        );
        t.atoi(b"0", 0, b"");
        t.parseint(b"0", 10, 64, 0, b"", 0, b"");
        t.parseint(b"0", 0, 64, 0, b"", 0, b"");
        t.parseint(b"0", 16, 32, 0, b"", 0, b"");
        t.parseint(b"0", 0, 8, 0, b"", 0, b"");
        t.parseint(b"0", 36, 0, 0, b"", 0, b"");
        t.parseint(
            b"0",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"0\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"0\": invalid base 1",
        );
        t.parseint(
            b"0",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"0\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"0\": invalid base 37",
        );
        t.parseint(
            b"0",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"0\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"0\": invalid bit size 65",
        );
        t.parseint(
            b"0",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"0\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"0\": invalid bit size -1",
        );
        t.parseint(b"0", 2, 16, 0, b"", 0, b"");
        t.atoi(b"1", 1, b"");
        t.parseint(b"1", 10, 64, 1, b"", 1, b"");
        t.parseint(b"1", 0, 64, 1, b"", 1, b"");
        t.parseint(b"1", 16, 32, 1, b"", 1, b"");
        t.parseint(b"1", 0, 8, 1, b"", 1, b"");
        t.parseint(b"1", 36, 0, 1, b"", 1, b"");
        t.parseint(
            b"1",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"1\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"1\": invalid base 1",
        );
        t.parseint(
            b"1",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"1\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"1\": invalid base 37",
        );
        t.parseint(
            b"1",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"1\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"1\": invalid bit size 65",
        );
        t.parseint(
            b"1",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"1\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"1\": invalid bit size -1",
        );
        t.parseint(b"1", 2, 16, 1, b"", 1, b"");
        t.atoi(b"-1", -1, b"");
        t.parseint(b"-1", 10, 64, -1, b"", 0, b"strconv.ParseUint: parsing \"-1\": invalid syntax");
        t.parseint(b"-1", 0, 64, -1, b"", 0, b"strconv.ParseUint: parsing \"-1\": invalid syntax");
        t.parseint(b"-1", 16, 32, -1, b"", 0, b"strconv.ParseUint: parsing \"-1\": invalid syntax");
        t.parseint(b"-1", 0, 8, -1, b"", 0, b"strconv.ParseUint: parsing \"-1\": invalid syntax");
        t.parseint(b"-1", 36, 0, -1, b"", 0, b"strconv.ParseUint: parsing \"-1\": invalid syntax");
        t.parseint(
            b"-1",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"-1\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"-1\": invalid base 1",
        );
        t.parseint(
            b"-1",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"-1\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"-1\": invalid base 37",
        );
        t.parseint(
            b"-1",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"-1\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"-1\": invalid bit size 65",
        );
        t.parseint(
            b"-1",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"-1\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"-1\": invalid bit size -1",
        );
        t.parseint(b"-1", 2, 16, -1, b"", 0, b"strconv.ParseUint: parsing \"-1\": invalid syntax");
        t.atoi(b"+5", 5, b"");
        t.parseint(b"+5", 10, 64, 5, b"", 0, b"strconv.ParseUint: parsing \"+5\": invalid syntax");
        t.parseint(b"+5", 0, 64, 5, b"", 0, b"strconv.ParseUint: parsing \"+5\": invalid syntax");
        t.parseint(b"+5", 16, 32, 5, b"", 0, b"strconv.ParseUint: parsing \"+5\": invalid syntax");
        t.parseint(b"+5", 0, 8, 5, b"", 0, b"strconv.ParseUint: parsing \"+5\": invalid syntax");
        t.parseint(b"+5", 36, 0, 5, b"", 0, b"strconv.ParseUint: parsing \"+5\": invalid syntax");
        t.parseint(
            b"+5",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"+5\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"+5\": invalid base 1",
        );
        t.parseint(
            b"+5",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"+5\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"+5\": invalid base 37",
        );
        t.parseint(
            b"+5",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"+5\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"+5\": invalid bit size 65",
        );
        t.parseint(
            b"+5",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"+5\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"+5\": invalid bit size -1",
        );
        t.parseint(
            b"+5",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"+5\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+5\": invalid syntax",
        );
        t.atoi(b"-", 0, b"strconv.Atoi: parsing \"-\": invalid syntax");
        t.parseint(
            b"-",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"-\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-\": invalid syntax",
        );
        t.parseint(
            b"-",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"-\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-\": invalid syntax",
        );
        t.parseint(
            b"-",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"-\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-\": invalid syntax",
        );
        t.parseint(
            b"-",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"-\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-\": invalid syntax",
        );
        t.parseint(
            b"-",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \"-\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-\": invalid syntax",
        );
        t.parseint(
            b"-",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"-\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-\": invalid base 1",
        );
        t.parseint(
            b"-",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"-\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-\": invalid base 37",
        );
        t.parseint(
            b"-",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"-\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-\": invalid bit size 65",
        );
        t.parseint(
            b"-",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"-\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-\": invalid bit size -1",
        );
        t.parseint(
            b"-",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"-\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-\": invalid syntax",
        );
        t.atoi(b"+", 0, b"strconv.Atoi: parsing \"+\": invalid syntax");
        t.parseint(
            b"+",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"+\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+\": invalid syntax",
        );
        t.parseint(
            b"+",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"+\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+\": invalid syntax",
        );
        t.parseint(
            b"+",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"+\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+\": invalid syntax",
        );
        t.parseint(
            b"+",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"+\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+\": invalid syntax",
        );
        t.parseint(
            b"+",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \"+\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+\": invalid syntax",
        );
        t.parseint(
            b"+",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"+\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+\": invalid base 1",
        );
        t.parseint(
            b"+",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"+\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+\": invalid base 37",
        );
        t.parseint(
            b"+",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"+\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+\": invalid bit size 65",
        );
        t.parseint(
            b"+",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"+\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+\": invalid bit size -1",
        );
        t.parseint(
            b"+",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"+\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"+\": invalid syntax",
        );
        t.atoi(b"12a", 0, b"strconv.Atoi: parsing \"12a\": invalid syntax");
        t.parseint(
            b"12a",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"12a\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"12a\": invalid syntax",
        );
        t.parseint(
            b"12a",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"12a\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"12a\": invalid syntax",
        );
        t.parseint(b"12a", 16, 32, 298, b"", 298, b"");
        t.parseint(
            b"12a",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"12a\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"12a\": invalid syntax",
        );
        t.parseint(b"12a", 36, 0, 1378, b"", 1378, b"");
        t.parseint(
            b"12a",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"12a\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"12a\": invalid base 1",
        );
        t.parseint(
            b"12a",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"12a\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"12a\": invalid base 37",
        );
        t.parseint(
            b"12a",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"12a\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"12a\": invalid bit size 65",
        );
        t.parseint(
            b"12a",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"12a\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"12a\": invalid bit size -1",
        );
        t.parseint(
            b"12a",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"12a\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"12a\": invalid syntax",
        );
        t.atoi(b"123456789012345678", 123456789012345678, b"");
        t.parseint(b"123456789012345678", 10, 64, 123456789012345678, b"", 123456789012345678, b"");
        t.parseint(b"123456789012345678", 0, 64, 123456789012345678, b"", 123456789012345678, b"");
        t.parseint(
            b"123456789012345678",
            16,
            32,
            2147483647,
            b"strconv.ParseInt: parsing \"123456789012345678\": value out of range",
            4294967295,
            b"strconv.ParseUint: parsing \"123456789012345678\": value out of range",
        );
        t.parseint(
            b"123456789012345678",
            0,
            8,
            127,
            b"strconv.ParseInt: parsing \"123456789012345678\": value out of range",
            255,
            b"strconv.ParseUint: parsing \"123456789012345678\": value out of range",
        );
        t.parseint(
            b"123456789012345678",
            36,
            0,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"123456789012345678\": value out of range",
            18446744073709551615,
            b"strconv.ParseUint: parsing \"123456789012345678\": value out of range",
        );
        t.parseint(
            b"123456789012345678",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"123456789012345678\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"123456789012345678\": invalid base 1",
        );
        t.parseint(
            b"123456789012345678",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"123456789012345678\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"123456789012345678\": invalid base 37",
        );
        t.parseint(
            b"123456789012345678",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"123456789012345678\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"123456789012345678\": invalid bit size 65",
        );
        t.parseint(
            b"123456789012345678",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"123456789012345678\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"123456789012345678\": invalid bit size -1",
        );
        t.parseint(
            b"123456789012345678",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"123456789012345678\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"123456789012345678\": invalid syntax",
        );
        t.atoi(b"9223372036854775807", 9223372036854775807, b"");
        t.parseint(b"9223372036854775807", 10, 64, 9223372036854775807, b"", 9223372036854775807, b"");
        t.parseint(b"9223372036854775807", 0, 64, 9223372036854775807, b"", 9223372036854775807, b"");
        t.parseint(
            b"9223372036854775807",
            16,
            32,
            2147483647,
            b"strconv.ParseInt: parsing \"9223372036854775807\": value out of range",
            4294967295,
            b"strconv.ParseUint: parsing \"9223372036854775807\": value out of range",
        );
        t.parseint(
            b"9223372036854775807",
            0,
            8,
            127,
            b"strconv.ParseInt: parsing \"9223372036854775807\": value out of range",
            255,
            b"strconv.ParseUint: parsing \"9223372036854775807\": value out of range",
        );
        t.parseint(
            b"9223372036854775807",
            36,
            0,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"9223372036854775807\": value out of range",
            18446744073709551615,
            b"strconv.ParseUint: parsing \"9223372036854775807\": value out of range",
        );
        t.parseint(
            b"9223372036854775807",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"9223372036854775807\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"9223372036854775807\": invalid base 1",
        );
        t.parseint(
            b"9223372036854775807",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"9223372036854775807\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"9223372036854775807\": invalid base 37",
        );
        t.parseint(
            b"9223372036854775807",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"9223372036854775807\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"9223372036854775807\": invalid bit size 65",
        );
        t.parseint(
            b"9223372036854775807",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"9223372036854775807\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"9223372036854775807\": invalid bit size -1",
        );
        t.parseint(
            b"9223372036854775807",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"9223372036854775807\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"9223372036854775807\": invalid syntax",
        );
        t.atoi(
            b"9223372036854775808",
            9223372036854775807,
            b"strconv.Atoi: parsing \"9223372036854775808\": value out of range",
        );
        t.parseint(
            b"9223372036854775808",
            10,
            64,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"9223372036854775808\": value out of range",
            9223372036854775808,
            b"",
        );
        t.parseint(
            b"9223372036854775808",
            0,
            64,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"9223372036854775808\": value out of range",
            9223372036854775808,
            b"",
        );
        t.parseint(
            b"9223372036854775808",
            16,
            32,
            2147483647,
            b"strconv.ParseInt: parsing \"9223372036854775808\": value out of range",
            4294967295,
            b"strconv.ParseUint: parsing \"9223372036854775808\": value out of range",
        );
        t.parseint(
            b"9223372036854775808",
            0,
            8,
            127,
            b"strconv.ParseInt: parsing \"9223372036854775808\": value out of range",
            255,
            b"strconv.ParseUint: parsing \"9223372036854775808\": value out of range",
        );
        t.parseint(
            b"9223372036854775808",
            36,
            0,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"9223372036854775808\": value out of range",
            18446744073709551615,
            b"strconv.ParseUint: parsing \"9223372036854775808\": value out of range",
        );
        t.parseint(
            b"9223372036854775808",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"9223372036854775808\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"9223372036854775808\": invalid base 1",
        );
        t.parseint(
            b"9223372036854775808",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"9223372036854775808\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"9223372036854775808\": invalid base 37",
        );
        t.parseint(
            b"9223372036854775808",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"9223372036854775808\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"9223372036854775808\": invalid bit size 65",
        );
        t.parseint(
            b"9223372036854775808",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"9223372036854775808\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"9223372036854775808\": invalid bit size -1",
        );
        t.parseint(
            b"9223372036854775808",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"9223372036854775808\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"9223372036854775808\": invalid syntax",
        );
        t.atoi(b"-9223372036854775808", -9223372036854775808, b"");
        t.parseint(
            b"-9223372036854775808",
            10,
            64,
            -9223372036854775808,
            b"",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775808\": invalid syntax",
        );
        t.parseint(
            b"-9223372036854775808",
            0,
            64,
            -9223372036854775808,
            b"",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775808\": invalid syntax",
        );
        t.parseint(
            b"-9223372036854775808",
            16,
            32,
            -2147483648,
            b"strconv.ParseInt: parsing \"-9223372036854775808\": value out of range",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775808\": invalid syntax",
        );
        t.parseint(
            b"-9223372036854775808",
            0,
            8,
            -128,
            b"strconv.ParseInt: parsing \"-9223372036854775808\": value out of range",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775808\": invalid syntax",
        );
        t.parseint(
            b"-9223372036854775808",
            36,
            0,
            -9223372036854775808,
            b"strconv.ParseInt: parsing \"-9223372036854775808\": value out of range",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775808\": invalid syntax",
        );
        t.parseint(
            b"-9223372036854775808",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"-9223372036854775808\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775808\": invalid base 1",
        );
        t.parseint(
            b"-9223372036854775808",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"-9223372036854775808\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775808\": invalid base 37",
        );
        t.parseint(
            b"-9223372036854775808",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"-9223372036854775808\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775808\": invalid bit size 65",
        );
        t.parseint(
            b"-9223372036854775808",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"-9223372036854775808\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775808\": invalid bit size -1",
        );
        t.parseint(
            b"-9223372036854775808",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"-9223372036854775808\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775808\": invalid syntax",
        );
        t.atoi(
            b"-9223372036854775809",
            -9223372036854775808,
            b"strconv.Atoi: parsing \"-9223372036854775809\": value out of range",
        );
        t.parseint(
            b"-9223372036854775809",
            10,
            64,
            -9223372036854775808,
            b"strconv.ParseInt: parsing \"-9223372036854775809\": value out of range",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775809\": invalid syntax",
        );
        t.parseint(
            b"-9223372036854775809",
            0,
            64,
            -9223372036854775808,
            b"strconv.ParseInt: parsing \"-9223372036854775809\": value out of range",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775809\": invalid syntax",
        );
        t.parseint(
            b"-9223372036854775809",
            16,
            32,
            -2147483648,
            b"strconv.ParseInt: parsing \"-9223372036854775809\": value out of range",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775809\": invalid syntax",
        );
        t.parseint(
            b"-9223372036854775809",
            0,
            8,
            -128,
            b"strconv.ParseInt: parsing \"-9223372036854775809\": value out of range",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775809\": invalid syntax",
        );
        t.parseint(
            b"-9223372036854775809",
            36,
            0,
            -9223372036854775808,
            b"strconv.ParseInt: parsing \"-9223372036854775809\": value out of range",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775809\": invalid syntax",
        );
        t.parseint(
            b"-9223372036854775809",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"-9223372036854775809\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775809\": invalid base 1",
        );
        t.parseint(
            b"-9223372036854775809",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"-9223372036854775809\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775809\": invalid base 37",
        );
        t.parseint(
            b"-9223372036854775809",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"-9223372036854775809\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775809\": invalid bit size 65",
        );
        t.parseint(
            b"-9223372036854775809",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"-9223372036854775809\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775809\": invalid bit size -1",
        );
        t.parseint(
            b"-9223372036854775809",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"-9223372036854775809\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-9223372036854775809\": invalid syntax",
        );
        t.atoi(
            b"99999999999999999999x",
            9223372036854775807,
            b"strconv.Atoi: parsing \"99999999999999999999x\": value out of range",
        );
        t.parseint(
            b"99999999999999999999x",
            10,
            64,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"99999999999999999999x\": value out of range",
            18446744073709551615,
            b"strconv.ParseUint: parsing \"99999999999999999999x\": value out of range",
        );
        t.parseint(
            b"99999999999999999999x",
            0,
            64,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"99999999999999999999x\": value out of range",
            18446744073709551615,
            b"strconv.ParseUint: parsing \"99999999999999999999x\": value out of range",
        );
        t.parseint(
            b"99999999999999999999x",
            16,
            32,
            2147483647,
            b"strconv.ParseInt: parsing \"99999999999999999999x\": value out of range",
            4294967295,
            b"strconv.ParseUint: parsing \"99999999999999999999x\": value out of range",
        );
        t.parseint(
            b"99999999999999999999x",
            0,
            8,
            127,
            b"strconv.ParseInt: parsing \"99999999999999999999x\": value out of range",
            255,
            b"strconv.ParseUint: parsing \"99999999999999999999x\": value out of range",
        );
        t.parseint(
            b"99999999999999999999x",
            36,
            0,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"99999999999999999999x\": value out of range",
            18446744073709551615,
            b"strconv.ParseUint: parsing \"99999999999999999999x\": value out of range",
        );
        t.parseint(
            b"99999999999999999999x",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"99999999999999999999x\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"99999999999999999999x\": invalid base 1",
        );
        t.parseint(
            b"99999999999999999999x",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"99999999999999999999x\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"99999999999999999999x\": invalid base 37",
        );
        t.parseint(
            b"99999999999999999999x",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"99999999999999999999x\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"99999999999999999999x\": invalid bit size 65",
        );
        t.parseint(
            b"99999999999999999999x",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"99999999999999999999x\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"99999999999999999999x\": invalid bit size -1",
        );
        t.parseint(
            b"99999999999999999999x",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"99999999999999999999x\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"99999999999999999999x\": invalid syntax",
        );
        t.atoi(b"0x1F", 0, b"strconv.Atoi: parsing \"0x1F\": invalid syntax");
        t.parseint(
            b"0x1F",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"0x1F\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x1F\": invalid syntax",
        );
        t.parseint(b"0x1F", 0, 64, 31, b"", 31, b"");
        t.parseint(
            b"0x1F",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"0x1F\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x1F\": invalid syntax",
        );
        t.parseint(b"0x1F", 0, 8, 31, b"", 31, b"");
        t.parseint(b"0x1F", 36, 0, 42819, b"", 42819, b"");
        t.parseint(
            b"0x1F",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"0x1F\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"0x1F\": invalid base 1",
        );
        t.parseint(
            b"0x1F",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"0x1F\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"0x1F\": invalid base 37",
        );
        t.parseint(
            b"0x1F",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"0x1F\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"0x1F\": invalid bit size 65",
        );
        t.parseint(
            b"0x1F",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"0x1F\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"0x1F\": invalid bit size -1",
        );
        t.parseint(
            b"0x1F",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"0x1F\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x1F\": invalid syntax",
        );
        t.atoi(b"0b101", 0, b"strconv.Atoi: parsing \"0b101\": invalid syntax");
        t.parseint(
            b"0b101",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"0b101\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0b101\": invalid syntax",
        );
        t.parseint(b"0b101", 0, 64, 5, b"", 5, b"");
        t.parseint(b"0b101", 16, 32, 45313, b"", 45313, b"");
        t.parseint(b"0b101", 0, 8, 5, b"", 5, b"");
        t.parseint(b"0b101", 36, 0, 514513, b"", 514513, b"");
        t.parseint(
            b"0b101",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"0b101\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"0b101\": invalid base 1",
        );
        t.parseint(
            b"0b101",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"0b101\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"0b101\": invalid base 37",
        );
        t.parseint(
            b"0b101",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"0b101\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"0b101\": invalid bit size 65",
        );
        t.parseint(
            b"0b101",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"0b101\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"0b101\": invalid bit size -1",
        );
        t.parseint(
            b"0b101",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"0b101\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0b101\": invalid syntax",
        );
        t.atoi(b"0o17", 0, b"strconv.Atoi: parsing \"0o17\": invalid syntax");
        t.parseint(
            b"0o17",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"0o17\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0o17\": invalid syntax",
        );
        t.parseint(b"0o17", 0, 64, 15, b"", 15, b"");
        t.parseint(
            b"0o17",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"0o17\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0o17\": invalid syntax",
        );
        t.parseint(b"0o17", 0, 8, 15, b"", 15, b"");
        t.parseint(b"0o17", 36, 0, 31147, b"", 31147, b"");
        t.parseint(
            b"0o17",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"0o17\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"0o17\": invalid base 1",
        );
        t.parseint(
            b"0o17",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"0o17\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"0o17\": invalid base 37",
        );
        t.parseint(
            b"0o17",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"0o17\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"0o17\": invalid bit size 65",
        );
        t.parseint(
            b"0o17",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"0o17\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"0o17\": invalid bit size -1",
        );
        t.parseint(
            b"0o17",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"0o17\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0o17\": invalid syntax",
        );
        t.atoi(b"017", 17, b"");
        t.parseint(b"017", 10, 64, 17, b"", 17, b"");
        t.parseint(b"017", 0, 64, 15, b"", 15, b"");
        t.parseint(b"017", 16, 32, 23, b"", 23, b"");
        t.parseint(b"017", 0, 8, 15, b"", 15, b"");
        t.parseint(b"017", 36, 0, 43, b"", 43, b"");
        t.parseint(
            b"017",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"017\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"017\": invalid base 1",
        );
        t.parseint(
            b"017",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"017\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"017\": invalid base 37",
        );
        t.parseint(
            b"017",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"017\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"017\": invalid bit size 65",
        );
        t.parseint(
            b"017",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"017\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"017\": invalid bit size -1",
        );
        t.parseint(
            b"017",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"017\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"017\": invalid syntax",
        );
        t.atoi(b"1_000", 0, b"strconv.Atoi: parsing \"1_000\": invalid syntax");
        t.parseint(
            b"1_000",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"1_000\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1_000\": invalid syntax",
        );
        t.parseint(b"1_000", 0, 64, 1000, b"", 1000, b"");
        t.parseint(
            b"1_000",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"1_000\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1_000\": invalid syntax",
        );
        t.parseint(
            b"1_000",
            0,
            8,
            127,
            b"strconv.ParseInt: parsing \"1_000\": value out of range",
            255,
            b"strconv.ParseUint: parsing \"1_000\": value out of range",
        );
        t.parseint(
            b"1_000",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \"1_000\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1_000\": invalid syntax",
        );
        t.parseint(
            b"1_000",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"1_000\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"1_000\": invalid base 1",
        );
        t.parseint(
            b"1_000",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"1_000\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"1_000\": invalid base 37",
        );
        t.parseint(
            b"1_000",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"1_000\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"1_000\": invalid bit size 65",
        );
        t.parseint(
            b"1_000",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"1_000\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"1_000\": invalid bit size -1",
        );
        t.parseint(
            b"1_000",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"1_000\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1_000\": invalid syntax",
        );
        t.atoi(b"0x_1f", 0, b"strconv.Atoi: parsing \"0x_1f\": invalid syntax");
        t.parseint(
            b"0x_1f",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"0x_1f\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x_1f\": invalid syntax",
        );
        t.parseint(b"0x_1f", 0, 64, 31, b"", 31, b"");
        t.parseint(
            b"0x_1f",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"0x_1f\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x_1f\": invalid syntax",
        );
        t.parseint(b"0x_1f", 0, 8, 31, b"", 31, b"");
        t.parseint(
            b"0x_1f",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \"0x_1f\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x_1f\": invalid syntax",
        );
        t.parseint(
            b"0x_1f",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"0x_1f\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"0x_1f\": invalid base 1",
        );
        t.parseint(
            b"0x_1f",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"0x_1f\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"0x_1f\": invalid base 37",
        );
        t.parseint(
            b"0x_1f",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"0x_1f\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"0x_1f\": invalid bit size 65",
        );
        t.parseint(
            b"0x_1f",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"0x_1f\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"0x_1f\": invalid bit size -1",
        );
        t.parseint(
            b"0x_1f",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"0x_1f\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x_1f\": invalid syntax",
        );
        t.atoi(b"_1", 0, b"strconv.Atoi: parsing \"_1\": invalid syntax");
        t.parseint(
            b"_1",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"_1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"_1\": invalid syntax",
        );
        t.parseint(
            b"_1",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"_1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"_1\": invalid syntax",
        );
        t.parseint(
            b"_1",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"_1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"_1\": invalid syntax",
        );
        t.parseint(
            b"_1",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"_1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"_1\": invalid syntax",
        );
        t.parseint(
            b"_1",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \"_1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"_1\": invalid syntax",
        );
        t.parseint(
            b"_1",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"_1\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"_1\": invalid base 1",
        );
        t.parseint(
            b"_1",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"_1\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"_1\": invalid base 37",
        );
        t.parseint(
            b"_1",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"_1\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"_1\": invalid bit size 65",
        );
        t.parseint(
            b"_1",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"_1\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"_1\": invalid bit size -1",
        );
        t.parseint(
            b"_1",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"_1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"_1\": invalid syntax",
        );
        t.atoi(b"1__0", 0, b"strconv.Atoi: parsing \"1__0\": invalid syntax");
        t.parseint(
            b"1__0",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"1__0\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1__0\": invalid syntax",
        );
        t.parseint(
            b"1__0",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"1__0\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1__0\": invalid syntax",
        );
        t.parseint(
            b"1__0",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"1__0\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1__0\": invalid syntax",
        );
        t.parseint(
            b"1__0",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"1__0\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1__0\": invalid syntax",
        );
        t.parseint(
            b"1__0",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \"1__0\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1__0\": invalid syntax",
        );
        t.parseint(
            b"1__0",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"1__0\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"1__0\": invalid base 1",
        );
        t.parseint(
            b"1__0",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"1__0\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"1__0\": invalid base 37",
        );
        t.parseint(
            b"1__0",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"1__0\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"1__0\": invalid bit size 65",
        );
        t.parseint(
            b"1__0",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"1__0\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"1__0\": invalid bit size -1",
        );
        t.parseint(
            b"1__0",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"1__0\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1__0\": invalid syntax",
        );
        t.atoi(b"0x", 0, b"strconv.Atoi: parsing \"0x\": invalid syntax");
        t.parseint(
            b"0x",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"0x\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x\": invalid syntax",
        );
        t.parseint(
            b"0x",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"0x\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x\": invalid syntax",
        );
        t.parseint(
            b"0x",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"0x\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x\": invalid syntax",
        );
        t.parseint(
            b"0x",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"0x\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x\": invalid syntax",
        );
        t.parseint(b"0x", 36, 0, 33, b"", 33, b"");
        t.parseint(
            b"0x",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"0x\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"0x\": invalid base 1",
        );
        t.parseint(
            b"0x",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"0x\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"0x\": invalid base 37",
        );
        t.parseint(
            b"0x",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"0x\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"0x\": invalid bit size 65",
        );
        t.parseint(
            b"0x",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"0x\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"0x\": invalid bit size -1",
        );
        t.parseint(
            b"0x",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"0x\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0x\": invalid syntax",
        );
        t.atoi(b"\xd9\xa3", 0, b"strconv.Atoi: parsing \"\xd9\xa3\": invalid syntax");
        t.parseint(
            b"\xd9\xa3",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"\xd9\xa3\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\xd9\xa3\": invalid syntax",
        );
        t.parseint(
            b"\xd9\xa3",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"\xd9\xa3\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\xd9\xa3\": invalid syntax",
        );
        t.parseint(
            b"\xd9\xa3",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"\xd9\xa3\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\xd9\xa3\": invalid syntax",
        );
        t.parseint(
            b"\xd9\xa3",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"\xd9\xa3\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\xd9\xa3\": invalid syntax",
        );
        t.parseint(
            b"\xd9\xa3",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \"\xd9\xa3\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\xd9\xa3\": invalid syntax",
        );
        t.parseint(
            b"\xd9\xa3",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"\xd9\xa3\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"\xd9\xa3\": invalid base 1",
        );
        t.parseint(
            b"\xd9\xa3",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"\xd9\xa3\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"\xd9\xa3\": invalid base 37",
        );
        t.parseint(
            b"\xd9\xa3",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"\xd9\xa3\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"\xd9\xa3\": invalid bit size 65",
        );
        t.parseint(
            b"\xd9\xa3",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"\xd9\xa3\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"\xd9\xa3\": invalid bit size -1",
        );
        t.parseint(
            b"\xd9\xa3",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"\xd9\xa3\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"\xd9\xa3\": invalid syntax",
        );
        t.atoi(b" 1", 0, b"strconv.Atoi: parsing \" 1\": invalid syntax");
        t.parseint(
            b" 1",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \" 1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \" 1\": invalid syntax",
        );
        t.parseint(
            b" 1",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \" 1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \" 1\": invalid syntax",
        );
        t.parseint(
            b" 1",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \" 1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \" 1\": invalid syntax",
        );
        t.parseint(
            b" 1",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \" 1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \" 1\": invalid syntax",
        );
        t.parseint(
            b" 1",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \" 1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \" 1\": invalid syntax",
        );
        t.parseint(
            b" 1",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \" 1\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \" 1\": invalid base 1",
        );
        t.parseint(
            b" 1",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \" 1\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \" 1\": invalid base 37",
        );
        t.parseint(
            b" 1",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \" 1\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \" 1\": invalid bit size 65",
        );
        t.parseint(
            b" 1",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \" 1\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \" 1\": invalid bit size -1",
        );
        t.parseint(
            b" 1",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \" 1\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \" 1\": invalid syntax",
        );
        t.atoi(b"1 ", 0, b"strconv.Atoi: parsing \"1 \": invalid syntax");
        t.parseint(
            b"1 ",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"1 \": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1 \": invalid syntax",
        );
        t.parseint(
            b"1 ",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"1 \": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1 \": invalid syntax",
        );
        t.parseint(
            b"1 ",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"1 \": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1 \": invalid syntax",
        );
        t.parseint(
            b"1 ",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"1 \": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1 \": invalid syntax",
        );
        t.parseint(
            b"1 ",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \"1 \": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1 \": invalid syntax",
        );
        t.parseint(
            b"1 ",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"1 \": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"1 \": invalid base 1",
        );
        t.parseint(
            b"1 ",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"1 \": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"1 \": invalid base 37",
        );
        t.parseint(
            b"1 ",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"1 \": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"1 \": invalid bit size 65",
        );
        t.parseint(
            b"1 ",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"1 \": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"1 \": invalid bit size -1",
        );
        t.parseint(
            b"1 ",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"1 \": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1 \": invalid syntax",
        );
        t.atoi(
            b"18446744073709551615",
            9223372036854775807,
            b"strconv.Atoi: parsing \"18446744073709551615\": value out of range",
        );
        t.parseint(
            b"18446744073709551615",
            10,
            64,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"18446744073709551615\": value out of range",
            18446744073709551615,
            b"",
        );
        t.parseint(
            b"18446744073709551615",
            0,
            64,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"18446744073709551615\": value out of range",
            18446744073709551615,
            b"",
        );
        t.parseint(
            b"18446744073709551615",
            16,
            32,
            2147483647,
            b"strconv.ParseInt: parsing \"18446744073709551615\": value out of range",
            4294967295,
            b"strconv.ParseUint: parsing \"18446744073709551615\": value out of range",
        );
        t.parseint(
            b"18446744073709551615",
            0,
            8,
            127,
            b"strconv.ParseInt: parsing \"18446744073709551615\": value out of range",
            255,
            b"strconv.ParseUint: parsing \"18446744073709551615\": value out of range",
        );
        t.parseint(
            b"18446744073709551615",
            36,
            0,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"18446744073709551615\": value out of range",
            18446744073709551615,
            b"strconv.ParseUint: parsing \"18446744073709551615\": value out of range",
        );
        t.parseint(
            b"18446744073709551615",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"18446744073709551615\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"18446744073709551615\": invalid base 1",
        );
        t.parseint(
            b"18446744073709551615",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"18446744073709551615\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"18446744073709551615\": invalid base 37",
        );
        t.parseint(
            b"18446744073709551615",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"18446744073709551615\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"18446744073709551615\": invalid bit size 65",
        );
        t.parseint(
            b"18446744073709551615",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"18446744073709551615\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"18446744073709551615\": invalid bit size -1",
        );
        t.parseint(
            b"18446744073709551615",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"18446744073709551615\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"18446744073709551615\": invalid syntax",
        );
        t.atoi(
            b"18446744073709551616",
            9223372036854775807,
            b"strconv.Atoi: parsing \"18446744073709551616\": value out of range",
        );
        t.parseint(
            b"18446744073709551616",
            10,
            64,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"18446744073709551616\": value out of range",
            18446744073709551615,
            b"strconv.ParseUint: parsing \"18446744073709551616\": value out of range",
        );
        t.parseint(
            b"18446744073709551616",
            0,
            64,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"18446744073709551616\": value out of range",
            18446744073709551615,
            b"strconv.ParseUint: parsing \"18446744073709551616\": value out of range",
        );
        t.parseint(
            b"18446744073709551616",
            16,
            32,
            2147483647,
            b"strconv.ParseInt: parsing \"18446744073709551616\": value out of range",
            4294967295,
            b"strconv.ParseUint: parsing \"18446744073709551616\": value out of range",
        );
        t.parseint(
            b"18446744073709551616",
            0,
            8,
            127,
            b"strconv.ParseInt: parsing \"18446744073709551616\": value out of range",
            255,
            b"strconv.ParseUint: parsing \"18446744073709551616\": value out of range",
        );
        t.parseint(
            b"18446744073709551616",
            36,
            0,
            9223372036854775807,
            b"strconv.ParseInt: parsing \"18446744073709551616\": value out of range",
            18446744073709551615,
            b"strconv.ParseUint: parsing \"18446744073709551616\": value out of range",
        );
        t.parseint(
            b"18446744073709551616",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"18446744073709551616\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"18446744073709551616\": invalid base 1",
        );
        t.parseint(
            b"18446744073709551616",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"18446744073709551616\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"18446744073709551616\": invalid base 37",
        );
        t.parseint(
            b"18446744073709551616",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"18446744073709551616\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"18446744073709551616\": invalid bit size 65",
        );
        t.parseint(
            b"18446744073709551616",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"18446744073709551616\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"18446744073709551616\": invalid bit size -1",
        );
        t.parseint(
            b"18446744073709551616",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"18446744073709551616\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"18446744073709551616\": invalid syntax",
        );
        t.atoi(b"-0", 0, b"");
        t.parseint(b"-0", 10, 64, 0, b"", 0, b"strconv.ParseUint: parsing \"-0\": invalid syntax");
        t.parseint(b"-0", 0, 64, 0, b"", 0, b"strconv.ParseUint: parsing \"-0\": invalid syntax");
        t.parseint(b"-0", 16, 32, 0, b"", 0, b"strconv.ParseUint: parsing \"-0\": invalid syntax");
        t.parseint(b"-0", 0, 8, 0, b"", 0, b"strconv.ParseUint: parsing \"-0\": invalid syntax");
        t.parseint(b"-0", 36, 0, 0, b"", 0, b"strconv.ParseUint: parsing \"-0\": invalid syntax");
        t.parseint(
            b"-0",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"-0\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"-0\": invalid base 1",
        );
        t.parseint(
            b"-0",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"-0\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"-0\": invalid base 37",
        );
        t.parseint(
            b"-0",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"-0\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"-0\": invalid bit size 65",
        );
        t.parseint(
            b"-0",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"-0\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"-0\": invalid bit size -1",
        );
        t.parseint(b"-0", 2, 16, 0, b"", 0, b"strconv.ParseUint: parsing \"-0\": invalid syntax");
        t.atoi(b"0b", 0, b"strconv.Atoi: parsing \"0b\": invalid syntax");
        t.parseint(
            b"0b",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"0b\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0b\": invalid syntax",
        );
        t.parseint(
            b"0b",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"0b\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0b\": invalid syntax",
        );
        t.parseint(b"0b", 16, 32, 11, b"", 11, b"");
        t.parseint(
            b"0b",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"0b\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0b\": invalid syntax",
        );
        t.parseint(b"0b", 36, 0, 11, b"", 11, b"");
        t.parseint(
            b"0b",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"0b\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"0b\": invalid base 1",
        );
        t.parseint(
            b"0b",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"0b\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"0b\": invalid base 37",
        );
        t.parseint(
            b"0b",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"0b\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"0b\": invalid bit size 65",
        );
        t.parseint(
            b"0b",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"0b\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"0b\": invalid bit size -1",
        );
        t.parseint(
            b"0b",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"0b\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0b\": invalid syntax",
        );
        t.atoi(b"0X1f", 0, b"strconv.Atoi: parsing \"0X1f\": invalid syntax");
        t.parseint(
            b"0X1f",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"0X1f\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0X1f\": invalid syntax",
        );
        t.parseint(b"0X1f", 0, 64, 31, b"", 31, b"");
        t.parseint(
            b"0X1f",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"0X1f\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0X1f\": invalid syntax",
        );
        t.parseint(b"0X1f", 0, 8, 31, b"", 31, b"");
        t.parseint(b"0X1f", 36, 0, 42819, b"", 42819, b"");
        t.parseint(
            b"0X1f",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"0X1f\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"0X1f\": invalid base 1",
        );
        t.parseint(
            b"0X1f",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"0X1f\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"0X1f\": invalid base 37",
        );
        t.parseint(
            b"0X1f",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"0X1f\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"0X1f\": invalid bit size 65",
        );
        t.parseint(
            b"0X1f",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"0X1f\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"0X1f\": invalid bit size -1",
        );
        t.parseint(
            b"0X1f",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"0X1f\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"0X1f\": invalid syntax",
        );
        t.atoi(b"1_", 0, b"strconv.Atoi: parsing \"1_\": invalid syntax");
        t.parseint(
            b"1_",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"1_\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1_\": invalid syntax",
        );
        t.parseint(
            b"1_",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"1_\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1_\": invalid syntax",
        );
        t.parseint(
            b"1_",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"1_\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1_\": invalid syntax",
        );
        t.parseint(
            b"1_",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"1_\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1_\": invalid syntax",
        );
        t.parseint(
            b"1_",
            36,
            0,
            0,
            b"strconv.ParseInt: parsing \"1_\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1_\": invalid syntax",
        );
        t.parseint(
            b"1_",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"1_\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"1_\": invalid base 1",
        );
        t.parseint(
            b"1_",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"1_\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"1_\": invalid base 37",
        );
        t.parseint(
            b"1_",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"1_\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"1_\": invalid bit size 65",
        );
        t.parseint(
            b"1_",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"1_\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"1_\": invalid bit size -1",
        );
        t.parseint(
            b"1_",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"1_\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"1_\": invalid syntax",
        );
        t.atoi(b"300", 300, b"");
        t.parseint(b"300", 10, 64, 300, b"", 300, b"");
        t.parseint(b"300", 0, 64, 300, b"", 300, b"");
        t.parseint(b"300", 16, 32, 768, b"", 768, b"");
        t.parseint(
            b"300",
            0,
            8,
            127,
            b"strconv.ParseInt: parsing \"300\": value out of range",
            255,
            b"strconv.ParseUint: parsing \"300\": value out of range",
        );
        t.parseint(b"300", 36, 0, 3888, b"", 3888, b"");
        t.parseint(
            b"300",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"300\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"300\": invalid base 1",
        );
        t.parseint(
            b"300",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"300\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"300\": invalid base 37",
        );
        t.parseint(
            b"300",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"300\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"300\": invalid bit size 65",
        );
        t.parseint(
            b"300",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"300\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"300\": invalid bit size -1",
        );
        t.parseint(
            b"300",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"300\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"300\": invalid syntax",
        );
        t.atoi(b"-129", -129, b"");
        t.parseint(b"-129", 10, 64, -129, b"", 0, b"strconv.ParseUint: parsing \"-129\": invalid syntax");
        t.parseint(b"-129", 0, 64, -129, b"", 0, b"strconv.ParseUint: parsing \"-129\": invalid syntax");
        t.parseint(b"-129", 16, 32, -297, b"", 0, b"strconv.ParseUint: parsing \"-129\": invalid syntax");
        t.parseint(
            b"-129",
            0,
            8,
            -128,
            b"strconv.ParseInt: parsing \"-129\": value out of range",
            0,
            b"strconv.ParseUint: parsing \"-129\": invalid syntax",
        );
        t.parseint(b"-129", 36, 0, -1377, b"", 0, b"strconv.ParseUint: parsing \"-129\": invalid syntax");
        t.parseint(
            b"-129",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"-129\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"-129\": invalid base 1",
        );
        t.parseint(
            b"-129",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"-129\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"-129\": invalid base 37",
        );
        t.parseint(
            b"-129",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"-129\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"-129\": invalid bit size 65",
        );
        t.parseint(
            b"-129",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"-129\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"-129\": invalid bit size -1",
        );
        t.parseint(
            b"-129",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"-129\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"-129\": invalid syntax",
        );
        t.atoi(b"zz", 0, b"strconv.Atoi: parsing \"zz\": invalid syntax");
        t.parseint(
            b"zz",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"zz\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"zz\": invalid syntax",
        );
        t.parseint(
            b"zz",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"zz\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"zz\": invalid syntax",
        );
        t.parseint(
            b"zz",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"zz\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"zz\": invalid syntax",
        );
        t.parseint(
            b"zz",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"zz\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"zz\": invalid syntax",
        );
        t.parseint(b"zz", 36, 0, 1295, b"", 1295, b"");
        t.parseint(
            b"zz",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"zz\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"zz\": invalid base 1",
        );
        t.parseint(
            b"zz",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"zz\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"zz\": invalid base 37",
        );
        t.parseint(
            b"zz",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"zz\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"zz\": invalid bit size 65",
        );
        t.parseint(
            b"zz",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"zz\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"zz\": invalid bit size -1",
        );
        t.parseint(
            b"zz",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"zz\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"zz\": invalid syntax",
        );
        t.atoi(b"ZZ", 0, b"strconv.Atoi: parsing \"ZZ\": invalid syntax");
        t.parseint(
            b"ZZ",
            10,
            64,
            0,
            b"strconv.ParseInt: parsing \"ZZ\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"ZZ\": invalid syntax",
        );
        t.parseint(
            b"ZZ",
            0,
            64,
            0,
            b"strconv.ParseInt: parsing \"ZZ\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"ZZ\": invalid syntax",
        );
        t.parseint(
            b"ZZ",
            16,
            32,
            0,
            b"strconv.ParseInt: parsing \"ZZ\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"ZZ\": invalid syntax",
        );
        t.parseint(
            b"ZZ",
            0,
            8,
            0,
            b"strconv.ParseInt: parsing \"ZZ\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"ZZ\": invalid syntax",
        );
        t.parseint(b"ZZ", 36, 0, 1295, b"", 1295, b"");
        t.parseint(
            b"ZZ",
            1,
            64,
            0,
            b"strconv.ParseInt: parsing \"ZZ\": invalid base 1",
            0,
            b"strconv.ParseUint: parsing \"ZZ\": invalid base 1",
        );
        t.parseint(
            b"ZZ",
            37,
            0,
            0,
            b"strconv.ParseInt: parsing \"ZZ\": invalid base 37",
            0,
            b"strconv.ParseUint: parsing \"ZZ\": invalid base 37",
        );
        t.parseint(
            b"ZZ",
            10,
            65,
            0,
            b"strconv.ParseInt: parsing \"ZZ\": invalid bit size 65",
            0,
            b"strconv.ParseUint: parsing \"ZZ\": invalid bit size 65",
        );
        t.parseint(
            b"ZZ",
            10,
            -1,
            0,
            b"strconv.ParseInt: parsing \"ZZ\": invalid bit size -1",
            0,
            b"strconv.ParseUint: parsing \"ZZ\": invalid bit size -1",
        );
        t.parseint(
            b"ZZ",
            2,
            16,
            0,
            b"strconv.ParseInt: parsing \"ZZ\": invalid syntax",
            0,
            b"strconv.ParseUint: parsing \"ZZ\": invalid syntax",
        );
        t.parsebool(b"1", true, b"");
        t.parsebool(b"t", true, b"");
        t.parsebool(b"T", true, b"");
        t.parsebool(b"TRUE", true, b"");
        t.parsebool(b"true", true, b"");
        t.parsebool(b"True", true, b"");
        t.parsebool(b"0", false, b"");
        t.parsebool(b"f", false, b"");
        t.parsebool(b"F", false, b"");
        t.parsebool(b"FALSE", false, b"");
        t.parsebool(b"false", false, b"");
        t.parsebool(b"False", false, b"");
        t.parsebool(b"tRUE", false, b"strconv.ParseBool: parsing \"tRUE\": invalid syntax");
        t.parsebool(b"", false, b"strconv.ParseBool: parsing \"\": invalid syntax");
        t.parsebool(b"yes", false, b"strconv.ParseBool: parsing \"yes\": invalid syntax");
        t.parsefloat(b"", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"\": invalid syntax");
        t.parsefloat(b"", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"\": invalid syntax");
        t.parsefloat(b"1", 64, 0x3ff0000000000000, b"");
        t.parsefloat(b"1", 32, 0x3ff0000000000000, b"");
        t.parsefloat(b"1.5", 64, 0x3ff8000000000000, b"");
        t.parsefloat(b"1.5", 32, 0x3ff8000000000000, b"");
        t.parsefloat(b"-0", 64, 0x8000000000000000, b"");
        t.parsefloat(b"-0", 32, 0x8000000000000000, b"");
        t.parsefloat(b"+0.0", 64, 0x0000000000000000, b"");
        t.parsefloat(b"+0.0", 32, 0x0000000000000000, b"");
        t.parsefloat(b"1e10", 64, 0x4202a05f20000000, b"");
        t.parsefloat(b"1e10", 32, 0x4202a05f20000000, b"");
        t.parsefloat(b"1E-10", 64, 0x3ddb7cdfd9d7bdbb, b"");
        t.parsefloat(b"1E-10", 32, 0x3ddb7cdfe0000000, b"");
        t.parsefloat(b".5", 64, 0x3fe0000000000000, b"");
        t.parsefloat(b".5", 32, 0x3fe0000000000000, b"");
        t.parsefloat(b"5.", 64, 0x4014000000000000, b"");
        t.parsefloat(b"5.", 32, 0x4014000000000000, b"");
        t.parsefloat(b".", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \".\": invalid syntax");
        t.parsefloat(b".", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \".\": invalid syntax");
        t.parsefloat(b"e5", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"e5\": invalid syntax");
        t.parsefloat(b"e5", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"e5\": invalid syntax");
        t.parsefloat(b"1e", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1e\": invalid syntax");
        t.parsefloat(b"1e", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1e\": invalid syntax");
        t.parsefloat(b"1e+", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1e+\": invalid syntax");
        t.parsefloat(b"1e+", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1e+\": invalid syntax");
        t.parsefloat(b"1e+5x", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1e+5x\": invalid syntax");
        t.parsefloat(b"1e+5x", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1e+5x\": invalid syntax");
        t.parsefloat(b"inf", 64, 0x7ff0000000000000, b"");
        t.parsefloat(b"inf", 32, 0x7ff0000000000000, b"");
        t.parsefloat(b"+Inf", 64, 0x7ff0000000000000, b"");
        t.parsefloat(b"+Inf", 32, 0x7ff0000000000000, b"");
        t.parsefloat(b"-infinity", 64, 0xfff0000000000000, b"");
        t.parsefloat(b"-infinity", 32, 0xfff0000000000000, b"");
        t.parsefloat(b"INFINITY", 64, 0x7ff0000000000000, b"");
        t.parsefloat(b"INFINITY", 32, 0x7ff0000000000000, b"");
        t.parsefloat(b"infin", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"infin\": invalid syntax");
        t.parsefloat(b"infin", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"infin\": invalid syntax");
        t.parsefloat(b"nan", 64, 0x7ff8000000000001, b"");
        t.parsefloat(b"nan", 32, 0x7ff8000000000000, b"");
        t.parsefloat(b"NaN", 64, 0x7ff8000000000001, b"");
        t.parsefloat(b"NaN", 32, 0x7ff8000000000000, b"");
        t.parsefloat(b"-nan", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"-nan\": invalid syntax");
        t.parsefloat(b"-nan", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"-nan\": invalid syntax");
        t.parsefloat(b"+nan", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"+nan\": invalid syntax");
        t.parsefloat(b"+nan", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"+nan\": invalid syntax");
        t.parsefloat(b"1_000.5", 64, 0x408f440000000000, b"");
        t.parsefloat(b"1_000.5", 32, 0x408f440000000000, b"");
        t.parsefloat(b"0x1p-2", 64, 0x3fd0000000000000, b"");
        t.parsefloat(b"0x1p-2", 32, 0x3fd0000000000000, b"");
        t.parsefloat(b"0x1.8p1", 64, 0x4008000000000000, b"");
        t.parsefloat(b"0x1.8p1", 32, 0x4008000000000000, b"");
        t.parsefloat(b"0X1P+2", 64, 0x4010000000000000, b"");
        t.parsefloat(b"0X1P+2", 32, 0x4010000000000000, b"");
        t.parsefloat(b"0x1", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"0x1\": invalid syntax");
        t.parsefloat(b"0x1", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"0x1\": invalid syntax");
        t.parsefloat(b"0x.8p0", 64, 0x3fe0000000000000, b"");
        t.parsefloat(b"0x.8p0", 32, 0x3fe0000000000000, b"");
        t.parsefloat(b"0x1_0p0", 64, 0x4030000000000000, b"");
        t.parsefloat(b"0x1_0p0", 32, 0x4030000000000000, b"");
        t.parsefloat(b"1e308", 64, 0x7fe1ccf385ebc8a0, b"");
        t.parsefloat(b"1e308", 32, 0x7ff0000000000000, b"strconv.ParseFloat: parsing \"1e308\": value out of range");
        t.parsefloat(b"1e309", 64, 0x7ff0000000000000, b"strconv.ParseFloat: parsing \"1e309\": value out of range");
        t.parsefloat(b"1e309", 32, 0x7ff0000000000000, b"strconv.ParseFloat: parsing \"1e309\": value out of range");
        t.parsefloat(b"-1e309", 64, 0xfff0000000000000, b"strconv.ParseFloat: parsing \"-1e309\": value out of range");
        t.parsefloat(b"-1e309", 32, 0xfff0000000000000, b"strconv.ParseFloat: parsing \"-1e309\": value out of range");
        t.parsefloat(b"1e-400", 64, 0x0000000000000000, b"");
        t.parsefloat(b"1e-400", 32, 0x0000000000000000, b"");
        t.parsefloat(b"4.9e-324", 64, 0x0000000000000001, b"");
        t.parsefloat(b"4.9e-324", 32, 0x0000000000000000, b"");
        t.parsefloat(b"2.4703282292062327e-324", 64, 0x0000000000000000, b"");
        t.parsefloat(b"2.4703282292062327e-324", 32, 0x0000000000000000, b"");
        t.parsefloat(b"2.4703282292062328e-324", 64, 0x0000000000000001, b"");
        t.parsefloat(b"2.4703282292062328e-324", 32, 0x0000000000000000, b"");
        t.parsefloat(b"1.7976931348623157e308", 64, 0x7fefffffffffffff, b"");
        t.parsefloat(
            b"1.7976931348623157e308",
            32,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"1.7976931348623157e308\": value out of range",
        );
        t.parsefloat(b"1.7976931348623158e308", 64, 0x7fefffffffffffff, b"");
        t.parsefloat(
            b"1.7976931348623158e308",
            32,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"1.7976931348623158e308\": value out of range",
        );
        t.parsefloat(
            b"1.7976931348623159e308",
            64,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"1.7976931348623159e308\": value out of range",
        );
        t.parsefloat(
            b"1.7976931348623159e308",
            32,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"1.7976931348623159e308\": value out of range",
        );
        t.parsefloat(b"3.4028235e38", 64, 0x47efffffe54daff8, b"");
        t.parsefloat(b"3.4028235e38", 32, 0x47efffffe0000000, b"");
        t.parsefloat(b"3.4028236e38", 64, 0x47effffff514a7bc, b"");
        t.parsefloat(
            b"3.4028236e38",
            32,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"3.4028236e38\": value out of range",
        );
        t.parsefloat(b"3.5e38", 64, 0x47f074f8c4d3cd7b, b"");
        t.parsefloat(b"3.5e38", 32, 0x7ff0000000000000, b"strconv.ParseFloat: parsing \"3.5e38\": value out of range");
        t.parsefloat(b"1.401298464324817e-45", 64, 0x36a0000000000000, b"");
        t.parsefloat(b"1.401298464324817e-45", 32, 0x36a0000000000000, b"");
        t.parsefloat(b"7e-46", 64, 0x368ff868bf4d956a, b"");
        t.parsefloat(b"7e-46", 32, 0x0000000000000000, b"");
        t.parsefloat(b"0.1", 64, 0x3fb999999999999a, b"");
        t.parsefloat(b"0.1", 32, 0x3fb99999a0000000, b"");
        t.parsefloat(b"123456789012345678901234567890", 64, 0x45f8ee90ff6c373e, b"");
        t.parsefloat(b"123456789012345678901234567890", 32, 0x45f8ee9100000000, b"");
        t.parsefloat(b"0.000000000000000000000000000000000000000000001", 64, 0x3696d601ad376ab9, b"");
        t.parsefloat(b"0.000000000000000000000000000000000000000000001", 32, 0x36a0000000000000, b"");
        t.parsefloat(
            b"1e100000",
            64,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"1e100000\": value out of range",
        );
        t.parsefloat(
            b"1e100000",
            32,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"1e100000\": value out of range",
        );
        t.parsefloat(b"0e100000", 64, 0x0000000000000000, b"");
        t.parsefloat(b"0e100000", 32, 0x0000000000000000, b"");
        t.parsefloat(b"0x1.fffffffffffffp1023", 64, 0x7fefffffffffffff, b"");
        t.parsefloat(
            b"0x1.fffffffffffffp1023",
            32,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"0x1.fffffffffffffp1023\": value out of range",
        );
        t.parsefloat(
            b"0x1.fffffffffffff8p1023",
            64,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"0x1.fffffffffffff8p1023\": value out of range",
        );
        t.parsefloat(
            b"0x1.fffffffffffff8p1023",
            32,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"0x1.fffffffffffff8p1023\": value out of range",
        );
        t.parsefloat(b"0x1p-1074", 64, 0x0000000000000001, b"");
        t.parsefloat(b"0x1p-1074", 32, 0x0000000000000000, b"");
        t.parsefloat(b"0x1p-1075", 64, 0x0000000000000000, b"");
        t.parsefloat(b"0x1p-1075", 32, 0x0000000000000000, b"");
        t.parsefloat(b"0x1.8p-1075", 64, 0x0000000000000001, b"");
        t.parsefloat(b"0x1.8p-1075", 32, 0x0000000000000000, b"");
        t.parsefloat(
            b"0x1p1024",
            64,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"0x1p1024\": value out of range",
        );
        t.parsefloat(
            b"0x1p1024",
            32,
            0x7ff0000000000000,
            b"strconv.ParseFloat: parsing \"0x1p1024\": value out of range",
        );
        t.parsefloat(b"1__0", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1__0\": invalid syntax");
        t.parsefloat(b"1__0", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1__0\": invalid syntax");
        t.parsefloat(b"_1", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"_1\": invalid syntax");
        t.parsefloat(b"_1", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"_1\": invalid syntax");
        t.parsefloat(b"1_", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1_\": invalid syntax");
        t.parsefloat(b"1_", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1_\": invalid syntax");
        t.parsefloat(b"0x_1p0", 64, 0x3ff0000000000000, b"");
        t.parsefloat(b"0x_1p0", 32, 0x3ff0000000000000, b"");
        t.parsefloat(b" 1", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \" 1\": invalid syntax");
        t.parsefloat(b" 1", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \" 1\": invalid syntax");
        t.parsefloat(b"1 ", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1 \": invalid syntax");
        t.parsefloat(b"1 ", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"1 \": invalid syntax");
        t.parsefloat(b"9007199254740993", 64, 0x4340000000000000, b"");
        t.parsefloat(b"9007199254740993", 32, 0x4340000000000000, b"");
        t.parsefloat(b"0.3e", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"0.3e\": invalid syntax");
        t.parsefloat(b"0.3e", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"0.3e\": invalid syntax");
        t.parsefloat(b"1.e5", 64, 0x40f86a0000000000, b"");
        t.parsefloat(b"1.e5", 32, 0x40f86a0000000000, b"");
        t.parsefloat(b"0x1.p1", 64, 0x4000000000000000, b"");
        t.parsefloat(b"0x1.p1", 32, 0x4000000000000000, b"");
        t.parsefloat(b"0x.p1", 64, 0x0000000000000000, b"strconv.ParseFloat: parsing \"0x.p1\": invalid syntax");
        t.parsefloat(b"0x.p1", 32, 0x0000000000000000, b"strconv.ParseFloat: parsing \"0x.p1\": invalid syntax");
        t.parsefloat(b"00012", 64, 0x4028000000000000, b"");
        t.parsefloat(b"00012", 32, 0x4028000000000000, b"");
        t.parsefloat(b"1e-5_0", 64, 0x358dee7a4ad4b81f, b"");
        t.parsefloat(b"1e-5_0", 32, 0x0000000000000000, b"");
        t.quote(b"", b"\"\"", b"\"\"");
        t.quote(b"hello", b"\"hello\"", b"\"hello\"");
        t.quote(b"a\"b\\c", b"\"a\\\"b\\\\c\"", b"\"a\\\"b\\\\c\"");
        t.quote(b"tab\x09here\x0a", b"\"tab\\there\\n\"", b"\"tab\\there\\n\"");
        t.quote(b"\x00\x07\x08\x0c\x0b\x0d\x7f", b"\"\\x00\\a\\b\\f\\v\\r\\x7f\"", b"\"\\x00\\a\\b\\f\\v\\r\\x7f\"");
        t.quote(
            b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c",
            b"\"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c\"",
            b"\"h\\u00e9llo \\u4e16\\u754c\"",
        );
        t.quote(b"\xff\xfe", b"\"\\xff\\xfe\"", b"\"\\xff\\xfe\"");
        t.quote(b"\xc2\xa0", b"\"\\u00a0\"", b"\"\\u00a0\"");
        t.quote(b"\xe2\x80\x8b", b"\"\\u200b\"", b"\"\\u200b\"");
        t.quote(b"\xf0\x9f\x98\x80", b"\"\xf0\x9f\x98\x80\"", b"\"\\U0001f600\"");
        t.quote(b"\xf3\xa0\x80\x81", b"\"\\U000e0001\"", b"\"\\U000e0001\"");
        t.quote(b"\xe2\x80\xa8", b"\"\\u2028\"", b"\"\\u2028\"");
        t.quote(b"'", b"\"'\"", b"\"'\"");
        t.quote(b"\xef\xbb\xbf", b"\"\\ufeff\"", b"\"\\ufeff\"");
        t.quote(b"\xcd\xb8", b"\"\\u0378\"", b"\"\\u0378\"");
        t.quote(b"\xf4\x8f\xbf\xbf", b"\"\\U0010ffff\"", b"\"\\U0010ffff\"");
        t.quote(b"\xed\xa0\x80", b"\"\\xed\\xa0\\x80\"", b"\"\\xed\\xa0\\x80\"");
        t.quote(b"~\x1b[0m", b"\"~\\x1b[0m\"", b"\"~\\x1b[0m\"");
        t.quote(b"\xc2\xad", b"\"\\u00ad\"", b"\"\\u00ad\"");
        t.quote(b"\xcc\x80x", b"\"\xcc\x80x\"", b"\"\\u0300x\"");
        t.quote(b"\xf0\x9d\x90\x80", b"\"\xf0\x9d\x90\x80\"", b"\"\\U0001d400\"");
        t.quoterune(97, b"'a'");
        t.quoterune(39, b"'\\''");
        t.quoterune(34, b"'\"'");
        t.quoterune(10, b"'\\n'");
        t.quoterune(127, b"'\\x7f'");
        t.quoterune(55296, b"'\xef\xbf\xbd'");
        t.quoterune(-1, b"'\xef\xbf\xbd'");
        t.quoterune(1114112, b"'\xef\xbf\xbd'");
        t.quoterune(128512, b"'\xf0\x9f\x98\x80'");
        t.quoterune(160, b"'\\u00a0'");
        t.quoterune(1114111, b"'\\U0010ffff'");
        assert_eq!(print_hash(), 2327446755296303345);
        t.ff(0x0000000000000000, b'e', -1, 64, b"0e+00");
        t.ff(0x0000000000000000, b'e', -1, 32, b"0e+00");
        t.ff(0x0000000000000000, b'e', 0, 64, b"0e+00");
        t.ff(0x0000000000000000, b'e', 3, 64, b"0.000e+00");
        t.ff(0x0000000000000000, b'e', 17, 64, b"0.00000000000000000e+00");
        t.ff(0x0000000000000000, b'f', -1, 64, b"0");
        t.ff(0x0000000000000000, b'f', -1, 32, b"0");
        t.ff(0x0000000000000000, b'f', 0, 64, b"0");
        t.ff(0x0000000000000000, b'f', 3, 64, b"0.000");
        t.ff(0x0000000000000000, b'f', 17, 64, b"0.00000000000000000");
        t.ff(0x0000000000000000, b'g', -1, 64, b"0");
        t.ff(0x0000000000000000, b'g', -1, 32, b"0");
        t.ff(0x0000000000000000, b'g', 0, 64, b"0");
        t.ff(0x0000000000000000, b'g', 3, 64, b"0");
        t.ff(0x0000000000000000, b'g', 17, 64, b"0");
        t.ff(0x0000000000000000, b'G', -1, 64, b"0");
        t.ff(0x0000000000000000, b'G', -1, 32, b"0");
        t.ff(0x0000000000000000, b'G', 0, 64, b"0");
        t.ff(0x0000000000000000, b'G', 3, 64, b"0");
        t.ff(0x0000000000000000, b'G', 17, 64, b"0");
        t.ff(0x0000000000000000, b'b', -1, 64, b"0p-1074");
        t.ff(0x0000000000000000, b'b', -1, 32, b"0p-149");
        t.ff(0x0000000000000000, b'b', 0, 64, b"0p-1074");
        t.ff(0x0000000000000000, b'b', 3, 64, b"0p-1074");
        t.ff(0x0000000000000000, b'b', 17, 64, b"0p-1074");
        t.ff(0x0000000000000000, b'x', -1, 64, b"0x0p+00");
        t.ff(0x0000000000000000, b'x', -1, 32, b"0x0p+00");
        t.ff(0x0000000000000000, b'x', 0, 64, b"0x0p+00");
        t.ff(0x0000000000000000, b'x', 3, 64, b"0x0.000p+00");
        t.ff(0x0000000000000000, b'x', 17, 64, b"0x0.00000000000000000p+00");
        t.ff(0x0000000000000000, b'q', -1, 64, b"%q");
        t.ff(0x0000000000000000, b'q', -1, 32, b"%q");
        t.ff(0x0000000000000000, b'q', 0, 64, b"%q");
        t.ff(0x0000000000000000, b'q', 3, 64, b"%q");
        t.ff(0x0000000000000000, b'q', 17, 64, b"%q");
        t.ff(0x8000000000000000, b'e', -1, 64, b"-0e+00");
        t.ff(0x8000000000000000, b'e', -1, 32, b"-0e+00");
        t.ff(0x8000000000000000, b'e', 0, 64, b"-0e+00");
        t.ff(0x8000000000000000, b'e', 3, 64, b"-0.000e+00");
        t.ff(0x8000000000000000, b'e', 17, 64, b"-0.00000000000000000e+00");
        t.ff(0x8000000000000000, b'f', -1, 64, b"-0");
        t.ff(0x8000000000000000, b'f', -1, 32, b"-0");
        t.ff(0x8000000000000000, b'f', 0, 64, b"-0");
        t.ff(0x8000000000000000, b'f', 3, 64, b"-0.000");
        t.ff(0x8000000000000000, b'f', 17, 64, b"-0.00000000000000000");
        t.ff(0x8000000000000000, b'g', -1, 64, b"-0");
        t.ff(0x8000000000000000, b'g', -1, 32, b"-0");
        t.ff(0x8000000000000000, b'g', 0, 64, b"-0");
        t.ff(0x8000000000000000, b'g', 3, 64, b"-0");
        t.ff(0x8000000000000000, b'g', 17, 64, b"-0");
        t.ff(0x8000000000000000, b'G', -1, 64, b"-0");
        t.ff(0x8000000000000000, b'G', -1, 32, b"-0");
        t.ff(0x8000000000000000, b'G', 0, 64, b"-0");
        t.ff(0x8000000000000000, b'G', 3, 64, b"-0");
        t.ff(0x8000000000000000, b'G', 17, 64, b"-0");
        t.ff(0x8000000000000000, b'b', -1, 64, b"-0p-1074");
        t.ff(0x8000000000000000, b'b', -1, 32, b"-0p-149");
        t.ff(0x8000000000000000, b'b', 0, 64, b"-0p-1074");
        t.ff(0x8000000000000000, b'b', 3, 64, b"-0p-1074");
        t.ff(0x8000000000000000, b'b', 17, 64, b"-0p-1074");
        t.ff(0x8000000000000000, b'x', -1, 64, b"-0x0p+00");
        t.ff(0x8000000000000000, b'x', -1, 32, b"-0x0p+00");
        t.ff(0x8000000000000000, b'x', 0, 64, b"-0x0p+00");
        t.ff(0x8000000000000000, b'x', 3, 64, b"-0x0.000p+00");
        t.ff(0x8000000000000000, b'x', 17, 64, b"-0x0.00000000000000000p+00");
        t.ff(0x8000000000000000, b'q', -1, 64, b"%q");
        t.ff(0x8000000000000000, b'q', -1, 32, b"%q");
        t.ff(0x8000000000000000, b'q', 0, 64, b"%q");
        t.ff(0x8000000000000000, b'q', 3, 64, b"%q");
        t.ff(0x8000000000000000, b'q', 17, 64, b"%q");
        t.ff(0x3ff0000000000000, b'e', -1, 64, b"1e+00");
        t.ff(0x3ff0000000000000, b'e', -1, 32, b"1e+00");
        t.ff(0x3ff0000000000000, b'e', 0, 64, b"1e+00");
        t.ff(0x3ff0000000000000, b'e', 3, 64, b"1.000e+00");
        t.ff(0x3ff0000000000000, b'e', 17, 64, b"1.00000000000000000e+00");
        t.ff(0x3ff0000000000000, b'f', -1, 64, b"1");
        t.ff(0x3ff0000000000000, b'f', -1, 32, b"1");
        t.ff(0x3ff0000000000000, b'f', 0, 64, b"1");
        t.ff(0x3ff0000000000000, b'f', 3, 64, b"1.000");
        t.ff(0x3ff0000000000000, b'f', 17, 64, b"1.00000000000000000");
        t.ff(0x3ff0000000000000, b'g', -1, 64, b"1");
        t.ff(0x3ff0000000000000, b'g', -1, 32, b"1");
        t.ff(0x3ff0000000000000, b'g', 0, 64, b"1");
        t.ff(0x3ff0000000000000, b'g', 3, 64, b"1");
        t.ff(0x3ff0000000000000, b'g', 17, 64, b"1");
        t.ff(0x3ff0000000000000, b'G', -1, 64, b"1");
        t.ff(0x3ff0000000000000, b'G', -1, 32, b"1");
        t.ff(0x3ff0000000000000, b'G', 0, 64, b"1");
        t.ff(0x3ff0000000000000, b'G', 3, 64, b"1");
        t.ff(0x3ff0000000000000, b'G', 17, 64, b"1");
        t.ff(0x3ff0000000000000, b'b', -1, 64, b"4503599627370496p-52");
        t.ff(0x3ff0000000000000, b'b', -1, 32, b"8388608p-23");
        t.ff(0x3ff0000000000000, b'b', 0, 64, b"4503599627370496p-52");
        t.ff(0x3ff0000000000000, b'b', 3, 64, b"4503599627370496p-52");
        t.ff(0x3ff0000000000000, b'b', 17, 64, b"4503599627370496p-52");
        t.ff(0x3ff0000000000000, b'x', -1, 64, b"0x1p+00");
        t.ff(0x3ff0000000000000, b'x', -1, 32, b"0x1p+00");
        t.ff(0x3ff0000000000000, b'x', 0, 64, b"0x1p+00");
        t.ff(0x3ff0000000000000, b'x', 3, 64, b"0x1.000p+00");
        t.ff(0x3ff0000000000000, b'x', 17, 64, b"0x1.00000000000000000p+00");
        t.ff(0x3ff0000000000000, b'q', -1, 64, b"%q");
        t.ff(0x3ff0000000000000, b'q', -1, 32, b"%q");
        t.ff(0x3ff0000000000000, b'q', 0, 64, b"%q");
        t.ff(0x3ff0000000000000, b'q', 3, 64, b"%q");
        t.ff(0x3ff0000000000000, b'q', 17, 64, b"%q");
        t.ff(0xbff0000000000000, b'e', -1, 64, b"-1e+00");
        t.ff(0xbff0000000000000, b'e', -1, 32, b"-1e+00");
        t.ff(0xbff0000000000000, b'e', 0, 64, b"-1e+00");
        t.ff(0xbff0000000000000, b'e', 3, 64, b"-1.000e+00");
        t.ff(0xbff0000000000000, b'e', 17, 64, b"-1.00000000000000000e+00");
        t.ff(0xbff0000000000000, b'f', -1, 64, b"-1");
        t.ff(0xbff0000000000000, b'f', -1, 32, b"-1");
        t.ff(0xbff0000000000000, b'f', 0, 64, b"-1");
        t.ff(0xbff0000000000000, b'f', 3, 64, b"-1.000");
        t.ff(0xbff0000000000000, b'f', 17, 64, b"-1.00000000000000000");
        t.ff(0xbff0000000000000, b'g', -1, 64, b"-1");
        t.ff(0xbff0000000000000, b'g', -1, 32, b"-1");
        t.ff(0xbff0000000000000, b'g', 0, 64, b"-1");
        t.ff(0xbff0000000000000, b'g', 3, 64, b"-1");
        t.ff(0xbff0000000000000, b'g', 17, 64, b"-1");
        t.ff(0xbff0000000000000, b'G', -1, 64, b"-1");
        t.ff(0xbff0000000000000, b'G', -1, 32, b"-1");
        t.ff(0xbff0000000000000, b'G', 0, 64, b"-1");
        t.ff(0xbff0000000000000, b'G', 3, 64, b"-1");
        t.ff(0xbff0000000000000, b'G', 17, 64, b"-1");
        t.ff(0xbff0000000000000, b'b', -1, 64, b"-4503599627370496p-52");
        t.ff(0xbff0000000000000, b'b', -1, 32, b"-8388608p-23");
        t.ff(0xbff0000000000000, b'b', 0, 64, b"-4503599627370496p-52");
        t.ff(0xbff0000000000000, b'b', 3, 64, b"-4503599627370496p-52");
        t.ff(0xbff0000000000000, b'b', 17, 64, b"-4503599627370496p-52");
        t.ff(0xbff0000000000000, b'x', -1, 64, b"-0x1p+00");
        t.ff(0xbff0000000000000, b'x', -1, 32, b"-0x1p+00");
        t.ff(0xbff0000000000000, b'x', 0, 64, b"-0x1p+00");
        t.ff(0xbff0000000000000, b'x', 3, 64, b"-0x1.000p+00");
        t.ff(0xbff0000000000000, b'x', 17, 64, b"-0x1.00000000000000000p+00");
        t.ff(0xbff0000000000000, b'q', -1, 64, b"%q");
        t.ff(0xbff0000000000000, b'q', -1, 32, b"%q");
        t.ff(0xbff0000000000000, b'q', 0, 64, b"%q");
        t.ff(0xbff0000000000000, b'q', 3, 64, b"%q");
        t.ff(0xbff0000000000000, b'q', 17, 64, b"%q");
        t.ff(0x3fb999999999999a, b'e', -1, 64, b"1e-01");
        t.ff(0x3fb999999999999a, b'e', -1, 32, b"1e-01");
        t.ff(0x3fb999999999999a, b'e', 0, 64, b"1e-01");
        t.ff(0x3fb999999999999a, b'e', 3, 64, b"1.000e-01");
        t.ff(0x3fb999999999999a, b'e', 17, 64, b"1.00000000000000006e-01");
        t.ff(0x3fb999999999999a, b'f', -1, 64, b"0.1");
        t.ff(0x3fb999999999999a, b'f', -1, 32, b"0.1");
        t.ff(0x3fb999999999999a, b'f', 0, 64, b"0");
        t.ff(0x3fb999999999999a, b'f', 3, 64, b"0.100");
        t.ff(0x3fb999999999999a, b'f', 17, 64, b"0.10000000000000001");
        t.ff(0x3fb999999999999a, b'g', -1, 64, b"0.1");
        t.ff(0x3fb999999999999a, b'g', -1, 32, b"0.1");
        t.ff(0x3fb999999999999a, b'g', 0, 64, b"0.1");
        t.ff(0x3fb999999999999a, b'g', 3, 64, b"0.1");
        t.ff(0x3fb999999999999a, b'g', 17, 64, b"0.10000000000000001");
        t.ff(0x3fb999999999999a, b'G', -1, 64, b"0.1");
        t.ff(0x3fb999999999999a, b'G', -1, 32, b"0.1");
        t.ff(0x3fb999999999999a, b'G', 0, 64, b"0.1");
        t.ff(0x3fb999999999999a, b'G', 3, 64, b"0.1");
        t.ff(0x3fb999999999999a, b'G', 17, 64, b"0.10000000000000001");
        t.ff(0x3fb999999999999a, b'b', -1, 64, b"7205759403792794p-56");
        t.ff(0x3fb999999999999a, b'b', -1, 32, b"13421773p-27");
        t.ff(0x3fb999999999999a, b'b', 0, 64, b"7205759403792794p-56");
        t.ff(0x3fb999999999999a, b'b', 3, 64, b"7205759403792794p-56");
        t.ff(0x3fb999999999999a, b'b', 17, 64, b"7205759403792794p-56");
        t.ff(0x3fb999999999999a, b'x', -1, 64, b"0x1.999999999999ap-04");
        t.ff(0x3fb999999999999a, b'x', -1, 32, b"0x1.99999ap-04");
        t.ff(0x3fb999999999999a, b'x', 0, 64, b"0x1p-03");
        t.ff(0x3fb999999999999a, b'x', 3, 64, b"0x1.99ap-04");
        t.ff(0x3fb999999999999a, b'x', 17, 64, b"0x1.999999999999a0000p-04");
        t.ff(0x3fb999999999999a, b'q', -1, 64, b"%q");
        t.ff(0x3fb999999999999a, b'q', -1, 32, b"%q");
        t.ff(0x3fb999999999999a, b'q', 0, 64, b"%q");
        t.ff(0x3fb999999999999a, b'q', 3, 64, b"%q");
        t.ff(0x3fb999999999999a, b'q', 17, 64, b"%q");
        t.ff(0x3fe0000000000000, b'e', -1, 64, b"5e-01");
        t.ff(0x3fe0000000000000, b'e', -1, 32, b"5e-01");
        t.ff(0x3fe0000000000000, b'e', 0, 64, b"5e-01");
        t.ff(0x3fe0000000000000, b'e', 3, 64, b"5.000e-01");
        t.ff(0x3fe0000000000000, b'e', 17, 64, b"5.00000000000000000e-01");
        t.ff(0x3fe0000000000000, b'f', -1, 64, b"0.5");
        t.ff(0x3fe0000000000000, b'f', -1, 32, b"0.5");
        t.ff(0x3fe0000000000000, b'f', 0, 64, b"0");
        t.ff(0x3fe0000000000000, b'f', 3, 64, b"0.500");
        t.ff(0x3fe0000000000000, b'f', 17, 64, b"0.50000000000000000");
        t.ff(0x3fe0000000000000, b'g', -1, 64, b"0.5");
        t.ff(0x3fe0000000000000, b'g', -1, 32, b"0.5");
        t.ff(0x3fe0000000000000, b'g', 0, 64, b"0.5");
        t.ff(0x3fe0000000000000, b'g', 3, 64, b"0.5");
        t.ff(0x3fe0000000000000, b'g', 17, 64, b"0.5");
        t.ff(0x3fe0000000000000, b'G', -1, 64, b"0.5");
        t.ff(0x3fe0000000000000, b'G', -1, 32, b"0.5");
        t.ff(0x3fe0000000000000, b'G', 0, 64, b"0.5");
        t.ff(0x3fe0000000000000, b'G', 3, 64, b"0.5");
        t.ff(0x3fe0000000000000, b'G', 17, 64, b"0.5");
        t.ff(0x3fe0000000000000, b'b', -1, 64, b"4503599627370496p-53");
        t.ff(0x3fe0000000000000, b'b', -1, 32, b"8388608p-24");
        t.ff(0x3fe0000000000000, b'b', 0, 64, b"4503599627370496p-53");
        t.ff(0x3fe0000000000000, b'b', 3, 64, b"4503599627370496p-53");
        t.ff(0x3fe0000000000000, b'b', 17, 64, b"4503599627370496p-53");
        t.ff(0x3fe0000000000000, b'x', -1, 64, b"0x1p-01");
        t.ff(0x3fe0000000000000, b'x', -1, 32, b"0x1p-01");
        t.ff(0x3fe0000000000000, b'x', 0, 64, b"0x1p-01");
        t.ff(0x3fe0000000000000, b'x', 3, 64, b"0x1.000p-01");
        t.ff(0x3fe0000000000000, b'x', 17, 64, b"0x1.00000000000000000p-01");
        t.ff(0x3fe0000000000000, b'q', -1, 64, b"%q");
        t.ff(0x3fe0000000000000, b'q', -1, 32, b"%q");
        t.ff(0x3fe0000000000000, b'q', 0, 64, b"%q");
        t.ff(0x3fe0000000000000, b'q', 3, 64, b"%q");
        t.ff(0x3fe0000000000000, b'q', 17, 64, b"%q");
        t.ff(0x3ff8000000000000, b'e', -1, 64, b"1.5e+00");
        t.ff(0x3ff8000000000000, b'e', -1, 32, b"1.5e+00");
        t.ff(0x3ff8000000000000, b'e', 0, 64, b"2e+00");
        t.ff(0x3ff8000000000000, b'e', 3, 64, b"1.500e+00");
        t.ff(0x3ff8000000000000, b'e', 17, 64, b"1.50000000000000000e+00");
        t.ff(0x3ff8000000000000, b'f', -1, 64, b"1.5");
        t.ff(0x3ff8000000000000, b'f', -1, 32, b"1.5");
        t.ff(0x3ff8000000000000, b'f', 0, 64, b"2");
        t.ff(0x3ff8000000000000, b'f', 3, 64, b"1.500");
        t.ff(0x3ff8000000000000, b'f', 17, 64, b"1.50000000000000000");
        t.ff(0x3ff8000000000000, b'g', -1, 64, b"1.5");
        t.ff(0x3ff8000000000000, b'g', -1, 32, b"1.5");
        t.ff(0x3ff8000000000000, b'g', 0, 64, b"2");
        t.ff(0x3ff8000000000000, b'g', 3, 64, b"1.5");
        t.ff(0x3ff8000000000000, b'g', 17, 64, b"1.5");
        t.ff(0x3ff8000000000000, b'G', -1, 64, b"1.5");
        t.ff(0x3ff8000000000000, b'G', -1, 32, b"1.5");
        t.ff(0x3ff8000000000000, b'G', 0, 64, b"2");
        t.ff(0x3ff8000000000000, b'G', 3, 64, b"1.5");
        t.ff(0x3ff8000000000000, b'G', 17, 64, b"1.5");
        t.ff(0x3ff8000000000000, b'b', -1, 64, b"6755399441055744p-52");
        t.ff(0x3ff8000000000000, b'b', -1, 32, b"12582912p-23");
        t.ff(0x3ff8000000000000, b'b', 0, 64, b"6755399441055744p-52");
        t.ff(0x3ff8000000000000, b'b', 3, 64, b"6755399441055744p-52");
        t.ff(0x3ff8000000000000, b'b', 17, 64, b"6755399441055744p-52");
        t.ff(0x3ff8000000000000, b'x', -1, 64, b"0x1.8p+00");
        t.ff(0x3ff8000000000000, b'x', -1, 32, b"0x1.8p+00");
        t.ff(0x3ff8000000000000, b'x', 0, 64, b"0x1p+01");
        t.ff(0x3ff8000000000000, b'x', 3, 64, b"0x1.800p+00");
        t.ff(0x3ff8000000000000, b'x', 17, 64, b"0x1.80000000000000000p+00");
        t.ff(0x3ff8000000000000, b'q', -1, 64, b"%q");
        t.ff(0x3ff8000000000000, b'q', -1, 32, b"%q");
        t.ff(0x3ff8000000000000, b'q', 0, 64, b"%q");
        t.ff(0x3ff8000000000000, b'q', 3, 64, b"%q");
        t.ff(0x3ff8000000000000, b'q', 17, 64, b"%q");
        t.ff(0x4004000000000000, b'e', -1, 64, b"2.5e+00");
        t.ff(0x4004000000000000, b'e', -1, 32, b"2.5e+00");
        t.ff(0x4004000000000000, b'e', 0, 64, b"2e+00");
        t.ff(0x4004000000000000, b'e', 3, 64, b"2.500e+00");
        t.ff(0x4004000000000000, b'e', 17, 64, b"2.50000000000000000e+00");
        t.ff(0x4004000000000000, b'f', -1, 64, b"2.5");
        t.ff(0x4004000000000000, b'f', -1, 32, b"2.5");
        t.ff(0x4004000000000000, b'f', 0, 64, b"2");
        t.ff(0x4004000000000000, b'f', 3, 64, b"2.500");
        t.ff(0x4004000000000000, b'f', 17, 64, b"2.50000000000000000");
        t.ff(0x4004000000000000, b'g', -1, 64, b"2.5");
        t.ff(0x4004000000000000, b'g', -1, 32, b"2.5");
        t.ff(0x4004000000000000, b'g', 0, 64, b"2");
        t.ff(0x4004000000000000, b'g', 3, 64, b"2.5");
        t.ff(0x4004000000000000, b'g', 17, 64, b"2.5");
        t.ff(0x4004000000000000, b'G', -1, 64, b"2.5");
        t.ff(0x4004000000000000, b'G', -1, 32, b"2.5");
        t.ff(0x4004000000000000, b'G', 0, 64, b"2");
        t.ff(0x4004000000000000, b'G', 3, 64, b"2.5");
        t.ff(0x4004000000000000, b'G', 17, 64, b"2.5");
        t.ff(0x4004000000000000, b'b', -1, 64, b"5629499534213120p-51");
        t.ff(0x4004000000000000, b'b', -1, 32, b"10485760p-22");
        t.ff(0x4004000000000000, b'b', 0, 64, b"5629499534213120p-51");
        t.ff(0x4004000000000000, b'b', 3, 64, b"5629499534213120p-51");
        t.ff(0x4004000000000000, b'b', 17, 64, b"5629499534213120p-51");
        t.ff(0x4004000000000000, b'x', -1, 64, b"0x1.4p+01");
        t.ff(0x4004000000000000, b'x', -1, 32, b"0x1.4p+01");
        t.ff(0x4004000000000000, b'x', 0, 64, b"0x1p+01");
        t.ff(0x4004000000000000, b'x', 3, 64, b"0x1.400p+01");
        t.ff(0x4004000000000000, b'x', 17, 64, b"0x1.40000000000000000p+01");
        t.ff(0x4004000000000000, b'q', -1, 64, b"%q");
        t.ff(0x4004000000000000, b'q', -1, 32, b"%q");
        t.ff(0x4004000000000000, b'q', 0, 64, b"%q");
        t.ff(0x4004000000000000, b'q', 3, 64, b"%q");
        t.ff(0x4004000000000000, b'q', 17, 64, b"%q");
        t.ff(0x3fa999999999999a, b'e', -1, 64, b"5e-02");
        t.ff(0x3fa999999999999a, b'e', -1, 32, b"5e-02");
        t.ff(0x3fa999999999999a, b'e', 0, 64, b"5e-02");
        t.ff(0x3fa999999999999a, b'e', 3, 64, b"5.000e-02");
        t.ff(0x3fa999999999999a, b'e', 17, 64, b"5.00000000000000028e-02");
        t.ff(0x3fa999999999999a, b'f', -1, 64, b"0.05");
        t.ff(0x3fa999999999999a, b'f', -1, 32, b"0.05");
        t.ff(0x3fa999999999999a, b'f', 0, 64, b"0");
        t.ff(0x3fa999999999999a, b'f', 3, 64, b"0.050");
        t.ff(0x3fa999999999999a, b'f', 17, 64, b"0.05000000000000000");
        t.ff(0x3fa999999999999a, b'g', -1, 64, b"0.05");
        t.ff(0x3fa999999999999a, b'g', -1, 32, b"0.05");
        t.ff(0x3fa999999999999a, b'g', 0, 64, b"0.05");
        t.ff(0x3fa999999999999a, b'g', 3, 64, b"0.05");
        t.ff(0x3fa999999999999a, b'g', 17, 64, b"0.050000000000000003");
        t.ff(0x3fa999999999999a, b'G', -1, 64, b"0.05");
        t.ff(0x3fa999999999999a, b'G', -1, 32, b"0.05");
        t.ff(0x3fa999999999999a, b'G', 0, 64, b"0.05");
        t.ff(0x3fa999999999999a, b'G', 3, 64, b"0.05");
        t.ff(0x3fa999999999999a, b'G', 17, 64, b"0.050000000000000003");
        t.ff(0x3fa999999999999a, b'b', -1, 64, b"7205759403792794p-57");
        t.ff(0x3fa999999999999a, b'b', -1, 32, b"13421773p-28");
        t.ff(0x3fa999999999999a, b'b', 0, 64, b"7205759403792794p-57");
        t.ff(0x3fa999999999999a, b'b', 3, 64, b"7205759403792794p-57");
        t.ff(0x3fa999999999999a, b'b', 17, 64, b"7205759403792794p-57");
        t.ff(0x3fa999999999999a, b'x', -1, 64, b"0x1.999999999999ap-05");
        t.ff(0x3fa999999999999a, b'x', -1, 32, b"0x1.99999ap-05");
        t.ff(0x3fa999999999999a, b'x', 0, 64, b"0x1p-04");
        t.ff(0x3fa999999999999a, b'x', 3, 64, b"0x1.99ap-05");
        t.ff(0x3fa999999999999a, b'x', 17, 64, b"0x1.999999999999a0000p-05");
        t.ff(0x3fa999999999999a, b'q', -1, 64, b"%q");
        t.ff(0x3fa999999999999a, b'q', -1, 32, b"%q");
        t.ff(0x3fa999999999999a, b'q', 0, 64, b"%q");
        t.ff(0x3fa999999999999a, b'q', 3, 64, b"%q");
        t.ff(0x3fa999999999999a, b'q', 17, 64, b"%q");
        t.ff(0x3fd0000000000000, b'e', -1, 64, b"2.5e-01");
        t.ff(0x3fd0000000000000, b'e', -1, 32, b"2.5e-01");
        t.ff(0x3fd0000000000000, b'e', 0, 64, b"2e-01");
        t.ff(0x3fd0000000000000, b'e', 3, 64, b"2.500e-01");
        t.ff(0x3fd0000000000000, b'e', 17, 64, b"2.50000000000000000e-01");
        t.ff(0x3fd0000000000000, b'f', -1, 64, b"0.25");
        t.ff(0x3fd0000000000000, b'f', -1, 32, b"0.25");
        t.ff(0x3fd0000000000000, b'f', 0, 64, b"0");
        t.ff(0x3fd0000000000000, b'f', 3, 64, b"0.250");
        t.ff(0x3fd0000000000000, b'f', 17, 64, b"0.25000000000000000");
        t.ff(0x3fd0000000000000, b'g', -1, 64, b"0.25");
        t.ff(0x3fd0000000000000, b'g', -1, 32, b"0.25");
        t.ff(0x3fd0000000000000, b'g', 0, 64, b"0.2");
        t.ff(0x3fd0000000000000, b'g', 3, 64, b"0.25");
        t.ff(0x3fd0000000000000, b'g', 17, 64, b"0.25");
        t.ff(0x3fd0000000000000, b'G', -1, 64, b"0.25");
        t.ff(0x3fd0000000000000, b'G', -1, 32, b"0.25");
        t.ff(0x3fd0000000000000, b'G', 0, 64, b"0.2");
        t.ff(0x3fd0000000000000, b'G', 3, 64, b"0.25");
        t.ff(0x3fd0000000000000, b'G', 17, 64, b"0.25");
        t.ff(0x3fd0000000000000, b'b', -1, 64, b"4503599627370496p-54");
        t.ff(0x3fd0000000000000, b'b', -1, 32, b"8388608p-25");
        t.ff(0x3fd0000000000000, b'b', 0, 64, b"4503599627370496p-54");
        t.ff(0x3fd0000000000000, b'b', 3, 64, b"4503599627370496p-54");
        t.ff(0x3fd0000000000000, b'b', 17, 64, b"4503599627370496p-54");
        t.ff(0x3fd0000000000000, b'x', -1, 64, b"0x1p-02");
        t.ff(0x3fd0000000000000, b'x', -1, 32, b"0x1p-02");
        t.ff(0x3fd0000000000000, b'x', 0, 64, b"0x1p-02");
        t.ff(0x3fd0000000000000, b'x', 3, 64, b"0x1.000p-02");
        t.ff(0x3fd0000000000000, b'x', 17, 64, b"0x1.00000000000000000p-02");
        t.ff(0x3fd0000000000000, b'q', -1, 64, b"%q");
        t.ff(0x3fd0000000000000, b'q', -1, 32, b"%q");
        t.ff(0x3fd0000000000000, b'q', 0, 64, b"%q");
        t.ff(0x3fd0000000000000, b'q', 3, 64, b"%q");
        t.ff(0x3fd0000000000000, b'q', 17, 64, b"%q");
        t.ff(0x419d6f3454000000, b'e', -1, 64, b"1.23456789e+08");
        t.ff(0x419d6f3454000000, b'e', -1, 32, b"1.2345679e+08");
        t.ff(0x419d6f3454000000, b'e', 0, 64, b"1e+08");
        t.ff(0x419d6f3454000000, b'e', 3, 64, b"1.235e+08");
        t.ff(0x419d6f3454000000, b'e', 17, 64, b"1.23456789000000000e+08");
        t.ff(0x419d6f3454000000, b'f', -1, 64, b"123456789");
        t.ff(0x419d6f3454000000, b'f', -1, 32, b"123456790");
        t.ff(0x419d6f3454000000, b'f', 0, 64, b"123456789");
        t.ff(0x419d6f3454000000, b'f', 3, 64, b"123456789.000");
        t.ff(0x419d6f3454000000, b'f', 17, 64, b"123456789.00000000000000000");
        t.ff(0x419d6f3454000000, b'g', -1, 64, b"1.23456789e+08");
        t.ff(0x419d6f3454000000, b'g', -1, 32, b"1.2345679e+08");
        t.ff(0x419d6f3454000000, b'g', 0, 64, b"1e+08");
        t.ff(0x419d6f3454000000, b'g', 3, 64, b"1.23e+08");
        t.ff(0x419d6f3454000000, b'g', 17, 64, b"123456789");
        t.ff(0x419d6f3454000000, b'G', -1, 64, b"1.23456789E+08");
        t.ff(0x419d6f3454000000, b'G', -1, 32, b"1.2345679E+08");
        t.ff(0x419d6f3454000000, b'G', 0, 64, b"1E+08");
        t.ff(0x419d6f3454000000, b'G', 3, 64, b"1.23E+08");
        t.ff(0x419d6f3454000000, b'G', 17, 64, b"123456789");
        t.ff(0x419d6f3454000000, b'b', -1, 64, b"8285044862877696p-26");
        t.ff(0x419d6f3454000000, b'b', -1, 32, b"15432099p+3");
        t.ff(0x419d6f3454000000, b'b', 0, 64, b"8285044862877696p-26");
        t.ff(0x419d6f3454000000, b'b', 3, 64, b"8285044862877696p-26");
        t.ff(0x419d6f3454000000, b'b', 17, 64, b"8285044862877696p-26");
        t.ff(0x419d6f3454000000, b'x', -1, 64, b"0x1.d6f3454p+26");
        t.ff(0x419d6f3454000000, b'x', -1, 32, b"0x1.d6f346p+26");
        t.ff(0x419d6f3454000000, b'x', 0, 64, b"0x1p+27");
        t.ff(0x419d6f3454000000, b'x', 3, 64, b"0x1.d6fp+26");
        t.ff(0x419d6f3454000000, b'x', 17, 64, b"0x1.d6f34540000000000p+26");
        t.ff(0x419d6f3454000000, b'q', -1, 64, b"%q");
        t.ff(0x419d6f3454000000, b'q', -1, 32, b"%q");
        t.ff(0x419d6f3454000000, b'q', 0, 64, b"%q");
        t.ff(0x419d6f3454000000, b'q', 3, 64, b"%q");
        t.ff(0x419d6f3454000000, b'q', 17, 64, b"%q");
        t.ff(0x444b1ae4d6e2ef50, b'e', -1, 64, b"1e+21");
        t.ff(0x444b1ae4d6e2ef50, b'e', -1, 32, b"1e+21");
        t.ff(0x444b1ae4d6e2ef50, b'e', 0, 64, b"1e+21");
        t.ff(0x444b1ae4d6e2ef50, b'e', 3, 64, b"1.000e+21");
        t.ff(0x444b1ae4d6e2ef50, b'e', 17, 64, b"1.00000000000000000e+21");
        t.ff(0x444b1ae4d6e2ef50, b'f', -1, 64, b"1000000000000000000000");
        t.ff(0x444b1ae4d6e2ef50, b'f', -1, 32, b"1000000000000000000000");
        t.ff(0x444b1ae4d6e2ef50, b'f', 0, 64, b"1000000000000000000000");
        t.ff(0x444b1ae4d6e2ef50, b'f', 3, 64, b"1000000000000000000000.000");
        t.ff(0x444b1ae4d6e2ef50, b'f', 17, 64, b"1000000000000000000000.00000000000000000");
        t.ff(0x444b1ae4d6e2ef50, b'g', -1, 64, b"1e+21");
        t.ff(0x444b1ae4d6e2ef50, b'g', -1, 32, b"1e+21");
        t.ff(0x444b1ae4d6e2ef50, b'g', 0, 64, b"1e+21");
        t.ff(0x444b1ae4d6e2ef50, b'g', 3, 64, b"1e+21");
        t.ff(0x444b1ae4d6e2ef50, b'g', 17, 64, b"1e+21");
        t.ff(0x444b1ae4d6e2ef50, b'G', -1, 64, b"1E+21");
        t.ff(0x444b1ae4d6e2ef50, b'G', -1, 32, b"1E+21");
        t.ff(0x444b1ae4d6e2ef50, b'G', 0, 64, b"1E+21");
        t.ff(0x444b1ae4d6e2ef50, b'G', 3, 64, b"1E+21");
        t.ff(0x444b1ae4d6e2ef50, b'G', 17, 64, b"1E+21");
        t.ff(0x444b1ae4d6e2ef50, b'b', -1, 64, b"7629394531250000p+17");
        t.ff(0x444b1ae4d6e2ef50, b'b', -1, 32, b"14210855p+46");
        t.ff(0x444b1ae4d6e2ef50, b'b', 0, 64, b"7629394531250000p+17");
        t.ff(0x444b1ae4d6e2ef50, b'b', 3, 64, b"7629394531250000p+17");
        t.ff(0x444b1ae4d6e2ef50, b'b', 17, 64, b"7629394531250000p+17");
        t.ff(0x444b1ae4d6e2ef50, b'x', -1, 64, b"0x1.b1ae4d6e2ef5p+69");
        t.ff(0x444b1ae4d6e2ef50, b'x', -1, 32, b"0x1.b1ae4ep+69");
        t.ff(0x444b1ae4d6e2ef50, b'x', 0, 64, b"0x1p+70");
        t.ff(0x444b1ae4d6e2ef50, b'x', 3, 64, b"0x1.b1bp+69");
        t.ff(0x444b1ae4d6e2ef50, b'x', 17, 64, b"0x1.b1ae4d6e2ef500000p+69");
        t.ff(0x444b1ae4d6e2ef50, b'q', -1, 64, b"%q");
        t.ff(0x444b1ae4d6e2ef50, b'q', -1, 32, b"%q");
        t.ff(0x444b1ae4d6e2ef50, b'q', 0, 64, b"%q");
        t.ff(0x444b1ae4d6e2ef50, b'q', 3, 64, b"%q");
        t.ff(0x444b1ae4d6e2ef50, b'q', 17, 64, b"%q");
        t.ff(0x4415af1d78b58c40, b'e', -1, 64, b"1e+20");
        t.ff(0x4415af1d78b58c40, b'e', -1, 32, b"1e+20");
        t.ff(0x4415af1d78b58c40, b'e', 0, 64, b"1e+20");
        t.ff(0x4415af1d78b58c40, b'e', 3, 64, b"1.000e+20");
        t.ff(0x4415af1d78b58c40, b'e', 17, 64, b"1.00000000000000000e+20");
        t.ff(0x4415af1d78b58c40, b'f', -1, 64, b"100000000000000000000");
        t.ff(0x4415af1d78b58c40, b'f', -1, 32, b"100000000000000000000");
        t.ff(0x4415af1d78b58c40, b'f', 0, 64, b"100000000000000000000");
        t.ff(0x4415af1d78b58c40, b'f', 3, 64, b"100000000000000000000.000");
        t.ff(0x4415af1d78b58c40, b'f', 17, 64, b"100000000000000000000.00000000000000000");
        t.ff(0x4415af1d78b58c40, b'g', -1, 64, b"1e+20");
        t.ff(0x4415af1d78b58c40, b'g', -1, 32, b"1e+20");
        t.ff(0x4415af1d78b58c40, b'g', 0, 64, b"1e+20");
        t.ff(0x4415af1d78b58c40, b'g', 3, 64, b"1e+20");
        t.ff(0x4415af1d78b58c40, b'g', 17, 64, b"1e+20");
        t.ff(0x4415af1d78b58c40, b'G', -1, 64, b"1E+20");
        t.ff(0x4415af1d78b58c40, b'G', -1, 32, b"1E+20");
        t.ff(0x4415af1d78b58c40, b'G', 0, 64, b"1E+20");
        t.ff(0x4415af1d78b58c40, b'G', 3, 64, b"1E+20");
        t.ff(0x4415af1d78b58c40, b'G', 17, 64, b"1E+20");
        t.ff(0x4415af1d78b58c40, b'b', -1, 64, b"6103515625000000p+14");
        t.ff(0x4415af1d78b58c40, b'b', -1, 32, b"11368684p+43");
        t.ff(0x4415af1d78b58c40, b'b', 0, 64, b"6103515625000000p+14");
        t.ff(0x4415af1d78b58c40, b'b', 3, 64, b"6103515625000000p+14");
        t.ff(0x4415af1d78b58c40, b'b', 17, 64, b"6103515625000000p+14");
        t.ff(0x4415af1d78b58c40, b'x', -1, 64, b"0x1.5af1d78b58c4p+66");
        t.ff(0x4415af1d78b58c40, b'x', -1, 32, b"0x1.5af1d8p+66");
        t.ff(0x4415af1d78b58c40, b'x', 0, 64, b"0x1p+66");
        t.ff(0x4415af1d78b58c40, b'x', 3, 64, b"0x1.5afp+66");
        t.ff(0x4415af1d78b58c40, b'x', 17, 64, b"0x1.5af1d78b58c400000p+66");
        t.ff(0x4415af1d78b58c40, b'q', -1, 64, b"%q");
        t.ff(0x4415af1d78b58c40, b'q', -1, 32, b"%q");
        t.ff(0x4415af1d78b58c40, b'q', 0, 64, b"%q");
        t.ff(0x4415af1d78b58c40, b'q', 3, 64, b"%q");
        t.ff(0x4415af1d78b58c40, b'q', 17, 64, b"%q");
        t.ff(0x3e7ad7f29abcaf48, b'e', -1, 64, b"1e-07");
        t.ff(0x3e7ad7f29abcaf48, b'e', -1, 32, b"1e-07");
        t.ff(0x3e7ad7f29abcaf48, b'e', 0, 64, b"1e-07");
        t.ff(0x3e7ad7f29abcaf48, b'e', 3, 64, b"1.000e-07");
        t.ff(0x3e7ad7f29abcaf48, b'e', 17, 64, b"9.99999999999999955e-08");
        t.ff(0x3e7ad7f29abcaf48, b'f', -1, 64, b"0.0000001");
        t.ff(0x3e7ad7f29abcaf48, b'f', -1, 32, b"0.0000001");
        t.ff(0x3e7ad7f29abcaf48, b'f', 0, 64, b"0");
        t.ff(0x3e7ad7f29abcaf48, b'f', 3, 64, b"0.000");
        t.ff(0x3e7ad7f29abcaf48, b'f', 17, 64, b"0.00000010000000000");
        t.ff(0x3e7ad7f29abcaf48, b'g', -1, 64, b"1e-07");
        t.ff(0x3e7ad7f29abcaf48, b'g', -1, 32, b"1e-07");
        t.ff(0x3e7ad7f29abcaf48, b'g', 0, 64, b"1e-07");
        t.ff(0x3e7ad7f29abcaf48, b'g', 3, 64, b"1e-07");
        t.ff(0x3e7ad7f29abcaf48, b'g', 17, 64, b"9.9999999999999995e-08");
        t.ff(0x3e7ad7f29abcaf48, b'G', -1, 64, b"1E-07");
        t.ff(0x3e7ad7f29abcaf48, b'G', -1, 32, b"1E-07");
        t.ff(0x3e7ad7f29abcaf48, b'G', 0, 64, b"1E-07");
        t.ff(0x3e7ad7f29abcaf48, b'G', 3, 64, b"1E-07");
        t.ff(0x3e7ad7f29abcaf48, b'G', 17, 64, b"9.9999999999999995E-08");
        t.ff(0x3e7ad7f29abcaf48, b'b', -1, 64, b"7555786372591432p-76");
        t.ff(0x3e7ad7f29abcaf48, b'b', -1, 32, b"14073749p-47");
        t.ff(0x3e7ad7f29abcaf48, b'b', 0, 64, b"7555786372591432p-76");
        t.ff(0x3e7ad7f29abcaf48, b'b', 3, 64, b"7555786372591432p-76");
        t.ff(0x3e7ad7f29abcaf48, b'b', 17, 64, b"7555786372591432p-76");
        t.ff(0x3e7ad7f29abcaf48, b'x', -1, 64, b"0x1.ad7f29abcaf48p-24");
        t.ff(0x3e7ad7f29abcaf48, b'x', -1, 32, b"0x1.ad7f2ap-24");
        t.ff(0x3e7ad7f29abcaf48, b'x', 0, 64, b"0x1p-23");
        t.ff(0x3e7ad7f29abcaf48, b'x', 3, 64, b"0x1.ad8p-24");
        t.ff(0x3e7ad7f29abcaf48, b'x', 17, 64, b"0x1.ad7f29abcaf480000p-24");
        t.ff(0x3e7ad7f29abcaf48, b'q', -1, 64, b"%q");
        t.ff(0x3e7ad7f29abcaf48, b'q', -1, 32, b"%q");
        t.ff(0x3e7ad7f29abcaf48, b'q', 0, 64, b"%q");
        t.ff(0x3e7ad7f29abcaf48, b'q', 3, 64, b"%q");
        t.ff(0x3e7ad7f29abcaf48, b'q', 17, 64, b"%q");
        t.ff(0x405edd2f1a9fbe77, b'e', -1, 64, b"1.23456e+02");
        t.ff(0x405edd2f1a9fbe77, b'e', -1, 32, b"1.23456e+02");
        t.ff(0x405edd2f1a9fbe77, b'e', 0, 64, b"1e+02");
        t.ff(0x405edd2f1a9fbe77, b'e', 3, 64, b"1.235e+02");
        t.ff(0x405edd2f1a9fbe77, b'e', 17, 64, b"1.23456000000000003e+02");
        t.ff(0x405edd2f1a9fbe77, b'f', -1, 64, b"123.456");
        t.ff(0x405edd2f1a9fbe77, b'f', -1, 32, b"123.456");
        t.ff(0x405edd2f1a9fbe77, b'f', 0, 64, b"123");
        t.ff(0x405edd2f1a9fbe77, b'f', 3, 64, b"123.456");
        t.ff(0x405edd2f1a9fbe77, b'f', 17, 64, b"123.45600000000000307");
        t.ff(0x405edd2f1a9fbe77, b'g', -1, 64, b"123.456");
        t.ff(0x405edd2f1a9fbe77, b'g', -1, 32, b"123.456");
        t.ff(0x405edd2f1a9fbe77, b'g', 0, 64, b"1e+02");
        t.ff(0x405edd2f1a9fbe77, b'g', 3, 64, b"123");
        t.ff(0x405edd2f1a9fbe77, b'g', 17, 64, b"123.456");
        t.ff(0x405edd2f1a9fbe77, b'G', -1, 64, b"123.456");
        t.ff(0x405edd2f1a9fbe77, b'G', -1, 32, b"123.456");
        t.ff(0x405edd2f1a9fbe77, b'G', 0, 64, b"1E+02");
        t.ff(0x405edd2f1a9fbe77, b'G', 3, 64, b"123");
        t.ff(0x405edd2f1a9fbe77, b'G', 17, 64, b"123.456");
        t.ff(0x405edd2f1a9fbe77, b'b', -1, 64, b"8687443681197687p-46");
        t.ff(0x405edd2f1a9fbe77, b'b', -1, 32, b"16181625p-17");
        t.ff(0x405edd2f1a9fbe77, b'b', 0, 64, b"8687443681197687p-46");
        t.ff(0x405edd2f1a9fbe77, b'b', 3, 64, b"8687443681197687p-46");
        t.ff(0x405edd2f1a9fbe77, b'b', 17, 64, b"8687443681197687p-46");
        t.ff(0x405edd2f1a9fbe77, b'x', -1, 64, b"0x1.edd2f1a9fbe77p+06");
        t.ff(0x405edd2f1a9fbe77, b'x', -1, 32, b"0x1.edd2f2p+06");
        t.ff(0x405edd2f1a9fbe77, b'x', 0, 64, b"0x1p+07");
        t.ff(0x405edd2f1a9fbe77, b'x', 3, 64, b"0x1.eddp+06");
        t.ff(0x405edd2f1a9fbe77, b'x', 17, 64, b"0x1.edd2f1a9fbe770000p+06");
        t.ff(0x405edd2f1a9fbe77, b'q', -1, 64, b"%q");
        t.ff(0x405edd2f1a9fbe77, b'q', -1, 32, b"%q");
        t.ff(0x405edd2f1a9fbe77, b'q', 0, 64, b"%q");
        t.ff(0x405edd2f1a9fbe77, b'q', 3, 64, b"%q");
        t.ff(0x405edd2f1a9fbe77, b'q', 17, 64, b"%q");
        t.ff(0x7fefffffffffffff, b'e', -1, 64, b"1.7976931348623157e+308");
        t.ff(0x7fefffffffffffff, b'e', -1, 32, b"+Inf");
        t.ff(0x7fefffffffffffff, b'e', 0, 64, b"2e+308");
        t.ff(0x7fefffffffffffff, b'e', 3, 64, b"1.798e+308");
        t.ff(0x7fefffffffffffff, b'e', 17, 64, b"1.79769313486231571e+308");
        t.ff(0x7fefffffffffffff, b'f', -1, 64, b"179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
        t.ff(0x7fefffffffffffff, b'f', -1, 32, b"+Inf");
        t.ff(0x7fefffffffffffff, b'f', 0, 64, b"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368");
        t.ff(0x7fefffffffffffff, b'f', 3, 64, b"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000");
        t.ff(0x7fefffffffffffff, b'f', 17, 64, b"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00000000000000000");
        t.ff(0x7fefffffffffffff, b'g', -1, 64, b"1.7976931348623157e+308");
        t.ff(0x7fefffffffffffff, b'g', -1, 32, b"+Inf");
        t.ff(0x7fefffffffffffff, b'g', 0, 64, b"2e+308");
        t.ff(0x7fefffffffffffff, b'g', 3, 64, b"1.8e+308");
        t.ff(0x7fefffffffffffff, b'g', 17, 64, b"1.7976931348623157e+308");
        t.ff(0x7fefffffffffffff, b'G', -1, 64, b"1.7976931348623157E+308");
        t.ff(0x7fefffffffffffff, b'G', -1, 32, b"+Inf");
        t.ff(0x7fefffffffffffff, b'G', 0, 64, b"2E+308");
        t.ff(0x7fefffffffffffff, b'G', 3, 64, b"1.8E+308");
        t.ff(0x7fefffffffffffff, b'G', 17, 64, b"1.7976931348623157E+308");
        t.ff(0x7fefffffffffffff, b'b', -1, 64, b"9007199254740991p+971");
        t.ff(0x7fefffffffffffff, b'b', -1, 32, b"+Inf");
        t.ff(0x7fefffffffffffff, b'b', 0, 64, b"9007199254740991p+971");
        t.ff(0x7fefffffffffffff, b'b', 3, 64, b"9007199254740991p+971");
        t.ff(0x7fefffffffffffff, b'b', 17, 64, b"9007199254740991p+971");
        t.ff(0x7fefffffffffffff, b'x', -1, 64, b"0x1.fffffffffffffp+1023");
        t.ff(0x7fefffffffffffff, b'x', -1, 32, b"+Inf");
        t.ff(0x7fefffffffffffff, b'x', 0, 64, b"0x1p+1024");
        t.ff(0x7fefffffffffffff, b'x', 3, 64, b"0x1.000p+1024");
        t.ff(0x7fefffffffffffff, b'x', 17, 64, b"0x1.fffffffffffff0000p+1023");
        t.ff(0x7fefffffffffffff, b'q', -1, 64, b"%q");
        t.ff(0x7fefffffffffffff, b'q', -1, 32, b"+Inf");
        t.ff(0x7fefffffffffffff, b'q', 0, 64, b"%q");
        t.ff(0x7fefffffffffffff, b'q', 3, 64, b"%q");
        t.ff(0x7fefffffffffffff, b'q', 17, 64, b"%q");
        t.ff(0x0000000000000001, b'e', -1, 64, b"5e-324");
        t.ff(0x0000000000000001, b'e', -1, 32, b"0e+00");
        t.ff(0x0000000000000001, b'e', 0, 64, b"5e-324");
        t.ff(0x0000000000000001, b'e', 3, 64, b"4.941e-324");
        t.ff(0x0000000000000001, b'e', 17, 64, b"4.94065645841246544e-324");
        t.ff(0x0000000000000001, b'f', -1, 64, b"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005");
        t.ff(0x0000000000000001, b'f', -1, 32, b"0");
        t.ff(0x0000000000000001, b'f', 0, 64, b"0");
        t.ff(0x0000000000000001, b'f', 3, 64, b"0.000");
        t.ff(0x0000000000000001, b'f', 17, 64, b"0.00000000000000000");
        t.ff(0x0000000000000001, b'g', -1, 64, b"5e-324");
        t.ff(0x0000000000000001, b'g', -1, 32, b"0");
        t.ff(0x0000000000000001, b'g', 0, 64, b"5e-324");
        t.ff(0x0000000000000001, b'g', 3, 64, b"4.94e-324");
        t.ff(0x0000000000000001, b'g', 17, 64, b"4.9406564584124654e-324");
        t.ff(0x0000000000000001, b'G', -1, 64, b"5E-324");
        t.ff(0x0000000000000001, b'G', -1, 32, b"0");
        t.ff(0x0000000000000001, b'G', 0, 64, b"5E-324");
        t.ff(0x0000000000000001, b'G', 3, 64, b"4.94E-324");
        t.ff(0x0000000000000001, b'G', 17, 64, b"4.9406564584124654E-324");
        t.ff(0x0000000000000001, b'b', -1, 64, b"1p-1074");
        t.ff(0x0000000000000001, b'b', -1, 32, b"0p-149");
        t.ff(0x0000000000000001, b'b', 0, 64, b"1p-1074");
        t.ff(0x0000000000000001, b'b', 3, 64, b"1p-1074");
        t.ff(0x0000000000000001, b'b', 17, 64, b"1p-1074");
        t.ff(0x0000000000000001, b'x', -1, 64, b"0x1p-1074");
        t.ff(0x0000000000000001, b'x', -1, 32, b"0x0p+00");
        t.ff(0x0000000000000001, b'x', 0, 64, b"0x1p-1074");
        t.ff(0x0000000000000001, b'x', 3, 64, b"0x1.000p-1074");
        t.ff(0x0000000000000001, b'x', 17, 64, b"0x1.00000000000000000p-1074");
        t.ff(0x0000000000000001, b'q', -1, 64, b"%q");
        t.ff(0x0000000000000001, b'q', -1, 32, b"%q");
        t.ff(0x0000000000000001, b'q', 0, 64, b"%q");
        t.ff(0x0000000000000001, b'q', 3, 64, b"%q");
        t.ff(0x0000000000000001, b'q', 17, 64, b"%q");
        t.ff(0x7ff0000000000000, b'e', -1, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'e', -1, 32, b"+Inf");
        t.ff(0x7ff0000000000000, b'e', 0, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'e', 3, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'e', 17, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'f', -1, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'f', -1, 32, b"+Inf");
        t.ff(0x7ff0000000000000, b'f', 0, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'f', 3, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'f', 17, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'g', -1, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'g', -1, 32, b"+Inf");
        t.ff(0x7ff0000000000000, b'g', 0, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'g', 3, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'g', 17, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'G', -1, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'G', -1, 32, b"+Inf");
        t.ff(0x7ff0000000000000, b'G', 0, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'G', 3, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'G', 17, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'b', -1, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'b', -1, 32, b"+Inf");
        t.ff(0x7ff0000000000000, b'b', 0, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'b', 3, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'b', 17, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'x', -1, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'x', -1, 32, b"+Inf");
        t.ff(0x7ff0000000000000, b'x', 0, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'x', 3, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'x', 17, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'q', -1, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'q', -1, 32, b"+Inf");
        t.ff(0x7ff0000000000000, b'q', 0, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'q', 3, 64, b"+Inf");
        t.ff(0x7ff0000000000000, b'q', 17, 64, b"+Inf");
        t.ff(0xfff0000000000000, b'e', -1, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'e', -1, 32, b"-Inf");
        t.ff(0xfff0000000000000, b'e', 0, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'e', 3, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'e', 17, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'f', -1, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'f', -1, 32, b"-Inf");
        t.ff(0xfff0000000000000, b'f', 0, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'f', 3, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'f', 17, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'g', -1, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'g', -1, 32, b"-Inf");
        t.ff(0xfff0000000000000, b'g', 0, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'g', 3, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'g', 17, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'G', -1, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'G', -1, 32, b"-Inf");
        t.ff(0xfff0000000000000, b'G', 0, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'G', 3, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'G', 17, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'b', -1, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'b', -1, 32, b"-Inf");
        t.ff(0xfff0000000000000, b'b', 0, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'b', 3, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'b', 17, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'x', -1, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'x', -1, 32, b"-Inf");
        t.ff(0xfff0000000000000, b'x', 0, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'x', 3, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'x', 17, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'q', -1, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'q', -1, 32, b"-Inf");
        t.ff(0xfff0000000000000, b'q', 0, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'q', 3, 64, b"-Inf");
        t.ff(0xfff0000000000000, b'q', 17, 64, b"-Inf");
        t.ff(0x7ff8000000000001, b'e', -1, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'e', -1, 32, b"NaN");
        t.ff(0x7ff8000000000001, b'e', 0, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'e', 3, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'e', 17, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'f', -1, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'f', -1, 32, b"NaN");
        t.ff(0x7ff8000000000001, b'f', 0, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'f', 3, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'f', 17, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'g', -1, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'g', -1, 32, b"NaN");
        t.ff(0x7ff8000000000001, b'g', 0, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'g', 3, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'g', 17, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'G', -1, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'G', -1, 32, b"NaN");
        t.ff(0x7ff8000000000001, b'G', 0, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'G', 3, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'G', 17, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'b', -1, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'b', -1, 32, b"NaN");
        t.ff(0x7ff8000000000001, b'b', 0, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'b', 3, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'b', 17, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'x', -1, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'x', -1, 32, b"NaN");
        t.ff(0x7ff8000000000001, b'x', 0, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'x', 3, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'x', 17, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'q', -1, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'q', -1, 32, b"NaN");
        t.ff(0x7ff8000000000001, b'q', 0, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'q', 3, 64, b"NaN");
        t.ff(0x7ff8000000000001, b'q', 17, 64, b"NaN");
        t.ff(0x0000000000000001, b'e', -1, 64, b"5e-324");
        t.ff(0x0000000000000001, b'e', -1, 32, b"0e+00");
        t.ff(0x0000000000000001, b'e', 0, 64, b"5e-324");
        t.ff(0x0000000000000001, b'e', 3, 64, b"4.941e-324");
        t.ff(0x0000000000000001, b'e', 17, 64, b"4.94065645841246544e-324");
        t.ff(0x0000000000000001, b'f', -1, 64, b"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005");
        t.ff(0x0000000000000001, b'f', -1, 32, b"0");
        t.ff(0x0000000000000001, b'f', 0, 64, b"0");
        t.ff(0x0000000000000001, b'f', 3, 64, b"0.000");
        t.ff(0x0000000000000001, b'f', 17, 64, b"0.00000000000000000");
        t.ff(0x0000000000000001, b'g', -1, 64, b"5e-324");
        t.ff(0x0000000000000001, b'g', -1, 32, b"0");
        t.ff(0x0000000000000001, b'g', 0, 64, b"5e-324");
        t.ff(0x0000000000000001, b'g', 3, 64, b"4.94e-324");
        t.ff(0x0000000000000001, b'g', 17, 64, b"4.9406564584124654e-324");
        t.ff(0x0000000000000001, b'G', -1, 64, b"5E-324");
        t.ff(0x0000000000000001, b'G', -1, 32, b"0");
        t.ff(0x0000000000000001, b'G', 0, 64, b"5E-324");
        t.ff(0x0000000000000001, b'G', 3, 64, b"4.94E-324");
        t.ff(0x0000000000000001, b'G', 17, 64, b"4.9406564584124654E-324");
        t.ff(0x0000000000000001, b'b', -1, 64, b"1p-1074");
        t.ff(0x0000000000000001, b'b', -1, 32, b"0p-149");
        t.ff(0x0000000000000001, b'b', 0, 64, b"1p-1074");
        t.ff(0x0000000000000001, b'b', 3, 64, b"1p-1074");
        t.ff(0x0000000000000001, b'b', 17, 64, b"1p-1074");
        t.ff(0x0000000000000001, b'x', -1, 64, b"0x1p-1074");
        t.ff(0x0000000000000001, b'x', -1, 32, b"0x0p+00");
        t.ff(0x0000000000000001, b'x', 0, 64, b"0x1p-1074");
        t.ff(0x0000000000000001, b'x', 3, 64, b"0x1.000p-1074");
        t.ff(0x0000000000000001, b'x', 17, 64, b"0x1.00000000000000000p-1074");
        t.ff(0x0000000000000001, b'q', -1, 64, b"%q");
        t.ff(0x0000000000000001, b'q', -1, 32, b"%q");
        t.ff(0x0000000000000001, b'q', 0, 64, b"%q");
        t.ff(0x0000000000000001, b'q', 3, 64, b"%q");
        t.ff(0x0000000000000001, b'q', 17, 64, b"%q");
        t.ff(0x0010000000000000, b'e', -1, 64, b"2.2250738585072014e-308");
        t.ff(0x0010000000000000, b'e', -1, 32, b"0e+00");
        t.ff(0x0010000000000000, b'e', 0, 64, b"2e-308");
        t.ff(0x0010000000000000, b'e', 3, 64, b"2.225e-308");
        t.ff(0x0010000000000000, b'e', 17, 64, b"2.22507385850720138e-308");
        t.ff(0x0010000000000000, b'f', -1, 64, b"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000022250738585072014");
        t.ff(0x0010000000000000, b'f', -1, 32, b"0");
        t.ff(0x0010000000000000, b'f', 0, 64, b"0");
        t.ff(0x0010000000000000, b'f', 3, 64, b"0.000");
        t.ff(0x0010000000000000, b'f', 17, 64, b"0.00000000000000000");
        t.ff(0x0010000000000000, b'g', -1, 64, b"2.2250738585072014e-308");
        t.ff(0x0010000000000000, b'g', -1, 32, b"0");
        t.ff(0x0010000000000000, b'g', 0, 64, b"2e-308");
        t.ff(0x0010000000000000, b'g', 3, 64, b"2.23e-308");
        t.ff(0x0010000000000000, b'g', 17, 64, b"2.2250738585072014e-308");
        t.ff(0x0010000000000000, b'G', -1, 64, b"2.2250738585072014E-308");
        t.ff(0x0010000000000000, b'G', -1, 32, b"0");
        t.ff(0x0010000000000000, b'G', 0, 64, b"2E-308");
        t.ff(0x0010000000000000, b'G', 3, 64, b"2.23E-308");
        t.ff(0x0010000000000000, b'G', 17, 64, b"2.2250738585072014E-308");
        t.ff(0x0010000000000000, b'b', -1, 64, b"4503599627370496p-1074");
        t.ff(0x0010000000000000, b'b', -1, 32, b"0p-149");
        t.ff(0x0010000000000000, b'b', 0, 64, b"4503599627370496p-1074");
        t.ff(0x0010000000000000, b'b', 3, 64, b"4503599627370496p-1074");
        t.ff(0x0010000000000000, b'b', 17, 64, b"4503599627370496p-1074");
        t.ff(0x0010000000000000, b'x', -1, 64, b"0x1p-1022");
        t.ff(0x0010000000000000, b'x', -1, 32, b"0x0p+00");
        t.ff(0x0010000000000000, b'x', 0, 64, b"0x1p-1022");
        t.ff(0x0010000000000000, b'x', 3, 64, b"0x1.000p-1022");
        t.ff(0x0010000000000000, b'x', 17, 64, b"0x1.00000000000000000p-1022");
        t.ff(0x0010000000000000, b'q', -1, 64, b"%q");
        t.ff(0x0010000000000000, b'q', -1, 32, b"%q");
        t.ff(0x0010000000000000, b'q', 0, 64, b"%q");
        t.ff(0x0010000000000000, b'q', 3, 64, b"%q");
        t.ff(0x0010000000000000, b'q', 17, 64, b"%q");
        t.ff(0x4059000000000000, b'e', -1, 64, b"1e+02");
        t.ff(0x4059000000000000, b'e', -1, 32, b"1e+02");
        t.ff(0x4059000000000000, b'e', 0, 64, b"1e+02");
        t.ff(0x4059000000000000, b'e', 3, 64, b"1.000e+02");
        t.ff(0x4059000000000000, b'e', 17, 64, b"1.00000000000000000e+02");
        t.ff(0x4059000000000000, b'f', -1, 64, b"100");
        t.ff(0x4059000000000000, b'f', -1, 32, b"100");
        t.ff(0x4059000000000000, b'f', 0, 64, b"100");
        t.ff(0x4059000000000000, b'f', 3, 64, b"100.000");
        t.ff(0x4059000000000000, b'f', 17, 64, b"100.00000000000000000");
        t.ff(0x4059000000000000, b'g', -1, 64, b"100");
        t.ff(0x4059000000000000, b'g', -1, 32, b"100");
        t.ff(0x4059000000000000, b'g', 0, 64, b"1e+02");
        t.ff(0x4059000000000000, b'g', 3, 64, b"100");
        t.ff(0x4059000000000000, b'g', 17, 64, b"100");
        t.ff(0x4059000000000000, b'G', -1, 64, b"100");
        t.ff(0x4059000000000000, b'G', -1, 32, b"100");
        t.ff(0x4059000000000000, b'G', 0, 64, b"1E+02");
        t.ff(0x4059000000000000, b'G', 3, 64, b"100");
        t.ff(0x4059000000000000, b'G', 17, 64, b"100");
        t.ff(0x4059000000000000, b'b', -1, 64, b"7036874417766400p-46");
        t.ff(0x4059000000000000, b'b', -1, 32, b"13107200p-17");
        t.ff(0x4059000000000000, b'b', 0, 64, b"7036874417766400p-46");
        t.ff(0x4059000000000000, b'b', 3, 64, b"7036874417766400p-46");
        t.ff(0x4059000000000000, b'b', 17, 64, b"7036874417766400p-46");
        t.ff(0x4059000000000000, b'x', -1, 64, b"0x1.9p+06");
        t.ff(0x4059000000000000, b'x', -1, 32, b"0x1.9p+06");
        t.ff(0x4059000000000000, b'x', 0, 64, b"0x1p+07");
        t.ff(0x4059000000000000, b'x', 3, 64, b"0x1.900p+06");
        t.ff(0x4059000000000000, b'x', 17, 64, b"0x1.90000000000000000p+06");
        t.ff(0x4059000000000000, b'q', -1, 64, b"%q");
        t.ff(0x4059000000000000, b'q', -1, 32, b"%q");
        t.ff(0x4059000000000000, b'q', 0, 64, b"%q");
        t.ff(0x4059000000000000, b'q', 3, 64, b"%q");
        t.ff(0x4059000000000000, b'q', 17, 64, b"%q");
        t.ff(0x412e848000000000, b'e', -1, 64, b"1e+06");
        t.ff(0x412e848000000000, b'e', -1, 32, b"1e+06");
        t.ff(0x412e848000000000, b'e', 0, 64, b"1e+06");
        t.ff(0x412e848000000000, b'e', 3, 64, b"1.000e+06");
        t.ff(0x412e848000000000, b'e', 17, 64, b"1.00000000000000000e+06");
        t.ff(0x412e848000000000, b'f', -1, 64, b"1000000");
        t.ff(0x412e848000000000, b'f', -1, 32, b"1000000");
        t.ff(0x412e848000000000, b'f', 0, 64, b"1000000");
        t.ff(0x412e848000000000, b'f', 3, 64, b"1000000.000");
        t.ff(0x412e848000000000, b'f', 17, 64, b"1000000.00000000000000000");
        t.ff(0x412e848000000000, b'g', -1, 64, b"1e+06");
        t.ff(0x412e848000000000, b'g', -1, 32, b"1e+06");
        t.ff(0x412e848000000000, b'g', 0, 64, b"1e+06");
        t.ff(0x412e848000000000, b'g', 3, 64, b"1e+06");
        t.ff(0x412e848000000000, b'g', 17, 64, b"1000000");
        t.ff(0x412e848000000000, b'G', -1, 64, b"1E+06");
        t.ff(0x412e848000000000, b'G', -1, 32, b"1E+06");
        t.ff(0x412e848000000000, b'G', 0, 64, b"1E+06");
        t.ff(0x412e848000000000, b'G', 3, 64, b"1E+06");
        t.ff(0x412e848000000000, b'G', 17, 64, b"1000000");
        t.ff(0x412e848000000000, b'b', -1, 64, b"8589934592000000p-33");
        t.ff(0x412e848000000000, b'b', -1, 32, b"16000000p-4");
        t.ff(0x412e848000000000, b'b', 0, 64, b"8589934592000000p-33");
        t.ff(0x412e848000000000, b'b', 3, 64, b"8589934592000000p-33");
        t.ff(0x412e848000000000, b'b', 17, 64, b"8589934592000000p-33");
        t.ff(0x412e848000000000, b'x', -1, 64, b"0x1.e848p+19");
        t.ff(0x412e848000000000, b'x', -1, 32, b"0x1.e848p+19");
        t.ff(0x412e848000000000, b'x', 0, 64, b"0x1p+20");
        t.ff(0x412e848000000000, b'x', 3, 64, b"0x1.e84p+19");
        t.ff(0x412e848000000000, b'x', 17, 64, b"0x1.e8480000000000000p+19");
        t.ff(0x412e848000000000, b'q', -1, 64, b"%q");
        t.ff(0x412e848000000000, b'q', -1, 32, b"%q");
        t.ff(0x412e848000000000, b'q', 0, 64, b"%q");
        t.ff(0x412e848000000000, b'q', 3, 64, b"%q");
        t.ff(0x412e848000000000, b'q', 17, 64, b"%q");
        t.ff(0x3f201f31f46ed246, b'e', -1, 64, b"1.23e-04");
        t.ff(0x3f201f31f46ed246, b'e', -1, 32, b"1.23e-04");
        t.ff(0x3f201f31f46ed246, b'e', 0, 64, b"1e-04");
        t.ff(0x3f201f31f46ed246, b'e', 3, 64, b"1.230e-04");
        t.ff(0x3f201f31f46ed246, b'e', 17, 64, b"1.23000000000000008e-04");
        t.ff(0x3f201f31f46ed246, b'f', -1, 64, b"0.000123");
        t.ff(0x3f201f31f46ed246, b'f', -1, 32, b"0.000123");
        t.ff(0x3f201f31f46ed246, b'f', 0, 64, b"0");
        t.ff(0x3f201f31f46ed246, b'f', 3, 64, b"0.000");
        t.ff(0x3f201f31f46ed246, b'f', 17, 64, b"0.00012300000000000");
        t.ff(0x3f201f31f46ed246, b'g', -1, 64, b"0.000123");
        t.ff(0x3f201f31f46ed246, b'g', -1, 32, b"0.000123");
        t.ff(0x3f201f31f46ed246, b'g', 0, 64, b"0.0001");
        t.ff(0x3f201f31f46ed246, b'g', 3, 64, b"0.000123");
        t.ff(0x3f201f31f46ed246, b'g', 17, 64, b"0.00012300000000000001");
        t.ff(0x3f201f31f46ed246, b'G', -1, 64, b"0.000123");
        t.ff(0x3f201f31f46ed246, b'G', -1, 32, b"0.000123");
        t.ff(0x3f201f31f46ed246, b'G', 0, 64, b"0.0001");
        t.ff(0x3f201f31f46ed246, b'G', 3, 64, b"0.000123");
        t.ff(0x3f201f31f46ed246, b'G', 17, 64, b"0.00012300000000000001");
        t.ff(0x3f201f31f46ed246, b'b', -1, 64, b"4537899042132550p-65");
        t.ff(0x3f201f31f46ed246, b'b', -1, 32, b"8452496p-36");
        t.ff(0x3f201f31f46ed246, b'b', 0, 64, b"4537899042132550p-65");
        t.ff(0x3f201f31f46ed246, b'b', 3, 64, b"4537899042132550p-65");
        t.ff(0x3f201f31f46ed246, b'b', 17, 64, b"4537899042132550p-65");
        t.ff(0x3f201f31f46ed246, b'x', -1, 64, b"0x1.01f31f46ed246p-13");
        t.ff(0x3f201f31f46ed246, b'x', -1, 32, b"0x1.01f32p-13");
        t.ff(0x3f201f31f46ed246, b'x', 0, 64, b"0x1p-13");
        t.ff(0x3f201f31f46ed246, b'x', 3, 64, b"0x1.01fp-13");
        t.ff(0x3f201f31f46ed246, b'x', 17, 64, b"0x1.01f31f46ed2460000p-13");
        t.ff(0x3f201f31f46ed246, b'q', -1, 64, b"%q");
        t.ff(0x3f201f31f46ed246, b'q', -1, 32, b"%q");
        t.ff(0x3f201f31f46ed246, b'q', 0, 64, b"%q");
        t.ff(0x3f201f31f46ed246, b'q', 3, 64, b"%q");
        t.ff(0x3f201f31f46ed246, b'q', 17, 64, b"%q");
        t.ff(0x4008000000000000, b'e', -1, 64, b"3e+00");
        t.ff(0x4008000000000000, b'e', -1, 32, b"3e+00");
        t.ff(0x4008000000000000, b'e', 0, 64, b"3e+00");
        t.ff(0x4008000000000000, b'e', 3, 64, b"3.000e+00");
        t.ff(0x4008000000000000, b'e', 17, 64, b"3.00000000000000000e+00");
        t.ff(0x4008000000000000, b'f', -1, 64, b"3");
        t.ff(0x4008000000000000, b'f', -1, 32, b"3");
        t.ff(0x4008000000000000, b'f', 0, 64, b"3");
        t.ff(0x4008000000000000, b'f', 3, 64, b"3.000");
        t.ff(0x4008000000000000, b'f', 17, 64, b"3.00000000000000000");
        t.ff(0x4008000000000000, b'g', -1, 64, b"3");
        t.ff(0x4008000000000000, b'g', -1, 32, b"3");
        t.ff(0x4008000000000000, b'g', 0, 64, b"3");
        t.ff(0x4008000000000000, b'g', 3, 64, b"3");
        t.ff(0x4008000000000000, b'g', 17, 64, b"3");
        t.ff(0x4008000000000000, b'G', -1, 64, b"3");
        t.ff(0x4008000000000000, b'G', -1, 32, b"3");
        t.ff(0x4008000000000000, b'G', 0, 64, b"3");
        t.ff(0x4008000000000000, b'G', 3, 64, b"3");
        t.ff(0x4008000000000000, b'G', 17, 64, b"3");
        t.ff(0x4008000000000000, b'b', -1, 64, b"6755399441055744p-51");
        t.ff(0x4008000000000000, b'b', -1, 32, b"12582912p-22");
        t.ff(0x4008000000000000, b'b', 0, 64, b"6755399441055744p-51");
        t.ff(0x4008000000000000, b'b', 3, 64, b"6755399441055744p-51");
        t.ff(0x4008000000000000, b'b', 17, 64, b"6755399441055744p-51");
        t.ff(0x4008000000000000, b'x', -1, 64, b"0x1.8p+01");
        t.ff(0x4008000000000000, b'x', -1, 32, b"0x1.8p+01");
        t.ff(0x4008000000000000, b'x', 0, 64, b"0x1p+02");
        t.ff(0x4008000000000000, b'x', 3, 64, b"0x1.800p+01");
        t.ff(0x4008000000000000, b'x', 17, 64, b"0x1.80000000000000000p+01");
        t.ff(0x4008000000000000, b'q', -1, 64, b"%q");
        t.ff(0x4008000000000000, b'q', -1, 32, b"%q");
        t.ff(0x4008000000000000, b'q', 0, 64, b"%q");
        t.ff(0x4008000000000000, b'q', 3, 64, b"%q");
        t.ff(0x4008000000000000, b'q', 17, 64, b"%q");
        t.ff(0x4023000000000000, b'e', -1, 64, b"9.5e+00");
        t.ff(0x4023000000000000, b'e', -1, 32, b"9.5e+00");
        t.ff(0x4023000000000000, b'e', 0, 64, b"1e+01");
        t.ff(0x4023000000000000, b'e', 3, 64, b"9.500e+00");
        t.ff(0x4023000000000000, b'e', 17, 64, b"9.50000000000000000e+00");
        t.ff(0x4023000000000000, b'f', -1, 64, b"9.5");
        t.ff(0x4023000000000000, b'f', -1, 32, b"9.5");
        t.ff(0x4023000000000000, b'f', 0, 64, b"10");
        t.ff(0x4023000000000000, b'f', 3, 64, b"9.500");
        t.ff(0x4023000000000000, b'f', 17, 64, b"9.50000000000000000");
        t.ff(0x4023000000000000, b'g', -1, 64, b"9.5");
        t.ff(0x4023000000000000, b'g', -1, 32, b"9.5");
        t.ff(0x4023000000000000, b'g', 0, 64, b"1e+01");
        t.ff(0x4023000000000000, b'g', 3, 64, b"9.5");
        t.ff(0x4023000000000000, b'g', 17, 64, b"9.5");
        t.ff(0x4023000000000000, b'G', -1, 64, b"9.5");
        t.ff(0x4023000000000000, b'G', -1, 32, b"9.5");
        t.ff(0x4023000000000000, b'G', 0, 64, b"1E+01");
        t.ff(0x4023000000000000, b'G', 3, 64, b"9.5");
        t.ff(0x4023000000000000, b'G', 17, 64, b"9.5");
        t.ff(0x4023000000000000, b'b', -1, 64, b"5348024557502464p-49");
        t.ff(0x4023000000000000, b'b', -1, 32, b"9961472p-20");
        t.ff(0x4023000000000000, b'b', 0, 64, b"5348024557502464p-49");
        t.ff(0x4023000000000000, b'b', 3, 64, b"5348024557502464p-49");
        t.ff(0x4023000000000000, b'b', 17, 64, b"5348024557502464p-49");
        t.ff(0x4023000000000000, b'x', -1, 64, b"0x1.3p+03");
        t.ff(0x4023000000000000, b'x', -1, 32, b"0x1.3p+03");
        t.ff(0x4023000000000000, b'x', 0, 64, b"0x1p+03");
        t.ff(0x4023000000000000, b'x', 3, 64, b"0x1.300p+03");
        t.ff(0x4023000000000000, b'x', 17, 64, b"0x1.30000000000000000p+03");
        t.ff(0x4023000000000000, b'q', -1, 64, b"%q");
        t.ff(0x4023000000000000, b'q', -1, 32, b"%q");
        t.ff(0x4023000000000000, b'q', 0, 64, b"%q");
        t.ff(0x4023000000000000, b'q', 3, 64, b"%q");
        t.ff(0x4023000000000000, b'q', 17, 64, b"%q");
        t.ff(0x3fee666666666666, b'e', -1, 64, b"9.5e-01");
        t.ff(0x3fee666666666666, b'e', -1, 32, b"9.5e-01");
        t.ff(0x3fee666666666666, b'e', 0, 64, b"9e-01");
        t.ff(0x3fee666666666666, b'e', 3, 64, b"9.500e-01");
        t.ff(0x3fee666666666666, b'e', 17, 64, b"9.49999999999999956e-01");
        t.ff(0x3fee666666666666, b'f', -1, 64, b"0.95");
        t.ff(0x3fee666666666666, b'f', -1, 32, b"0.95");
        t.ff(0x3fee666666666666, b'f', 0, 64, b"1");
        t.ff(0x3fee666666666666, b'f', 3, 64, b"0.950");
        t.ff(0x3fee666666666666, b'f', 17, 64, b"0.94999999999999996");
        t.ff(0x3fee666666666666, b'g', -1, 64, b"0.95");
        t.ff(0x3fee666666666666, b'g', -1, 32, b"0.95");
        t.ff(0x3fee666666666666, b'g', 0, 64, b"0.9");
        t.ff(0x3fee666666666666, b'g', 3, 64, b"0.95");
        t.ff(0x3fee666666666666, b'g', 17, 64, b"0.94999999999999996");
        t.ff(0x3fee666666666666, b'G', -1, 64, b"0.95");
        t.ff(0x3fee666666666666, b'G', -1, 32, b"0.95");
        t.ff(0x3fee666666666666, b'G', 0, 64, b"0.9");
        t.ff(0x3fee666666666666, b'G', 3, 64, b"0.95");
        t.ff(0x3fee666666666666, b'G', 17, 64, b"0.94999999999999996");
        t.ff(0x3fee666666666666, b'b', -1, 64, b"8556839292003942p-53");
        t.ff(0x3fee666666666666, b'b', -1, 32, b"15938355p-24");
        t.ff(0x3fee666666666666, b'b', 0, 64, b"8556839292003942p-53");
        t.ff(0x3fee666666666666, b'b', 3, 64, b"8556839292003942p-53");
        t.ff(0x3fee666666666666, b'b', 17, 64, b"8556839292003942p-53");
        t.ff(0x3fee666666666666, b'x', -1, 64, b"0x1.e666666666666p-01");
        t.ff(0x3fee666666666666, b'x', -1, 32, b"0x1.e66666p-01");
        t.ff(0x3fee666666666666, b'x', 0, 64, b"0x1p+00");
        t.ff(0x3fee666666666666, b'x', 3, 64, b"0x1.e66p-01");
        t.ff(0x3fee666666666666, b'x', 17, 64, b"0x1.e6666666666660000p-01");
        t.ff(0x3fee666666666666, b'q', -1, 64, b"%q");
        t.ff(0x3fee666666666666, b'q', -1, 32, b"%q");
        t.ff(0x3fee666666666666, b'q', 0, 64, b"%q");
        t.ff(0x3fee666666666666, b'q', 3, 64, b"%q");
        t.ff(0x3fee666666666666, b'q', 17, 64, b"%q");
        t.ff(0x4058e00000000000, b'e', -1, 64, b"9.95e+01");
        t.ff(0x4058e00000000000, b'e', -1, 32, b"9.95e+01");
        t.ff(0x4058e00000000000, b'e', 0, 64, b"1e+02");
        t.ff(0x4058e00000000000, b'e', 3, 64, b"9.950e+01");
        t.ff(0x4058e00000000000, b'e', 17, 64, b"9.95000000000000000e+01");
        t.ff(0x4058e00000000000, b'f', -1, 64, b"99.5");
        t.ff(0x4058e00000000000, b'f', -1, 32, b"99.5");
        t.ff(0x4058e00000000000, b'f', 0, 64, b"100");
        t.ff(0x4058e00000000000, b'f', 3, 64, b"99.500");
        t.ff(0x4058e00000000000, b'f', 17, 64, b"99.50000000000000000");
        t.ff(0x4058e00000000000, b'g', -1, 64, b"99.5");
        t.ff(0x4058e00000000000, b'g', -1, 32, b"99.5");
        t.ff(0x4058e00000000000, b'g', 0, 64, b"1e+02");
        t.ff(0x4058e00000000000, b'g', 3, 64, b"99.5");
        t.ff(0x4058e00000000000, b'g', 17, 64, b"99.5");
        t.ff(0x4058e00000000000, b'G', -1, 64, b"99.5");
        t.ff(0x4058e00000000000, b'G', -1, 32, b"99.5");
        t.ff(0x4058e00000000000, b'G', 0, 64, b"1E+02");
        t.ff(0x4058e00000000000, b'G', 3, 64, b"99.5");
        t.ff(0x4058e00000000000, b'G', 17, 64, b"99.5");
        t.ff(0x4058e00000000000, b'b', -1, 64, b"7001690045677568p-46");
        t.ff(0x4058e00000000000, b'b', -1, 32, b"13041664p-17");
        t.ff(0x4058e00000000000, b'b', 0, 64, b"7001690045677568p-46");
        t.ff(0x4058e00000000000, b'b', 3, 64, b"7001690045677568p-46");
        t.ff(0x4058e00000000000, b'b', 17, 64, b"7001690045677568p-46");
        t.ff(0x4058e00000000000, b'x', -1, 64, b"0x1.8ep+06");
        t.ff(0x4058e00000000000, b'x', -1, 32, b"0x1.8ep+06");
        t.ff(0x4058e00000000000, b'x', 0, 64, b"0x1p+07");
        t.ff(0x4058e00000000000, b'x', 3, 64, b"0x1.8e0p+06");
        t.ff(0x4058e00000000000, b'x', 17, 64, b"0x1.8e000000000000000p+06");
        t.ff(0x4058e00000000000, b'q', -1, 64, b"%q");
        t.ff(0x4058e00000000000, b'q', -1, 32, b"%q");
        t.ff(0x4058e00000000000, b'q', 0, 64, b"%q");
        t.ff(0x4058e00000000000, b'q', 3, 64, b"%q");
        t.ff(0x4058e00000000000, b'q', 17, 64, b"%q");
        t.ff(0x412e847f00000000, b'e', -1, 64, b"9.999995e+05");
        t.ff(0x412e847f00000000, b'e', -1, 32, b"9.999995e+05");
        t.ff(0x412e847f00000000, b'e', 0, 64, b"1e+06");
        t.ff(0x412e847f00000000, b'e', 3, 64, b"1.000e+06");
        t.ff(0x412e847f00000000, b'e', 17, 64, b"9.99999500000000000e+05");
        t.ff(0x412e847f00000000, b'f', -1, 64, b"999999.5");
        t.ff(0x412e847f00000000, b'f', -1, 32, b"999999.5");
        t.ff(0x412e847f00000000, b'f', 0, 64, b"1000000");
        t.ff(0x412e847f00000000, b'f', 3, 64, b"999999.500");
        t.ff(0x412e847f00000000, b'f', 17, 64, b"999999.50000000000000000");
        t.ff(0x412e847f00000000, b'g', -1, 64, b"999999.5");
        t.ff(0x412e847f00000000, b'g', -1, 32, b"999999.5");
        t.ff(0x412e847f00000000, b'g', 0, 64, b"1e+06");
        t.ff(0x412e847f00000000, b'g', 3, 64, b"1e+06");
        t.ff(0x412e847f00000000, b'g', 17, 64, b"999999.5");
        t.ff(0x412e847f00000000, b'G', -1, 64, b"999999.5");
        t.ff(0x412e847f00000000, b'G', -1, 32, b"999999.5");
        t.ff(0x412e847f00000000, b'G', 0, 64, b"1E+06");
        t.ff(0x412e847f00000000, b'G', 3, 64, b"1E+06");
        t.ff(0x412e847f00000000, b'G', 17, 64, b"999999.5");
        t.ff(0x412e847f00000000, b'b', -1, 64, b"8589930297032704p-33");
        t.ff(0x412e847f00000000, b'b', -1, 32, b"15999992p-4");
        t.ff(0x412e847f00000000, b'b', 0, 64, b"8589930297032704p-33");
        t.ff(0x412e847f00000000, b'b', 3, 64, b"8589930297032704p-33");
        t.ff(0x412e847f00000000, b'b', 17, 64, b"8589930297032704p-33");
        t.ff(0x412e847f00000000, b'x', -1, 64, b"0x1.e847fp+19");
        t.ff(0x412e847f00000000, b'x', -1, 32, b"0x1.e847fp+19");
        t.ff(0x412e847f00000000, b'x', 0, 64, b"0x1p+20");
        t.ff(0x412e847f00000000, b'x', 3, 64, b"0x1.e84p+19");
        t.ff(0x412e847f00000000, b'x', 17, 64, b"0x1.e847f000000000000p+19");
        t.ff(0x412e847f00000000, b'q', -1, 64, b"%q");
        t.ff(0x412e847f00000000, b'q', -1, 32, b"%q");
        t.ff(0x412e847f00000000, b'q', 0, 64, b"%q");
        t.ff(0x412e847f00000000, b'q', 3, 64, b"%q");
        t.ff(0x412e847f00000000, b'q', 17, 64, b"%q");
        t.ff(0x3fd5555555555555, b'e', -1, 64, b"3.333333333333333e-01");
        t.ff(0x3fd5555555555555, b'e', -1, 32, b"3.3333334e-01");
        t.ff(0x3fd5555555555555, b'e', 0, 64, b"3e-01");
        t.ff(0x3fd5555555555555, b'e', 3, 64, b"3.333e-01");
        t.ff(0x3fd5555555555555, b'e', 17, 64, b"3.33333333333333315e-01");
        t.ff(0x3fd5555555555555, b'f', -1, 64, b"0.3333333333333333");
        t.ff(0x3fd5555555555555, b'f', -1, 32, b"0.33333334");
        t.ff(0x3fd5555555555555, b'f', 0, 64, b"0");
        t.ff(0x3fd5555555555555, b'f', 3, 64, b"0.333");
        t.ff(0x3fd5555555555555, b'f', 17, 64, b"0.33333333333333331");
        t.ff(0x3fd5555555555555, b'g', -1, 64, b"0.3333333333333333");
        t.ff(0x3fd5555555555555, b'g', -1, 32, b"0.33333334");
        t.ff(0x3fd5555555555555, b'g', 0, 64, b"0.3");
        t.ff(0x3fd5555555555555, b'g', 3, 64, b"0.333");
        t.ff(0x3fd5555555555555, b'g', 17, 64, b"0.33333333333333331");
        t.ff(0x3fd5555555555555, b'G', -1, 64, b"0.3333333333333333");
        t.ff(0x3fd5555555555555, b'G', -1, 32, b"0.33333334");
        t.ff(0x3fd5555555555555, b'G', 0, 64, b"0.3");
        t.ff(0x3fd5555555555555, b'G', 3, 64, b"0.333");
        t.ff(0x3fd5555555555555, b'G', 17, 64, b"0.33333333333333331");
        t.ff(0x3fd5555555555555, b'b', -1, 64, b"6004799503160661p-54");
        t.ff(0x3fd5555555555555, b'b', -1, 32, b"11184811p-25");
        t.ff(0x3fd5555555555555, b'b', 0, 64, b"6004799503160661p-54");
        t.ff(0x3fd5555555555555, b'b', 3, 64, b"6004799503160661p-54");
        t.ff(0x3fd5555555555555, b'b', 17, 64, b"6004799503160661p-54");
        t.ff(0x3fd5555555555555, b'x', -1, 64, b"0x1.5555555555555p-02");
        t.ff(0x3fd5555555555555, b'x', -1, 32, b"0x1.555556p-02");
        t.ff(0x3fd5555555555555, b'x', 0, 64, b"0x1p-02");
        t.ff(0x3fd5555555555555, b'x', 3, 64, b"0x1.555p-02");
        t.ff(0x3fd5555555555555, b'x', 17, 64, b"0x1.55555555555550000p-02");
        t.ff(0x3fd5555555555555, b'q', -1, 64, b"%q");
        t.ff(0x3fd5555555555555, b'q', -1, 32, b"%q");
        t.ff(0x3fd5555555555555, b'q', 0, 64, b"%q");
        t.ff(0x3fd5555555555555, b'q', 3, 64, b"%q");
        t.ff(0x3fd5555555555555, b'q', 17, 64, b"%q");
        t.ff(0x3fe5555555555555, b'e', -1, 64, b"6.666666666666666e-01");
        t.ff(0x3fe5555555555555, b'e', -1, 32, b"6.666667e-01");
        t.ff(0x3fe5555555555555, b'e', 0, 64, b"7e-01");
        t.ff(0x3fe5555555555555, b'e', 3, 64, b"6.667e-01");
        t.ff(0x3fe5555555555555, b'e', 17, 64, b"6.66666666666666630e-01");
        t.ff(0x3fe5555555555555, b'f', -1, 64, b"0.6666666666666666");
        t.ff(0x3fe5555555555555, b'f', -1, 32, b"0.6666667");
        t.ff(0x3fe5555555555555, b'f', 0, 64, b"1");
        t.ff(0x3fe5555555555555, b'f', 3, 64, b"0.667");
        t.ff(0x3fe5555555555555, b'f', 17, 64, b"0.66666666666666663");
        t.ff(0x3fe5555555555555, b'g', -1, 64, b"0.6666666666666666");
        t.ff(0x3fe5555555555555, b'g', -1, 32, b"0.6666667");
        t.ff(0x3fe5555555555555, b'g', 0, 64, b"0.7");
        t.ff(0x3fe5555555555555, b'g', 3, 64, b"0.667");
        t.ff(0x3fe5555555555555, b'g', 17, 64, b"0.66666666666666663");
        t.ff(0x3fe5555555555555, b'G', -1, 64, b"0.6666666666666666");
        t.ff(0x3fe5555555555555, b'G', -1, 32, b"0.6666667");
        t.ff(0x3fe5555555555555, b'G', 0, 64, b"0.7");
        t.ff(0x3fe5555555555555, b'G', 3, 64, b"0.667");
        t.ff(0x3fe5555555555555, b'G', 17, 64, b"0.66666666666666663");
        t.ff(0x3fe5555555555555, b'b', -1, 64, b"6004799503160661p-53");
        t.ff(0x3fe5555555555555, b'b', -1, 32, b"11184811p-24");
        t.ff(0x3fe5555555555555, b'b', 0, 64, b"6004799503160661p-53");
        t.ff(0x3fe5555555555555, b'b', 3, 64, b"6004799503160661p-53");
        t.ff(0x3fe5555555555555, b'b', 17, 64, b"6004799503160661p-53");
        t.ff(0x3fe5555555555555, b'x', -1, 64, b"0x1.5555555555555p-01");
        t.ff(0x3fe5555555555555, b'x', -1, 32, b"0x1.555556p-01");
        t.ff(0x3fe5555555555555, b'x', 0, 64, b"0x1p-01");
        t.ff(0x3fe5555555555555, b'x', 3, 64, b"0x1.555p-01");
        t.ff(0x3fe5555555555555, b'x', 17, 64, b"0x1.55555555555550000p-01");
        t.ff(0x3fe5555555555555, b'q', -1, 64, b"%q");
        t.ff(0x3fe5555555555555, b'q', -1, 32, b"%q");
        t.ff(0x3fe5555555555555, b'q', 0, 64, b"%q");
        t.ff(0x3fe5555555555555, b'q', 3, 64, b"%q");
        t.ff(0x3fe5555555555555, b'q', 17, 64, b"%q");
        t.ff(0x3fb99999a0000000, b'e', -1, 64, b"1.0000000149011612e-01");
        t.ff(0x3fb99999a0000000, b'e', -1, 32, b"1e-01");
        t.ff(0x3fb99999a0000000, b'e', 0, 64, b"1e-01");
        t.ff(0x3fb99999a0000000, b'e', 3, 64, b"1.000e-01");
        t.ff(0x3fb99999a0000000, b'e', 17, 64, b"1.00000001490116119e-01");
        t.ff(0x3fb99999a0000000, b'f', -1, 64, b"0.10000000149011612");
        t.ff(0x3fb99999a0000000, b'f', -1, 32, b"0.1");
        t.ff(0x3fb99999a0000000, b'f', 0, 64, b"0");
        t.ff(0x3fb99999a0000000, b'f', 3, 64, b"0.100");
        t.ff(0x3fb99999a0000000, b'f', 17, 64, b"0.10000000149011612");
        t.ff(0x3fb99999a0000000, b'g', -1, 64, b"0.10000000149011612");
        t.ff(0x3fb99999a0000000, b'g', -1, 32, b"0.1");
        t.ff(0x3fb99999a0000000, b'g', 0, 64, b"0.1");
        t.ff(0x3fb99999a0000000, b'g', 3, 64, b"0.1");
        t.ff(0x3fb99999a0000000, b'g', 17, 64, b"0.10000000149011612");
        t.ff(0x3fb99999a0000000, b'G', -1, 64, b"0.10000000149011612");
        t.ff(0x3fb99999a0000000, b'G', -1, 32, b"0.1");
        t.ff(0x3fb99999a0000000, b'G', 0, 64, b"0.1");
        t.ff(0x3fb99999a0000000, b'G', 3, 64, b"0.1");
        t.ff(0x3fb99999a0000000, b'G', 17, 64, b"0.10000000149011612");
        t.ff(0x3fb99999a0000000, b'b', -1, 64, b"7205759511166976p-56");
        t.ff(0x3fb99999a0000000, b'b', -1, 32, b"13421773p-27");
        t.ff(0x3fb99999a0000000, b'b', 0, 64, b"7205759511166976p-56");
        t.ff(0x3fb99999a0000000, b'b', 3, 64, b"7205759511166976p-56");
        t.ff(0x3fb99999a0000000, b'b', 17, 64, b"7205759511166976p-56");
        t.ff(0x3fb99999a0000000, b'x', -1, 64, b"0x1.99999ap-04");
        t.ff(0x3fb99999a0000000, b'x', -1, 32, b"0x1.99999ap-04");
        t.ff(0x3fb99999a0000000, b'x', 0, 64, b"0x1p-03");
        t.ff(0x3fb99999a0000000, b'x', 3, 64, b"0x1.99ap-04");
        t.ff(0x3fb99999a0000000, b'x', 17, 64, b"0x1.99999a00000000000p-04");
        t.ff(0x3fb99999a0000000, b'q', -1, 64, b"%q");
        t.ff(0x3fb99999a0000000, b'q', -1, 32, b"%q");
        t.ff(0x3fb99999a0000000, b'q', 0, 64, b"%q");
        t.ff(0x3fb99999a0000000, b'q', 3, 64, b"%q");
        t.ff(0x3fb99999a0000000, b'q', 17, 64, b"%q");
        t.ff(0x4170000000000000, b'e', -1, 64, b"1.6777216e+07");
        t.ff(0x4170000000000000, b'e', -1, 32, b"1.6777216e+07");
        t.ff(0x4170000000000000, b'e', 0, 64, b"2e+07");
        t.ff(0x4170000000000000, b'e', 3, 64, b"1.678e+07");
        t.ff(0x4170000000000000, b'e', 17, 64, b"1.67772160000000000e+07");
        t.ff(0x4170000000000000, b'f', -1, 64, b"16777216");
        t.ff(0x4170000000000000, b'f', -1, 32, b"16777216");
        t.ff(0x4170000000000000, b'f', 0, 64, b"16777216");
        t.ff(0x4170000000000000, b'f', 3, 64, b"16777216.000");
        t.ff(0x4170000000000000, b'f', 17, 64, b"16777216.00000000000000000");
        t.ff(0x4170000000000000, b'g', -1, 64, b"1.6777216e+07");
        t.ff(0x4170000000000000, b'g', -1, 32, b"1.6777216e+07");
        t.ff(0x4170000000000000, b'g', 0, 64, b"2e+07");
        t.ff(0x4170000000000000, b'g', 3, 64, b"1.68e+07");
        t.ff(0x4170000000000000, b'g', 17, 64, b"16777216");
        t.ff(0x4170000000000000, b'G', -1, 64, b"1.6777216E+07");
        t.ff(0x4170000000000000, b'G', -1, 32, b"1.6777216E+07");
        t.ff(0x4170000000000000, b'G', 0, 64, b"2E+07");
        t.ff(0x4170000000000000, b'G', 3, 64, b"1.68E+07");
        t.ff(0x4170000000000000, b'G', 17, 64, b"16777216");
        t.ff(0x4170000000000000, b'b', -1, 64, b"4503599627370496p-28");
        t.ff(0x4170000000000000, b'b', -1, 32, b"8388608p+1");
        t.ff(0x4170000000000000, b'b', 0, 64, b"4503599627370496p-28");
        t.ff(0x4170000000000000, b'b', 3, 64, b"4503599627370496p-28");
        t.ff(0x4170000000000000, b'b', 17, 64, b"4503599627370496p-28");
        t.ff(0x4170000000000000, b'x', -1, 64, b"0x1p+24");
        t.ff(0x4170000000000000, b'x', -1, 32, b"0x1p+24");
        t.ff(0x4170000000000000, b'x', 0, 64, b"0x1p+24");
        t.ff(0x4170000000000000, b'x', 3, 64, b"0x1.000p+24");
        t.ff(0x4170000000000000, b'x', 17, 64, b"0x1.00000000000000000p+24");
        t.ff(0x4170000000000000, b'q', -1, 64, b"%q");
        t.ff(0x4170000000000000, b'q', -1, 32, b"%q");
        t.ff(0x4170000000000000, b'q', 0, 64, b"%q");
        t.ff(0x4170000000000000, b'q', 3, 64, b"%q");
        t.ff(0x4170000000000000, b'q', 17, 64, b"%q");
        t.ff(0x4304eb59f43b7cca, b'e', -1, 64, b"7.360338895461372e+14");
        t.ff(0x4304eb59f43b7cca, b'e', -1, 32, b"7.360339e+14");
        t.ff(0x4304eb59f43b7cca, b'e', 0, 64, b"7e+14");
        t.ff(0x4304eb59f43b7cca, b'e', 3, 64, b"7.360e+14");
        t.ff(0x4304eb59f43b7cca, b'e', 17, 64, b"7.36033889546137250e+14");
        t.ff(0x4304eb59f43b7cca, b'f', -1, 64, b"736033889546137.2");
        t.ff(0x4304eb59f43b7cca, b'f', -1, 32, b"736033900000000");
        t.ff(0x4304eb59f43b7cca, b'f', 0, 64, b"736033889546137");
        t.ff(0x4304eb59f43b7cca, b'f', 3, 64, b"736033889546137.250");
        t.ff(0x4304eb59f43b7cca, b'f', 17, 64, b"736033889546137.25000000000000000");
        t.ff(0x4304eb59f43b7cca, b'g', -1, 64, b"7.360338895461372e+14");
        t.ff(0x4304eb59f43b7cca, b'g', -1, 32, b"7.360339e+14");
        t.ff(0x4304eb59f43b7cca, b'g', 0, 64, b"7e+14");
        t.ff(0x4304eb59f43b7cca, b'g', 3, 64, b"7.36e+14");
        t.ff(0x4304eb59f43b7cca, b'g', 17, 64, b"736033889546137.25");
        t.ff(0x4304eb59f43b7cca, b'G', -1, 64, b"7.360338895461372E+14");
        t.ff(0x4304eb59f43b7cca, b'G', -1, 32, b"7.360339E+14");
        t.ff(0x4304eb59f43b7cca, b'G', 0, 64, b"7E+14");
        t.ff(0x4304eb59f43b7cca, b'G', 3, 64, b"7.36E+14");
        t.ff(0x4304eb59f43b7cca, b'G', 17, 64, b"736033889546137.25");
        t.ff(0x4304eb59f43b7cca, b'b', -1, 64, b"5888271116369098p-3");
        t.ff(0x4304eb59f43b7cca, b'b', -1, 32, b"10967760p+26");
        t.ff(0x4304eb59f43b7cca, b'b', 0, 64, b"5888271116369098p-3");
        t.ff(0x4304eb59f43b7cca, b'b', 3, 64, b"5888271116369098p-3");
        t.ff(0x4304eb59f43b7cca, b'b', 17, 64, b"5888271116369098p-3");
        t.ff(0x4304eb59f43b7cca, b'x', -1, 64, b"0x1.4eb59f43b7ccap+49");
        t.ff(0x4304eb59f43b7cca, b'x', -1, 32, b"0x1.4eb5ap+49");
        t.ff(0x4304eb59f43b7cca, b'x', 0, 64, b"0x1p+49");
        t.ff(0x4304eb59f43b7cca, b'x', 3, 64, b"0x1.4ebp+49");
        t.ff(0x4304eb59f43b7cca, b'x', 17, 64, b"0x1.4eb59f43b7cca0000p+49");
        t.ff(0x4304eb59f43b7cca, b'q', -1, 64, b"%q");
        t.ff(0x4304eb59f43b7cca, b'q', -1, 32, b"%q");
        t.ff(0x4304eb59f43b7cca, b'q', 0, 64, b"%q");
        t.ff(0x4304eb59f43b7cca, b'q', 3, 64, b"%q");
        t.ff(0x4304eb59f43b7cca, b'q', 17, 64, b"%q");
        t.ff(0x41472ac8a0000000, b'e', -1, 64, b"3.03656125e+06");
        t.ff(0x41472ac8a0000000, b'e', -1, 32, b"3.0365612e+06");
        t.ff(0x41472ac8a0000000, b'e', 0, 64, b"3e+06");
        t.ff(0x41472ac8a0000000, b'e', 3, 64, b"3.037e+06");
        t.ff(0x41472ac8a0000000, b'e', 17, 64, b"3.03656125000000000e+06");
        t.ff(0x41472ac8a0000000, b'f', -1, 64, b"3036561.25");
        t.ff(0x41472ac8a0000000, b'f', -1, 32, b"3036561.2");
        t.ff(0x41472ac8a0000000, b'f', 0, 64, b"3036561");
        t.ff(0x41472ac8a0000000, b'f', 3, 64, b"3036561.250");
        t.ff(0x41472ac8a0000000, b'f', 17, 64, b"3036561.25000000000000000");
        t.ff(0x41472ac8a0000000, b'g', -1, 64, b"3.03656125e+06");
        t.ff(0x41472ac8a0000000, b'g', -1, 32, b"3.0365612e+06");
        t.ff(0x41472ac8a0000000, b'g', 0, 64, b"3e+06");
        t.ff(0x41472ac8a0000000, b'g', 3, 64, b"3.04e+06");
        t.ff(0x41472ac8a0000000, b'g', 17, 64, b"3036561.25");
        t.ff(0x41472ac8a0000000, b'G', -1, 64, b"3.03656125E+06");
        t.ff(0x41472ac8a0000000, b'G', -1, 32, b"3.0365612E+06");
        t.ff(0x41472ac8a0000000, b'G', 0, 64, b"3E+06");
        t.ff(0x41472ac8a0000000, b'G', 3, 64, b"3.04E+06");
        t.ff(0x41472ac8a0000000, b'G', 17, 64, b"3036561.25");
        t.ff(0x41472ac8a0000000, b'b', -1, 64, b"6520965630525440p-31");
        t.ff(0x41472ac8a0000000, b'b', -1, 32, b"12146245p-2");
        t.ff(0x41472ac8a0000000, b'b', 0, 64, b"6520965630525440p-31");
        t.ff(0x41472ac8a0000000, b'b', 3, 64, b"6520965630525440p-31");
        t.ff(0x41472ac8a0000000, b'b', 17, 64, b"6520965630525440p-31");
        t.ff(0x41472ac8a0000000, b'x', -1, 64, b"0x1.72ac8ap+21");
        t.ff(0x41472ac8a0000000, b'x', -1, 32, b"0x1.72ac8ap+21");
        t.ff(0x41472ac8a0000000, b'x', 0, 64, b"0x1p+21");
        t.ff(0x41472ac8a0000000, b'x', 3, 64, b"0x1.72bp+21");
        t.ff(0x41472ac8a0000000, b'x', 17, 64, b"0x1.72ac8a00000000000p+21");
        t.ff(0x41472ac8a0000000, b'q', -1, 64, b"%q");
        t.ff(0x41472ac8a0000000, b'q', -1, 32, b"%q");
        t.ff(0x41472ac8a0000000, b'q', 0, 64, b"%q");
        t.ff(0x41472ac8a0000000, b'q', 3, 64, b"%q");
        t.ff(0x41472ac8a0000000, b'q', 17, 64, b"%q");
        assert_eq!(grid_format_hash(), 7743964726840833826);
        assert_eq!(ff_str(5e-324, b'f', 1100, 64), b"0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000494065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404527845817167848982103688718636056998730723050006387409153564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624931945271591492455329305456544401127480129709999541931989409080416563324524757147869014726780159355238611550134803526493472019379026810710749170333222684475333572083243193609238289345836806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953364701797267771758512566055119913150489110145103786273816725095583738973359899366480994116420570263709027924276754456522908753868250641971826553344726562500000000000000000000000000");
        assert_eq!(ff_str(f64::MAX, b'f', 3, 64), b"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000");
        assert_eq!(bulk_format_hash(), 9225099845054583535);
        assert_eq!(bulk_parse_hash(), 692560081423209369);
    }
}

#[cfg(test)]
mod extra_tests {
    use super::*;

    struct T;

    fn make(pre: &[u8], extra: isize) -> GoSlice {
        let cap = pre.len() + extra as usize;
        let p = crate::alloc::alloc_noscan(cap);
        // SAFETY: p has room for pre.
        unsafe { std::ptr::copy_nonoverlapping(pre.as_ptr(), p, pre.len()) };
        GoSlice { ptr: p, len: pre.len() as isize, cap: cap as isize }
    }

    fn slice_bytes(s: GoSlice) -> Vec<u8> {
        crate::print::go_str(s.ptr, s.len).to_vec()
    }

    impl T {
        fn unquote(&self, s: &[u8], want: &[u8], err: &[u8]) {
            let mut out = StrErr { s: GoString { ptr: std::ptr::null(), len: 0 }, err: NIL };
            cranego_strconv_Unquote(s.as_ptr(), s.len() as isize, &mut out);
            let e = if out.err.tab.is_null() { vec![] } else { crate::errors::error_text(out.err) };
            assert_eq!((go_string(out.s).to_vec(), e), (want.to_vec(), err.to_vec()), "Unquote({s:?})");
        }
        fn append_quote(&self, pre: &[u8], extra: isize, s: &[u8], want: &[u8], cap: isize) {
            let d = make(pre, extra);
            let mut out = GoSlice { ptr: std::ptr::null_mut(), len: 0, cap: 0 };
            cranego_strconv_AppendQuote(d.ptr, d.len, d.cap, s.as_ptr(), s.len() as isize, &mut out);
            assert_eq!((slice_bytes(out), out.cap), (want.to_vec(), cap), "AppendQuote({pre:?}, {s:?})");
        }
        fn append_int(&self, pre: &[u8], extra: isize, v: i64, base: isize, want: &[u8], cap: isize) {
            let d = make(pre, extra);
            let mut out = GoSlice { ptr: std::ptr::null_mut(), len: 0, cap: 0 };
            cranego_strconv_AppendInt(d.ptr, d.len, d.cap, v, base, &mut out);
            assert_eq!((slice_bytes(out), out.cap), (want.to_vec(), cap), "AppendInt({v}, {base})");
        }
    }

    #[test]
    fn against_go() {
        let t = T;
        t.unquote(b"\"abc\"", b"abc", b"");
        t.unquote(b"\"a\\tb\\u00e9\\x41\\101\"", b"a\x09b\xc3\xa9AA", b"");
        t.unquote(b"'a'", b"a", b"");
        t.unquote(b"'ab'", b"", b"invalid syntax");
        t.unquote(b"'\\''", b"'", b"");
        t.unquote(b"\"\\'\"", b"", b"invalid syntax");
        t.unquote(b"`raw\\n`", b"raw\\n", b"");
        t.unquote(b"`a\x0db`", b"ab", b"");
        t.unquote(b"\"unterminated", b"", b"invalid syntax");
        t.unquote(b"\"\"", b"", b"");
        t.unquote(b"''", b"", b"");
        t.unquote(b"\"a\"b", b"", b"invalid syntax");
        t.unquote(b"\"\\xff\"", b"\xff", b"");
        t.unquote(b"\"\xff\"", b"\xef\xbf\xbd", b"");
        t.unquote(b"'\xff'", b"\xef\xbf\xbd", b"");
        t.unquote(b"\"\\z\"", b"", b"invalid syntax");
        t.unquote(b"\"\\400\"", b"", b"invalid syntax");
        t.unquote(b"\"\\377\"", b"\xff", b"");
        t.unquote(b"'\\u263a'", b"\xe2\x98\xba", b"");
        t.unquote(b"\"\\U0010ffff\"", b"\xf4\x8f\xbf\xbf", b"");
        t.unquote(b"\"\\U00110000\"", b"", b"invalid syntax");
        t.unquote(b"\"\\ud800\"", b"", b"invalid syntax");
        t.unquote(b"\"a\x0ab\"", b"", b"invalid syntax");
        t.unquote(b"x", b"", b"invalid syntax");
        t.unquote(b"", b"", b"invalid syntax");
        t.unquote(b"\"", b"", b"invalid syntax");
        t.unquote(b"\"\xe2\x98\xba\"", b"\xe2\x98\xba", b"");
        t.unquote(b"'\xe2\x98\xba'", b"\xe2\x98\xba", b"");
        t.unquote(b"`", b"", b"invalid syntax");
        t.unquote(b"``", b"", b"");
        t.append_quote(b"", 0, b"", b"\"\"", 8);
        t.append_quote(b"", 0, b"abc", b"\"abc\"", 5);
        t.append_quote(b"xy", 0, b"abc", b"xy\"abc\"", 7);
        t.append_quote(b"xy", 10, b"a", b"xy\"a\"", 12);
        t.append_quote(
            b"",
            0,
            b"\x00\x01\xe2\x80\xa8\xe2\x98\xba\xf0\x9f\x98\x80\xff",
            b"\"\\x00\\x01\\u2028\xe2\x98\xba\xf0\x9f\x98\x80\\xff\"",
            32,
        );
        t.append_quote(b"x", 3, b"\x0a\x0a\x0a\x0a", b"x\"\\n\\n\\n\\n\"", 16);
        t.append_quote(b"", 0, b"\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07", b"\"\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a\"", 64);
        t.append_quote(b"abc", 0, b"", b"abc\"\"", 8);
        t.append_quote(b"a", 1, b"\xc3\xa9", b"a\"\xc3\xa9\"", 5);
        t.append_int(b"", 0, 5, 10, b"5", 8);
        t.append_int(b"ab", 0, -12345, 10, b"ab-12345", 8);
        t.append_int(b"ab", 10, 255, 16, b"abff", 12);
        t.append_int(
            b"",
            0,
            -9223372036854775808,
            2,
            b"-1000000000000000000000000000000000000000000000000000000000000000",
            80,
        );
        t.append_int(b"x", 1, 42, 10, b"x42", 8);
    }
}
