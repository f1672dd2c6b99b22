//! Exact constant values, as the spec requires for untyped constants.
//!
//! Integers are arbitrary-precision, floats exact rationals (gc uses 512-bit
//! binary floats; exact rationals agree with it on every value a program can
//! observe once rounded to float64). Strings are byte strings: `"\xff"` is
//! a valid Go string constant.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::Basic;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    String(Vec<u8>),
    Int(BigInt),
    Float(BigRational),
}

impl Value {
    pub fn int(i: i64) -> Value {
        Value::Int(BigInt::from(i))
    }

    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(i.clone()),
            Value::Float(f) if f.is_integer() => Some(f.to_integer()),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.as_bigint().and_then(|i| i.to_i64())
    }

    pub fn to_u64_wrapping(&self) -> u64 {
        match self.as_bigint() {
            Some(i) => {
                let (sign, digits) = i.to_u64_digits();
                let low = digits.first().copied().unwrap_or(0);
                if sign == Sign::Minus {
                    low.wrapping_neg()
                } else {
                    low
                }
            }
            None => 0,
        }
    }

    pub fn to_rational(&self) -> Option<BigRational> {
        match self {
            Value::Int(i) => Some(BigRational::from_integer(i.clone())),
            Value::Float(f) => Some(f.clone()),
            _ => None,
        }
    }

    pub fn to_f64(&self) -> f64 {
        match self.to_rational() {
            Some(r) => rational_to_float(&r, 53, 1023).unwrap_or(f64::INFINITY),
            None => 0.0,
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Value::Int(i) => i.is_zero(),
            Value::Float(f) => f.is_zero(),
            _ => false,
        }
    }

    /// The value converted for a constant of basic kind `b` (int↔float); `None`
    /// if the value cannot be represented exactly where exactness is required.
    pub fn convert_kind(&self, b: Basic) -> Option<Value> {
        match (self, b.is_integer(), b.is_float()) {
            (Value::Int(_), true, _) => Some(self.clone()),
            (Value::Float(f), true, _) => f.is_integer().then(|| Value::Int(f.to_integer())),
            (Value::Int(i), _, true) => Some(Value::Float(BigRational::from_integer(i.clone()))),
            (Value::Float(_), _, true) => Some(self.clone()),
            (Value::Bool(_), _, _) if b.is_boolean() => Some(self.clone()),
            (Value::String(_), _, _) if b.is_string() => Some(self.clone()),
            _ => None,
        }
    }

    /// Whether the value fits basic type `b`, and the value rounded to it
    /// (floats are rounded to float32/float64 precision).
    pub fn representable(&self, b: Basic) -> Result<Value, Repr> {
        use Basic::*;
        match b {
            Bool | UntypedBool => match self {
                Value::Bool(_) => Ok(self.clone()),
                _ => Err(Repr::Invalid),
            },
            String | UntypedString => match self {
                Value::String(_) => Ok(self.clone()),
                _ => Err(Repr::Invalid),
            },
            UntypedInt | UntypedRune => match self {
                Value::Int(_) => Ok(self.clone()),
                Value::Float(f) if f.is_integer() => Ok(Value::Int(f.to_integer())),
                Value::Float(_) => Err(Repr::Truncated),
                _ => Err(Repr::Invalid),
            },
            UntypedFloat => match self {
                Value::Int(_) | Value::Float(_) => Ok(self.clone()),
                _ => Err(Repr::Invalid),
            },
            Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => {
                let i = match self {
                    Value::Int(i) => i.clone(),
                    Value::Float(f) if f.is_integer() => f.to_integer(),
                    Value::Float(_) => return Err(Repr::Truncated),
                    _ => return Err(Repr::Invalid),
                };
                let bits = (b.size() * 8) as u32;
                let (lo, hi) = if b.is_unsigned() {
                    (BigInt::zero(), (BigInt::one() << bits) - 1)
                } else {
                    (-(BigInt::one() << (bits - 1)), (BigInt::one() << (bits - 1)) - 1)
                };
                if i < lo || i > hi {
                    Err(Repr::Overflow)
                } else {
                    Ok(Value::Int(i))
                }
            }
            Float32 | Float64 => {
                let r = match self.to_rational() {
                    Some(r) => r,
                    None => return Err(Repr::Invalid),
                };
                let (mant, max_exp) = if b == Float32 { (24, 127) } else { (53, 1023) };
                match round_rational(&r, mant, max_exp) {
                    Some(r) => Ok(Value::Float(r)),
                    None => Err(Repr::Overflow),
                }
            }
            _ => Err(Repr::Invalid),
        }
    }
}

