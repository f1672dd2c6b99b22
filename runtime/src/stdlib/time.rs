//! `time`: Duration and its printing (Go's `Duration.format`), the clock
//! (`Now`, `Since`, `Time.Sub`) and `Sleep`, which parks the goroutine on
//! the scheduler's timer queue.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::abi::GoString;
use crate::strings::new_string;

const SECOND: i64 = 1_000_000_000;
const MINUTE: i64 = 60 * SECOND;
const HOUR: i64 = 60 * MINUTE;

/// `time.Time`: wall clock (Unix nanoseconds) and a monotonic reading.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Time {
    wall: i64,
    mono: i64,
}

/// The wall clock: nanoseconds since the Unix epoch.
pub fn unix_ns() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0)
}

/// Nanoseconds on the monotonic clock since the program's first reading.
pub fn monotonic_ns() -> i64 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos() as i64
}

#[no_mangle]
pub extern "C" fn cranego_time_Now() -> Time {
    Time { wall: unix_ns(), mono: monotonic_ns() }
}

#[no_mangle]
pub extern "C" fn cranego_time_Since(t: *const Time) -> i64 {
    // SAFETY: the compiler passes a Time by address.
    monotonic_ns() - unsafe { (*t).mono }
}

#[no_mangle]
pub extern "C" fn cranego_time_Time_Sub(t: *const Time, u: *const Time) -> i64 {
    // SAFETY: as above.
    unsafe { (*t).mono - (*u).mono }
}

#[no_mangle]
pub extern "C" fn cranego_time_Time_UnixNano(t: *const Time) -> i64 {
    // SAFETY: as above.
    unsafe { (*t).wall }
}

/// `time.Sleep(d)`.
#[no_mangle]
pub extern "C" fn cranego_time_Sleep(d: i64) {
    if d > 0 {
        crate::sched::sleep(monotonic_ns().saturating_add(d));
    }
}

/// Go's `fmtFrac`: `v`'s last `prec` digits as a fraction without trailing
/// zeros, in front of `buf[..w]`; returns the new start and `v / 10^prec`.
fn fmt_frac(buf: &mut [u8], mut w: usize, mut v: u64, prec: usize) -> (usize, u64) {
    let mut print = false;
    for _ in 0..prec {
        let digit = v % 10;
        print = print || digit != 0;
        if print {
            w -= 1;
            buf[w] = digit as u8 + b'0';
        }
        v /= 10;
    }
    if print {
        w -= 1;
        buf[w] = b'.';
    }
    (w, v)
}

/// Go's `fmtInt`.
fn fmt_int(buf: &mut [u8], mut w: usize, mut v: u64) -> usize {
    if v == 0 {
        w -= 1;
        buf[w] = b'0';
    }
    while v > 0 {
        w -= 1;
        buf[w] = (v % 10) as u8 + b'0';
        v /= 10;
    }
    w
}

/// Go's `Duration.String`: `1h2m3.5s`, `1.5ms`, `0s`.
pub fn format_duration(d: i64) -> Vec<u8> {
    let mut buf = [0u8; 32];
    let mut w = buf.len();
    let neg = d < 0;
    let mut u = d.unsigned_abs();
    if u < SECOND as u64 {
        w -= 1;
        buf[w] = b's';
        w -= 1;
        let prec = match u {
            0 => {
                buf[w] = b'0';
                return buf[w..].to_vec();
            }
            1..=999 => {
                buf[w] = b'n';
                0
            }
            1000..=999_999 => {
                // The micro sign, two bytes.
                w -= 1;
                buf[w..w + 2].copy_from_slice("µ".as_bytes());
                3
            }
            _ => {
                buf[w] = b'm';
                6
            }
        };
        let (nw, nu) = fmt_frac(&mut buf, w, u, prec);
        w = fmt_int(&mut buf, nw, nu);
    } else {
        w -= 1;
        buf[w] = b's';
        let (nw, nu) = fmt_frac(&mut buf, w, u, 9);
        u = nu;
        w = fmt_int(&mut buf, nw, u % 60);
        u /= 60;
        if u > 0 {
            w -= 1;
            buf[w] = b'm';
            w = fmt_int(&mut buf, w, u % 60);
            u /= 60;
            if u > 0 {
                w -= 1;
                buf[w] = b'h';
                w = fmt_int(&mut buf, w, u);
            }
        }
    }
    if neg {
        w -= 1;
        buf[w] = b'-';
    }
    buf[w..].to_vec()
}

#[no_mangle]
pub extern "C" fn cranego_time_Duration_String(d: i64) -> GoString {
    new_string(&format_duration(d))
}

/// A duration as a float of `unit`s, split as Go does for precision.
fn in_units(d: i64, unit: i64) -> f64 {
    (d / unit) as f64 + (d % unit) as f64 / unit as f64
}

#[no_mangle]
pub extern "C" fn cranego_time_Duration_Seconds(d: i64) -> f64 {
    in_units(d, SECOND)
}

#[no_mangle]
pub extern "C" fn cranego_time_Duration_Minutes(d: i64) -> f64 {
    in_units(d, MINUTE)
}

#[no_mangle]
pub extern "C" fn cranego_time_Duration_Hours(d: i64) -> f64 {
    in_units(d, HOUR)
}

#[no_mangle]
pub extern "C" fn cranego_time_Duration_Milliseconds(d: i64) -> i64 {
    d / 1_000_000
}

#[no_mangle]
pub extern "C" fn cranego_time_Duration_Microseconds(d: i64) -> i64 {
    d / 1000
}

#[no_mangle]
pub extern "C" fn cranego_time_Duration_Nanoseconds(d: i64) -> i64 {
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_print_as_go() {
        let cases: &[(i64, &str)] = &[
            (0, "0s"),
            (1, "1ns"),
            (1100, "1.1µs"),
            (2_200_000, "2.2ms"),
            (3_300_000_000, "3.3s"),
            (4 * MINUTE + 5 * SECOND, "4m5s"),
            (4 * MINUTE + 5_001_000_000, "4m5.001s"),
            (5 * HOUR + 6 * MINUTE + 7_001_000_000, "5h6m7.001s"),
            (8 * MINUTE + 1, "8m0.000000001s"),
            (i64::MAX, "2562047h47m16.854775807s"),
            (i64::MIN, "-2562047h47m16.854775808s"),
            (-1_500_000, "-1.5ms"),
        ];
        for &(d, want) in cases {
            assert_eq!(String::from_utf8(format_duration(d)).unwrap(), want, "{d}");
        }
    }
}
