//! Go's `fmt` printing: `Print`, `Println`, `Printf` and their `F`/`S`
//! variants and `Errorf`, formatting values from their type descriptors as
//! Go's `fmt` formats them with reflection (`fmt/print.go`).
//!
//! Operands arrive as the `...any` slice: an array of [`Eface`]s. A value
//! is handled as its descriptor and its address. Stringers and errors are
//! found in the dynamic type's method table (`Error` before `String`, both
//! `func() string`) and called through `ifn(data_word)`; as in Go, nested
//! values get that treatment only when reachable through exported fields.
//! `Formatter` and `GoStringer` are not supported.

mod format;
mod isprint_tables;
mod quote;
mod sort;
#[cfg(test)]
mod tests;

use std::cell::RefCell;

use crate::abi::{kind, Eface, Field, GoSlice, GoString, Iface, Itab, MapIter, Method, Type, FLAG_DIRECT_IFACE};
use crate::print::{flush_stdout, go_str, go_string, write_stderr, write_stdout};
use crate::stdlib::strings::IntErr;
use crate::strings::decode_rune;
use format::{Fmt, LDIGITS, UDIGITS};

/// The address of the value an interface holds.
pub fn value_ptr(e: &Eface) -> *const u8 {
    // SAFETY: non-nil interfaces carry a valid descriptor.
    let t = unsafe { &*e.typ };
    if t.flags & FLAG_DIRECT_IFACE != 0 {
        std::ptr::addr_of!(e.data) as *const u8
    } else {
        e.data
    }
}

/// Appends `%v` of the value of type `t` at `p` (no Stringer at the top
/// level, as Go's `printValue`); `depth` > 0 inside composites.
pub fn print_value(out: &mut Vec<u8>, t: &Type, p: *const u8, depth: usize) {
    let mut pr = Printer::new();
    pr.print_value(t, p, 'v', depth, true);
    out.extend_from_slice(&pr.buf);
}

/// # Safety
/// `p` must point to a valid value of type `T`.
unsafe fn read<T: Copy>(p: *const u8) -> T {
    std::ptr::read_unaligned(p as *const T)
}

/// # Safety
/// `p` must be a valid descriptor pointer.
unsafe fn ty<'a>(p: *const Type) -> &'a Type {
    &*p
}

fn type_name<'a>(t: &Type) -> &'a [u8] {
    go_string(t.name)
}

/// A signed integer value of kind `t.kind` at `p`, sign-extended.
///
/// # Safety
/// `p` must point to a value of integer type `t`.
unsafe fn read_int(t: &Type, p: *const u8) -> i64 {
    match t.kind {
        kind::INT8 => read::<i8>(p) as i64,
        kind::INT16 => read::<i16>(p) as i64,
        kind::INT32 => read::<i32>(p) as i64,
        _ => read::<i64>(p),
    }
}

/// An unsigned integer value of kind `t.kind` at `p`.
///
/// # Safety
/// `p` must point to a value of unsigned integer type `t`.
unsafe fn read_uint(t: &Type, p: *const u8) -> u64 {
    match t.kind {
        kind::UINT8 => read::<u8>(p) as u64,
        kind::UINT16 => read::<u16>(p) as u64,
        kind::UINT32 => read::<u32>(p) as u64,
        _ => read::<u64>(p),
    }
}

/// The struct fields of `t`.
///
/// # Safety
/// `t` must be a struct descriptor.
unsafe fn fields<'a>(t: &Type) -> &'a [Field] {
    if t.len == 0 || t.fields.is_null() {
        &[]
    } else {
        std::slice::from_raw_parts(t.fields, t.len)
    }
}

/// The dynamic type of the interface value at `p` (of interface type `t`)
/// and the address of the value it holds; `None` for a nil interface.
///
/// # Safety
/// `p` must point to an interface value of type `t`.
unsafe fn iface_elem<'a>(t: &Type, p: *const u8) -> Option<(&'a Type, *const u8)> {
    let w0: *const u8 = read(p);
    if w0.is_null() {
        return None;
    }
    let dt = if t.len > 0 || t.nmethods > 0 { (*(w0 as *const Itab)).typ } else { w0 as *const Type };
    let dt = ty(dt);
    let data = p.add(std::mem::size_of::<usize>());
    Some((dt, if dt.flags & FLAG_DIRECT_IFACE != 0 { data } else { read::<*const u8>(data) }))
}

/// The interface data word of the value of type `t` at `p`.
///
/// # Safety
/// `p` must point to a value of type `t`.
unsafe fn data_word(t: &Type, p: *const u8) -> *mut u8 {
    if t.flags & FLAG_DIRECT_IFACE != 0 {
        read::<*mut u8>(p)
    } else {
        p as *mut u8
    }
}