/// Why a constant does not fit a type.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Repr {
    Invalid,
    Overflow,
    Truncated,
}

/// Rounds `r` to the nearest binary float with `mant` bits of mantissa and
/// maximal exponent `max_exp` (round half to even, subnormals included);
/// `None` on overflow.
pub fn round_rational(r: &BigRational, mant: u32, max_exp: i64) -> Option<BigRational> {
    if r.is_zero() {
        return Some(r.clone());
    }
    let neg = r.is_negative();
    let a = r.abs();
    let (num, den) = (a.numer().clone(), a.denom().clone());
    // e = floor(log2(a)), estimated from bit lengths and corrected.
    let mut e = num.bits() as i64 - den.bits() as i64;
    let two = BigInt::from(2);
    let pow2 = |k: i64| -> BigRational {
        if k >= 0 {
            BigRational::from_integer(two.pow(k as u32))
        } else {
            BigRational::new(BigInt::one(), two.pow((-k) as u32))
        }
    };
    if a < pow2(e) {
        e -= 1;
    } else if a >= pow2(e + 1) {
        e += 1;
    }
    let min_exp = 1 - max_exp; // smallest normal exponent
    let e_eff = e.max(min_exp);
    // Scale so that the mantissa has `mant` bits: q = a * 2^(mant-1-e_eff).
    let shift = mant as i64 - 1 - e_eff;
    let scaled = &a * pow2(shift);
    let (q, rem) = scaled.numer().div_rem(scaled.denom());
    let half = scaled.denom().clone();
    let twice = &rem * 2;
    let mut q = q;
    if twice > half || (twice == half && q.is_odd()) {
        q += 1;
    }
    let result = BigRational::from_integer(q) * pow2(-shift);
    if result >= pow2(max_exp + 1) {
        return None;
    }
    Some(if neg { -result } else { result })
}

/// The float nearest to `r` (`None` on overflow).
pub fn rational_to_float(r: &BigRational, mant: u32, max_exp: i64) -> Option<f64> {
    let rounded = round_rational(r, mant, max_exp)?;
    // The rounded value has at most 53 significant bits: exact in f64.
    let (n, d) = (rounded.numer().clone(), rounded.denom().clone());
    let nf = n.to_f64()?;
    // d is a power of two 2^k; two exact steps keep subnormal results exact.
    let k = d.bits() as i32 - 1;
    Some(nf * 2f64.powi(-(k / 2)) * 2f64.powi(-(k - k / 2)))
}

