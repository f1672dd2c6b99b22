//! Interface conversions that are decided at run time: itabs for a
//! (interface, concrete type) pair built from the type's method table, and
//! the panics of failed type assertions with gc's messages.
//!
//! The compiler emits itabs for the conversions it sees; assertions to an
//! interface type (`x.(I)`, type switch cases, `I(j)` from another
//! interface) ask `cranego_getitab`, which builds each pair's itab once and
//! caches it.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::abi::{Itab, Method, Type};
use crate::print::go_string;
use crate::typeops::type_name;

/// Itabs built so far, by (interface, type) descriptor addresses. Itabs are
/// never freed: a program has few pairs.
static CACHE: Mutex<Option<HashMap<(usize, usize), usize>>> = Mutex::new(None);

/// The methods of a descriptor.
///
/// # Safety
/// `t` must be a descriptor emitted by the compiler or the runtime.
unsafe fn methods(t: &Type) -> &[Method] {
    if t.nmethods == 0 || t.methods.is_null() {
        &[]
    } else {
        std::slice::from_raw_parts(t.methods, t.nmethods)
    }
}

/// Whether two method signatures are the same type. Descriptors are unique
/// within compiled code, but the runtime's own types (errors, strconv)
/// carry descriptors of their own: those compare by name.
unsafe fn same_type(a: *const Type, b: *const Type) -> bool {
    a == b || (!a.is_null() && !b.is_null() && go_string((*a).name) == go_string((*b).name))
}

/// The first method of interface `inter` that `typ` lacks.
unsafe fn missing_method<'t>(inter: &'t Type, typ: &Type) -> Option<&'t Method> {
    let have = methods(typ);
    methods(inter)
        .iter()
        .find(|m| !have.iter().any(|h| go_string(h.name) == go_string(m.name) && same_type(h.mtyp, m.mtyp)))
}

/// The itab of `typ` for interface `inter`, or null if `typ` lacks a method.
///
/// # Safety
/// Both must be descriptors; `inter` an interface type's.
unsafe fn getitab(inter: *const Type, typ: *const Type) -> *const Itab {
    let key = (inter as usize, typ as usize);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    let cache = cache.get_or_insert_with(HashMap::new);
    if let Some(&t) = cache.get(&key) {
        return t as *const Itab;
    }
    let (i, t) = (&*inter, &*typ);
    let tab = if missing_method(i, t).is_some() {
        std::ptr::null()
    } else {
        let have = methods(t);
        let n = methods(i).len().max(1);
        // Itab's `fun` is declared with one element; allocate the true length.
        let words = 2 + n;
        let mem: &'static mut [usize] = Box::leak(vec![0usize; words].into_boxed_slice());
        mem[0] = inter as usize;
        mem[1] = typ as usize;
        for (k, m) in methods(i).iter().enumerate() {
            let h = have.iter().find(|h| go_string(h.name) == go_string(m.name)).map(|h| h.ifn);
            mem[2 + k] = h.unwrap_or(std::ptr::null()) as usize;
        }
        mem.as_ptr() as *const Itab
    };
    cache.insert(key, tab as usize);
    tab
}

/// `cranego_getitab(inter, typ)`: the itab, or null when `typ` does not
/// implement `inter` (or is null: a nil interface).
#[no_mangle]
pub extern "C" fn cranego_getitab(inter: *const Type, typ: *const Type) -> *const Itab {
    if typ.is_null() {
        return std::ptr::null();
    }
    // SAFETY: compiled code passes descriptors.
    unsafe { getitab(inter, typ) }
}

/// A failed `x.(T)`: `have` is x's dynamic type (null if x is nil), `want`
/// the asserted type, `iface` x's static interface type.
#[no_mangle]
pub extern "C" fn cranego_panic_assert(have: *const Type, want: *const Type, iface: *const Type) -> ! {
    // SAFETY: compiled code passes descriptors (have may be null).
    let (want, iface) = unsafe { (&*want, &*iface) };
    let (wname, iname) = (type_name(want), type_name(iface));
    let msg = if have.is_null() {
        // gc names the static interface only for assertions to concrete types.
        let inter = if want.kind == crate::abi::kind::INTERFACE { "interface" } else { &iname };
        format!("interface conversion: {inter} is nil, not {wname}")
    } else {
        // SAFETY: a non-null dynamic type is a descriptor.
        let have = unsafe { &*have };
        let hname = type_name(have);
        // SAFETY: descriptors.
        match unsafe { (want.kind == crate::abi::kind::INTERFACE).then(|| missing_method(want, have)).flatten() } {
            Some(m) => {
                let mname = String::from_utf8_lossy(go_string(m.name)).into_owned();
                format!("interface conversion: {hname} is not {wname}: missing method {mname}")
            }
            None if hname == wname => {
                format!("interface conversion: {iname} is {hname}, not {wname} (types from different scopes)")
            }
            None => format!("interface conversion: {iname} is {hname}, not {wname}"),
        }
    };
    // Go panics with a *runtime.TypeAssertionError, an error: "panic: " + Error()
    // with " [recovered]" absent and the runtime.Error marker.
    crate::panic::panic_exit(&msg, "")
}

/// Every value 0..255 as a word, for boxing small values without
/// allocating (gc's `staticuint64s`).
static SMALL: [u64; 256] = {
    let mut a = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        a[i] = i as u64;
        i += 1;
    }
    a
};

/// The data word of an interface holding a one-byte value: never allocated.
#[no_mangle]
pub extern "C" fn cranego_convT8(v: u8) -> *const u8 {
    &SMALL[v as usize] as *const u64 as *const u8
}

/// gc's `convT16`/`convT32`/`convT64`: the data word for a pointer-free
/// value of 2, 4 or 8 bytes; values below 256 need no allocation.
#[no_mangle]
pub extern "C" fn cranego_convT(v: u64, size: usize) -> *mut u8 {
    if v < 256 {
        return &SMALL[v as usize] as *const u64 as *mut u8;
    }
    let p = crate::alloc::alloc_noscan(size);
    // SAFETY: p has `size` bytes; little-endian keeps the low bytes first.
    unsafe { std::ptr::copy_nonoverlapping(&v as *const u64 as *const u8, p, size) };
    p
}

/// A zero value any boxed string or slice can share.
static ZERO_VAL: [u64; 4] = [0; 4];

/// gc's `convTstring`: the empty string needs no allocation.
#[no_mangle]
pub extern "C" fn cranego_convTstring(ptr: *const u8, len: isize) -> *mut u8 {
    if len == 0 {
        return ZERO_VAL.as_ptr() as *mut u8;
    }
    let p = crate::alloc::alloc(16) as *mut crate::abi::GoString;
    // SAFETY: p has room for a string header.
    unsafe { p.write(crate::abi::GoString { ptr, len }) };
    p as *mut u8
}

/// gc's `convTslice`: a nil slice needs no allocation.
#[no_mangle]
pub extern "C" fn cranego_convTslice(ptr: *mut u8, len: isize, cap: isize) -> *mut u8 {
    if ptr.is_null() {
        return ZERO_VAL.as_ptr() as *mut u8;
    }
    let p = crate::alloc::alloc(24) as *mut crate::abi::GoSlice;
    // SAFETY: p has room for a slice header.
    unsafe { p.write(crate::abi::GoSlice { ptr, len, cap }) };
    p as *mut u8
}
