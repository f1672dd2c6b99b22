//! Equality (`==`) and hashing of Go values, driven by type descriptors.
//!
//! `equal` is Go's `==` for two values of the same type; `hash` is the
//! map-key hash consistent with it (equal values hash equally). Both walk
//! the descriptor: arrays element by element, structs field by field
//! (skipping `_` fields), interfaces by dynamic type then value. Types whose
//! equality is plain bitwise comparison without padding ("plain" types:
//! integers, bools, pointers, channels and arrays/structs made only of
//! them) are compared and hashed as bytes.
//!
//! The hash is wyhash-style (multiply-fold mixing); integers of up to 8
//! bytes take a two-multiply path like gc's `memhash64`. Floats hash
//! +0 and -0 alike and every NaN to a fresh random value, so NaN map keys
//! are all distinct, as in Go.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::abi::{kind, Eface, Field, GoString, Iface, Type, FLAG_COMPARABLE, FLAG_DIRECT_IFACE};

const P0: u64 = 0xa076_1d64_78bd_642f;
const P1: u64 = 0xe703_7ed1_a0b4_28db;
const P2: u64 = 0x8ebc_6af0_9c88_c6e3;
const P3: u64 = 0x5899_65cc_7537_4cc3;

/// The full 128-bit product of `a` and `b` as (low, high).
#[inline(always)]
fn mum(a: u64, b: u64) -> (u64, u64) {
    let r = (a as u128) * (b as u128);
    (r as u64, (r >> 64) as u64)
}

/// The product of `a` and `b` folded to 64 bits.
#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    let (lo, hi) = mum(a, b);
    lo ^ hi
}

/// Hash of a value of up to 8 bytes (zero-extended to `v`).
#[inline(always)]
pub fn hash_u64(v: u64, seed: u64) -> u64 {
    mix(P3 ^ 8, mix(v ^ P2, v ^ seed ^ P1))
}

#[inline(always)]
unsafe fn r8(p: *const u8) -> u64 {
    std::ptr::read_unaligned(p as *const u64)
}

#[inline(always)]
unsafe fn r4(p: *const u8) -> u64 {
    std::ptr::read_unaligned(p as *const u32) as u64
}

/// wyhash of `n` bytes at `p`.
///
/// # Safety
/// `p` must be valid for reading `n` bytes (any pointer if `n` is 0).
pub unsafe fn hash_bytes(p: *const u8, n: usize, seed: u64) -> u64 {
    let mut seed = seed ^ mix(seed ^ P0, P1);
    let (a, b);
    if n <= 16 {
        if n >= 4 {
            let q = (n >> 3) << 2;
            a = (r4(p) << 32) | r4(p.add(q));
            b = (r4(p.add(n - 4)) << 32) | r4(p.add(n - 4 - q));
        } else if n > 0 {
            a = ((*p as u64) << 16) | ((*p.add(n >> 1) as u64) << 8) | *p.add(n - 1) as u64;
            b = 0;
        } else {
            a = 0;
            b = 0;
        }
    } else {
        let mut p = p;
        let mut i = n;
        if i > 48 {
            let mut see1 = seed;
            let mut see2 = seed;
            while i > 48 {
                seed = mix(r8(p) ^ P1, r8(p.add(8)) ^ seed);
                see1 = mix(r8(p.add(16)) ^ P2, r8(p.add(24)) ^ see1);
                see2 = mix(r8(p.add(32)) ^ P3, r8(p.add(40)) ^ see2);
                p = p.add(48);
                i -= 48;
            }
            seed ^= see1 ^ see2;
        }
        while i > 16 {
            seed = mix(r8(p) ^ P1, r8(p.add(8)) ^ seed);
            p = p.add(16);
            i -= 16;
        }
        a = r8(p.add(i).sub(16));
        b = r8(p.add(i).sub(8));
    }
    let (a, b) = mum(a ^ P1, b ^ seed);
    mix(a ^ P0 ^ n as u64, b ^ P1)
}