/// Parses an integer literal (any base, `_` separators).
pub fn parse_int(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(h) = lower.strip_prefix("0x") {
        (h.to_string(), 16)
    } else if let Some(b) = lower.strip_prefix("0b") {
        (b.to_string(), 2)
    } else if let Some(o) = lower.strip_prefix("0o") {
        (o.to_string(), 8)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Parses a float literal exactly (decimal or hexadecimal mantissa).
pub fn parse_float(text: &str) -> Option<BigRational> {
    let t: String = text.chars().filter(|c| *c != '_').collect::<String>().to_ascii_lowercase();
    let (hex, body) = match t.strip_prefix("0x") {
        Some(b) => (true, b.to_string()),
        None => (false, t),
    };
    let (mantissa, exp) = if hex {
        match body.split_once('p') {
            Some((m, e)) => (m.to_string(), e.parse::<i64>().ok()?),
            None => (body, 0),
        }
    } else {
        match body.split_once('e') {
            Some((m, e)) => (m.to_string(), e.parse::<i64>().ok()?),
            None => (body, 0),
        }
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((&mantissa, ""));
    let radix = if hex { 16 } else { 10 };
    let digits = format!("{int_part}{frac_part}");
    let digits = if digits.is_empty() { "0".to_string() } else { digits };
    let m = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    let mut r = BigRational::from_integer(m);
    // Each fractional digit divides by the radix; hex exponents are powers of 2.
    let frac_len = frac_part.len() as u32;
    if frac_len > 0 {
        r /= BigRational::from_integer(BigInt::from(radix).pow(frac_len));
    }
    if exp.unsigned_abs() > 100_000 {
        return None;
    }
    let base = BigInt::from(if hex { 2 } else { 10 });
    if exp >= 0 {
        r *= BigRational::from_integer(base.pow(exp as u32));
    } else {
        r /= BigRational::from_integer(base.pow((-exp) as u32));
    }
    Some(r)
}

/// Decodes the value of a rune literal (`'a'`, `'\n'`, `'\u00e9'`).
pub fn parse_rune(text: &str) -> Option<u32> {
    let inner = text.strip_prefix('\'')?.strip_suffix('\'')?;
    let bytes = unquote_body(inner, '\'')?;
    let s = String::from_utf8(bytes.0).ok();
    if let Some(c) = bytes.1 {
        return Some(c);
    }
    s.and_then(|s| s.chars().next().map(|c| c as u32))
}

/// Decodes a string literal's bytes (interpreted or raw).
pub fn parse_string(text: &str) -> Option<Vec<u8>> {
    if let Some(raw) = text.strip_prefix('`') {
        let raw = raw.strip_suffix('`')?;
        return Some(raw.bytes().filter(|b| *b != b'\r').collect());
    }
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    unquote_body(inner, '"').map(|b| b.0)
}

/// Decodes escapes. For rune literals the second result is the code point
/// of a single escape (which may be a byte value like `\xff`).
fn unquote_body(s: &str, quote: char) -> Option<(Vec<u8>, Option<u32>)> {
    let mut out = Vec::new();
    let mut single = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let e = chars.next()?;
        let simple = match e {
            'a' => Some(7u8),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            _ if e == quote => Some(e as u8),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            single = Some(b as u32);
            continue;
        }
        let (n, radix) = match e {
            'x' => (2, 16),
            'u' => (4, 16),
            'U' => (8, 16),
            '0'..='7' => (2, 8),
            _ => return None,
        };
        let mut v: u32 = if radix == 8 { e.to_digit(8)? } else { 0 };
        for _ in 0..n {
            v = v * radix + chars.next()?.to_digit(radix)?;
        }
        if e == 'x' || radix == 8 {
            out.push(v as u8);
        } else {
            let c = char::from_u32(v)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        single = Some(v);
    }
    Some((out, if quote == '\'' { single.filter(|_| s.starts_with('\\')) } else { None }))
}

/// Quotes bytes as Go's `strconv.Quote` does.
pub fn quote(bytes: &[u8]) -> String {
    let mut s = String::from('"');
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        let (c, size) = match std::str::from_utf8(&rest[..rest.len().min(4)]) {
            Ok(st) => {
                let c = st.chars().next().unwrap_or('\u{fffd}');
                (Some(c), c.len_utf8())
            }
            Err(e) if e.valid_up_to() > 0 => {
                let st = std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or("");
                let c = st.chars().next().unwrap_or('\u{fffd}');
                (Some(c), c.len_utf8())
            }
            Err(_) => (None, 1),
        };
        match c {
            None => s.push_str(&format!("\\x{:02x}", bytes[i])),
            Some('"') => s.push_str("\\\""),
            Some('\\') => s.push_str("\\\\"),
            Some('\n') => s.push_str("\\n"),
            Some('\t') => s.push_str("\\t"),
            Some('\r') => s.push_str("\\r"),
            Some('\u{7}') => s.push_str("\\a"),
            Some('\u{8}') => s.push_str("\\b"),
            Some('\u{c}') => s.push_str("\\f"),
            Some('\u{b}') => s.push_str("\\v"),
            Some(c) if (c as u32) < 0x20 || c as u32 == 0x7f => s.push_str(&format!("\\x{:02x}", c as u32)),
            Some(c) if c.is_control() || c == '\u{feff}' => {
                if (c as u32) < 0x10000 {
                    s.push_str(&format!("\\u{:04x}", c as u32))
                } else {
                    s.push_str(&format!("\\U{:08x}", c as u32))
                }
            }
            Some(c) => s.push(c),
        }
        i += size;
    }
    s.push('"');
    s
}

/// A constant as go/constant's `String` prints it (types2's messages and
/// gc's `-m` lines use it).
pub fn display(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format_float(f),
        Value::String(s) => {
            // Quoted, and cut to 69 characters plus "..." past 72.
            let q = quote(s);
            if q.chars().count() > 72 {
                let head: String = q.chars().take(69).collect();
                format!("{head}...")
            } else {
                q
            }
        }
    }
}

/// A float constant as go/constant prints it: `%.6g`, or `%g` when that
/// would hide a fraction (Go issue 56220).
pub fn format_float(r: &BigRational) -> String {
    let f = rational_to_float(r, 53, 1023).unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        // Out of float64 range: go/constant prints an approximation `1e+400`.
        let digits = r.abs().to_integer().to_string();
        let sign = if r.is_negative() { "-" } else { "" };
        return format!("{sign}{}e+{}", &digits[..1], digits.len() - 1);
    }
    let s = format_g(f, 6);
    if !r.is_integer() && !s.contains('.') {
        return format_g_shortest(f);
    }
    s
}

