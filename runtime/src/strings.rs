//! String operations that allocate or loop: concatenation, comparison,
//! rune conversion and UTF-8 decoding for `range`.

use crate::abi::GoString;
use crate::print::go_str;

fn empty() -> GoString {
    GoString { ptr: std::ptr::null(), len: 0 }
}

/// A new Go string holding a copy of `bytes`.
pub fn new_string(bytes: &[u8]) -> GoString {
    if bytes.is_empty() {
        return empty();
    }
    let buf = crate::alloc::alloc(bytes.len(), 1);
    // SAFETY: buf has room for the bytes.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf, bytes.len()) };
    GoString { ptr: buf, len: bytes.len() as isize }
}

/// `a + b + ...`: one new string, or an operand itself when all others are
/// empty (gc's `concatstrings` does the same and allocates nothing then).
#[no_mangle]
pub extern "C" fn cranego_concatstrings(parts: *const GoString, n: isize) -> GoString {
    // SAFETY: the compiler passes an array of `n` strings.
    let parts = unsafe { std::slice::from_raw_parts(parts, n.max(0) as usize) };
    let total: isize = parts.iter().map(|p| p.len).sum();
    if total == 0 {
        return empty();
    }
    let nonempty: Vec<&GoString> = parts.iter().filter(|p| p.len > 0).collect();
    if nonempty.len() == 1 {
        return *nonempty[0];
    }
    let buf = crate::alloc::alloc(total as usize, 1);
    let mut off = 0usize;
    for p in parts {
        let b = go_str(p.ptr, p.len);
        // SAFETY: buf has `total` bytes; the parts sum to `total`.
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), buf.add(off), b.len()) };
        off += b.len();
    }
    GoString { ptr: buf, len: total }
}

/// Three-way comparison of two strings.
#[no_mangle]
pub extern "C" fn cranego_cmpstring(a: *const u8, alen: isize, b: *const u8, blen: isize) -> i64 {
    match go_str(a, alen).cmp(go_str(b, blen)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// Whether two strings of equal length have the same bytes.
#[no_mangle]
pub extern "C" fn cranego_memequal(a: *const u8, b: *const u8, len: isize) -> bool {
    go_str(a, len) == go_str(b, len)
}

/// `string(r)` for an integer: its UTF-8 encoding, U+FFFD if not a valid rune.
#[no_mangle]
pub extern "C" fn cranego_intstring(v: i64) -> GoString {
    let c = u32::try_from(v).ok().and_then(char::from_u32).unwrap_or('\u{fffd}');
    let mut tmp = [0u8; 4];
    let s = c.encode_utf8(&mut tmp);
    let buf = crate::alloc::alloc(s.len(), 1);
    // SAFETY: buf has room for the encoding.
    unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), buf, s.len()) };
    GoString { ptr: buf, len: s.len() as isize }
}

/// The rune starting at byte `i` of a string and the index after it; an
/// invalid encoding yields U+FFFD and advances one byte (Go's `decoderune`).
#[repr(C)]
pub struct RuneNext {
    pub rune: i64,
    pub next: i64,
}

#[no_mangle]
pub extern "C" fn cranego_decoderune(ptr: *const u8, len: isize, i: i64) -> RuneNext {
    let s = go_str(ptr, len);
    let i = i as usize;
    let rest = &s[i.min(s.len())..];
    let (r, size) = decode_rune(rest);
    RuneNext { rune: r as i64, next: (i + size) as i64 }
}

/// UTF-8 decoding as Go's `utf8.DecodeRune`: (rune, bytes consumed).
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&b0) = b.first() else { return (0xfffd, 0) };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (len, min, init) = match b0 {
        0xc2..=0xdf => (2, 0x80, (b0 & 0x1f) as u32),
        0xe0..=0xef => (3, 0x800, (b0 & 0x0f) as u32),
        0xf0..=0xf4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (0xfffd, 1),
    };
    if b.len() < len {
        return (0xfffd, 1);
    }
    let mut r = init;
    for (k, &c) in b[1..len].iter().enumerate() {
        if c & 0xc0 != 0x80 {
            return (0xfffd, 1);
        }
        // Go's tighter bounds on the second byte reject overlong and
        // surrogate encodings up front.
        if k == 0 {
            let ok = match b0 {
                0xe0 => c >= 0xa0,
                0xed => c <= 0x9f,
                0xf0 => c >= 0x90,
                0xf4 => c <= 0x8f,
                _ => true,
            };
            if !ok {
                return (0xfffd, 1);
            }
        }
        r = (r << 6) | (c & 0x3f) as u32;
    }
    if r < min || r > 0x10ffff || (0xd800..0xe000).contains(&r) {
        return (0xfffd, 1);
    }
    (r, len)
}