/// Hash of a plain value of `n` bytes: the 1/2/4/8-byte sizes read the
/// value as an integer (so a map's int fast path agrees with `hash`).
///
/// # Safety
/// `p` must be valid for reading `n` bytes.
#[inline(always)]
pub unsafe fn hash_mem(p: *const u8, n: usize, seed: u64) -> u64 {
    match n {
        8 => hash_u64(r8(p), seed),
        4 => hash_u64(r4(p), seed),
        2 => hash_u64(std::ptr::read_unaligned(p as *const u16) as u64, seed),
        1 => hash_u64(*p as u64, seed),
        0 => hash_u64(0, seed),
        _ => hash_bytes(p, n, seed),
    }
}

/// Hash of a string's bytes.
///
/// # Safety
/// `s` must be a valid Go string.
#[inline(always)]
pub unsafe fn hash_string(s: GoString, seed: u64) -> u64 {
    hash_bytes(s.ptr, s.len.max(0) as usize, seed)
}

/// Bytes of two strings equal.
///
/// # Safety
/// Both must be valid Go strings.
#[inline(always)]
pub unsafe fn string_eq(a: GoString, b: GoString) -> bool {
    a.len == b.len
        && (a.ptr == b.ptr
            || a.len <= 0
            || std::slice::from_raw_parts(a.ptr, a.len as usize) == std::slice::from_raw_parts(b.ptr, b.len as usize))
}

static RAND_STATE: AtomicU64 = AtomicU64::new(0);

/// A fast pseudo-random number (wyrand), seeded from the clock and an
/// address on first use.
pub fn fastrand() -> u64 {
    if RAND_STATE.load(Ordering::Relaxed) == 0 {
        let t = crate::stdlib::time::unix_ns() as u64;
        let local = 0u8;
        let addr = std::ptr::addr_of!(local) as u64;
        let s = mix(t ^ P0, addr ^ P1) | 1;
        let _ = RAND_STATE.compare_exchange(0, s, Ordering::Relaxed, Ordering::Relaxed);
    }
    let s = RAND_STATE.fetch_add(P0, Ordering::Relaxed).wrapping_add(P0);
    mix(s, s ^ P1)
}

/// The descriptor's name, for panics.
pub fn type_name(t: &Type) -> String {
    String::from_utf8_lossy(crate::print::go_string(t.name)).into_owned()
}

/// The struct fields of `t`.
///
/// # Safety
/// `t` must be a struct descriptor.
unsafe fn fields(t: &Type) -> &[Field] {
    if t.len == 0 || t.fields.is_null() {
        &[]
    } else {
        std::slice::from_raw_parts(t.fields, t.len)
    }
}

fn is_blank(f: &Field) -> bool {
    crate::print::go_string(f.name) == b"_"
}

/// Whether values of `t` can be compared with `==` (and be map keys).
pub fn comparable(t: &Type) -> bool {
    if t.flags & FLAG_COMPARABLE != 0 {
        return true;
    }
    match t.kind {
        kind::SLICE | kind::MAP | kind::FUNC => false,
        // SAFETY: descriptors emitted by the compiler are valid and their
        // element and field descriptors too.
        kind::ARRAY => t.elem.is_null() || comparable(unsafe { &*t.elem }),
        kind::STRUCT => unsafe { fields(t) }.iter().all(|f| f.typ.is_null() || comparable(unsafe { &*f.typ })),
        _ => true,
    }
}

/// Whether `==` on `t` is exactly bitwise equality of all `t.size` bytes
/// (no floats, strings, interfaces, padding or blank fields).
pub fn is_plain(t: &Type) -> bool {
    match t.kind {
        kind::BOOL..=kind::UINTPTR | kind::POINTER | kind::CHAN | kind::UNSAFE_POINTER => true,
        // SAFETY: as in `comparable`.
        kind::ARRAY => t.len == 0 || (!t.elem.is_null() && is_plain(unsafe { &*t.elem })),
        kind::STRUCT => {
            let mut end = 0;
            // SAFETY: as in `comparable`.
            for f in unsafe { fields(t) } {
                if f.typ.is_null() || f.offset != end || is_blank(f) {
                    return false;
                }
                let ft = unsafe { &*f.typ };
                if !is_plain(ft) {
                    return false;
                }
                end += ft.size;
            }
            end == t.size
        }
        _ => false,
    }
}

