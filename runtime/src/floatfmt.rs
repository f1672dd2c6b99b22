//! Floating-point formatting as Go's strconv does it: the shortest decimal
//! that reads back to the same value, and Go's choice between `%e` and `%f`
//! forms. Rust's `{:e}` produces the shortest round-trip digits (for f32 at
//! f32 precision); this module arranges them the way Go prints them.

/// Decimal digits of |v| and the position of the decimal point:
/// v = 0.d1d2d3... × 10^dp.
fn shortest_digits(v: f64, bits: u32) -> (Vec<u8>, i32) {
    let s = if bits == 32 { format!("{:e}", (v as f32).abs()) } else { format!("{:e}", v.abs()) };
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    break_tie_to_even(&mut digits, exp, v.abs(), bits);
    (digits, exp + 1)
}

/// When two shortest digit strings are equally close to the value (the
/// value lies exactly halfway between them), Go picks the one ending in an
/// even digit; Rust's shortest formatting may pick the other.
fn break_tie_to_even(digits: &mut [u8], exp: i32, v: f64, bits: u32) {
    let n = digits.len();
    let Some(&last) = digits.last() else { return };
    if (last - b'0').is_multiple_of(2) || n < 2 {
        return;
    }
    // The value is halfway between `digits` and its neighbour below iff its
    // exact expansion is `digits - 1` followed by 5 (and nothing after).
    let mut below = digits.to_vec();
    below[n - 1] -= 1;
    let exact = |d: usize| -> String {
        let s = if bits == 32 { format!("{:.*e}", d, v as f32) } else { format!("{:.*e}", d, v) };
        s.split('e').next().unwrap_or("").bytes().filter(u8::is_ascii_digit).map(char::from).collect()
    };
    let mut half: String = below.iter().map(|&b| b as char).collect();
    half.push('5');
    // n+1 significant digits then one more: an exact tie reads "...50".
    if exact(n + 1) == format!("{half}0") {
        let alt: String = below.iter().map(|&b| b as char).collect();
        let reparsed = format!("{}.{}e{}", &alt[..1], &alt[1..], exp);
        let same = if bits == 32 {
            reparsed.parse::<f32>().ok() == Some(v as f32)
        } else {
            reparsed.parse::<f64>().ok() == Some(v)
        };
        if same {
            digits[n - 1] -= 1;
        }
    }
}

fn special(v: f64) -> Option<&'static str> {
    if v.is_nan() {
        Some("NaN")
    } else if v.is_infinite() {
        Some(if v > 0.0 { "+Inf" } else { "-Inf" })
    } else {
        None
    }
}

/// `strconv.FormatFloat(v, 'g', -1, bits)`: what `%v` and `println` print.
pub fn format_g_shortest(v: f64, bits: u32) -> String {
    if let Some(s) = special(v) {
        return s.to_string();
    }
    let neg = v.is_sign_negative();
    if v == 0.0 {
        return if neg { "-0".into() } else { "0".into() };
    }
    let (d, dp) = shortest_digits(v, bits);
    let exp = dp - 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    // With the shortest precision, Go picks %e when the exponent is below
    // -4 or at least 6.
    if !(-4..6).contains(&exp) {
        fmt_e(&mut out, &d, exp, d.len() - 1, 'e');
    } else {
        fmt_f(&mut out, &d, dp, (d.len() as i32 - dp).max(0) as usize);
    }
    out
}

/// `d[0].d[1..=prec]e±XX`.
fn fmt_e(out: &mut String, d: &[u8], exp: i32, prec: usize, e: char) {
    out.push(d.first().copied().unwrap_or(b'0') as char);
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(d.get(i).copied().unwrap_or(b'0') as char);
        }
    }
    out.push(e);
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// Digits with `decimals` places after the point.
fn fmt_f(out: &mut String, d: &[u8], dp: i32, decimals: usize) {
    if dp > 0 {
        for i in 0..dp as usize {
            out.push(d.get(i).copied().unwrap_or(b'0') as char);
        }
    } else {
        out.push('0');
    }
    if decimals > 0 {
        out.push('.');
        for i in 0..decimals as i32 {
            let j = dp + i;
            let c = if j < 0 { b'0' } else { d.get(j as usize).copied().unwrap_or(b'0') };
            out.push(c as char);
        }
    }
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
        assert_eq!(g(736033889546137.25, 64), "7.360338895461372e+14");
        assert_eq!(g(3036561.25, 32), "3.0365612e+06");
    }
}
