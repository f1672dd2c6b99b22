//! `unicode/utf8`: Go's UTF-8 helpers. Invalid encodings decode as
//! `RuneError` (U+FFFD) of width 1, exactly as Go's decoder does.

use crate::abi::GoSlice;
use crate::print::go_str;
use crate::strings::decode_rune;

pub const RUNE_ERROR: i32 = 0xfffd;
pub const RUNE_SELF: u32 = 0x80;
pub const MAX_RUNE: i32 = 0x10ffff;
pub const UTF_MAX: usize = 4;

/// A `(rune, int)` result: each in a full word.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuneSize {
    pub rune: i64,
    pub size: isize,
}

fn slice_bytes<'a>(ptr: *const u8, len: isize) -> &'a [u8] {
    go_str(ptr, len)
}

/// Go's `utf8.ValidRune`.
pub fn valid_rune(r: i32) -> bool {
    (0..0xd800).contains(&r) || (0xe000..=MAX_RUNE).contains(&r)
}

/// Go's `utf8.RuneLen`: -1 for values that are not valid runes.
pub fn rune_len(r: i32) -> isize {
    match r {
        _ if r < 0 => -1,
        0..=0x7f => 1,
        0x80..=0x7ff => 2,
        0xd800..=0xdfff => -1,
        0x800..=0xffff => 3,
        0x10000..=MAX_RUNE => 4,
        _ => -1,
    }
}

/// Go's `utf8.EncodeRune` into a buffer of at least 4 bytes; invalid runes
/// encode as U+FFFD. Returns the number of bytes written.
pub fn encode_rune(buf: &mut [u8; 4], r: i32) -> usize {
    let r = if (r as u32) < RUNE_SELF {
        buf[0] = r as u8;
        return 1;
    } else if valid_rune(r) {
        r as u32
    } else {
        RUNE_ERROR as u32
    };
    if r <= 0x7ff {
        buf[0] = 0xc0 | (r >> 6) as u8;
        buf[1] = 0x80 | (r & 0x3f) as u8;
        2
    } else if r <= 0xffff {
        buf[0] = 0xe0 | (r >> 12) as u8;
        buf[1] = 0x80 | ((r >> 6) & 0x3f) as u8;
        buf[2] = 0x80 | (r & 0x3f) as u8;
        3
    } else {
        buf[0] = 0xf0 | (r >> 18) as u8;
        buf[1] = 0x80 | ((r >> 12) & 0x3f) as u8;
        buf[2] = 0x80 | ((r >> 6) & 0x3f) as u8;
        buf[3] = 0x80 | (r & 0x3f) as u8;
        4
    }
}

/// Go's `utf8.RuneCountInString`.
pub fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&s[i..]).1;
        }
        n += 1;
    }
    n
}

/// Go's `utf8.DecodeRuneInString` as `(rune, size)`.
pub fn decode(s: &[u8]) -> (i32, usize) {
    let (r, n) = decode_rune(s);
    (r as i32, n)
}