/// Whether interface descriptor `t` is a non-empty interface (an `Iface`).
#[inline]
pub fn is_nonempty_iface(t: &Type) -> bool {
    t.len > 0 || t.nmethods > 0
}

/// Whether values of `t` contain an interface (whose hash may panic).
pub fn contains_interface(t: &Type) -> bool {
    match t.kind {
        kind::INTERFACE => true,
        // SAFETY: as in `comparable`.
        kind::ARRAY => t.len > 0 && !t.elem.is_null() && contains_interface(unsafe { &*t.elem }),
        kind::STRUCT => unsafe { fields(t) }.iter().any(|f| !f.typ.is_null() && contains_interface(unsafe { &*f.typ })),
        _ => false,
    }
}

/// The dynamic type and data word of the interface value at `p` of
/// interface type `t`.
///
/// # Safety
/// `p` must point to an interface value of type `t`.
#[inline]
unsafe fn iface_parts(t: &Type, p: *const u8) -> (*const Type, *mut u8) {
    if is_nonempty_iface(t) {
        let i = *(p as *const Iface);
        let typ = if i.tab.is_null() { std::ptr::null() } else { (*i.tab).typ };
        (typ, i.data)
    } else {
        let e = *(p as *const Eface);
        (e.typ, e.data)
    }
}

/// `==` of two interfaces given as (dynamic type, data word).
///
/// # Safety
/// Each non-null type must describe the value its data word holds.
unsafe fn iface_eq(t1: *const Type, d1: *mut u8, t2: *const Type, d2: *mut u8) -> bool {
    if t1 != t2 {
        return false;
    }
    if t1.is_null() {
        return true;
    }
    let dt = &*t1;
    if !comparable(dt) {
        crate::panic::runtime_error(&format!("comparing uncomparable type {}", type_name(dt)));
    }
    if dt.flags & FLAG_DIRECT_IFACE != 0 {
        equal(dt, std::ptr::addr_of!(d1) as *const u8, std::ptr::addr_of!(d2) as *const u8)
    } else {
        equal(dt, d1, d2)
    }
}

#[inline(always)]
fn f32_eq(a: *const u8, b: *const u8) -> bool {
    // SAFETY: callers pass pointers to float32 values.
    unsafe { std::ptr::read_unaligned(a as *const f32) == std::ptr::read_unaligned(b as *const f32) }
}

#[inline(always)]
fn f64_eq(a: *const u8, b: *const u8) -> bool {
    // SAFETY: callers pass pointers to float64 values.
    unsafe { std::ptr::read_unaligned(a as *const f64) == std::ptr::read_unaligned(b as *const f64) }
}

/// Compares `n` bytes (1, 2, 4 or 8 in the common cases).
#[inline(always)]
unsafe fn mem_eq(a: *const u8, b: *const u8, n: usize) -> bool {
    match n {
        8 => r8(a) == r8(b),
        4 => r4(a) == r4(b),
        2 => std::ptr::read_unaligned(a as *const u16) == std::ptr::read_unaligned(b as *const u16),
        1 => *a == *b,
        0 => true,
        _ => std::slice::from_raw_parts(a, n) == std::slice::from_raw_parts(b, n),
    }
}

