//! The raw formatter: padding, integers, strings, quoting and floats with
//! width, precision and flags, as Go's `fmt/format.go` does them.

use super::quote::{append_quoted, append_quoted_rune, append_rune, can_backquote, is_print};
use crate::floatfmt::append_float;
use crate::strings::decode_rune;

pub const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

const MAX_RUNE: u64 = 0x10ffff;

/// The flags of one verb (`fmtFlags`).
#[derive(Clone, Copy, Default)]
pub struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: set instead of `plus`.
    pub plus_v: bool,
    /// `%#v`: set instead of `sharp`.
    pub sharp_v: bool,
}

/// Go's `fmt` struct: the flags, width and precision of the current verb.
#[derive(Clone, Copy, Default)]
pub struct Fmt {
    pub f: Flags,
    pub wid: i64,
    pub prec: i64,
}

/// The number of runes in `b`, each invalid byte counting as one.
pub fn rune_count(b: &[u8]) -> i64 {
    if b.is_ascii() {
        return b.len() as i64;
    }
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&b[i..]).1.max(1);
        }
        n += 1;
    }
    n
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        *self = Fmt::default();
    }

    /// `n` bytes of padding: zeros if asked for (and padding on the left).
    pub fn write_padding(&self, buf: &mut Vec<u8>, n: i64) {
        if n <= 0 {
            return;
        }
        let pad = if self.f.zero && !self.f.minus { b'0' } else { b' ' };
        buf.resize(buf.len() + n as usize, pad);
    }

    /// Appends `b`, padded to the width on the left (or right with `-`).
    pub fn pad(&self, buf: &mut Vec<u8>, b: &[u8]) {
        if !self.f.wid_present || self.wid == 0 {
            buf.extend_from_slice(b);
            return;
        }
        let width = self.wid - rune_count(b);
        if !self.f.minus {
            self.write_padding(buf, width);
            buf.extend_from_slice(b);
        } else {
            buf.extend_from_slice(b);
            self.write_padding(buf, width);
        }
    }

    /// `pad` with zero padding turned off.
    fn pad_no_zero(&mut self, buf: &mut Vec<u8>, b: &[u8]) {
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(buf, b);
        self.f.zero = old;
    }

    pub fn fmt_boolean(&self, buf: &mut Vec<u8>, v: bool) {
        self.pad(buf, if v { b"true" } else { b"false" });
    }

    /// `U+0078`, or `U+0078 'x'` with `#`.
    pub fn fmt_unicode(&mut self, buf: &mut Vec<u8>, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.prec > 4 {
            prec = self.prec;
        }
        let mut tmp: Vec<u8> = Vec::with_capacity(prec as usize + 12);
        tmp.extend_from_slice(b"U+");
        let hex = format!("{u:X}");
        tmp.resize(tmp.len() + (prec - hex.len() as i64).max(0) as usize, b'0');
        tmp.extend_from_slice(hex.as_bytes());
        if self.f.sharp && u <= MAX_RUNE && is_print(u as u32) {
            tmp.extend_from_slice(b" '");
            append_rune(&mut tmp, u as u32);
            tmp.push(b'\'');
        }
        self.pad_no_zero(buf, &tmp);
    }

    /// Formats an integer in `base` (2, 8, 10 or 16) with `digits`.
    pub fn fmt_integer(&mut self, buf: &mut Vec<u8>, u: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { (u as i64).wrapping_neg() as u64 } else { u };
        // Go's buffer sizes (68, or 3 + width + precision) plus slack.
        let mut small = [0u8; 76];
        let mut big;
        let tmp: &mut [u8] = if (self.f.wid_present || self.f.prec_present) && 3 + self.wid + self.prec > 68 {
            big = vec![0u8; (3 + self.wid + self.prec + 8) as usize];
            &mut big
        } else {
            &mut small
        };
        // Two ways to ask for extra leading zero digits: %.3d or %03d. If
        // both are specified the zero flag is ignored and padding with
        // spaces is used instead.
        let mut prec = 0i64;
        if self.f.prec_present {
            prec = self.prec;
            // Precision 0 and value 0 means "print nothing" but padding.
            if prec == 0 && u == 0 {
                let old = self.f.zero;
                self.f.zero = false;
                self.write_padding(buf, self.wid);
                self.f.zero = old;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1; // leave room for the sign
            }
        }
        let n = tmp.len();
        let mut i = n;
        match base {
            10 => {
                while u >= 10 {
                    i -= 1;
                    let next = u / 10;
                    tmp[i] = b'0' + (u - next * 10) as u8;
                    u = next;
                }
            }
            16 => {
                while u >= 16 {
                    i -= 1;
                    tmp[i] = digits[(u & 0xf) as usize];
                    u >>= 4;
                }
            }
            8 => {
                while u >= 8 {
                    i -= 1;
                    tmp[i] = b'0' + (u & 7) as u8;
                    u >>= 3;
                }
            }
            _ => {
                while u >= 2 {
                    i -= 1;
                    tmp[i] = b'0' + (u & 1) as u8;
                    u >>= 1;
                }
            }
        }
        i -= 1;
        tmp[i] = digits[u as usize];
        while i > 0 && prec > (n - i) as i64 {
            i -= 1;
            tmp[i] = b'0';
        }
        if self.f.sharp {
            match base {
                2 => {
                    i -= 2;
                    tmp[i] = b'0';
                    tmp[i + 1] = b'b';
                }
                8 if tmp[i] != b'0' => {
                    i -= 1;
                    tmp[i] = b'0';
                }
                16 => {
                    i -= 2;
                    tmp[i] = b'0';
                    tmp[i + 1] = digits[16];
                }
                _ => {}
            }
        }
        if verb == 'O' {
            i -= 2;
            tmp[i] = b'0';
            tmp[i + 1] = b'o';
        }
        if negative {
            i -= 1;
            tmp[i] = b'-';
        } else if self.f.plus {
            i -= 1;
            tmp[i] = b'+';
        } else if self.f.space {
            i -= 1;
            tmp[i] = b' ';
        }
        // Left padding with zeros has already been handled like precision
        // earlier, or the zero flag is ignored due to an explicit precision.
        self.pad_no_zero(buf, &tmp[i..]);
    }

    /// `s` cut to the precision (in runes), if one is present.
    pub fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += if s[i] < 0x80 { 1 } else { decode_rune(&s[i..]).1.max(1) };
            }
        }
        s
    }

    /// `%s` of a string or byte slice.
    pub fn fmt_s(&self, buf: &mut Vec<u8>, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(buf, s);
    }

    /// `%x`/`%X` of a string or byte slice: hex of its bytes.
    pub fn fmt_sbx(&self, buf: &mut Vec<u8>, b: &[u8], digits: &[u8; 17]) {
        let mut length = b.len() as i64;
        if self.f.prec_present && self.prec < length {
            length = self.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(buf, self.wid);
            }
            return;
        }
        if self.f.wid_present && self.wid > width && !self.f.minus {
            self.write_padding(buf, self.wid - width);
        }
        if self.f.sharp {
            buf.push(b'0');
            buf.push(digits[16]);
        }
        for (i, &c) in b[..length as usize].iter().enumerate() {
            if self.f.space && i > 0 {
                buf.push(b' ');
                if self.f.sharp {
                    buf.push(b'0');
                    buf.push(digits[16]);
                }
            }
            buf.push(digits[(c >> 4) as usize]);
            buf.push(digits[(c & 0xf) as usize]);
        }
        if self.f.wid_present && self.wid > width && self.f.minus {
            self.write_padding(buf, self.wid - width);
        }
    }

    /// `%q` of a string: a double-quoted Go string, or with `#` a raw
    /// (backquoted) one if possible.
    pub fn fmt_q(&self, buf: &mut Vec<u8>, s: &[u8]) {
        let s = self.truncate(s);
        let mut tmp = Vec::with_capacity(s.len() + 2);
        if self.f.sharp && can_backquote(s) {
            tmp.push(b'`');
            tmp.extend_from_slice(s);
            tmp.push(b'`');
        } else {
            append_quoted(&mut tmp, s, self.f.plus);
        }
        self.pad(buf, &tmp);
    }

    /// `%c`: the integer as a Unicode character (U+FFFD if invalid).
    pub fn fmt_c(&self, buf: &mut Vec<u8>, c: u64) {
        let r = if c > MAX_RUNE { 0xfffd } else { c as u32 };
        let mut tmp = Vec::with_capacity(4);
        append_rune(&mut tmp, r);
        self.pad(buf, &tmp);
    }

    /// `%q` of an integer: a single-quoted Go character literal.
    pub fn fmt_qc(&self, buf: &mut Vec<u8>, c: u64) {
        let r = if c > MAX_RUNE { 0xfffd } else { c as u32 };
        let mut tmp = Vec::with_capacity(12);
        append_quoted_rune(&mut tmp, r, self.f.plus);
        self.pad(buf, &tmp);
    }

    /// Formats a float with strconv's `verb` (`b e E f g G x X`) and default
    /// precision `prec` (-1 for the shortest representation).
    pub fn fmt_float(&mut self, buf: &mut Vec<u8>, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.f.prec_present { self.prec } else { prec };
        // Format the number, reserving space for a leading + sign.
        let mut num: Vec<u8> = Vec::with_capacity(32);
        num.push(b'+');
        append_float(&mut num, v, verb, prec.clamp(-1, i32::MAX as i64) as i32, size);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        // The space flag means a leading space instead of a "+" unless the
        // sign is explicitly asked for by the plus flag.
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        // Infinities and NaN don't look like numbers: no zero padding.
        if num[1] == b'I' || num[1] == b'N' {
            let start = if num[1] == b'N' && !self.f.space && !self.f.plus { 1 } else { 0 };
            self.pad_no_zero(buf, &num[start..]);
            return;
        }
        // The sharp flag forces a decimal point for non-binary formats and
        // retains trailing zeros, which we may need to restore.
        if self.f.sharp && verb != b'b' {
            let mut digits = 0i64;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = prec;
                // If no precision is set explicitly use a precision of 6.
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail: Vec<u8> = Vec::new();
            let mut has_decimal_point = false;
            let mut saw_nonzero_digit = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero_digit = true;
                        }
                        // Count significant digits after the first non-zero digit.
                        if saw_nonzero_digit {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                // A leading digit 0 should contribute once to digits.
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        // We want a sign if asked for and if the sign is not positive.
        if self.f.plus || num[0] != b'+' {
            // If we're zero padding to the left we want the sign before the
            // leading zeros.
            if self.f.zero && !self.f.minus && self.f.wid_present && self.wid > num.len() as i64 {
                buf.push(num[0]);
                self.write_padding(buf, self.wid - num.len() as i64);
                buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(buf, &num);
            return;
        }
        // No sign to show and the number is positive.
        self.pad(buf, &num[1..]);
    }
}
