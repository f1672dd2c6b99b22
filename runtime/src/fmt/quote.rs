//! Go's `strconv` quoting as `%q` uses it: `Quote`, `QuoteToASCII`,
//! `QuoteRune`, `QuoteRuneToASCII`, `CanBackquote` and `IsPrint`.

use super::isprint_tables::{IS_NOT_PRINT16, IS_NOT_PRINT32, IS_PRINT16, IS_PRINT32};
use crate::strings::decode_rune;

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";
const RUNE_ERROR: u32 = 0xfffd;
const MAX_RUNE: u32 = 0x10ffff;

/// Index of the first element `>= v` (Go's `bsearch`).
fn bsearch<T: Ord + Copy>(s: &[T], v: T) -> (usize, bool) {
    let i = s.partition_point(|&x| x < v);
    (i, i < s.len() && s[i] == v)
}

/// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and
/// the ASCII space, as Go's tables define them.
pub fn is_print(r: u32) -> bool {
    if r <= 0xff {
        if (0x20..=0x7e).contains(&r) {
            return true;
        }
        if (0xa1..=0xff).contains(&r) {
            return r != 0xad;
        }
        return false;
    }
    if r < 1 << 16 {
        let rr = r as u16;
        let (i, _) = bsearch(&IS_PRINT16, rr);
        if i >= IS_PRINT16.len() || rr < IS_PRINT16[i & !1] || IS_PRINT16[i | 1] < rr {
            return false;
        }
        return !bsearch(&IS_NOT_PRINT16, rr).1;
    }
    let (i, _) = bsearch(&IS_PRINT32, r);
    if i >= IS_PRINT32.len() || r < IS_PRINT32[i & !1] || IS_PRINT32[i | 1] < r {
        return false;
    }
    if r >= 0x20000 {
        return true;
    }
    !bsearch(&IS_NOT_PRINT32, (r - 0x10000) as u16).1
}

fn valid_rune(r: u32) -> bool {
    r <= MAX_RUNE && !(0xd800..0xe000).contains(&r)
}

/// Appends the UTF-8 encoding of `r` (U+FFFD if it is not a valid rune).
pub fn append_rune(buf: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{fffd}');
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == quote as u32 || r == '\\' as u32 {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) {
        append_rune(buf, r);
        return;
    }
    match r {
        0x07 => buf.extend_from_slice(b"\\a"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0c => buf.extend_from_slice(b"\\f"),
        0x0a => buf.extend_from_slice(b"\\n"),
        0x0d => buf.extend_from_slice(b"\\r"),
        0x09 => buf.extend_from_slice(b"\\t"),
        0x0b => buf.extend_from_slice(b"\\v"),
        _ if r < 0x20 || r == 0x7f => {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[(r >> 4) as usize & 0xf]);
            buf.push(LOWERHEX[r as usize & 0xf]);
        }
        _ => {
            let r = if valid_rune(r) { r } else { RUNE_ERROR };
            if r < 0x10000 {
                buf.extend_from_slice(b"\\u");
                for s in (0..=12).rev().step_by(4) {
                    buf.push(LOWERHEX[(r >> s) as usize & 0xf]);
                }
            } else {
                buf.extend_from_slice(b"\\U");
                for s in (0..=28).rev().step_by(4) {
                    buf.push(LOWERHEX[(r >> s) as usize & 0xf]);
                }
            }
        }
    }
}

/// `strconv.AppendQuote` (or `AppendQuoteToASCII` with `ascii_only`).
pub fn append_quoted(buf: &mut Vec<u8>, s: &[u8], ascii_only: bool) {
    buf.reserve(s.len() + 2);
    buf.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[(s[i] >> 4) as usize]);
            buf.push(LOWERHEX[(s[i] & 0xf) as usize]);
            i += 1;
            continue;
        }
        append_escaped_rune(buf, r, b'"', ascii_only);
        i += width;
    }
    buf.push(b'"');
}

/// `strconv.AppendQuoteRune` (or `AppendQuoteRuneToASCII`).
pub fn append_quoted_rune(buf: &mut Vec<u8>, r: u32, ascii_only: bool) {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    buf.push(b'\'');
    append_escaped_rune(buf, r, b'\'', ascii_only);
    buf.push(b'\'');
}

/// `strconv.CanBackquote`.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, wid) = decode_rune(&s[i..]);
        i += wid;
        if wid > 1 {
            if r == 0xfeff {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < 0x20 && r != '\t' as u32) || r == '`' as u32 || r == 0x7f {
            return false;
        }
    }
    true
}
