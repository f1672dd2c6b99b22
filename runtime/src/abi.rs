//! The run-time ABI shared by the compiler and the runtime: the layout of
//! type descriptors and of Go values. The compiler includes this file
//! (`#[path]`) and emits descriptors whose offsets it takes from these very
//! structs (`offset_of!`), so the two sides cannot drift apart.

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

/// An empty interface: `{type, data}`. `data` points to the value, or is the
/// value itself for pointer-shaped types (`FLAG_DIRECT_IFACE`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Eface {
    pub typ: *const Type,
    pub data: *mut u8,
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

/// A type descriptor, emitted by the compiler for every type the program
/// boxes or allocates.
#[repr(C)]
pub struct Type {
    pub size: usize,
    /// Bytes from the start that may hold pointers (the collector scans them).
    pub ptrdata: usize,
    pub kind: u8,
    pub align: u8,
    pub flags: u8,
    pub _pad: u8,
    pub hash: u32,
    /// The name `%T` prints: `int`, `main.Point`, `[3]int`, `struct { X int }`.
    pub name: GoString,
    /// Pointer, array, slice and channel element; map value.
    pub elem: *const Type,
    /// Map key.
    pub key: *const Type,
    /// Array length, or number of struct fields.
    pub len: usize,
    /// Struct fields (`len` of them).
    pub fields: *const Field,
    /// One bit per word of the first `ptrdata` bytes: set if it holds a pointer.
    pub gcmask: *const u8,
}

#[repr(C)]
pub struct Field {
    pub name: GoString,
    pub typ: *const Type,
    pub offset: usize,
    /// Non-zero for embedded fields.
    pub embedded: usize,
}
