//! Error values made by the runtime (`errors.New`, `fmt.Errorf`,
//! `strconv` errors), and the descriptors of the types involved.
//!
//! The predeclared `error` interface's descriptor lives here
//! (`cranego_type_error`): compiled code refers to it by that symbol, so
//! itabs made by the compiler and by the runtime agree on the interface.
//! Method signatures are matched by name and by the signature's name
//! (`func() string`), never by descriptor address.

use crate::abi::{
    kind, Eface, Field, GoString, Iface, Itab, Method, Type, FLAG_COMPARABLE, FLAG_DIRECT_IFACE, FLAG_NAMED,
};

/// A descriptor in a static: raw pointers are not `Sync`, but descriptors
/// are immutable and shared by design.
#[repr(transparent)]
pub struct StaticType(pub Type);
// SAFETY: descriptors are never written after initialisation.
unsafe impl Sync for StaticType {}

#[repr(transparent)]
pub struct StaticMethods<const N: usize>(pub [Method; N]);
// SAFETY: as above.
unsafe impl<const N: usize> Sync for StaticMethods<N> {}

#[repr(transparent)]
pub struct StaticFields<const N: usize>(pub [Field; N]);
// SAFETY: as above.
unsafe impl<const N: usize> Sync for StaticFields<N> {}

#[repr(transparent)]
pub struct StaticItab(pub Itab);
// SAFETY: as above.
unsafe impl Sync for StaticItab {}

pub const fn gostr(s: &'static str) -> GoString {
    GoString { ptr: s.as_ptr(), len: s.len() as isize }
}

/// A descriptor with everything zero but what the caller sets.
pub const fn blank_type(name: &'static str, kind: u8, size: usize) -> Type {
    Type {
        size,
        ptrdata: 0,
        kind,
        align: 8,
        flags: 0,
        _pad: 0,
        hash: 0,
        name: gostr(name),
        elem: std::ptr::null(),
        key: std::ptr::null(),
        len: 0,
        fields: std::ptr::null(),
        gcmask: std::ptr::null(),
        methods: std::ptr::null(),
        nmethods: 0,
    }
}

/// `func() string`: the signature of `Error` and `String`.
pub static FUNC_STRING: StaticType = StaticType(blank_type("func() string", kind::FUNC, 8));

static STRING: StaticType =
    StaticType(Type { ptrdata: 8, flags: FLAG_COMPARABLE, gcmask: &1u8, ..blank_type("string", kind::STRING, 16) });

static ERROR_METHODS: StaticMethods<1> =
    StaticMethods([Method { name: gostr("Error"), mtyp: &FUNC_STRING.0, ifn: std::ptr::null(), derefs: 0 }]);

/// The predeclared `error` interface.
#[no_mangle]
pub static cranego_type_error: StaticType = StaticType(Type {
    ptrdata: 16,
    flags: FLAG_NAMED | FLAG_COMPARABLE,
    gcmask: &3u8,
    len: 1,
    methods: &ERROR_METHODS.0 as *const Method,
    nmethods: 1,
    ..blank_type("error", kind::INTERFACE, 16)
});

/// `errors.errorString`: `struct { s string }`.
static ERROR_STRING_FIELDS: StaticFields<1> =
    StaticFields([Field { name: gostr("s"), typ: &STRING.0, offset: 0, embedded: 0 }]);

/// Its descriptor, also compiled code's (`errors.New` is compiled from
/// its Go body, `&errorString{text}`).
#[no_mangle]
pub static cranego_type_errors_errorString: StaticType = StaticType(Type {
    ptrdata: 8,
    flags: FLAG_NAMED | FLAG_COMPARABLE,
    gcmask: &1u8,
    len: 1,
    fields: &ERROR_STRING_FIELDS.0 as *const Field,
    ..blank_type("errors.errorString", kind::STRUCT, 16)
});

static PTR_ERROR_STRING_METHODS: StaticMethods<1> = StaticMethods([Method {
    name: gostr("Error"),
    mtyp: &FUNC_STRING.0,
    ifn: cranego_errors_errorString_Error as *const u8,
    derefs: 0,
}]);

