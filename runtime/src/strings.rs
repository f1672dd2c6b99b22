//! String operations that allocate or loop: concatenation, comparison,
//! rune conversion and UTF-8 decoding for `range`.

use crate::abi::GoString;
use crate::print::go_str;

fn empty() -> GoString {
    GoString { ptr: std::ptr::null(), len: 0 }
}

/// Every byte value, for one-byte strings that need no allocation (gc
/// points them into `staticuint64s`).
static BYTES: [u8; 256] = {
    let mut b = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        b[i] = i as u8;
        i += 1;
    }
    b
};

/// A buffer in the caller's frame: 32 bytes (gc's `tmpBuf`), or null when
/// the result escapes.
pub const TMP_BUF: usize = 32;

/// Whether `p` points into the running goroutine's stack (gc's
/// `stringDataOnStack`): a buffer of some frame, which a string that
/// outlives it must not keep.
fn on_stack(p: *const u8) -> bool {
    let here = 0u8;
    let low = std::ptr::addr_of!(here) as usize;
    let top = crate::gc::stack_top();
    (low..top).contains(&(p as usize))
}

/// A new Go string holding a copy of `bytes`.
pub fn new_string(bytes: &[u8]) -> GoString {
    string_in(std::ptr::null_mut(), bytes)
}

/// A string holding a copy of `bytes`, in `buf` when it fits (gc's
/// `slicebytetostring`): empty and one-byte strings allocate nothing.
pub fn string_in(buf: *mut u8, bytes: &[u8]) -> GoString {
    match bytes.len() {
        0 => return empty(),
        1 => return GoString { ptr: &BYTES[bytes[0] as usize], len: 1 },
        _ => {}
    }
    let p = if !buf.is_null() && bytes.len() <= TMP_BUF { buf } else { crate::alloc::alloc_noscan(bytes.len()) };
    // SAFETY: p has room for the bytes.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len()) };
    GoString { ptr: p, len: bytes.len() as isize }
}

/// `a + b + ...`: one new string, or an operand itself when all others are
/// empty (gc's `concatstrings` does the same and allocates nothing then);
/// into `buf` (32 bytes, null if the result escapes) when it fits.
#[no_mangle]
pub extern "C" fn cranego_concatstrings(buf: *mut u8, parts: *const GoString, n: isize) -> GoString {
    // SAFETY: the compiler passes an array of `n` strings.
    let parts = unsafe { std::slice::from_raw_parts(parts, n.max(0) as usize) };
    let total: isize = parts.iter().map(|p| p.len).sum();
    if total == 0 {
        return empty();
    }
    let mut count = 0;
    let mut only = None;
    for p in parts.iter().filter(|p| p.len > 0) {
        count += 1;
        only = Some(p);
    }
    // One non-empty operand is the result, unless the result outlives a
    // frame holding that operand's bytes.
    if let (1, Some(one)) = (count, only) {
        if !buf.is_null() || !on_stack(one.ptr) {
            return *one;
        }
    }
    let buf =
        if !buf.is_null() && total as usize <= TMP_BUF { buf } else { crate::alloc::alloc_noscan(total as usize) };
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
pub extern "C" fn cranego_intstring(buf: *mut u8, v: i64) -> GoString {
    let c = u32::try_from(v).ok().and_then(char::from_u32).unwrap_or('\u{fffd}');
    let mut tmp = [0u8; 4];
    let s = c.encode_utf8(&mut tmp);
    // gc's intstring: a 4-byte buffer of the caller's frame, else 4 new bytes.
    let buf = if buf.is_null() { crate::alloc::alloc_noscan(4) } else { buf };
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
