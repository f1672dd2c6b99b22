//! `fmt.Print` and `fmt.Println`: values formatted with `%v` from their type
//! descriptors, as Go's fmt prints them.

use crate::abi::{kind, Eface, Field, GoString, Type, FLAG_DIRECT_IFACE};
use crate::floatfmt::format_g_shortest;
use crate::print::{go_string, write_stdout};

/// The address of the value an interface holds.
pub fn value_ptr(e: &Eface) -> *const u8 {
    // SAFETY: non-nil interfaces carry a valid descriptor.
    let t = unsafe { &*e.typ };
    if t.flags & FLAG_DIRECT_IFACE != 0 {
        std::ptr::addr_of!(e.data) as *const u8
    } else {
        e.data
    }
}

/// # Safety
/// `p` must point to a valid value of type `T`.
unsafe fn read<T: Copy>(p: *const u8) -> T {
    std::ptr::read_unaligned(p as *const T)
}

fn pointer(out: &mut Vec<u8>, q: usize) {
    if q == 0 {
        out.extend_from_slice(b"<nil>");
    } else {
        out.extend_from_slice(format!("{q:#x}").as_bytes());
    }
}

/// Appends `%v` of the value of type `t` at `p`; `depth` > 0 inside composites.
pub fn print_value(out: &mut Vec<u8>, t: &Type, p: *const u8, depth: usize) {
    // SAFETY (all reads below): `p` points to a value of type `t`, laid out
    // as the compiler lays it out (see abi.rs).
    unsafe {
        match t.kind {
            kind::BOOL => out.extend_from_slice(if read::<u8>(p) != 0 { b"true" } else { b"false" }),
            kind::INT | kind::INT64 => out.extend_from_slice(read::<i64>(p).to_string().as_bytes()),
            kind::INT8 => out.extend_from_slice(read::<i8>(p).to_string().as_bytes()),
            kind::INT16 => out.extend_from_slice(read::<i16>(p).to_string().as_bytes()),
            kind::INT32 => out.extend_from_slice(read::<i32>(p).to_string().as_bytes()),
            kind::UINT | kind::UINT64 | kind::UINTPTR => out.extend_from_slice(read::<u64>(p).to_string().as_bytes()),
            kind::UINT8 => out.extend_from_slice(read::<u8>(p).to_string().as_bytes()),
            kind::UINT16 => out.extend_from_slice(read::<u16>(p).to_string().as_bytes()),
            kind::UINT32 => out.extend_from_slice(read::<u32>(p).to_string().as_bytes()),
            kind::FLOAT32 => out.extend_from_slice(format_g_shortest(read::<f32>(p) as f64, 32).as_bytes()),
            kind::FLOAT64 => out.extend_from_slice(format_g_shortest(read::<f64>(p), 64).as_bytes()),
            kind::STRING => out.extend_from_slice(go_string(read::<GoString>(p))),
            kind::POINTER => {
                let q: usize = read(p);
                if depth == 0 && q != 0 && !t.elem.is_null() {
                    let e = &*t.elem;
                    if matches!(e.kind, kind::ARRAY | kind::SLICE | kind::STRUCT | kind::MAP) {
                        out.push(b'&');
                        print_value(out, e, q as *const u8, depth + 1);
                        return;
                    }
                }
                pointer(out, q);
            }
            kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER | kind::MAP => pointer(out, read(p)),
            kind::STRUCT => {
                out.push(b'{');
                let fields: &[Field] = if t.len == 0 { &[] } else { std::slice::from_raw_parts(t.fields, t.len) };
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    print_value(out, &*f.typ, p.add(f.offset), depth + 1);
                }
                out.push(b'}');
            }
            kind::ARRAY => {
                out.push(b'[');
                let e = &*t.elem;
                for i in 0..t.len {
                    if i > 0 {
                        out.push(b' ');
                    }
                    print_value(out, e, p.add(i * e.size), depth + 1);
                }
                out.push(b']');
            }
            kind::INTERFACE => {
                let inner: Eface = read(p);
                if inner.typ.is_null() {
                    out.extend_from_slice(b"<nil>");
                } else {
                    print_value(out, &*inner.typ, value_ptr(&inner), depth + 1);
                }
            }
            _ => out.extend_from_slice(b"?"),
        }
    }
}

fn print_arg(out: &mut Vec<u8>, e: &Eface) {
    if e.typ.is_null() {
        out.extend_from_slice(b"<nil>");
        return;
    }
    // SAFETY: non-nil interfaces carry a valid descriptor.
    let t = unsafe { &*e.typ };
    print_value(out, t, value_ptr(e), 0);
}

fn is_string(e: &Eface) -> bool {
    // SAFETY: as above.
    !e.typ.is_null() && unsafe { (*e.typ).kind } == kind::STRING
}

/// `fmt.Print(args...)` (`newline` false) or `fmt.Println(args...)`; returns
/// the number of bytes written.
#[no_mangle]
pub extern "C" fn cranego_fmt_print(args: *const Eface, n: isize, newline: bool) -> isize {
    // SAFETY: the compiler passes the `...any` slice's array and length.
    let args = if n <= 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(args, n as usize) } };
    let mut out = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 && (newline || (!is_string(a) && !is_string(&args[i - 1]))) {
            out.push(b' ');
        }
        print_arg(&mut out, a);
    }
    if newline {
        out.push(b'\n');
    }
    write_stdout(&out);
    out.len() as isize
}
