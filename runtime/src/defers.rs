//! Deferred calls. Compiled code pushes, for each executed `defer`
//! statement, a closure taking no arguments (the compiler's wrapper around
//! the deferred call, its operands already evaluated) together with a token
//! naming the running function's frame. Returning from such a function runs
//! its closures, last pushed first (`cranego_deferreturn`); a panic runs
//! every pending closure of every frame, innermost first, before it is
//! printed (`run_for_panic`).

use std::cell::RefCell;

use crate::abi::Closure;

/// One pending deferred call: (closure, frame token).
type Record = (*const Closure, usize);

thread_local! {
    static PENDING: RefCell<Vec<Record>> = const { RefCell::new(Vec::new()) };
}

/// `defer`: the closure runs when the frame named by `token` returns.
#[no_mangle]
pub extern "C" fn cranego_deferproc(fv: *const Closure, token: usize) {
    PENDING.with(|p| p.borrow_mut().push((fv, token)));
}

/// Calls a `func()` value.
fn call(fv: *const Closure) {
    // SAFETY: the compiler passes a func() closure: its code takes the
    // closure object and nothing else.
    unsafe {
        let code: extern "C" fn(*const Closure) = std::mem::transmute((*fv).code);
        code(fv);
    }
}

/// The next record of `token`'s frame (all of them when `token` is None),
/// removed from the list before it runs: a deferred call may defer more or
/// panic.
fn pop(token: Option<usize>) -> Option<*const Closure> {
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        match p.last() {
            Some(&(fv, t)) if token.is_none_or(|want| want == t) => {
                p.pop();
                Some(fv)
            }
            _ => None,
        }
    })
}

/// A function with deferred calls returns: runs its frame's closures.
#[no_mangle]
pub extern "C" fn cranego_deferreturn(token: usize) {
    while let Some(fv) = pop(Some(token)) {
        call(fv);
    }
}

/// A panic: every pending deferred call runs, innermost first.
pub fn run_for_panic() {
    while let Some(fv) = pop(None) {
        call(fv);
    }
}

/// The pending closures, for the collector: (address, bytes) of the list.
pub fn gc_root() -> (usize, usize) {
    PENDING.with(|p| {
        let p = p.borrow();
        (p.as_ptr() as usize, std::mem::size_of_val(p.as_slice()))
    })
}