/// Go's `==` for two values of type `t` at `a` and `b`.
///
/// # Safety
/// `a` and `b` must point to valid values of type `t`.
pub unsafe fn equal(t: &Type, a: *const u8, b: *const u8) -> bool {
    match t.kind {
        kind::FLOAT32 => f32_eq(a, b),
        kind::FLOAT64 => f64_eq(a, b),
        kind::COMPLEX64 => f32_eq(a, b) && f32_eq(a.add(4), b.add(4)),
        kind::COMPLEX128 => f64_eq(a, b) && f64_eq(a.add(8), b.add(8)),
        kind::STRING => string_eq(*(a as *const GoString), *(b as *const GoString)),
        kind::INTERFACE => {
            let (t1, d1) = iface_parts(t, a);
            let (t2, d2) = iface_parts(t, b);
            iface_eq(t1, d1, t2, d2)
        }
        kind::ARRAY => {
            if t.len == 0 || t.elem.is_null() {
                return true;
            }
            let et = &*t.elem;
            if is_plain(et) {
                return mem_eq(a, b, et.size * t.len);
            }
            (0..t.len).all(|i| equal(et, a.add(i * et.size), b.add(i * et.size)))
        }
        kind::STRUCT => fields(t)
            .iter()
            .filter(|f| !is_blank(f) && !f.typ.is_null())
            .all(|f| equal(&*f.typ, a.add(f.offset), b.add(f.offset))),
        // Slices, maps and funcs (only ever compared with nil): the first word.
        kind::SLICE | kind::MAP | kind::FUNC => r8(a) == r8(b),
        _ => mem_eq(a, b, t.size),
    }
}

#[inline(always)]
fn hash_f32(v: f32, seed: u64) -> u64 {
    if v == 0.0 {
        hash_u64(0, seed)
    } else if v.is_nan() {
        hash_u64(fastrand(), seed)
    } else {
        hash_u64(v.to_bits() as u64, seed)
    }
}

#[inline(always)]
fn hash_f64(v: f64, seed: u64) -> u64 {
    if v == 0.0 {
        hash_u64(0, seed)
    } else if v.is_nan() {
        hash_u64(fastrand(), seed)
    } else {
        hash_u64(v.to_bits(), seed)
    }
}

/// The map-key hash of the value of type `t` at `p`, consistent with
/// [`equal`]. Panics for unhashable types (slices, maps, funcs, also as
/// the dynamic type of an interface).
///
/// # Safety
/// `p` must point to a valid value of type `t`.
pub unsafe fn hash(t: &Type, p: *const u8, seed: u64) -> u64 {
    match t.kind {
        kind::FLOAT32 => hash_f32(std::ptr::read_unaligned(p as *const f32), seed),
        kind::FLOAT64 => hash_f64(std::ptr::read_unaligned(p as *const f64), seed),
        kind::COMPLEX64 => {
            let h = hash_f32(std::ptr::read_unaligned(p as *const f32), seed);
            hash_f32(std::ptr::read_unaligned(p.add(4) as *const f32), h)
        }
        kind::COMPLEX128 => {
            let h = hash_f64(std::ptr::read_unaligned(p as *const f64), seed);
            hash_f64(std::ptr::read_unaligned(p.add(8) as *const f64), h)
        }
        kind::STRING => hash_string(*(p as *const GoString), seed),
        kind::INTERFACE => {
            let (dt, d) = iface_parts(t, p);
            if dt.is_null() {
                return hash_u64(0, seed ^ P3);
            }
            let dtr = &*dt;
            if !comparable(dtr) {
                crate::panic::runtime_error(&format!("hash of unhashable type {}", type_name(dtr)));
            }
            let h = hash_u64(dt as u64, seed);
            if dtr.flags & FLAG_DIRECT_IFACE != 0 {
                hash(dtr, std::ptr::addr_of!(d) as *const u8, h)
            } else {
                hash(dtr, d, h)
            }
        }
        kind::ARRAY => {
            if t.len == 0 || t.elem.is_null() {
                return hash_u64(0, seed);
            }
            let et = &*t.elem;
            if is_plain(et) {
                return hash_mem(p, et.size * t.len, seed);
            }
            (0..t.len).fold(seed, |h, i| hash(et, p.add(i * et.size), h))
        }
        kind::STRUCT => {
            if is_plain(t) {
                return hash_mem(p, t.size, seed);
            }
            fields(t)
                .iter()
                .filter(|f| !is_blank(f) && !f.typ.is_null())
                .fold(seed, |h, f| hash(&*f.typ, p.add(f.offset), h))
        }
        kind::SLICE | kind::MAP | kind::FUNC => {
            crate::panic::runtime_error(&format!("hash of unhashable type {}", type_name(t)))
        }
        _ => hash_mem(p, t.size, seed),
    }
}

