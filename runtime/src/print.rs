//! Output: stdout is buffered and flushed at exit and before anything goes
//! to stderr, so that the two interleave as they would with Go's unbuffered
//! writes; the `print`/`println` builtins write a line to stderr at once.

use std::io::Write;
use std::sync::Mutex;

use crate::abi::GoString;
use crate::floatfmt;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
/// The line a `print`/`println` call is assembling.
static PRINT_LINE: Mutex<Vec<u8>> = Mutex::new(Vec::new());

const FLUSH_AT: usize = 1 << 16;

fn raw_write(fd: i32, bytes: &[u8]) {
    use std::os::fd::FromRawFd;
    // SAFETY: fds 1 and 2 are open for the life of the process; ManuallyDrop
    // keeps them open.
    let mut f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    let _ = f.write_all(bytes);
}

pub fn write_stdout(bytes: &[u8]) {
    let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    buf.extend_from_slice(bytes);
    if buf.len() >= FLUSH_AT {
        raw_write(1, &buf);
        buf.clear();
    }
}

pub fn flush_stdout() {
    let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    if !buf.is_empty() {
        raw_write(1, &buf);
        buf.clear();
    }
}

pub fn write_stderr(bytes: &[u8]) {
    flush_stdout();
    raw_write(2, bytes);
}

pub fn go_str<'a>(ptr: *const u8, len: isize) -> &'a [u8] {
    if len <= 0 || ptr.is_null() {
        return &[];
    }
    // SAFETY: compiled code passes the pointer and length of a Go string.
    unsafe { std::slice::from_raw_parts(ptr, len as usize) }
}

pub fn go_string<'a>(s: GoString) -> &'a [u8] {
    go_str(s.ptr, s.len)
}

fn line(f: impl FnOnce(&mut Vec<u8>)) {
    let mut l = PRINT_LINE.lock().unwrap_or_else(|e| e.into_inner());
    f(&mut l);
}

#[no_mangle]
pub extern "C" fn cranego_printint(v: i64) {
    line(|l| l.extend_from_slice(v.to_string().as_bytes()));
}

#[no_mangle]
pub extern "C" fn cranego_printuint(v: u64) {
    line(|l| l.extend_from_slice(v.to_string().as_bytes()));
}

#[no_mangle]
pub extern "C" fn cranego_printfloat(v: f64) {
    line(|l| l.extend_from_slice(floatfmt::format_g_shortest(v, 64).as_bytes()));
}

#[no_mangle]
pub extern "C" fn cranego_printfloat32(v: f32) {
    line(|l| l.extend_from_slice(floatfmt::format_g_shortest(v as f64, 32).as_bytes()));
}

#[no_mangle]
pub extern "C" fn cranego_printbool(v: bool) {
    line(|l| l.extend_from_slice(if v { b"true" } else { b"false" }));
}

#[no_mangle]
pub extern "C" fn cranego_printstring(ptr: *const u8, len: isize) {
    line(|l| l.extend_from_slice(go_str(ptr, len)));
}

#[no_mangle]
pub extern "C" fn cranego_printpointer(p: usize) {
    line(|l| l.extend_from_slice(format!("{p:#x}").as_bytes()));
}

#[no_mangle]
pub extern "C" fn cranego_printsp() {
    line(|l| l.push(b' '));
}

#[no_mangle]
pub extern "C" fn cranego_printnl() {
    line(|l| l.push(b'\n'));
}

/// Ends a `print`/`println` call: its line goes to stderr.
#[no_mangle]
pub extern "C" fn cranego_printflush() {
    let mut l = PRINT_LINE.lock().unwrap_or_else(|e| e.into_inner());
    let bytes = std::mem::take(&mut *l);
    drop(l);
    write_stderr(&bytes);
}