type StringMethod = extern "C" fn(*mut u8) -> GoString;

/// `t`'s method `name` if it has the signature `func() string`, and
/// whether it dereferences its receiver.
fn string_method(t: &Type, name: &[u8]) -> Option<(StringMethod, bool)> {
    if t.nmethods == 0 || t.methods.is_null() {
        return None;
    }
    // SAFETY: the descriptor's method table has `nmethods` entries whose
    // signature descriptors are valid.
    unsafe {
        let methods: &[Method] = std::slice::from_raw_parts(t.methods, t.nmethods);
        let m = methods.iter().find(|m| go_string(m.name) == name)?;
        if m.ifn.is_null() || m.mtyp.is_null() || go_string((*m.mtyp).name) != b"func() string" {
            return None;
        }
        Some((std::mem::transmute::<*const u8, StringMethod>(m.ifn), m.derefs != 0))
    }
}

/// The result of the value's `Error` (else `String`) method, if it has one.
pub fn error_or_string(e: &Eface) -> Option<Vec<u8>> {
    // SAFETY: a non-nil interface carries a valid descriptor.
    let t = unsafe { e.typ.as_ref()? };
    let (m, _) = string_method(t, b"Error").or_else(|| string_method(t, b"String"))?;
    Some(go_string(m(e.data)).to_vec())
}

