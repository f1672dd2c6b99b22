//! Faults: a goroutine that runs past its stack hits the guard page below
//! it; the kernel's SIGSEGV arrives on an alternate signal stack (the
//! faulting one is full), and the handler reports Go's
//! `fatal error: stack overflow` with exit status 2 instead of a silent
//! crash. Compiled code checks nil pointers, bounds and division itself,
//! so any other fault is a runtime bug, reported as such.

const SIGBUS: i32 = 7;
const SIGSEGV: i32 = 11;
const SA_SIGINFO: i32 = 4;
const SA_ONSTACK: i32 = 0x0800_0000;
const ALT_STACK_BYTES: usize = 64 * 1024;

/// glibc's `struct sigaction` on Linux.
#[repr(C)]
struct SigAction {
    handler: extern "C" fn(i32, *const SigInfo, *const u8),
    mask: [u64; 16],
    flags: i32,
    restorer: usize,
}

/// The start of `siginfo_t`: the faulting address of SIGSEGV/SIGBUS.
#[repr(C)]
struct SigInfo {
    signo: i32,
    errno: i32,
    code: i32,
    _pad: i32,
    addr: usize,
}

#[repr(C)]
struct StackT {
    sp: *mut u8,
    flags: i32,
    size: usize,
}

extern "C" {
    fn sigaction(sig: i32, act: *const SigAction, old: *mut SigAction) -> i32;
    fn sigaltstack(ss: *const StackT, old: *mut StackT) -> i32;
}

/// Installs the handler and this thread's alternate signal stack.
#[cfg_attr(test, allow(dead_code))]
pub fn install() {
    let stack = Box::leak(vec![0u8; ALT_STACK_BYTES].into_boxed_slice());
    let ss = StackT { sp: stack.as_mut_ptr(), flags: 0, size: ALT_STACK_BYTES };
    let act = SigAction { handler: on_fault, mask: [0; 16], flags: SA_SIGINFO | SA_ONSTACK, restorer: 0 };
    // SAFETY: valid structures; the alternate stack is leaked, so it lives
    // as long as the thread.
    unsafe {
        sigaltstack(&ss, std::ptr::null_mut());
        sigaction(SIGSEGV, &act, std::ptr::null_mut());
        sigaction(SIGBUS, &act, std::ptr::null_mut());
    }
}

extern "C" fn on_fault(_sig: i32, info: *const SigInfo, _ctx: *const u8) {
    // SAFETY: the kernel passes the signal's information.
    let addr = unsafe { (*info).addr };
    if crate::sched::in_guard_page(addr) {
        crate::panic::die(&format!(
            "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine {} [running]:\n",
            crate::sched::current_id()
        ));
    }
    crate::panic::die(&format!("unexpected fault address {addr:#x}\nfatal error: fault\n"))
}
