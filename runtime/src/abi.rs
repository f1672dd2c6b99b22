//! The run-time ABI shared by the compiler and the runtime: the layout of
//! type descriptors and of Go values, and the calling conventions for
//! calling compiled Go code from the runtime. The compiler includes this file
//! (`#[path]`) and emits descriptors whose offsets it takes from these very
//! structs (`offset_of!`), so the two sides cannot drift apart.
//!
//! # Values
//! * string: [`GoString`] `{ptr, len}`; slice: [`GoSlice`] `{ptr, len, cap}`.
//! * empty interface: [`Eface`] `{type, data}`; non-empty interface: [`Iface`]
//!   `{itab, data}`. `data` points to the value, except for pointer-shaped
//!   types (`FLAG_DIRECT_IFACE`) whose value *is* the data word.
//! * map: a pointer to the runtime's map object (`map.rs`); nil is 0.
//! * func value: a pointer to a closure object whose first word is the code
//!   address ([`Closure`]); captured variables follow.
//!
//! # Calling compiled Go code
//! Compiled functions use the platform's C calling convention (System V on
//! x86-64) with Go values flattened into words: a string is two arguments
//! `(ptr, len)`, a slice three, an interface two; structs and arrays are
//! passed as a pointer to a copy. Results: up to two words come back in
//! registers (`rax`, `rdx`), which a `#[repr(C)]` pair of words matches.
//!
//! * A func value `f` with signature `func(A...) R` is called as
//!   `code(closure_ptr, A...) -> R` where `code = (*closure).code`.
//! * A method through an interface or a descriptor's method table is called
//!   as `ifn(data_word, A...) -> R`: the receiver is the interface's data
//!   word, whatever the method's receiver kind (wrappers adapt it).

#![allow(dead_code)]

/// A Go string: `{ptr, len}`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: isize,
}

/// A Go slice: `{ptr, len, cap}`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GoSlice {
    pub ptr: *mut u8,
    pub len: isize,
    pub cap: isize,
}

/// An empty interface (`any`): `{type, data}`; nil when `typ` is null.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Eface {
    pub typ: *const Type,
    pub data: *mut u8,
}

/// A non-empty interface: `{itab, data}`; nil when `tab` is null.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Iface {
    pub tab: *const Itab,
    pub data: *mut u8,
}

/// The object a func value points to. Captured variables (or pointers to
/// them) follow `code` in memory.
#[repr(C)]
pub struct Closure {
    pub code: *const u8,
}

/// Kinds, numbered as Go's `reflect.Kind`.
pub mod kind {
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const INT8: u8 = 3;
    pub const INT16: u8 = 4;
    pub const INT32: u8 = 5;
    pub const INT64: u8 = 6;
    pub const UINT: u8 = 7;
    pub const UINT8: u8 = 8;
    pub const UINT16: u8 = 9;
    pub const UINT32: u8 = 10;
    pub const UINT64: u8 = 11;
    pub const UINTPTR: u8 = 12;
    pub const FLOAT32: u8 = 13;
    pub const FLOAT64: u8 = 14;
    pub const COMPLEX64: u8 = 15;
    pub const COMPLEX128: u8 = 16;
    pub const ARRAY: u8 = 17;
    pub const CHAN: u8 = 18;
    pub const FUNC: u8 = 19;
    pub const INTERFACE: u8 = 20;
    pub const MAP: u8 = 21;
    pub const POINTER: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const STRING: u8 = 24;
    pub const STRUCT: u8 = 25;
    pub const UNSAFE_POINTER: u8 = 26;
}

/// The type is a defined (named) type.
pub const FLAG_NAMED: u8 = 1;
/// Values are stored directly in an interface's data word.
pub const FLAG_DIRECT_IFACE: u8 = 2;
/// Values can be compared with `==` (and be map keys).
pub const FLAG_COMPARABLE: u8 = 4;

/// A type descriptor, emitted by the compiler for every type the program
/// boxes, allocates or uses as a map key or value. There is exactly one per
/// type in a program: type identity is pointer identity.
#[repr(C)]
pub struct Type {
    pub size: usize,
    /// Bytes from the start that may hold pointers (the collector scans them).
    pub ptrdata: usize,
    pub kind: u8,
    pub align: u8,
    pub flags: u8,
    pub _pad: u8,
    /// A hash of the type's name, for itab caches.
    pub hash: u32,
    /// The name `%T` prints: `int`, `main.Point`, `[3]int`, `struct { X int }`.
    pub name: GoString,
    /// Pointer, array, slice and channel element; map value; for func
    /// types, unused.
    pub elem: *const Type,
    /// Map key.
    pub key: *const Type,
    /// Array length; number of struct fields; number of interface methods.
    pub len: usize,
    /// Struct fields (`len` of them).
    pub fields: *const Field,
    /// One bit per word of the first `ptrdata` bytes: set if it holds a pointer.
    pub gcmask: *const u8,
    /// Methods sorted by name. For an interface type: its method set (`ifn`
    /// null). For other types: the methods callable through an interface
    /// holding a value of this type (for `*T`, those of `T` and `*T`).
    pub methods: *const Method,
    pub nmethods: usize,
}

#[repr(C)]
pub struct Field {
    pub name: GoString,
    pub typ: *const Type,
    pub offset: usize,
    /// Non-zero for embedded fields.
    pub embedded: usize,
}

#[repr(C)]
pub struct Method {
    pub name: GoString,
    /// The method's signature without receiver (a func type descriptor).
    pub mtyp: *const Type,
    /// Code taking the interface data word as receiver; null for interfaces.
    pub ifn: *const u8,
    /// Non-zero when `ifn` dereferences the data word (a value method of
    /// `T` in `*T`'s table): it would panic on a nil pointer, which fmt
    /// reports as `<nil>` rather than calling it.
    pub derefs: usize,
}

/// The dispatch table of a concrete type for a non-empty interface.
/// `fun` holds the interface's methods' code in the interface's (sorted)
/// method order; its true length is the interface's `len`.
#[repr(C)]
pub struct Itab {
    pub inter: *const Type,
    pub typ: *const Type,
    pub fun: [*const u8; 1],
}

/// Map iteration state, allocated by the compiled code (on its stack) and
/// driven by `cranego_mapiterinit`/`cranego_mapiternext`. `key` and `elem`
/// point to the current entry; both are null when iteration is over.
#[repr(C)]
pub struct MapIter {
    pub key: *mut u8,
    pub elem: *mut u8,
    /// Runtime-private state.
    pub state: [usize; 6],
}

/// One allocation site, in the table the compiler emits as `cranego_sites`
/// (`{ *const SiteInfo, count }`): where it is, its `-m` text, and the
/// escape analysis' decision (0 none, 1 escapes, 2 does not escape, 3 does
/// not escape but may fall back to the heap at run time).
#[repr(C)]
pub struct SiteInfo {
    pub pos: GoString,
    pub text: GoString,
    pub decision: usize,
}

/// A package variable that holds pointers, in the table the compiler emits
/// as `cranego_gcroots` (`{ *const GcRoot, count }`): the collector scans
/// the words of `addr` that `typ`'s pointer mask marks.
#[repr(C)]
pub struct GcRoot {
    pub addr: *const u8,
    pub typ: *const Type,
}

/// Words of the frame record a function with `defer` statements keeps in
/// its frame for the runtime (runtime/src/defers.rs): enough for the
/// registers `cranego_deferframe` saves on any supported architecture.
pub const DEFER_FRAME_WORDS: usize = 20;