/// `*errors.errorString`, the type of `errors.New`'s results.
#[no_mangle]
pub static cranego_type_ptr_errors_errorString: StaticType = StaticType(Type {
    ptrdata: 8,
    flags: FLAG_DIRECT_IFACE | FLAG_COMPARABLE,
    gcmask: &1u8,
    elem: &cranego_type_errors_errorString.0,
    methods: &PTR_ERROR_STRING_METHODS.0 as *const Method,
    nmethods: 1,
    ..blank_type("*errors.errorString", kind::POINTER, 8)
});

/// The `error` itab of `*errors.errorString`, for the errors the runtime makes.
pub static ERROR_STRING_ITAB: StaticItab = StaticItab(Itab {
    inter: &cranego_type_error.0,
    typ: &cranego_type_ptr_errors_errorString.0,
    fun: [cranego_errors_errorString_Error as *const u8],
});

/// `(*errorString).Error`.
#[no_mangle]
pub extern "C" fn cranego_errors_errorString_Error(recv: *mut u8) -> GoString {
    // SAFETY: the receiver is a `*errors.errorString` this module allocated.
    unsafe { *(recv as *const GoString) }
}

/// A new `*errors.errorString` holding a copy of `text`, as an `error`.
pub fn new_error(text: &[u8]) -> Iface {
    let s = crate::strings::new_string(text);
    let obj = crate::alloc::alloc(16) as *mut GoString;
    // SAFETY: obj has room for one GoString.
    unsafe { obj.write(s) };
    Iface { tab: &ERROR_STRING_ITAB.0, data: obj as *mut u8 }
}

/// `errors.New(text)`.
#[no_mangle]
pub extern "C" fn cranego_errors_New(ptr: *const u8, len: isize) -> Iface {
    // errors.New keeps the caller's string rather than copying it.
    let obj = crate::alloc::alloc(16) as *mut GoString;
    // SAFETY: obj has room for one GoString.
    unsafe { obj.write(GoString { ptr, len }) };
    Iface { tab: &ERROR_STRING_ITAB.0, data: obj as *mut u8 }
}

/// Calls `e.Error()` on a non-nil error.
pub fn error_text(e: Iface) -> Vec<u8> {
    // SAFETY: a non-nil error's itab has the `Error` method first (and only).
    unsafe {
        let f: extern "C" fn(*mut u8) -> GoString = std::mem::transmute((*e.tab).fun[0]);
        crate::print::go_string(f(e.data)).to_vec()
    }
}

/// `func()`: the signature of `RuntimeError`.
static FUNC_VOID: StaticType = StaticType(blank_type("func()", kind::FUNC, 8));

static RUNTIME_ERROR_METHODS: StaticMethods<2> = StaticMethods([
    Method {
        name: gostr("Error"),
        mtyp: &FUNC_STRING.0,
        ifn: cranego_errors_errorString_Error as *const u8,
        derefs: 0,
    },
    Method { name: gostr("RuntimeError"), mtyp: &FUNC_VOID.0, ifn: runtime_error_marker as *const u8, derefs: 0 },
]);

/// The type of the values runtime errors panic with: a string type that
/// implements `runtime.Error` (gc has several; `%T` names this one).
pub static RUNTIME_ERROR_STRING: StaticType = StaticType(Type {
    ptrdata: 8,
    flags: FLAG_NAMED | FLAG_COMPARABLE,
    gcmask: &1u8,
    methods: &RUNTIME_ERROR_METHODS.0 as *const Method,
    nmethods: 2,
    ..blank_type("runtime.errorString", kind::STRING, 16)
});

/// `RuntimeError()`: marks runtime errors.
extern "C" fn runtime_error_marker(_recv: *mut u8) {}

/// A runtime error's value, as an `any`: `text` is its whole message.
pub fn new_runtime_error(text: &[u8]) -> Eface {
    let obj = crate::alloc::alloc(16) as *mut GoString;
    // SAFETY: obj has room for one GoString.
    unsafe { obj.write(crate::strings::new_string(text)) };
    Eface { typ: &RUNTIME_ERROR_STRING.0, data: obj as *mut u8 }
}

/// A string as an `any` (library code panics with strings).
pub fn string_value(text: &[u8]) -> Eface {
    let obj = crate::alloc::alloc(16) as *mut GoString;
    // SAFETY: obj has room for one GoString.
    unsafe { obj.write(crate::strings::new_string(text)) };
    Eface { typ: &STRING.0, data: obj as *mut u8 }
}