/// The first unhashable dynamic type found inside the value of type `t`
/// at `p` (gc's `mapKeyError`): maps report it even when they are nil or
/// empty and so hash nothing.
///
/// # Safety
/// `p` must point to a valid value of type `t`.
pub unsafe fn find_unhashable(t: &Type, p: *const u8) -> Option<&Type> {
    match t.kind {
        kind::INTERFACE => {
            let (dt, d) = iface_parts(t, p);
            if dt.is_null() {
                return None;
            }
            let dtr = &*dt;
            if !comparable(dtr) {
                return Some(dtr);
            }
            if dtr.flags & FLAG_DIRECT_IFACE != 0 {
                find_unhashable(dtr, std::ptr::addr_of!(d) as *const u8)
            } else {
                find_unhashable(dtr, d)
            }
        }
        kind::ARRAY if !t.elem.is_null() && contains_interface(t) => {
            let et = &*t.elem;
            (0..t.len).find_map(|i| find_unhashable(et, p.add(i * et.size)))
        }
        kind::STRUCT if contains_interface(t) => fields(t)
            .iter()
            .filter(|f| !is_blank(f) && !f.typ.is_null())
            .find_map(|f| find_unhashable(&*f.typ, p.add(f.offset))),
        kind::SLICE | kind::MAP | kind::FUNC => Some(t),
        _ => None,
    }
}

/// `==` of two empty interfaces `(t1, d1)` and `(t2, d2)`.
#[no_mangle]
pub extern "C" fn cranego_efaceeq(t1: *const Type, d1: *mut u8, t2: *const Type, d2: *mut u8) -> bool {
    // SAFETY: compiled code passes two valid interface values.
    unsafe { iface_eq(t1, d1, t2, d2) }
}

