//! `os`: the standard streams as `*os.File` (a pointer to the descriptor
//! number), `os.Args` and `os.Exit`.

use std::sync::OnceLock;

use crate::abi::{GoSlice, GoString};
use crate::stdlib::strings::{IntErr, NIL_ERROR};

/// The `os.File` objects of the standard streams: `struct { fd int }`.
static FILES: [isize; 3] = [0, 1, 2];

#[no_mangle]
pub extern "C" fn cranego_os_Stdin() -> *const isize {
    &FILES[0]
}

#[no_mangle]
pub extern "C" fn cranego_os_Stdout() -> *const isize {
    &FILES[1]
}

#[no_mangle]
pub extern "C" fn cranego_os_Stderr() -> *const isize {
    &FILES[2]
}

/// `(*os.File).Write`.
#[no_mangle]
pub extern "C" fn cranego_os_File_Write(f: *const isize, p: *const u8, n: isize, _cap: isize, out: *mut IntErr) {
    // SAFETY: f is one of FILES; (p, n) a byte slice of the program.
    let fd = unsafe { *f };
    crate::fmt::write_fd(fd, crate::print::go_str(p, n));
    // SAFETY: the compiler passes room for (n int, err error).
    unsafe { out.write(IntErr { v: n, err: NIL_ERROR }) };
}

/// `(*os.File).WriteString`.
#[no_mangle]
pub extern "C" fn cranego_os_File_WriteString(f: *const isize, p: *const u8, n: isize, out: *mut IntErr) {
    cranego_os_File_Write(f, p, n, n, out)
}

/// The program's arguments, recorded by `main` before Go code runs.
static ARGS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();

/// Records the command line (called once, from `main`).
///
/// # Safety
/// `argv` must hold `argc` NUL-terminated strings.
pub unsafe fn set_args(argc: i32, argv: *const *const u8) {
    let mut v = Vec::new();
    for i in 0..argc.max(0) as usize {
        let p = *argv.add(i);
        if !p.is_null() {
            v.push(std::ffi::CStr::from_ptr(p as *const std::ffi::c_char).to_bytes().to_vec());
        }
    }
    let _ = ARGS.set(v);
}

/// `os.Args`: a new `[]string` (the program may modify it).
#[no_mangle]
pub extern "C" fn cranego_os_Args(out: *mut GoSlice) {
    let args = ARGS.get().map(|a| a.as_slice()).unwrap_or(&[]);
    let n = args.len();
    let arr = crate::alloc::alloc(16 * n.max(1), 8) as *mut GoString;
    for (i, a) in args.iter().enumerate() {
        // SAFETY: arr has room for n strings.
        unsafe { arr.add(i).write(crate::strings::new_string(a)) };
    }
    // SAFETY: the compiler passes room for a slice.
    unsafe { out.write(GoSlice { ptr: arr as *mut u8, len: n as isize, cap: n as isize }) };
}
