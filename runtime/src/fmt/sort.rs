//! The order in which `fmt` prints map entries: Go's `internal/fmtsort`.
//!
//! Ints, floats and strings order by `<` (NaN below everything), false
//! before true, pointers and channels by address, structs and arrays field
//! by field, interfaces by the type's descriptor address (nil first) and
//! then by value. The sort is stable over the map's iteration order.

use std::cmp::Ordering;

use super::{iface_elem, read, read_int, read_uint, ty};
use crate::abi::{kind, Field, GoString, Type};
use crate::print::go_string;

fn cmp_f64(a: f64, b: f64) -> Ordering {
    // cmp.Compare: NaN is less than any non-NaN, and equal to NaN.
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

/// Compares two values of type `t` at `a` and `b`.
///
/// # Safety
/// `a` and `b` must point to valid values of type `t`.
pub unsafe fn compare(t: &Type, a: *const u8, b: *const u8) -> Ordering {
    match t.kind {
        kind::INT..=kind::INT64 => read_int(t, a).cmp(&read_int(t, b)),
        kind::UINT..=kind::UINTPTR => read_uint(t, a).cmp(&read_uint(t, b)),
        kind::STRING => go_string(read::<GoString>(a)).cmp(go_string(read::<GoString>(b))),
        kind::FLOAT32 => cmp_f64(read::<f32>(a) as f64, read::<f32>(b) as f64),
        kind::FLOAT64 => cmp_f64(read::<f64>(a), read::<f64>(b)),
        kind::COMPLEX64 => cmp_f64(read::<f32>(a) as f64, read::<f32>(b) as f64)
            .then_with(|| cmp_f64(read::<f32>(a.add(4)) as f64, read::<f32>(b.add(4)) as f64)),
        kind::COMPLEX128 => {
            cmp_f64(read::<f64>(a), read::<f64>(b)).then_with(|| cmp_f64(read::<f64>(a.add(8)), read::<f64>(b.add(8))))
        }
        kind::BOOL => (read::<u8>(a) != 0).cmp(&(read::<u8>(b) != 0)),
        kind::POINTER | kind::UNSAFE_POINTER | kind::CHAN => read::<usize>(a).cmp(&read::<usize>(b)),
        kind::STRUCT => {
            let fields: &[Field] = if t.len == 0 { &[] } else { std::slice::from_raw_parts(t.fields, t.len) };
            for f in fields {
                let c = compare(ty(f.typ), a.add(f.offset), b.add(f.offset));
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        kind::ARRAY => {
            let e = ty(t.elem);
            for i in 0..t.len {
                let c = compare(e, a.add(i * e.size), b.add(i * e.size));
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        kind::INTERFACE => match (iface_elem(t, a), iface_elem(t, b)) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some((ta, pa)), Some((tb, pb))) => {
                let c = (ta as *const Type as usize).cmp(&(tb as *const Type as usize));
                if c != Ordering::Equal {
                    return c;
                }
                compare(ta, pa, pb)
            }
        },
        _ => Ordering::Equal,
    }
}

/// Sorts map entries `(key, value)` by key with key type `k`, stably.
pub fn sort_entries(k: &Type, entries: &mut [(*const u8, *const u8)]) {
    // SAFETY: the entries point to keys of type `k`.
    entries.sort_by(|x, y| unsafe { compare(k, x.0, y.0) });
}
