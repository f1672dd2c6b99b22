//! Faults and traps. A compiled function that finds the stack pointer
//! below the goroutine's limit traps (SIGILL, `stack.rs`); code that runs
//! past it unchecked may fault (SIGSEGV) on the thread's guard page. Both
//! signals arrive on an alternate signal stack (the faulting one is full),
//! and the handler reports Go's `fatal error: stack overflow` with exit
//! status 2 instead of a silent crash. Compiled code checks nil pointers,
//! bounds and division itself, so any other fault is a runtime bug,
//! reported as such.

const SIGILL: i32 = 4;
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

/// Where `ucontext_t` keeps the interrupted stack pointer (x86-64 Linux:
/// `uc_mcontext.gregs[REG_RSP]`).
const UCONTEXT_RSP_OFFSET: usize = 160;

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
        sigaction(SIGILL, &act, std::ptr::null_mut());
        sigaction(SIGSEGV, &act, std::ptr::null_mut());
        sigaction(SIGBUS, &act, std::ptr::null_mut());
    }
}

extern "C" fn on_fault(sig: i32, info: *const SigInfo, ctx: *const u8) {
    // SAFETY: the kernel passes the signal's information and the
    // interrupted context.
    let (addr, sp) = unsafe { ((*info).addr, *(ctx.add(UCONTEXT_RSP_OFFSET) as *const usize)) };
    if let Some(report) = crate::stack::overflow_report(sp) {
        crate::panic::die(&format!("{report}\ngoroutine {} [running]:\n", crate::sched::current_id()));
    }
    if sig == SIGILL {
        crate::panic::die(&format!("unexpected trap at {addr:#x}\nfatal error: illegal instruction\n"))
    }
    crate::panic::die(&format!("unexpected fault address {addr:#x}\nfatal error: fault\n"))
}