/// Whether a struct field name is exported (starts with an upper-case letter).
fn is_exported(name: &[u8]) -> bool {
    match name.first() {
        Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
        Some(_) => char::from_u32(decode_rune(name).0).is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Whether `t` is one of the types Go's `printArg` formats without looking
/// for methods: the predeclared basic types and `[]byte`.
fn is_predeclared(t: &Type) -> bool {
    let want: &[u8] = match t.kind {
        kind::BOOL => b"bool",
        kind::INT => b"int",
        kind::INT8 => b"int8",
        kind::INT16 => b"int16",
        kind::INT32 => b"int32",
        kind::INT64 => b"int64",
        kind::UINT => b"uint",
        kind::UINT8 => b"uint8",
        kind::UINT16 => b"uint16",
        kind::UINT32 => b"uint32",
        kind::UINT64 => b"uint64",
        kind::UINTPTR => b"uintptr",
        kind::FLOAT32 => b"float32",
        kind::FLOAT64 => b"float64",
        kind::COMPLEX64 => b"complex64",
        kind::COMPLEX128 => b"complex128",
        kind::STRING => b"string",
        kind::SLICE => return matches!(type_name(t), b"[]uint8" | b"[]byte"),
        _ => return false,
    };
    type_name(t) == want
}

/// A value: its descriptor and address.
type Val<'a> = (&'a Type, *const u8);

thread_local! {
    /// Output buffers for reuse, so that printing does not allocate.
    static POOL: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
}

/// Go's `pp`: the output buffer and the state of one print call.
pub struct Printer {
    pub buf: Vec<u8>,
    fmt: Fmt,
    /// Printing a bad-verb report: don't call methods.
    erroring: bool,
    /// `Errorf`: `%w` accepts errors.
    wrap_errs: bool,
    /// The format used explicit argument indexes.
    reordered: bool,
    /// The current verb's argument index is valid.
    good_arg_num: bool,
    /// Printing the value of a panic a String or Error method raised.
    panicking: bool,
}

impl Drop for Printer {
    fn drop(&mut self) {
        if self.buf.capacity() <= 1 << 16 {
            let mut b = std::mem::take(&mut self.buf);
            b.clear();
            let _ = POOL.try_with(|p| {
                if let Ok(mut p) = p.try_borrow_mut() {
                    if p.len() < 4 {
                        p.push(b);
                    }
                }
            });
        }
    }
}

const NIL_ANGLE: &[u8] = b"<nil>";
const NIL_PAREN: &[u8] = b"(nil)";

impl Printer {
    pub fn new() -> Printer {
        let buf = POOL
            .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
            .ok()
            .flatten()
            .unwrap_or_else(|| Vec::with_capacity(128));
        Printer {
            buf,
            fmt: Fmt::default(),
            erroring: false,
            wrap_errs: false,
            reordered: false,
            good_arg_num: true,
            panicking: false,
        }
    }

    fn write_rune(&mut self, r: char) {
        let mut tmp = [0u8; 4];
        self.buf.extend_from_slice(r.encode_utf8(&mut tmp).as_bytes());
    }

    fn pad(&mut self, b: &[u8]) {
        self.fmt.pad(&mut self.buf, b);
    }

    /// `%!verb(type=value)`.
    fn bad_verb(&mut self, v: Option<Val>, verb: char) {
        self.erroring = true;
        self.buf.extend_from_slice(b"%!");
        self.write_rune(verb);
        self.buf.push(b'(');
        match v {
            Some((t, p)) => {
                self.buf.extend_from_slice(type_name(t));
                self.buf.push(b'=');
                self.print_value(t, p, 'v', 0, true);
            }
            None => self.buf.extend_from_slice(NIL_ANGLE),
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    fn fmt_bool(&mut self, v: Val, b: bool, verb: char) {
        match verb {
            't' | 'v' => self.fmt.fmt_boolean(&mut self.buf, b),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// Hexadecimal, with a leading 0x or not.
    fn fmt_0x64(&mut self, u: u64, leading_0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading_0x;
        self.fmt.fmt_integer(&mut self.buf, u, 16, false, 'v', LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    fn fmt_integer(&mut self, v: Val, u: u64, signed: bool, verb: char) {
        let buf = &mut self.buf;
        match verb {
            'v' if self.fmt.f.sharp_v && !signed => self.fmt_0x64(u, true),
            'v' | 'd' => self.fmt.fmt_integer(buf, u, 10, signed, verb, LDIGITS),
            'b' => self.fmt.fmt_integer(buf, u, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt.fmt_integer(buf, u, 8, signed, verb, LDIGITS),
            'x' => self.fmt.fmt_integer(buf, u, 16, signed, verb, LDIGITS),
            'X' => self.fmt.fmt_integer(buf, u, 16, signed, verb, UDIGITS),
            'c' => self.fmt.fmt_c(buf, u),
            'q' => self.fmt.fmt_qc(buf, u),
            'U' => self.fmt.fmt_unicode(buf, u),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_float(&mut self, v: Val, f: f64, size: u32, verb: char) {
        let buf = &mut self.buf;
        match verb {
            'v' => self.fmt.fmt_float(buf, f, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt.fmt_float(buf, f, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt.fmt_float(buf, f, size, verb as u8, 6),
            'F' => self.fmt.fmt_float(buf, f, size, b'f', 6),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_complex(&mut self, v: Val, re: f64, im: f64, size: u32, verb: char) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.fmt.f.plus;
                self.buf.push(b'(');
                self.fmt_float(v, re, size / 2, verb);
                // The imaginary part always has a sign.
                self.fmt.f.plus = true;
                self.fmt_float(v, im, size / 2, verb);
                self.buf.extend_from_slice(b"i)");
                self.fmt.f.plus = old_plus;
            }
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_string(&mut self, v: Val, s: &[u8], verb: char) {
        let buf = &mut self.buf;
        match verb {
            'v' if self.fmt.f.sharp_v => self.fmt.fmt_q(buf, s),
            'v' | 's' => self.fmt.fmt_s(buf, s),
            'x' => self.fmt.fmt_sbx(buf, s, LDIGITS),
            'X' => self.fmt.fmt_sbx(buf, s, UDIGITS),
            'q' => self.fmt.fmt_q(buf, s),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// A byte slice or array `b` (of type `v.0` at `v.1`): Go's `fmtBytes`,
    /// which names the type `type_name` for `%#v`.
    fn fmt_bytes(&mut self, v: Val, b: &[u8], is_nil: bool, verb: char, type_name: &[u8]) {
        let buf = &mut self.buf;
        match verb {
            'v' | 'd' if self.fmt.f.sharp_v => {
                self.buf.extend_from_slice(type_name);
                if is_nil {
                    return self.buf.extend_from_slice(NIL_PAREN);
                }
                self.buf.push(b'{');
                for (i, &c) in b.iter().enumerate() {
                    if i > 0 {
                        self.buf.extend_from_slice(b", ");
                    }
                    self.fmt_0x64(c as u64, true);
                }
                self.buf.push(b'}');
            }
            'v' | 'd' => {
                buf.push(b'[');
                for (i, &c) in b.iter().enumerate() {
                    if i > 0 {
                        buf.push(b' ');
                    }
                    self.fmt.fmt_integer(buf, c as u64, 10, false, verb, LDIGITS);
                }
                buf.push(b']');
            }
            's' => self.fmt.fmt_s(buf, b),
            'x' => self.fmt.fmt_sbx(buf, b, LDIGITS),
            'X' => self.fmt.fmt_sbx(buf, b, UDIGITS),
            'q' => self.fmt.fmt_q(buf, b),
            _ => self.print_value(v.0, v.1, verb, 0, true),
        }
    }

    /// The bytes of a byte slice or array of type `t` at `p`, and whether
    /// it is a nil slice.
    ///
    /// # Safety
    /// `p` must point to a value of type `t`, whose elements are bytes.
    unsafe fn byte_elems<'a>(t: &Type, p: *const u8) -> (&'a [u8], bool) {
        let (base, len, is_nil) = if t.kind == kind::ARRAY {
            (p, t.len, false)
        } else {
            let s: GoSlice = read(p);
            (s.ptr as *const u8, s.len.max(0) as usize, s.ptr.is_null())
        };
        (if len == 0 { &[][..] } else { std::slice::from_raw_parts(base, len) }, is_nil)
    }

    fn fmt_pointer(&mut self, t: &Type, p: *const u8, verb: char) {
        // SAFETY: `p` points to a value of type `t`; a func value points to
        // its closure, whose first word is the code address.
        let u = unsafe {
            match t.kind {
                kind::CHAN | kind::MAP | kind::POINTER | kind::SLICE | kind::UNSAFE_POINTER => read::<usize>(p),
                kind::FUNC => {
                    let c: *const usize = read(p);
                    if c.is_null() {
                        0
                    } else {
                        *c
                    }
                }
                _ => return self.bad_verb(Some((t, p)), verb),
            }
        };
        match verb {
            'v' if self.fmt.f.sharp_v => {
                self.buf.push(b'(');
                self.buf.extend_from_slice(type_name(t));
                self.buf.extend_from_slice(b")(");
                if u == 0 {
                    self.buf.extend_from_slice(b"nil");
                } else {
                    self.fmt_0x64(u as u64, true);
                }
                self.buf.push(b')');
            }
            'v' if u == 0 => self.pad(NIL_ANGLE),
            'v' | 'p' => self.fmt_0x64(u as u64, !self.fmt.f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer((t, p), u as u64, false, verb),
            _ => self.bad_verb(Some((t, p)), verb),
        }
    }

    /// Formats a value with an `Error` or `String` method by calling it, if
    /// the verb takes strings; reports whether it did.
    fn handle_methods(&mut self, t: &Type, p: *const u8, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            // %w is valid only in Errorf and with an error operand.
            if string_method(t, b"Error").is_none() || !self.wrap_errs {
                self.bad_verb(Some((t, p)), verb);
                return true;
            }
            verb = 'v';
        }
        // GoStringer (%#v) is not supported.
        if self.fmt.f.sharp_v || !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        let (method, (m, derefs)) = match string_method(t, b"Error") {
            Some(m) => ("Error", m),
            None => match string_method(t, b"String") {
                Some(m) => ("String", m),
                None => return false,
            },
        };
        // SAFETY: `p` points to a value of type `t`.
        let data = unsafe { data_word(t, p) };
        if t.kind == kind::POINTER && data.is_null() && derefs {
            // A value method through a nil pointer panics, which Go's
            // catchPanic prints as "<nil>" (unpadded): the same without
            // the call.
            self.buf.extend_from_slice(NIL_ANGLE);
            return true;
        }
        let mut result = None;
        // Go's catchPanic: a panicking method prints as `%!v(PANIC=...)`,
        // or `<nil>` for a nil pointer receiver.
        if let Some(value) = crate::defers::catch_panic(&mut || result = Some(m(data))) {
            if t.kind == kind::POINTER && data.is_null() {
                self.buf.extend_from_slice(NIL_ANGLE);
            } else if self.panicking {
                // A panic printing a panic's value: Go gives up too.
                crate::defers::repanic(value);
            } else {
                let flags = std::mem::take(&mut self.fmt.f);
                self.buf.extend_from_slice(format!("%!{verb}(PANIC={method} method: ").as_bytes());
                self.panicking = true;
                self.print_arg(&value, 'v');
                self.panicking = false;
                self.buf.push(b')');
                self.fmt.f = flags;
            }
            return true;
        }
        if let Some(s) = result {
            self.fmt_string((t, p), go_string(s), verb);
        }
        true
    }

    /// Formats one operand (Go's `printArg`).
    fn print_arg(&mut self, a: &Eface, verb: char) {
        if a.typ.is_null() {
            match verb {
                'T' | 'v' => self.pad(NIL_ANGLE),
                _ => self.bad_verb(None, verb),
            }
            return;
        }
        // SAFETY: a non-nil interface carries a valid descriptor.
        let t = unsafe { ty(a.typ) };
        let p = value_ptr(a);
        match verb {
            'T' => return self.fmt.fmt_s(&mut self.buf, type_name(t)),
            'p' => return self.fmt_pointer(t, p, 'p'),
            _ => {}
        }
        // Predeclared types have no methods (only %w needs the name check).
        if t.kind == kind::SLICE && is_predeclared(t) {
            // SAFETY: `p` points to a []byte.
            let (bytes, is_nil) = unsafe { Self::byte_elems(t, p) };
            return self.fmt_bytes((t, p), bytes, is_nil, verb, b"[]byte");
        }
        if (t.nmethods > 0 || (verb == 'w' && !is_predeclared(t))) && self.handle_methods(t, p, verb) {
            return;
        }
        self.print_value(t, p, verb, 0, true);
    }

    /// Formats the value of type `t` at `p` (Go's `printValue`); `exported`
    /// is false below an unexported struct field, where Go's reflection
    /// cannot call methods.
    fn print_value(&mut self, t: &Type, p: *const u8, verb: char, depth: usize, exported: bool) {
        if depth > 0 && exported && t.nmethods > 0 && self.handle_methods(t, p, verb) {
            return;
        }
        let v = (t, p);
        // SAFETY (all reads below): `p` points to a value of type `t`, laid
        // out as abi.rs describes, and descriptors are valid.
        unsafe {
            match t.kind {
                kind::BOOL => self.fmt_bool(v, read::<u8>(p) != 0, verb),
                kind::INT..=kind::INT64 => self.fmt_integer(v, read_int(t, p) as u64, true, verb),
                kind::UINT..=kind::UINTPTR => self.fmt_integer(v, read_uint(t, p), false, verb),
                kind::FLOAT32 => self.fmt_float(v, read::<f32>(p) as f64, 32, verb),
                kind::FLOAT64 => self.fmt_float(v, read::<f64>(p), 64, verb),
                kind::COMPLEX64 => self.fmt_complex(v, read::<f32>(p) as f64, read::<f32>(p.add(4)) as f64, 64, verb),
                kind::COMPLEX128 => self.fmt_complex(v, read::<f64>(p), read::<f64>(p.add(8)), 128, verb),
                kind::STRING => self.fmt_string(v, go_string(read::<GoString>(p)), verb),
                kind::MAP => self.print_map(t, p, verb, depth, exported),
                kind::STRUCT => {
                    let sharp_v = self.fmt.f.sharp_v;
                    if sharp_v {
                        self.buf.extend_from_slice(type_name(t));
                    }
                    self.buf.push(b'{');
                    for (i, f) in fields(t).iter().enumerate() {
                        if i > 0 {
                            self.buf.extend_from_slice(if sharp_v { b", " } else { b" " });
                        }
                        let name = go_string(f.name);
                        if (self.fmt.f.plus_v || sharp_v) && !name.is_empty() {
                            self.buf.extend_from_slice(name);
                            self.buf.push(b':');
                        }
                        let exported = exported && is_exported(name);
                        self.print_value(ty(f.typ), p.add(f.offset), verb, depth + 1, exported);
                    }
                    self.buf.push(b'}');
                }
                kind::INTERFACE => match iface_elem(t, p) {
                    Some((dt, dp)) => self.print_value(dt, dp, verb, depth + 1, exported),
                    None if self.fmt.f.sharp_v => {
                        self.buf.extend_from_slice(type_name(t));
                        self.buf.extend_from_slice(NIL_PAREN);
                    }
                    None => self.buf.extend_from_slice(NIL_ANGLE),
                },
                kind::ARRAY | kind::SLICE => {
                    let (base, len, is_nil) = if t.kind == kind::ARRAY {
                        (p, t.len, false)
                    } else {
                        let s: GoSlice = read(p);
                        (s.ptr as *const u8, s.len.max(0) as usize, s.ptr.is_null())
                    };
                    let e = ty(t.elem);
                    if matches!(verb, 's' | 'q' | 'x' | 'X') && e.kind == kind::UINT8 {
                        let (bytes, is_nil) = Self::byte_elems(t, p);
                        return self.fmt_bytes(v, bytes, is_nil, verb, type_name(t));
                    }
                    let sharp_v = self.fmt.f.sharp_v;
                    if sharp_v {
                        self.buf.extend_from_slice(type_name(t));
                        if is_nil {
                            return self.buf.extend_from_slice(NIL_PAREN);
                        }
                        self.buf.push(b'{');
                    } else {
                        self.buf.push(b'[');
                    }
                    for i in 0..len {
                        if i > 0 {
                            self.buf.extend_from_slice(if sharp_v { b", " } else { b" " });
                        }
                        self.print_value(e, base.add(i * e.size), verb, depth + 1, exported);
                    }
                    self.buf.push(if sharp_v { b'}' } else { b']' });
                }
                kind::POINTER => {
                    // A pointer to an array, slice, struct or map prints as
                    // &value at the top level only (avoiding loops).
                    let q: *const u8 = read(p);
                    if depth == 0 && !q.is_null() && !t.elem.is_null() {
                        let e = ty(t.elem);
                        if matches!(e.kind, kind::ARRAY | kind::SLICE | kind::STRUCT | kind::MAP) {
                            self.buf.push(b'&');
                            return self.print_value(e, q, verb, depth + 1, exported);
                        }
                    }
                    self.fmt_pointer(t, p, verb);
                }
                kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER => self.fmt_pointer(t, p, verb),
                _ => {
                    self.buf.push(b'?');
                    self.buf.extend_from_slice(type_name(t));
                    self.buf.push(b'?');
                }
            }
        }
    }

    /// `map[k:v ...]`, or `T{k:v, ...}` for `%#v`, sorted by key.
    ///
    /// # Safety
    /// `p` must point to a map value of type `t`.
    unsafe fn print_map(&mut self, t: &Type, p: *const u8, verb: char, depth: usize, exported: bool) {
        let m: *const u8 = read(p);
        let sharp_v = self.fmt.f.sharp_v;
        if sharp_v {
            self.buf.extend_from_slice(type_name(t));
            if m.is_null() {
                return self.buf.extend_from_slice(NIL_PAREN);
            }
            self.buf.push(b'{');
        } else {
            self.buf.extend_from_slice(b"map[");
        }
        let (kt, vt) = (ty(t.key), ty(t.elem));
        let mut entries = if m.is_null() { Vec::new() } else { map_entries(t, m) };
        sort::sort_entries(kt, &mut entries);
        for (i, &(k, v)) in entries.iter().enumerate() {
            if i > 0 {
                self.buf.extend_from_slice(if sharp_v { b", " } else { b" " });
            }
            self.print_value(kt, k, verb, depth + 1, exported);
            self.buf.push(b':');
            self.print_value(vt, v, verb, depth + 1, exported);
        }
        self.buf.push(if sharp_v { b'}' } else { b']' });
    }

    /// `Print`: spaces between operands when neither is a string.
    fn do_print(&mut self, a: &[Eface]) {
        let mut prev_string = false;
        for (i, arg) in a.iter().enumerate() {
            // SAFETY: a non-nil interface carries a valid descriptor.
            let is_string = !arg.typ.is_null() && unsafe { (*arg.typ).kind } == kind::STRING;
            if i > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.print_arg(arg, 'v');
            prev_string = is_string;
        }
    }

    /// `Println`: spaces between all operands and a newline.
    fn do_println(&mut self, a: &[Eface]) {
        for (i, arg) in a.iter().enumerate() {
            if i > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(arg, 'v');
        }
        self.buf.push(b'\n');
    }

    /// An explicit argument index `[n]` at `format[i..]`, if any: the new
    /// argument number, the index after it and whether one was found.
    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize, num_args: usize) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    fn bad_arg(&mut self, verb: char, what: &[u8]) {
        self.buf.extend_from_slice(b"%!");
        self.write_rune(verb);
        self.buf.extend_from_slice(what);
    }

    /// `Printf`.
    fn do_printf(&mut self, format: &[u8], a: &[Eface]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // skip %
            self.fmt.clear_flags();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = true,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => self.fmt.f.minus = true,
                    b' ' => self.fmt.f.space = true,
                    _ => {
                        // Fast path: a lower-case verb without width,
                        // precision or argument index.
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'v' || c == b'w' {
                                self.set_v_flags();
                            }
                            self.print_arg(&a[arg_num], c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }

            // An explicit argument index?
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());

            // Width.
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = int_from_arg(a, arg_num);
                (self.fmt.wid, self.fmt.f.wid_present, arg_num) = (w, ok, n);
                if !ok {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                // A negative width means left-justified.
                if self.fmt.wid < 0 {
                    self.fmt.wid = -self.fmt.wid;
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parsenum(format, i, end);
                (self.fmt.wid, self.fmt.f.wid_present, i) = (w, ok, ni);
                if after_index && ok {
                    self.good_arg_num = false; // "%[3]2d"
                }
            }

            // Precision.
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false; // "%[3].2d"
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (pr, ok, n) = int_from_arg(a, arg_num);
                    (self.fmt.prec, self.fmt.f.prec_present, arg_num) = (pr, ok, n);
                    // Negative precision arguments don't make sense.
                    if self.fmt.prec < 0 {
                        self.fmt.prec = 0;
                        self.fmt.f.prec_present = false;
                    }
                    if !self.fmt.f.prec_present {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (pr, ok, ni) = parsenum(format, i, end);
                    (self.fmt.prec, self.fmt.f.prec_present, i) = (pr, ok, ni);
                    if !ok {
                        self.fmt.prec = 0;
                        self.fmt.f.prec_present = true;
                    }
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, a.len());
            }

            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }

            let (r, size) = decode_rune(&format[i..]);
            let verb = char::from_u32(r).unwrap_or('\u{fffd}');
            i += size;

            if verb == '%' {
                // Percent does not absorb operands and ignores width and precision.
                self.buf.push(b'%');
            } else if !self.good_arg_num {
                self.bad_arg(verb, b"(BADINDEX)");
            } else if arg_num >= a.len() {
                self.bad_arg(verb, b"(MISSING)");
            } else {
                if verb == 'v' || verb == 'w' {
                    self.set_v_flags();
                }
                self.print_arg(&a[arg_num], verb);
                arg_num += 1;
            }
        }

        // Extra arguments, unless the format used explicit indexes.
        if !self.reordered && arg_num < a.len() {
            self.fmt.clear_flags();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (i, arg) in a[arg_num..].iter().enumerate() {
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                if arg.typ.is_null() {
                    self.buf.extend_from_slice(NIL_ANGLE);
                } else {
                    // SAFETY: a non-nil interface carries a valid descriptor.
                    self.buf.extend_from_slice(type_name(unsafe { ty(arg.typ) }));
                    self.buf.push(b'=');
                    self.print_arg(arg, 'v');
                }
            }
            self.buf.push(b')');
        }
    }

    /// `%#v` and `%+v` are flagless formats of their own: move the flags.
    fn set_v_flags(&mut self) {
        let f = &mut self.fmt.f;
        f.sharp_v = f.sharp;
        f.sharp = false;
        f.plus_v = f.plus;
        f.plus = false;
    }
}

/// Whether a width or precision is too large to be used.
fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// The decimal number at `s[start..end]`: (value, whether there was one,
/// index after it).
fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let (mut num, mut isnum, mut i) = (0i64, false, start);
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end); // overflow: crazy long number most likely
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// `[n]` at the start of `format`: (n - 1, bytes to consume, ok).
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parsenum(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// The integer operand `a[arg_num]` for a `*` width or precision: (value,
/// whether it is a usable integer, next argument number).
fn int_from_arg(a: &[Eface], arg_num: usize) -> (i64, bool, usize) {
    if arg_num >= a.len() {
        return (0, false, arg_num);
    }
    let e = &a[arg_num];
    let (mut num, mut is_int) = (0i64, false);
    if !e.typ.is_null() {
        // SAFETY: a non-nil interface carries a valid descriptor and value.
        unsafe {
            let t = ty(e.typ);
            let p = value_ptr(e);
            match t.kind {
                kind::INT..=kind::INT64 => (num, is_int) = (read_int(t, p), true),
                kind::UINT..=kind::UINTPTR => {
                    let n = read_uint(t, p);
                    if (n as i64) >= 0 {
                        (num, is_int) = (n as i64, true);
                    }
                }
                _ => {}
            }
        }
    }
    if too_large(num) {
        (num, is_int) = (0, false);
    }
    (num, is_int, arg_num + 1)
}

/// The entries of a non-nil map of type `t`: (key address, value address),
/// in the map's iteration order.
fn map_entries(t: &Type, m: *const u8) -> Vec<(*const u8, *const u8)> {
    let mut it = MapIter { key: std::ptr::null_mut(), elem: std::ptr::null_mut(), state: [0; 6] };
    let mut out = Vec::new();
    crate::map::cranego_mapiterinit(t, m as *mut u8, &mut it);
    while !it.key.is_null() {
        out.push((it.key as *const u8, it.elem as *const u8));
        crate::map::cranego_mapiternext(&mut it);
    }
    out
}

fn args<'a>(a: *const Eface, n: isize) -> &'a [Eface] {
    if n <= 0 || a.is_null() {
        &[]
    } else {
        // SAFETY: the compiler passes the `...any` slice's array and length.
        unsafe { std::slice::from_raw_parts(a, n as usize) }
    }
}

/// Writes to file descriptor `fd`: stdout (buffered) or stderr.
pub fn write_fd(fd: isize, b: &[u8]) {
    match fd {
        1 => write_stdout(b),
        2 => write_stderr(b),
        _ => {
            use std::io::Write;
            use std::os::fd::FromRawFd;
            flush_stdout();
            // SAFETY: the fd belongs to the program; ManuallyDrop keeps it open.
            let mut f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd as i32) });
            let _ = f.write_all(b);
        }
    }
}

fn sprint(a: &[Eface], newline: bool) -> Printer {
    let mut p = Printer::new();
    if newline {
        p.do_println(a);
    } else {
        p.do_print(a);
    }
    p
}

fn sprintf(format: &[u8], a: &[Eface], wrap_errs: bool) -> Printer {
    let mut p = Printer::new();
    p.wrap_errs = wrap_errs;
    p.do_printf(format, a);
    p
}

// The package's functions, with the conventions of stdlib calls (abi.rs):
// the `...any` slice arrives as (ptr, len, cap), an `io.Writer` as its two
// words, results of more than two words through `out`.

/// `fmt.Print`.
#[no_mangle]
pub extern "C" fn cranego_fmt_Print(a: *const Eface, n: isize, _cap: isize, out: *mut IntErr) {
    print_to(STDOUT, sprint(args(a, n), false), out)
}

/// `fmt.Println`.
#[no_mangle]
pub extern "C" fn cranego_fmt_Println(a: *const Eface, n: isize, _cap: isize, out: *mut IntErr) {
    print_to(STDOUT, sprint(args(a, n), true), out)
}

/// `fmt.Printf`.
#[no_mangle]
pub extern "C" fn cranego_fmt_Printf(
    fp: *const u8,
    fl: isize,
    a: *const Eface,
    n: isize,
    _cap: isize,
    out: *mut IntErr,
) {
    print_to(STDOUT, sprintf(go_str(fp, fl), args(a, n), false), out)
}

/// `fmt.Fprint`.
#[no_mangle]
pub extern "C" fn cranego_fmt_Fprint(w: Iface, a: *const Eface, n: isize, _cap: isize, out: *mut IntErr) {
    print_to(Writer::of(w), sprint(args(a, n), false), out)
}

/// `fmt.Fprintln`.
#[no_mangle]
pub extern "C" fn cranego_fmt_Fprintln(w: Iface, a: *const Eface, n: isize, _cap: isize, out: *mut IntErr) {
    print_to(Writer::of(w), sprint(args(a, n), true), out)
}

/// `fmt.Fprintf`.
#[no_mangle]
pub extern "C" fn cranego_fmt_Fprintf(
    w: Iface,
    fp: *const u8,
    fl: isize,
    a: *const Eface,
    n: isize,
    _cap: isize,
    out: *mut IntErr,
) {
    print_to(Writer::of(w), sprintf(go_str(fp, fl), args(a, n), false), out)
}

/// `fmt.Sprint`.
#[no_mangle]
pub extern "C" fn cranego_fmt_Sprint(a: *const Eface, n: isize, _cap: isize) -> GoString {
    crate::strings::new_string(&sprint(args(a, n), false).buf)
}

/// `fmt.Sprintln`.
#[no_mangle]
pub extern "C" fn cranego_fmt_Sprintln(a: *const Eface, n: isize, _cap: isize) -> GoString {
    crate::strings::new_string(&sprint(args(a, n), true).buf)
}

/// `fmt.Sprintf`.
#[no_mangle]
pub extern "C" fn cranego_fmt_Sprintf(fp: *const u8, fl: isize, a: *const Eface, n: isize, _cap: isize) -> GoString {
    crate::strings::new_string(&sprintf(go_str(fp, fl), args(a, n), false).buf)
}

/// fmt's `errorf`, which `fmt.Errorf` (compiled from its Go body) calls:
/// nil when there is nothing to format (`Errorf` then returns
/// `errors.New(format)`), else an error whose text is the `Sprintf` result.
/// `%w` formats its error operand like `%v` (no wrapping).
#[no_mangle]
pub extern "C" fn cranego_fmt_errorf(fp: *const u8, fl: isize, a: *const Eface, n: isize, _cap: isize) -> Iface {
    let format = go_str(fp, fl);
    if n == 0 && !format.contains(&b'%') {
        return crate::stdlib::strings::NIL_ERROR;
    }
    crate::errors::new_error(&sprintf(format, args(a, n), true).buf)
}

/// Where Fprint* writes: the writers cranego's standard library has.
enum Writer {
    Fd(isize),
    Builder(*mut crate::stdlib::strings::Builder),
}

const STDOUT: Writer = Writer::Fd(1);

impl Writer {
    /// The writer behind an `io.Writer` value, by its dynamic type.
    fn of(w: Iface) -> Writer {
        if w.tab.is_null() {
            crate::panic::runtime_error("invalid memory address or nil pointer dereference");
        }
        // SAFETY: a non-nil interface's itab points to its dynamic type.
        let t = unsafe { &*(*w.tab).typ };
        match go_string(t.name) {
            // SAFETY: an *os.File points to its descriptor number.
            b"*os.File" => Writer::Fd(unsafe { *(w.data as *const isize) }),
            b"*strings.Builder" => Writer::Builder(w.data as *mut crate::stdlib::strings::Builder),
            other => crate::panic::fatal(&format!(
                "fmt: writing to {} is not supported by cranego (only *os.File and *strings.Builder)",
                String::from_utf8_lossy(other)
            )),
        }
    }

    fn write(&self, b: &[u8]) {
        match *self {
            Writer::Fd(fd) => write_fd(fd, b),
            // SAFETY: the pointer came from a *strings.Builder value.
            Writer::Builder(sb) => unsafe { (*sb).buf = crate::stdlib::strings::append_bytes((*sb).buf, b) },
        }
    }
}

fn print_to(w: Writer, p: Printer, out: *mut IntErr) {
    w.write(&p.buf);
    // SAFETY: the compiler passes room for the (n int, err error) results.
    unsafe { out.write(IntErr { v: p.buf.len() as isize, err: crate::stdlib::strings::NIL_ERROR }) };
}