/// `%g` (shortest representation) as Go's fmt prints it.
pub fn format_g_shortest(f: f64) -> String {
    let e_form = format!("{f:e}");
    let (mant, exp) = e_form.split_once('e').unwrap_or((&e_form, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    // Shortest %g switches to an exponent at the same place as %.6g.
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    } else {
        format!("{f}")
    }
}

/// `%.{prec}g` as Go's fmt prints it (trailing zeros removed, exponent of at
/// least two digits).
pub fn format_g(f: f64, prec: usize) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let e_form = format!("{:.*e}", prec.saturating_sub(1), f);
    let (mant, exp) = e_form.split_once('e').unwrap_or((&e_form, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= prec as i32 {
        let mant = trim_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (prec as i32 - 1 - exp).max(0) as usize;
        trim_zeros(&format!("{f:.decimals$}")).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_float64() {
        for s in ["0.1", "1e21", "123456789.123", "5e-324", "1.7976931348623157e308", "2.5e-320"] {
            let r = parse_float(s).unwrap();
            assert_eq!(rational_to_float(&r, 53, 1023), Some(s.parse::<f64>().unwrap()), "{s}");
        }
        assert_eq!(rational_to_float(&parse_float("1e309").unwrap(), 53, 1023), None);
        let third = BigRational::new(1.into(), 3.into());
        let f32v = rational_to_float(&third, 24, 127).unwrap();
        assert_eq!(f32v as f32, 1.0f32 / 3.0);
    }

    #[test]
    fn literals() {
        assert_eq!(parse_int("0x_1F").unwrap(), BigInt::from(31));
        assert_eq!(parse_int("017").unwrap(), BigInt::from(15));
        assert_eq!(parse_int("0b101").unwrap(), BigInt::from(5));
        assert_eq!(parse_float("0x1p-2").unwrap(), BigRational::new(1.into(), 4.into()));
        assert_eq!(parse_rune("'\\n'"), Some(10));
        assert_eq!(parse_rune("'é'"), Some(0xe9));
        assert_eq!(parse_rune("'\\xff'"), Some(255));
        assert_eq!(parse_string("\"a\\x00\\u00e9\"").unwrap(), vec![b'a', 0, 0xc3, 0xa9]);
        assert_eq!(quote(b"a\"\n\xff"), "\"a\\\"\\n\\xff\"");
    }

    #[test]
    fn g_format() {
        assert_eq!(format_g(0.1, 6), "0.1");
        assert_eq!(format_g(1e21, 6), "1e+21");
        assert_eq!(format_g(123456.0, 6), "123456");
        assert_eq!(format_g(1234567.0, 6), "1.23457e+06");
    }
}
