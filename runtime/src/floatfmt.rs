//! Floating-point formatting as Go's strconv does it: the shortest decimal
//! that reads back to the same value, and Go's choice between `%e` and `%f`
//! forms. Rust's `{:e}` produces the shortest round-trip digits (for f32 at
//! f32 precision); this module arranges them the way Go prints them.

use std::fmt::Write;

/// A small string on the stack, for Rust's float formatting.
struct StackStr {
    buf: [u8; 40],
    len: usize,
}

impl StackStr {
    fn new() -> StackStr {
        StackStr { buf: [0; 40], len: 0 }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl Write for StackStr {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        if end > self.buf.len() {
            return Err(std::fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// At most 17 significant digits and the decimal point position:
/// value = 0.d1d2... × 10^dp.
struct Digits {
    d: [u8; 24],
    n: usize,
    dp: i32,
}

impl Digits {
    /// Parses Rust's `{:e}` form of a positive number (`1.2345e-7`),
    /// dropping trailing zeros.
    fn parse(s: &str) -> Digits {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        let mut d = Digits { d: [0; 24], n: 0, dp: exp.parse::<i32>().unwrap_or(0) + 1 };
        for c in mant.bytes().filter(u8::is_ascii_digit) {
            if d.n < d.d.len() {
                d.d[d.n] = c;
                d.n += 1;
            }
        }
        while d.n > 0 && d.d[d.n - 1] == b'0' {
            d.n -= 1;
        }
        d
    }

    fn digits(&self) -> &[u8] {
        &self.d[..self.n]
    }
}

/// Fast path for values with at most 4 decimals and 15 (float32: 6)
/// significant digits, such as 2.5 or 100: the smallest `k` for which
/// `m / 10^k` reads back as `a` for the integer `m` nearest `a × 10^k`
/// gives the shortest digits `m`, and the only candidate of that length.
fn few_digits(a: f64, bits: u32) -> Option<Digits> {
    let (limit, a32) = if bits == 32 { (1e6, a as f32) } else { (1e15, 0.0) };
    if !(1e-4..limit).contains(&a) {
        return None;
    }
    let mut scale = 1.0f64;
    for k in 0..=4 {
        let m = (a * scale).round();
        let back = if bits == 32 { (m as f32 / scale as f32) == a32 } else { m / scale == a };
        if m >= 1.0 && m < limit && back {
            let mut d = Digits { d: [0; 24], n: 0, dp: 0 };
            let mut m = m as u64;
            let mut tmp = [0u8; 20];
            let mut len = 0;
            while m > 0 {
                tmp[len] = b'0' + (m % 10) as u8;
                m /= 10;
                len += 1;
            }
            for i in 0..len {
                d.d[i] = tmp[len - 1 - i];
            }
            d.n = len;
            d.dp = len as i32 - k;
            while d.n > 0 && d.d[d.n - 1] == b'0' {
                d.n -= 1;
            }
            return Some(d);
        }
        scale *= 10.0;
    }
    None
}

/// The shortest decimal digits that read back as |v| (at `bits`
/// precision), |v| > 0. Among the shortest candidates Go picks the one
/// closest to the exact value (ties to even); Rust's shortest formatting
/// sometimes picks another, so the correctly rounded candidate of the same
/// length is preferred when it reads back too. Two candidates of the same
/// length can only both read back with at least 16 (float32: 7) digits.
fn shortest_digits(v: f64, bits: u32) -> Digits {
    let a = v.abs();
    if let Some(d) = few_digits(a, bits) {
        return d;
    }
    let mut s = StackStr::new();
    let _ = if bits == 32 { write!(s, "{:e}", a as f32) } else { write!(s, "{:e}", a) };
    let d = Digits::parse(s.as_str());
    if d.n < if bits == 32 { 6 } else { 15 } {
        return d;
    }
    let mut r = StackStr::new();
    let _ = write!(r, "{:.*e}", d.n - 1, a);
    let rd = Digits::parse(r.as_str());
    if rd.digits() != d.digits() || rd.dp != d.dp {
        let reads_back = if bits == 32 {
            r.as_str().parse::<f32>().ok() == Some(a as f32)
        } else {
            r.as_str().parse::<f64>().ok() == Some(a)
        };
        if reads_back {
            return rd;
        }
    }
    d
}

/// `strconv.FormatFloat(v, 'g', -1, bits)`: what `%v` and `println` print.
pub fn format_g_shortest(v: f64, bits: u32) -> String {
    let mut out = Vec::with_capacity(24);
    append_float(&mut out, v, b'g', -1, bits);
    // SAFETY: append_float writes ASCII only.
    unsafe { String::from_utf8_unchecked(out) }
}

/// `strconv.AppendFloat(dst, v, fmt, prec, bits)` for the formats `b e E f
/// g G x X`; a negative `prec` asks for the shortest representation that
/// reads back to the same value (at `bits` precision).
pub fn append_float(dst: &mut Vec<u8>, v: f64, fmt: u8, prec: i32, bits: u32) {
    let (neg, mut exp, mut mant, mant_bits) = if bits == 32 {
        let b = (v as f32).to_bits();
        (b >> 31 != 0, ((b >> 23) & 0xff) as i32, (b & ((1 << 23) - 1)) as u64, 23)
    } else {
        let b = v.to_bits();
        (b >> 63 != 0, ((b >> 52) & 0x7ff) as i32, b & ((1 << 52) - 1), 52)
    };
    let (max_exp, bias) = if bits == 32 { (0xff, -127) } else { (0x7ff, -1023) };
    if exp == max_exp {
        dst.extend_from_slice(match (mant != 0, neg) {
            (true, _) => b"NaN",
            (false, true) => b"-Inf",
            (false, false) => b"+Inf",
        });
        return;
    }
    if !matches!(fmt, b'b' | b'e' | b'E' | b'f' | b'g' | b'G' | b'x' | b'X') {
        // Go's genericFtoa checks the verb only after Inf and NaN.
        dst.extend_from_slice(&[b'%', fmt]);
        return;
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mant_bits;
    }
    exp += bias;
    match fmt {
        b'b' => return fmt_b(dst, neg, mant, exp - mant_bits),
        b'x' | b'X' => return fmt_x(dst, prec, fmt, neg, mant, exp, mant_bits),
        _ => {}
    }
    if mant == 0 {
        return fmt_efg(dst, neg, &[], 0, prec, fmt, prec < 0);
    }
    // The value as a (float-exact) f64; for float32 the widening is exact.
    let a = if bits == 32 { (v as f32).abs() as f64 } else { v.abs() };
    if prec < 0 {
        let d = shortest_digits(a, bits);
        let (nd, dp) = (d.n as i32, d.dp);
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dp).max(0),
            _ => nd,
        };
        return fmt_efg(dst, neg, d.digits(), dp, prec, fmt, true);
    }
    let mut prec = prec;
    // Correctly rounded digits (ties to even, as Go's decimal rounding).
    let (d, dp) = match fmt {
        b'f' => digits_of(&format!("{:.*}", prec as usize, a)),
        b'e' | b'E' => digits_of(&format!("{:.*e}", prec as usize, a)),
        _ => {
            if prec == 0 {
                prec = 1;
            }
            digits_of(&format!("{:.*e}", (prec - 1) as usize, a))
        }
    };
    fmt_efg(dst, neg, &d, dp, prec, fmt, false)
}

/// The significant digits (no leading or trailing zeros) of Rust's
/// rendering of a non-negative number (`123.45` or `1.2345e2`), and the
/// decimal point position: value = 0.d1d2... × 10^dp. Zero has no digits.
fn digits_of(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let int_len = mant.find('.').unwrap_or(mant.len()) as i32;
    let mut d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let mut dp = int_len + exp;
    let lead = d.iter().take_while(|&&c| c == b'0').count();
    d.drain(..lead);
    dp -= lead as i32;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    (d, dp)
}

/// Go's `fmtEFG`: digits `s` (value 0.s × 10^dp) in %e, %f or %g form.
fn fmt_efg(dst: &mut Vec<u8>, neg: bool, s: &[u8], dp: i32, prec: i32, fmt: u8, shortest: bool) {
    let nd = s.len() as i32;
    let mut prec = prec;
    let mut fmt = fmt;
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        // %e is used if the exponent from the conversion is less than -4 or
        // greater than or equal to the precision; if precision was the
        // shortest possible, use precision 6 for this decision.
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    if neg {
        dst.push(b'-');
    }
    match fmt {
        b'e' | b'E' => {
            dst.push(s.first().copied().unwrap_or(b'0'));
            if prec > 0 {
                dst.push(b'.');
                let m = nd.min(prec + 1);
                let mut i = 1;
                if i < m {
                    dst.extend_from_slice(&s[1..m as usize]);
                    i = m;
                }
                dst.resize(dst.len() + (prec + 1 - i) as usize, b'0');
            }
            dst.push(fmt);
            let mut exp = dp - 1;
            if nd == 0 {
                exp = 0;
            }
            dst.push(if exp < 0 { b'-' } else { b'+' });
            let exp = exp.unsigned_abs();
            if exp < 10 {
                dst.push(b'0');
            }
            dst.extend_from_slice(exp.to_string().as_bytes());
        }
        b'f' => {
            if dp > 0 {
                let m = nd.min(dp);
                dst.extend_from_slice(&s[..m as usize]);
                for _ in m..dp {
                    dst.push(b'0');
                }
            } else {
                dst.push(b'0');
            }
            if prec > 0 {
                dst.push(b'.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                let tz = (prec - lz - m).max(0);
                dst.resize(dst.len() + lz as usize, b'0');
                if m > 0 {
                    dst.extend_from_slice(&s[off as usize..(off + m) as usize]);
                }
                dst.resize(dst.len() + tz as usize, b'0');
            }
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

/// `%b`: `-ddddp±ddd`.
fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i32) {
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(mant.to_string().as_bytes());
    dst.push(b'p');
    if exp >= 0 {
        dst.push(b'+');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

/// `%x`: `-0x1.yyyyp±dd` or `-0x0p+00`.
fn fmt_x(dst: &mut Vec<u8>, prec: i32, fmt: u8, neg: bool, mut mant: u64, mut exp: i32, mant_bits: i32) {
    if mant == 0 {
        exp = 0;
    }
    // Shift digits so the leading 1 (if any) is at bit 1<<60.
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    dst.push(if exp < 0 { b'-' } else { b'+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        dst.push(b'0');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

#[cfg(test)]
mod tests {
    use super::format_g_shortest as g;

    #[test]
    fn like_go() {
        assert_eq!(g(0.1 + 0.2, 64), "0.30000000000000004");
        assert_eq!(g(1e21, 64), "1e+21");
        assert_eq!(g(1e20, 64), "1e+20");
        assert_eq!(g(100000.0, 64), "100000");
        assert_eq!(g(1e6, 64), "1e+06");
        assert_eq!(g(123456789.0, 64), "1.23456789e+08");
        assert_eq!(g(1e-5, 64), "1e-05");
        assert_eq!(g(0.0001, 64), "0.0001");
        assert_eq!(g((1.0f32 / 3.0) as f64, 32), "0.33333334");
        assert_eq!(g(-0.0, 64), "-0");
        assert_eq!(g(3.0, 64), "3");
        assert_eq!(g(5e-324, 64), "5e-324");
        // Exact ties between two shortest candidates go to the even digit.
        assert_eq!(g(736033889546137.0 + 0.25, 64), "7.360338895461372e+14");
        assert_eq!(g(3036561.25, 32), "3.0365612e+06");
    }
}
