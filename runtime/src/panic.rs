//! Panics and fatal errors, printed as Go prints them, exiting with status 2.
//!
//! Go prints a goroutine traceback after the `goroutine 1 [running]:` line;
//! cranego does not record call stacks yet, so the traceback is absent.

use crate::abi::{kind, Eface, Type};
use crate::print::{flush_stdout, go_string, write_stderr};

pub fn die(msg: &str) -> ! {
    flush_stdout();
    write_stderr(msg.as_bytes());
    crate::sites::report_at_exit();
    std::process::exit(2)
}

/// `fatal error: ...` (unrecoverable runtime failures).
pub fn fatal(msg: &str) -> ! {
    die(&format!("fatal error: {msg}\n"))
}

/// A fatal error the program caused (gc's `fatal`, e.g. unlocking an
/// unlocked mutex): followed by the running goroutine's header.
pub fn fatal_in_goroutine(msg: &str) -> ! {
    die(&format!("fatal error: {msg}\n\ngoroutine {} [running]:\n", crate::sched::current_id()))
}

/// A runtime error (its whole message `value`, then `extra`, the signal
/// line of a fault): `recover` gets a `runtime.Error`.
pub fn panic_exit(value: &str, extra: &str) -> ! {
    let err = crate::errors::new_runtime_error(value.as_bytes());
    crate::defers::start_panic(err, Some(value.to_string()), extra)
}

/// A library function's `panic("...")`: `recover` gets the string.
pub fn panic_string(value: &str) -> ! {
    let v = crate::errors::string_value(value.as_bytes());
    crate::defers::start_panic(v, Some(value.to_string()), "")
}

/// `panic: runtime error: <msg>`.
pub fn runtime_error(msg: &str) -> ! {
    panic_exit(&format!("runtime error: {msg}"), "")
}

#[no_mangle]
pub extern "C" fn cranego_panic_divide() -> ! {
    runtime_error("integer divide by zero")
}

#[no_mangle]
pub extern "C" fn cranego_panic_shift() -> ! {
    runtime_error("negative shift amount")
}

/// A nil pointer dereference. Go reports it from its SIGSEGV handler, with
/// the faulting pc; the compiled code checks explicitly and passes the
/// address of the check.
#[no_mangle]
pub extern "C" fn cranego_panic_nil(pc: usize) -> ! {
    let signal = format!("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={pc:#x}]\n");
    panic_exit("runtime error: invalid memory address or nil pointer dereference", &signal)
}

/// `panic(v)`: prints the value as Go's `printpanicval` does.
#[no_mangle]
pub extern "C" fn cranego_gopanic(typ: *const Type, data: *mut u8) -> ! {
    let e = Eface { typ, data };
    crate::defers::start_panic(e, None, "")
}

#[no_mangle]
pub extern "C" fn cranego_os_Exit(code: isize) -> ! {
    flush_stdout();
    crate::sites::report_at_exit();
    std::process::exit(code as i32)
}

/// Go's `printpanicval`: errors and Stringers as their text, basic values
/// plainly, named basic types as `main.T(3)` / `main.S("x")`, other types
/// as `(T) 0xADDR`.
pub fn panic_value(e: &Eface) -> String {
    if e.typ.is_null() {
        return "nil".into();
    }
    // SAFETY: a non-nil interface type word is a descriptor the compiler emitted.
    let t = unsafe { &*e.typ };
    // Go's preprintpanics: an error or Stringer prints as its text.
    if let Some(text) = crate::fmt::error_or_string(e) {
        return String::from_utf8_lossy(&text).into_owned();
    }
    let p = crate::fmt::value_ptr(e);
    let name = String::from_utf8_lossy(go_string(t.name)).into_owned();
    let mut plain = Vec::new();
    let basic = matches!(t.kind, kind::BOOL..=kind::FLOAT64 | kind::STRING);
    if basic {
        crate::fmt::print_value(&mut plain, t, p, 0);
        // Floats in panics use the runtime's print format, same as %v here.
    }
    let plain = String::from_utf8_lossy(&plain).into_owned();
    let named = t.flags & crate::abi::FLAG_NAMED != 0;
    if basic && !named {
        return plain;
    }
    match t.kind {
        kind::STRING => format!("{name}(\"{plain}\")"),
        _ if basic => format!("{name}({plain})"),
        _ => format!("({name}) {:#x}", e.data as usize),
    }
}
