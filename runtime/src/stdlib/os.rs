//! `os`: the standard streams as `*os.File` (a pointer to the descriptor
//! number), `os.Args` and `os.Exit`.

use crate::abi::{GoSlice, GoString};
use crate::stdlib::strings::{IntErr, NIL_ERROR};

/// The `os.File` objects of the standard streams: `struct { fd int }`.
static FILES: [isize; 3] = [0, 1, 2];

// The package variables, which compiled code reads and may assign.
#[no_mangle]
pub static mut cranego_os_Stdin: *const isize = &FILES[0];
#[no_mangle]
pub static mut cranego_os_Stdout: *const isize = &FILES[1];
#[no_mangle]
pub static mut cranego_os_Stderr: *const isize = &FILES[2];
/// `os.Args`, set by `set_args` before Go code runs.
#[no_mangle]
pub static mut cranego_os_Args: GoSlice = GoSlice { ptr: std::ptr::null_mut(), len: 0, cap: 0 };

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

/// Records the command line in `os.Args` (called once, from `main`).
///
/// # Safety
/// `argv` must hold `argc` NUL-terminated strings; no Go code runs yet.
#[cfg_attr(test, allow(dead_code))]
pub unsafe fn set_args(argc: i32, argv: *const *const u8) {
    let n = argc.max(0) as usize;
    let arr = crate::alloc::alloc(16 * n.max(1)) as *mut GoString;
    for i in 0..n {
        let p = *argv.add(i);
        let bytes =
            if p.is_null() { &[][..] } else { std::ffi::CStr::from_ptr(p as *const std::ffi::c_char).to_bytes() };
        arr.add(i).write(crate::strings::new_string(bytes));
    }
    *std::ptr::addr_of_mut!(cranego_os_Args) = GoSlice { ptr: arr as *mut u8, len: n as isize, cap: n as isize };
}