/// Go's `utf8.DecodeLastRuneInString`.
pub fn decode_last(s: &[u8]) -> (i32, usize) {
    let end = s.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let mut start = end - 1;
    if (s[start] as u32) < RUNE_SELF {
        return (s[start] as i32, 1);
    }
    let lim = end.saturating_sub(UTF_MAX);
    // Step back to the nearest rune start within UTFMax bytes.
    let mut k = start as isize - 1;
    while k >= lim as isize {
        if s[k as usize] & 0xc0 != 0x80 {
            break;
        }
        k -= 1;
    }
    start = k.max(0) as usize;
    let (r, size) = decode(&s[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// Go's `utf8.ValidString`.
pub fn valid(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            i += 1;
            continue;
        }
        let (r, n) = decode_rune(&s[i..]);
        if r == RUNE_ERROR as u32 && n == 1 {
            return false;
        }
        i += n;
    }
    true
}

/// Go's `utf8.FullRune`.
pub fn full_rune(s: &[u8]) -> bool {
    let Some(&b0) = s.first() else { return false };
    let need = match b0 {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return true,
    };
    if s.len() >= need {
        return true;
    }
    // A prefix that is already invalid is a full (error) rune.
    if s.len() > 1 {
        let c = s[1];
        let (lo, hi) = match b0 {
            0xe0 => (0xa0, 0xbf),
            0xed => (0x80, 0x9f),
            0xf0 => (0x90, 0xbf),
            0xf4 => (0x80, 0x8f),
            _ => (0x80, 0xbf),
        };
        if c < lo || c > hi {
            return true;
        }
        if s.len() > 2 && (s[2] < 0x80 || s[2] > 0xbf) {
            return true;
        }
    }
    false
}

#[no_mangle]
pub extern "C" fn cranego_utf8_RuneLen(r: i32) -> isize {
    rune_len(r)
}

#[no_mangle]
pub extern "C" fn cranego_utf8_ValidRune(r: i32) -> bool {
    valid_rune(r)
}

#[no_mangle]
pub extern "C" fn cranego_utf8_RuneCountInString(ptr: *const u8, len: isize) -> isize {
    rune_count(go_str(ptr, len)) as isize
}

#[no_mangle]
pub extern "C" fn cranego_utf8_RuneCount(ptr: *const u8, len: isize, _cap: isize) -> isize {
    rune_count(slice_bytes(ptr, len)) as isize
}

#[no_mangle]
pub extern "C" fn cranego_utf8_DecodeRuneInString(ptr: *const u8, len: isize) -> RuneSize {
    let (r, n) = decode(go_str(ptr, len));
    RuneSize { rune: r as i64, size: n as isize }
}

#[no_mangle]
pub extern "C" fn cranego_utf8_DecodeRune(ptr: *const u8, len: isize, _cap: isize) -> RuneSize {
    cranego_utf8_DecodeRuneInString(ptr, len)
}

#[no_mangle]
pub extern "C" fn cranego_utf8_DecodeLastRuneInString(ptr: *const u8, len: isize) -> RuneSize {
    let (r, n) = decode_last(go_str(ptr, len));
    RuneSize { rune: r as i64, size: n as isize }
}

#[no_mangle]
pub extern "C" fn cranego_utf8_DecodeLastRune(ptr: *const u8, len: isize, _cap: isize) -> RuneSize {
    cranego_utf8_DecodeLastRuneInString(ptr, len)
}

#[no_mangle]
pub extern "C" fn cranego_utf8_ValidString(ptr: *const u8, len: isize) -> bool {
    valid(go_str(ptr, len))
}

#[no_mangle]
pub extern "C" fn cranego_utf8_Valid(ptr: *const u8, len: isize, _cap: isize) -> bool {
    valid(slice_bytes(ptr, len))
}

#[no_mangle]
pub extern "C" fn cranego_utf8_FullRuneInString(ptr: *const u8, len: isize) -> bool {
    full_rune(go_str(ptr, len))
}

#[no_mangle]
pub extern "C" fn cranego_utf8_FullRune(ptr: *const u8, len: isize, _cap: isize) -> bool {
    full_rune(slice_bytes(ptr, len))
}

#[no_mangle]
pub extern "C" fn cranego_utf8_RuneStart(b: u8) -> bool {
    b & 0xc0 != 0x80
}

/// `utf8.EncodeRune(p, r)`: panics with Go's index error when `p` is too
/// short for the encoding (Go checks the last index it will write first).
#[no_mangle]
pub extern "C" fn cranego_utf8_EncodeRune(ptr: *mut u8, len: isize, _cap: isize, r: i32) -> isize {
    let mut buf = [0u8; 4];
    let n = encode_rune(&mut buf, r);
    if (len as usize) < n || len < 0 {
        crate::panic::runtime_error(&format!("index out of range [{}] with length {len}", n - 1));
    }
    // SAFETY: p has at least n bytes.
    unsafe { std::ptr::copy_nonoverlapping(buf.as_ptr(), ptr, n) };
    n as isize
}

/// `utf8.AppendRune(p, r)`: the new slice through `out`; growth as Go's
/// `append` of the encoded bytes.
#[no_mangle]
pub extern "C" fn cranego_utf8_AppendRune(ptr: *mut u8, len: isize, cap: isize, r: i32, out: *mut GoSlice) {
    let mut buf = [0u8; 4];
    let n = encode_rune(&mut buf, r);
    let s = crate::stdlib::strings::append_bytes(GoSlice { ptr, len, cap }, &buf[..n]);
    // SAFETY: the caller passes a slot for the result.
    unsafe { out.write(s) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rune_len_like_go() {
        let cases = [(0, 1), (0x7f, 1), (0x80, 2), (0x7ff, 2), (0x800, 3), (0xd800, -1), (0xdfff, -1)];
        for (r, n) in cases {
            assert_eq!(rune_len(r), n, "{r:#x}");
        }
        assert_eq!(rune_len(0xffff), 3);
        assert_eq!(rune_len(0x10000), 4);
        assert_eq!(rune_len(0x10ffff), 4);
        assert_eq!(rune_len(0x110000), -1);
        assert_eq!(rune_len(-1), -1);
    }

    #[test]
    fn counting_and_decoding() {
        assert_eq!(rune_count("héllo, 世界".as_bytes()), 9);
        assert_eq!(rune_count(b"a\xffb\xe4\xb8"), 5);
        assert_eq!(rune_count(b"\xf0\x9f\x98\x80x"), 2);
        assert_eq!(decode(b""), (0xfffd, 0));
        assert_eq!(decode(b"\xe4\xb8\x96x"), (0x4e16, 3));
        assert_eq!(decode(b"\xc0\x80"), (0xfffd, 1));
        assert_eq!(decode_last(b""), (0xfffd, 0));
        assert_eq!(decode_last("a世".as_bytes()), (0x4e16, 3));
        assert_eq!(decode_last(b"a\xe4\xb8"), (0xfffd, 1));
        assert_eq!(decode_last(b"\x80\x80\x80\x80\x80"), (0xfffd, 1));
        assert_eq!(decode_last("😀".as_bytes()), (0x1f600, 4));
        assert!(valid("héllo".as_bytes()));
        assert!(!valid(b"a\xff"));
        assert!(!valid(b"\xed\xa0\x80"));
        assert!(valid_rune(0x10ffff) && !valid_rune(0xd800) && !valid_rune(-1));
    }

    #[test]
    fn encoding() {
        let mut b = [0u8; 4];
        assert_eq!(encode_rune(&mut b, 0x4e16), 3);
        assert_eq!(&b[..3], "世".as_bytes());
        assert_eq!(encode_rune(&mut b, -5), 3);
        assert_eq!(&b[..3], "\u{fffd}".as_bytes());
        assert_eq!(encode_rune(&mut b, 0xd800), 3);
        assert_eq!(&b[..3], "\u{fffd}".as_bytes());
        let mut p = [0u8; 8];
        assert_eq!(cranego_utf8_EncodeRune(p.as_mut_ptr(), 8, 8, 0x1f600), 4);
        assert_eq!(&p[..4], "😀".as_bytes());
    }

    #[test]
    fn full_rune_like_go() {
        assert!(full_rune(b"a"));
        assert!(!full_rune(b"\xe4\xb8"));
        assert!(full_rune(b"\xe4\xb8\x96"));
        assert!(!full_rune(b""));
        assert!(full_rune(b"\xc0"));
        assert!(full_rune(b"\xe0\x80"));
        assert!(!full_rune(b"\xf0\x9f\x98"));
        // From Go: FullRuneInString on invalid prefixes.
        assert!(full_rune(b"\xed\xa0") && full_rune(b"\xf4\x90") && full_rune(b"\xe4\x41"));
        assert_eq!(decode_last(b"\xf0\x9f\x98\x80\x80"), (0xfffd, 1));
        assert_eq!(decode_last(b"a\xf0\x9f\x98"), (0xfffd, 1));
    }
}