/// `==` of two non-empty interfaces `(tab1, d1)` and `(tab2, d2)`.
#[no_mangle]
pub extern "C" fn cranego_ifaceeq(
    tab1: *const crate::abi::Itab,
    d1: *mut u8,
    tab2: *const crate::abi::Itab,
    d2: *mut u8,
) -> bool {
    // SAFETY: compiled code passes two valid interface values; a non-nil
    // itab points to its dynamic type's descriptor.
    unsafe {
        let t1 = if tab1.is_null() { std::ptr::null() } else { (*tab1).typ };
        let t2 = if tab2.is_null() { std::ptr::null() } else { (*tab2).typ };
        iface_eq(t1, d1, t2, d2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::{Itab, Method};
    use crate::errors::{blank_type, gostr};

    fn gs(s: &'static str) -> GoString {
        gostr(s)
    }

    fn p<T>(v: &T) -> *const u8 {
        v as *const T as *const u8
    }

    fn pm<T>(v: &mut T) -> *mut u8 {
        v as *mut T as *mut u8
    }

    #[test]
    fn floats() {
        let f64t = blank_type("float64", kind::FLOAT64, 8);
        let f32t = blank_type("float32", kind::FLOAT32, 4);
        let (pz, nz, nan, one) = (0.0f64, -0.0f64, f64::NAN, 1.0f64);
        unsafe {
            assert!(equal(&f64t, p(&pz), p(&nz)));
            assert!(!equal(&f64t, p(&nan), p(&nan)));
            assert!(equal(&f64t, p(&one), p(&one)));
            assert!(!equal(&f64t, p(&one), p(&pz)));
            assert_eq!(hash(&f64t, p(&pz), 7), hash(&f64t, p(&nz), 7));
            assert_ne!(hash(&f64t, p(&nan), 7), hash(&f64t, p(&nan), 7));
            assert_ne!(hash(&f64t, p(&one), 7), hash(&f64t, p(&pz), 7));
            let (a, b) = (-0.0f32, 0.0f32);
            assert!(equal(&f32t, p(&a), p(&b)));
            assert_eq!(hash(&f32t, p(&a), 3), hash(&f32t, p(&b), 3));
            let c128 = blank_type("complex128", kind::COMPLEX128, 16);
            let (x, y, z) = ([1.0f64, -0.0], [1.0f64, 0.0], [1.0f64, f64::NAN]);
            assert!(equal(&c128, p(&x), p(&y)));
            assert_eq!(hash(&c128, p(&x), 1), hash(&c128, p(&y), 1));
            assert!(!equal(&c128, p(&z), p(&z)));
        }
    }

    #[test]
    fn ints_and_strings() {
        let i64t = blank_type("int64", kind::INT64, 8);
        let i8t = blank_type("int8", kind::INT8, 1);
        let st = blank_type("string", kind::STRING, 16);
        unsafe {
            let (a, b, c) = (5i64, 5i64, 6i64);
            assert!(equal(&i64t, p(&a), p(&b)));
            assert!(!equal(&i64t, p(&a), p(&c)));
            assert_eq!(hash(&i64t, p(&a), 9), hash(&i64t, p(&b), 9));
            assert_ne!(hash(&i64t, p(&a), 9), hash(&i64t, p(&c), 9));
            assert_ne!(hash(&i64t, p(&a), 9), hash(&i64t, p(&a), 10));
            let (x, y) = (-1i8, -1i8);
            assert!(equal(&i8t, p(&x), p(&y)));
            // Same bytes at different addresses; different lengths and contents.
            let owned = String::from("hello world, a longer string of more than 48 bytes....!");
            let s1 = GoString { ptr: owned.as_ptr(), len: owned.len() as isize };
            let s2 = gs("hello world, a longer string of more than 48 bytes....!");
            let s3 = gs("hello world, a longer string of more than 48 bytes....?");
            assert!(equal(&st, p(&s1), p(&s2)));
            assert!(!equal(&st, p(&s1), p(&s3)));
            assert_eq!(hash(&st, p(&s1), 1), hash(&st, p(&s2), 1));
            assert_ne!(hash(&st, p(&s1), 1), hash(&st, p(&s3), 1));
            let (e1, e2) = (gs(""), GoString { ptr: std::ptr::null(), len: 0 });
            assert!(equal(&st, p(&e1), p(&e2)));
            assert_eq!(hash(&st, p(&e1), 1), hash(&st, p(&e2), 1));
            // Every length hashes distinctly from its neighbours.
            let text = b"abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789";
            let mut seen = std::collections::HashSet::new();
            for n in 0..text.len() {
                assert!(seen.insert(hash_bytes(text.as_ptr(), n, 42)));
            }
        }
    }

    #[test]
    fn structs_and_arrays() {
        let i32t = blank_type("int32", kind::INT32, 4);
        let f64t = blank_type("float64", kind::FLOAT64, 8);
        let st = blank_type("string", kind::STRING, 16);
        // struct { a int32; _ int32; f float64; s string }
        let fields = [
            Field { name: gs("a"), typ: &i32t, offset: 0, embedded: 0 },
            Field { name: gs("_"), typ: &i32t, offset: 4, embedded: 0 },
            Field { name: gs("f"), typ: &f64t, offset: 8, embedded: 0 },
            Field { name: gs("s"), typ: &st, offset: 16, embedded: 0 },
        ];
        let t = Type { len: 4, fields: fields.as_ptr(), ..blank_type("main.T", kind::STRUCT, 32) };
        #[repr(C)]
        struct S(i32, i32, f64, GoString);
        let a = S(1, 2, 0.0, gs("x"));
        let b = S(1, 3, -0.0, gs("x"));
        let c = S(1, 2, 0.0, gs("y"));
        unsafe {
            assert!(!is_plain(&t));
            assert!(equal(&t, p(&a), p(&b)));
            assert!(!equal(&t, p(&a), p(&c)));
            assert_eq!(hash(&t, p(&a), 5), hash(&t, p(&b), 5));
            assert_ne!(hash(&t, p(&a), 5), hash(&t, p(&c), 5));
        }
        // [3]int32 is plain; [2]float64 is not.
        let arr = Type { elem: &i32t, len: 3, ..blank_type("[3]int32", kind::ARRAY, 12) };
        let farr = Type { elem: &f64t, len: 2, ..blank_type("[2]float64", kind::ARRAY, 16) };
        assert!(is_plain(&arr) && !is_plain(&farr));
        let (x, y, z) = ([1i32, 2, 3], [1i32, 2, 3], [1i32, 2, 4]);
        let (fx, fy) = ([1.0f64, 0.0], [1.0f64, -0.0]);
        unsafe {
            assert!(equal(&arr, p(&x), p(&y)) && !equal(&arr, p(&x), p(&z)));
            assert_eq!(hash(&arr, p(&x), 0), hash(&arr, p(&y), 0));
            assert!(equal(&farr, p(&fx), p(&fy)));
            assert_eq!(hash(&farr, p(&fx), 0), hash(&farr, p(&fy), 0));
        }
        // A plain struct with padding is not plain.
        let i8t = blank_type("int8", kind::INT8, 1);
        let pf = [
            Field { name: gs("a"), typ: &i8t, offset: 0, embedded: 0 },
            Field { name: gs("b"), typ: &i32t, offset: 4, embedded: 0 },
        ];
        let padded = Type { len: 2, fields: pf.as_ptr(), ..blank_type("P", kind::STRUCT, 8) };
        assert!(!is_plain(&padded));
        let mut q1 = [0u8; 8];
        let mut q2 = [0xffu8; 8];
        q1[0] = 7;
        q2[0] = 7;
        q1[4..8].copy_from_slice(&9i32.to_ne_bytes());
        q2[4..8].copy_from_slice(&9i32.to_ne_bytes());
        unsafe {
            assert!(equal(&padded, q1.as_ptr(), q2.as_ptr()));
            assert_eq!(hash(&padded, q1.as_ptr(), 3), hash(&padded, q2.as_ptr(), 3));
        }
    }

    #[test]
    fn comparability() {
        let it = blank_type("int", kind::INT, 8);
        let sl = Type { elem: &it, ..blank_type("[]int", kind::SLICE, 24) };
        let fields = [Field { name: gs("s"), typ: &sl, offset: 0, embedded: 0 }];
        let st = Type { len: 1, fields: fields.as_ptr(), ..blank_type("main.S", kind::STRUCT, 24) };
        let arr = Type { elem: &st, len: 2, ..blank_type("[2]main.S", kind::ARRAY, 48) };
        let arr0 = Type { elem: &sl, len: 0, ..blank_type("[0][]int", kind::ARRAY, 0) };
        let any = blank_type("interface {}", kind::INTERFACE, 16);
        assert!(comparable(&it) && comparable(&any));
        assert!(!comparable(&sl) && !comparable(&st) && !comparable(&arr));
        assert!(!comparable(&blank_type("func()", kind::FUNC, 8)));
        assert!(!comparable(&blank_type("map[int]int", kind::MAP, 8)));
        // [0]T is comparable only if T is.
        assert!(!comparable(&arr0));
    }

    #[test]
    fn interfaces() {
        let it = blank_type("int", kind::INT, 8);
        let st = blank_type("string", kind::STRING, 16);
        let pt = Type { flags: FLAG_DIRECT_IFACE, elem: &it, ..blank_type("*int", kind::POINTER, 8) };
        let sl = Type { elem: &it, ..blank_type("[]int", kind::SLICE, 24) };
        let any = blank_type("interface {}", kind::INTERFACE, 16);
        let (mut one, mut one2, mut two) = (1i64, 1i64, 2i64);
        let (mut s1, mut s2) = (gs("a"), gs("a"));
        let e = |t: *const Type, d: *mut u8| Eface { typ: t, data: d };
        let i1 = e(&it, pm(&mut one));
        let i1b = e(&it, pm(&mut one2));
        let i2 = e(&it, pm(&mut two));
        let sa = e(&st, pm(&mut s1));
        let sb = e(&st, pm(&mut s2));
        let nil = e(std::ptr::null(), std::ptr::null_mut());
        let pa = e(&pt, 0x1000 as *mut u8);
        let pb = e(&pt, 0x1000 as *mut u8);
        let pc = e(&pt, 0x2000 as *mut u8);
        let eq = |a: &Eface, b: &Eface| cranego_efaceeq(a.typ, a.data, b.typ, b.data);
        assert!(eq(&i1, &i1b) && !eq(&i1, &i2) && !eq(&i1, &sa) && eq(&sa, &sb));
        assert!(eq(&nil, &nil) && !eq(&nil, &i1) && !eq(&i1, &nil));
        assert!(eq(&pa, &pb) && !eq(&pa, &pc));
        unsafe {
            assert!(equal(&any, p(&i1), p(&i1b)));
            assert_eq!(hash(&any, p(&i1), 4), hash(&any, p(&i1b), 4));
            assert_eq!(hash(&any, p(&pa), 4), hash(&any, p(&pb), 4));
            assert_ne!(hash(&any, p(&pa), 4), hash(&any, p(&pc), 4));
            assert_eq!(hash(&any, p(&nil), 4), hash(&any, p(&nil), 4));
            // Different dynamic types with an uncomparable one: no panic.
            let mut v = [0usize; 3];
            let bad = e(&sl, v.as_mut_ptr() as *mut u8);
            assert!(!eq(&bad, &i1));
            assert!(std::ptr::eq(find_unhashable(&any, p(&bad)).unwrap(), &sl));
            assert!(find_unhashable(&any, p(&i1)).is_none());
        }
        // Non-empty interfaces compare dynamic types, not itabs.
        let meths = [Method { name: gs("M"), mtyp: std::ptr::null(), ifn: std::ptr::null(), derefs: 0 }];
        let iface = Type { len: 1, methods: meths.as_ptr(), nmethods: 1, ..blank_type("main.I", kind::INTERFACE, 16) };
        let tab1 = Itab { inter: &iface, typ: &it, fun: [std::ptr::null()] };
        let tab2 = Itab { inter: &iface, typ: &it, fun: [std::ptr::null()] };
        let tab3 = Itab { inter: &iface, typ: &st, fun: [std::ptr::null()] };
        let a = Iface { tab: &tab1, data: pm(&mut one) };
        let b = Iface { tab: &tab2, data: pm(&mut one2) };
        let c = Iface { tab: &tab3, data: pm(&mut s1) };
        let inil = Iface { tab: std::ptr::null(), data: std::ptr::null_mut() };
        assert!(cranego_ifaceeq(a.tab, a.data, b.tab, b.data));
        assert!(!cranego_ifaceeq(a.tab, a.data, c.tab, c.data));
        assert!(!cranego_ifaceeq(a.tab, a.data, inil.tab, inil.data));
        assert!(cranego_ifaceeq(inil.tab, inil.data, inil.tab, inil.data));
        unsafe {
            assert!(equal(&iface, p(&a), p(&b)));
            assert_eq!(hash(&iface, p(&a), 8), hash(&iface, p(&b), 8));
        }
    }

    #[test]
    fn random() {
        let a = fastrand();
        let b = fastrand();
        assert_ne!(a, b);
    }
}
