//! Slices: `make`, `append`'s growth, string conversions and the bounds
//! errors, with gc's messages and capacities.

use crate::abi::{GoSlice, GoString, Type};
use crate::print::go_str;
use crate::sizeclass;

fn elem_size(t: *const Type) -> usize {
    // SAFETY: the compiler passes element type descriptors it emitted.
    unsafe { (*t).size }
}

fn has_pointers(t: *const Type) -> bool {
    // SAFETY: as above.
    unsafe { (*t).ptrdata != 0 }
}

/// `make([]T, len, cap)`: the backing array (zeroed).
#[no_mangle]
pub extern "C" fn cranego_makeslice(et: *const Type, len: isize, cap: isize) -> *mut u8 {
    let size = elem_size(et);
    let max = if size == 0 { isize::MAX } else { (1isize << 47) / size as isize };
    if len < 0 || len > max {
        crate::panic::runtime_error("makeslice: len out of range");
    }
    if cap < len || cap > max {
        crate::panic::runtime_error("makeslice: cap out of range");
    }
    crate::alloc::alloc_object(size * cap as usize, et, !has_pointers(et))
}

/// The new array of a slice `{ptr, len, cap}` that must grow to `new_len`
/// elements: gc's growslice (capacity rounded to a size class), the old
/// elements copied. Returns `(ptr, cap)`.
#[repr(C)]
pub struct Grown {
    pub ptr: *mut u8,
    pub cap: isize,
}

#[no_mangle]
pub extern "C" fn cranego_growslice(et: *const Type, ptr: *mut u8, len: isize, cap: isize, new_len: isize) -> Grown {
    if new_len < 0 {
        crate::panic::panic_exit("growslice: len out of range", "");
    }
    let size = elem_size(et);
    let new_cap = sizeclass::grow_cap(cap as usize, new_len as usize, size, has_pointers(et));
    let p = crate::alloc::alloc_object(new_cap * size, et, !has_pointers(et));
    if len > 0 {
        // SAFETY: the old array holds `len` elements; the new one more.
        unsafe { std::ptr::copy_nonoverlapping(ptr, p, len as usize * size) };
    }
    Grown { ptr: p, cap: new_cap as isize }
}

/// `string(b)` of a `[]byte`, in `buf` (32 bytes in the caller's frame,
/// null if the result escapes) when it fits.
#[no_mangle]
pub extern "C" fn cranego_slicebytetostring(buf: *mut u8, ptr: *const u8, len: isize) -> GoString {
    crate::strings::string_in(buf, go_str(ptr, len))
}

/// `[]byte(s)`: in `buf` (32 bytes of the caller's frame, capacity 32) when
/// it fits, else a new array with gc's capacity (rounded to a size class).
#[no_mangle]
pub extern "C" fn cranego_stringtoslicebyte(buf: *mut u8, ptr: *const u8, len: isize, out: *mut GoSlice) {
    let bytes = go_str(ptr, len);
    let on_stack = !buf.is_null() && bytes.len() <= crate::strings::TMP_BUF;
    let cap = if on_stack {
        crate::strings::TMP_BUF
    } else if bytes.is_empty() {
        0
    } else {
        sizeclass::roundupsize(bytes.len(), true)
    };
    // Never nil, even when empty: gc's zero-sized allocations share zerobase.
    let p = if on_stack {
        // SAFETY: buf has TMP_BUF bytes.
        unsafe { std::ptr::write_bytes(buf, 0, crate::strings::TMP_BUF) };
        buf
    } else {
        crate::alloc::alloc_noscan(cap)
    };
    // SAFETY: p has room for the bytes; `out` is the caller's slice header.
    unsafe {
        if !bytes.is_empty() {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
        }
        out.write(GoSlice { ptr: p, len, cap: cap as isize });
    }
}

/// `[]rune(s)`, in `buf` (32 runes of the caller's frame, null if the
/// result escapes) when it fits.
#[no_mangle]
pub extern "C" fn cranego_stringtoslicerune(buf: *mut u8, ptr: *const u8, len: isize, out: *mut GoSlice) {
    let mut bytes = go_str(ptr, len);
    let mut runes: Vec<i32> = Vec::new();
    while !bytes.is_empty() {
        let (r, n) = crate::strings::decode_rune(bytes);
        runes.push(r as i32);
        bytes = &bytes[n..];
    }
    let on_stack = !buf.is_null() && runes.len() <= crate::strings::TMP_BUF;
    let cap = if on_stack {
        crate::strings::TMP_BUF
    } else if runes.is_empty() {
        0
    } else {
        sizeclass::roundupsize(runes.len() * 4, true) / 4
    };
    let p = if on_stack {
        // SAFETY: buf has room for TMP_BUF runes.
        unsafe { std::ptr::write_bytes(buf, 0, crate::strings::TMP_BUF * 4) };
        buf
    } else {
        crate::alloc::alloc_noscan(cap * 4)
    };
    // SAFETY: p has room for the runes.
    unsafe {
        if !runes.is_empty() {
            std::ptr::copy_nonoverlapping(runes.as_ptr() as *const u8, p, runes.len() * 4);
        }
        out.write(GoSlice { ptr: p, len: runes.len() as isize, cap: cap as isize });
    }
}

/// `string(r)` of a `[]rune`: invalid runes become U+FFFD; in `buf` (32
/// bytes, null if the result escapes) when it fits.
#[no_mangle]
pub extern "C" fn cranego_slicerunetostring(buf: *mut u8, ptr: *const i32, len: isize) -> GoString {
    let runes = if len <= 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(ptr, len as usize) } };
    let mut s = String::new();
    for &r in runes {
        s.push(u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{fffd}'));
    }
    crate::strings::string_in(buf, s.as_bytes())
}

/// The kinds of bounds errors, numbered as gc's `abi.BoundsErrorCode`.
const BOUNDS_FORMATS: [(&str, &str); 9] = [
    ("index out of range [%x] with length %y", "index out of range [%x]"),
    ("slice bounds out of range [:%x] with length %y", "slice bounds out of range [:%x]"),
    ("slice bounds out of range [:%x] with capacity %y", "slice bounds out of range [:%x]"),
    ("slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]"),
    ("slice bounds out of range [::%x] with length %y", "slice bounds out of range [::%x]"),
    ("slice bounds out of range [::%x] with capacity %y", "slice bounds out of range [::%x]"),
    ("slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]"),
    ("slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]"),
    (
        "cannot convert slice with length %y to array or pointer to array with length %x",
        "cannot convert slice with length %y to array or pointer to array with length %x",
    ),
];

/// A bounds error: `code` says which check failed; `x` is the offending
/// index (signed or not), `y` the bound it was checked against.
#[no_mangle]
pub extern "C" fn cranego_panic_bounds(code: i64, x: i64, y: i64, signed: bool) -> ! {
    let (fmt, neg) = BOUNDS_FORMATS[(code as usize).min(8)];
    let negative = signed && x < 0;
    let fmt = if negative { neg } else { fmt };
    let xs = if signed { x.to_string() } else { (x as u64).to_string() };
    let msg = fmt.replace("%x", &xs).replace("%y", &y.to_string());
    crate::panic::runtime_error(&msg)
}
