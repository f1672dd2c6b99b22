//! Deferred calls, panics and `recover`.
//!
//! A function with `defer` statements owns a *frame record* in its stack
//! frame: a jump buffer that `cranego_deferframe` fills on entry (it
//! returns 0 then) and whose address names the activation. Each executed
//! `defer` pushes a closure taking no arguments (the compiler's wrapper
//! around the deferred call, operands already evaluated) with that address;
//! returning from the function runs its closures, last pushed first
//! (`cranego_deferreturn`).
//!
//! A panic runs every pending closure, innermost first. If one of them
//! calls `recover`, the panic stops when that closure returns: the runtime
//! jumps back into the frame that deferred it — `cranego_deferframe`
//! returns a second time, with 1 — and the compiled code there runs the
//! frame's remaining deferred calls and returns its results normally. The
//! frames between (compiled code and runtime code alike) are abandoned, as
//! Go abandons them; none of them holds resources to release. If no closure
//! recovers, the panic is printed (with any panics raised while it ran) and
//! the program exits with status 2.

use std::cell::RefCell;

use crate::abi::{Closure, Eface};

/// One pending deferred call: (closure, frame record).
type Record = (*const Closure, usize);

/// A panic in progress: its value and its printed text (None: the
/// value's, made only if the panic ends the program, as Go's
/// `preprintpanics` calls Error and String methods only then).
struct Panic {
    value: Eface,
    text: Option<String>,
    /// A deferred call has recovered it (if that call then panics, Go
    /// prints this one as `[recovered]`).
    recovered: bool,
    /// Where its loop over deferred calls runs (a stack address), and how
    /// many deferred calls were running when it started.
    loop_at: usize,
    running_before: usize,
}

/// One goroutine's deferred calls and panics (the running goroutine's are
/// here; the scheduler keeps the others').
#[derive(Default)]
pub struct State {
    pending: Vec<Record>,
    /// Oldest first: a deferred call run by a panic may panic in turn.
    panics: Vec<Panic>,
    /// Deferred calls being run by a panic (recover works inside them).
    running: usize,
    /// Runtime functions that call Go code and must restore their state
    /// if a recovered panic abandons their frame (`sync.Once.Do`): the
    /// frame's stack address, the cleanup, its argument.
    cleanups: Vec<Cleanup>,
    /// The value of a panic `catch_panic` stopped, for it to return.
    caught: Option<Eface>,
}

/// (frame's stack address, cleanup, its argument).
type Cleanup = (usize, fn(*mut u8), *mut u8);

/// Registers `f(data)` to run if a recovered panic abandons the frame at
/// stack address `frame` (pop it with `pop_cleanup` on the normal path).
pub fn push_cleanup(frame: usize, f: fn(*mut u8), data: *mut u8) {
    with(|s| s.cleanups.push((frame, f, data)));
}

pub fn pop_cleanup() {
    with(|s| s.cleanups.pop());
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// The running goroutine's state, taken away (it stops running).
pub fn take_state() -> State {
    with(std::mem::take)
}

/// The state of the goroutine that starts running.
pub fn put_state(s: State) {
    with(|cur| *cur = s);
}

// `cranego_deferframe(buf)`: saves the callee-saved registers, the stack
// pointer and the return address in the frame record `buf`
// (`abi::DEFER_FRAME_WORDS` words) and
// returns 0 — and returns 1, from the same call, when `jump_to_frame`
// resumes the frame after a recovered panic (a setjmp of our own: the
// compiled code reloads everything it needs from its frame afterwards).
#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".globl cranego_deferframe",
    "cranego_deferframe:",
    "mov [rdi], rbx",
    "mov [rdi + 8], rbp",
    "mov [rdi + 16], r12",
    "mov [rdi + 24], r13",
    "mov [rdi + 32], r14",
    "mov [rdi + 40], r15",
    "lea rax, [rsp + 8]",
    "mov [rdi + 48], rax",
    "mov rax, [rsp]",
    "mov [rdi + 56], rax",
    "xor eax, eax",
    "ret",
    ".globl cranego_jump_to_frame",
    "cranego_jump_to_frame:",
    "mov rbx, [rdi]",
    "mov rbp, [rdi + 8]",
    "mov r12, [rdi + 16]",
    "mov r13, [rdi + 24]",
    "mov r14, [rdi + 32]",
    "mov r15, [rdi + 40]",
    "mov rsp, [rdi + 48]",
    "mov eax, 1",
    "jmp qword ptr [rdi + 56]",
);

// `cranego_catch(buf, f, arg)`: fills frame record `buf` with
// `cranego_deferframe` (so a recovered panic resumes right after that
// call, with 1), calls `f(arg)` and returns 0 — or returns 1 when a panic
// in `f` was stopped there (`catch_panic`).
#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".globl cranego_catch",
    "cranego_catch:",
    "push rbp",
    "mov rbp, rsp",
    "push rsi",
    "push rdx",
    "call cranego_deferframe",
    "test eax, eax",
    "jnz 2f",
    "pop rdi",
    "pop rax",
    "call rax",
    "xor eax, eax",
    "pop rbp",
    "ret",
    "2:",
    "add rsp, 16",
    "pop rbp",
    "ret",
);

#[cfg(target_arch = "x86_64")]
extern "C" {
    fn cranego_catch(buf: *mut usize, f: extern "C" fn(*mut u8), arg: *mut u8) -> i32;
}

/// Marks a pending entry that is not a deferred call but `catch_panic`'s.
const CATCH: *const Closure = std::ptr::dangling::<Closure>();

/// Calls `f`, which calls Go code; returns the value of a panic that
/// code does not recover, stopped here instead of ending the program
/// (fmt's handling of a panicking String method). Deferred calls of the
/// frames in between run first, as for any panic.
#[cfg(target_arch = "x86_64")]
pub fn catch_panic(f: &mut dyn FnMut()) -> Option<Eface> {
    extern "C" fn trampoline(arg: *mut u8) {
        // SAFETY: `catch_panic` passes its `&mut dyn FnMut()`.
        let f = unsafe { &mut *(arg as *mut &mut dyn FnMut()) };
        f();
    }
    let mut record = [0usize; crate::abi::DEFER_FRAME_WORDS];
    let rec = record.as_mut_ptr();
    with(|s| s.pending.push((CATCH, rec as usize)));
    let mut f: &mut dyn FnMut() = f;
    // SAFETY: the record outlives the call, and nothing between here and
    // a resumption holds anything that needs dropping (the deferred calls
    // of abandoned frames ran, the runtime's cleanups too).
    let caught = unsafe { cranego_catch(rec, trampoline, std::ptr::addr_of_mut!(f) as *mut u8) };
    std::hint::black_box(&mut record);
    if caught == 0 {
        pop(Some(rec as usize));
        None
    } else {
        with(|s| s.caught.take())
    }
}

/// Panics again with a value `catch_panic` stopped (Go's `panic(err)` in
/// fmt's catchPanic, for a panic printing a panic's value).
pub fn repanic(value: Eface) -> ! {
    crate::panic::cranego_gopanic(value.typ, value.data)
}

/// Elsewhere panics in `f` are not caught.
#[cfg(not(target_arch = "x86_64"))]
pub fn catch_panic(f: &mut dyn FnMut()) -> Option<Eface> {
    f();
    None
}

// aarch64: x19-x28, fp, lr, sp and d8-d15 (20 words).
#[cfg(target_arch = "aarch64")]
std::arch::global_asm!(
    ".globl cranego_deferframe",
    "cranego_deferframe:",
    "stp x19, x20, [x0]",
    "stp x21, x22, [x0, #16]",
    "stp x23, x24, [x0, #32]",
    "stp x25, x26, [x0, #48]",
    "stp x27, x28, [x0, #64]",
    "stp x29, x30, [x0, #80]",
    "mov x9, sp",
    "str x9, [x0, #96]",
    "stp d8, d9, [x0, #104]",
    "stp d10, d11, [x0, #120]",
    "stp d12, d13, [x0, #136]",
    "stp d14, d15, [x0, #152]",
    "mov x0, #0",
    "ret",
    ".globl cranego_jump_to_frame",
    "cranego_jump_to_frame:",
    "ldp x19, x20, [x0]",
    "ldp x21, x22, [x0, #16]",
    "ldp x23, x24, [x0, #32]",
    "ldp x25, x26, [x0, #48]",
    "ldp x27, x28, [x0, #64]",
    "ldp x29, x30, [x0, #80]",
    "ldr x9, [x0, #96]",
    "mov sp, x9",
    "ldp d8, d9, [x0, #104]",
    "ldp d10, d11, [x0, #120]",
    "ldp d12, d13, [x0, #136]",
    "ldp d14, d15, [x0, #152]",
    "mov x0, #1",
    "ret",
);

extern "C" {
    fn cranego_jump_to_frame(record: usize) -> !;
}

/// `defer`: the closure runs when the frame of `record` returns.
#[no_mangle]
pub extern "C" fn cranego_deferproc(fv: *const Closure, record: usize) {
    with(|s| s.pending.push((fv, record)));
}

/// The frame pointer the deferred function a panic runs must have as its
/// caller's for `recover` to work ("called directly by a deferred
/// function"): the frame of the panic's call (`cranego_call_deferred`), or
/// of the `deferwrap` closure that call runs, which calls the deferred
/// function in turn. Compiled code keeps frame pointers, so a function
/// passes its caller's to `recover`.
/// Compiled code's `deferwrap` closures update it too (codegen's
/// `deferwrap_enter`).
#[no_mangle]
pub static mut CRANEGO_DEFERRED_CALLER: usize = 0;

// `cranego_call_deferred(fv)`: calls the func() value with a frame of its
// own, which it records as the deferred function's expected caller (and
// restores the previous expectation afterwards: panics nest).
#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".globl cranego_call_deferred",
    "cranego_call_deferred:",
    "push rbp",
    "mov rbp, rsp",
    "push qword ptr [rip + CRANEGO_DEFERRED_CALLER]",
    "sub rsp, 8",
    "mov qword ptr [rip + CRANEGO_DEFERRED_CALLER], rbp",
    "call qword ptr [rdi]",
    "add rsp, 8",
    "pop qword ptr [rip + CRANEGO_DEFERRED_CALLER]",
    "pop rbp",
    "ret",
);

#[cfg(target_arch = "x86_64")]
extern "C" {
    fn cranego_call_deferred(fv: *const Closure);
}

/// Elsewhere `recover` does not check who calls it.
#[cfg(not(target_arch = "x86_64"))]
unsafe fn cranego_call_deferred(fv: *const Closure) {
    call_func_value(fv);
}

/// Calls a `func()` value (a nil one panics as calling it in Go does):
/// deferred calls, goroutines' functions, `sync.Once.Do`'s argument.
pub fn call_func_value(fv: *const Closure) {
    if fv.is_null() {
        crate::panic::cranego_panic_nil(0);
    }
    // SAFETY: the compiler passes a func() closure: its code takes the
    // closure object and nothing else.
    unsafe {
        let code: extern "C" fn(*const Closure) = std::mem::transmute((*fv).code);
        code(fv);
    }
}

/// The next record of `record`'s frame (of any frame when None), removed
/// from the list before it runs: a deferred call may defer more or panic.
fn pop(record: Option<usize>) -> Option<Record> {
    with(|s| match s.pending.last() {
        Some(&(fv, r)) if record.is_none_or(|want| want == r) => {
            s.pending.pop();
            Some((fv, r))
        }
        _ => None,
    })
}

/// A function with deferred calls returns: runs its frame's closures.
#[no_mangle]
pub extern "C" fn cranego_deferreturn(record: usize) {
    while let Some((fv, _)) = pop(Some(record)) {
        call_func_value(fv);
    }
}

/// A panic with `value` (printed as `text`, then `extra`, the signal line
/// of a fault): runs the pending deferred calls; resumes the frame whose
/// deferred call recovers, else prints Go's lines and exits with status 2.
pub fn start_panic(value: Eface, text: Option<String>, extra: &str) -> ! {
    // A panic may start while another one's deferred calls run. Recovering
    // it resumes a frame: the panics whose loops run below that frame are
    // over (Go drops them from the chain it prints); one whose deferred
    // call contains the frame goes on.
    let here = 0u8;
    let loop_at = std::ptr::addr_of!(here) as usize;
    let mine = with(|s| {
        s.panics.push(Panic { value, text, recovered: false, loop_at, running_before: s.running });
        s.panics.len() - 1
    });
    while let Some((fv, record)) = pop(None) {
        if fv == CATCH {
            // A runtime function calling Go code stops the panic.
            with(|s| {
                s.panics[mine].recovered = true;
                s.caught = Some(s.panics[mine].value);
            });
            resume(mine, record);
        }
        with(|s| s.running += 1);
        if fv.is_null() {
            crate::panic::cranego_panic_nil(0);
        }
        // SAFETY: a func() value.
        unsafe { cranego_call_deferred(fv) };
        let recovered = with(|s| {
            s.running -= 1;
            s.panics[mine].recovered
        });
        if recovered {
            resume(mine, record);
        }
    }
    // (value, given text, note) per line; the values' texts are made
    // outside the state, as calling their methods may use it.
    let lines: Vec<(Eface, Option<String>, &str)> = with(|s| {
        let mut lines: Vec<(Eface, Option<String>, &str)> = Vec::new();
        for (i, p) in s.panics.iter().enumerate() {
            // A recovered value panicked with again prints once, as
            // `[recovered, repanicked]` (Go 1.23).
            let again = i > 0 && s.panics[i - 1].recovered && same_value(&s.panics[i - 1].value, &p.value);
            if again {
                lines.pop();
            }
            let note = match (again, p.recovered) {
                (true, _) => " [recovered, repanicked]",
                (false, true) => " [recovered]",
                (false, false) => "",
            };
            lines.push((p.value, p.text.clone(), note));
        }
        lines
    });
    let mut msg = String::new();
    for (i, (value, text, note)) in lines.into_iter().enumerate() {
        let indent = if i == 0 { "" } else { "\t" };
        let text = text.unwrap_or_else(|| printed_value(&value));
        msg.push_str(&format!("{indent}panic: {text}{note}\n"));
    }
    let id = crate::sched::current_id();
    crate::panic::die(&format!("{msg}{extra}\ngoroutine {id} [running]:\n"))
}

/// Go's `preprintpanics`: the panic value's text, its Error or String
/// method called now; a panic there is fatal.
fn printed_value(v: &Eface) -> String {
    let mut text = String::new();
    if let Some(inner) = catch_panic(&mut || text = crate::panic::panic_value(v)) {
        // SAFETY: a non-nil interface type word is a descriptor.
        let what = match unsafe { inner.typ.as_ref() } {
            Some(t) if t.kind == crate::abi::kind::STRING => {
                // SAFETY: a string's value is a GoString.
                let s = unsafe { *(crate::fmt::value_ptr(&inner) as *const crate::abi::GoString) };
                String::from_utf8_lossy(crate::print::go_string(s)).into_owned()
            }
            Some(t) => format!("type {}", crate::typeops::type_name(t)),
            None => "type <nil>".into(),
        };
        crate::panic::fatal(&format!("panic while printing panic value: {what}"));
    }
    text
}

/// Ends recovered panic `mine`: resumes the frame of record `record`,
/// abandoning the frames below it.
fn resume(mine: usize, record: usize) -> ! {
    with(|s| {
        let over = s.panics.iter().position(|p| p.loop_at < record).unwrap_or(mine);
        s.running = s.panics[over].running_before;
        s.panics.truncate(over);
    });
    // SAFETY: one thread; the calls that set it were abandoned.
    unsafe { CRANEGO_DEFERRED_CALLER = 0 };
    // Frames below the resumed one are abandoned.
    while let Some((frame, f, data)) = with(|s| s.cleanups.last().copied()) {
        if frame >= record {
            break;
        }
        with(|s| s.cleanups.pop());
        f(data);
    }
    // SAFETY: the record belongs to a frame still on the stack: its
    // deferred calls (or its catch) are pending, so it has not returned.
    unsafe { cranego_jump_to_frame(record) }
}

/// Whether two panic values are the same value (gc compares them with
/// `==` when both are comparable).
fn same_value(a: &Eface, b: &Eface) -> bool {
    if a.typ != b.typ || a.typ.is_null() {
        return a.typ == b.typ && a.data == b.data;
    }
    // SAFETY: a non-nil type word is a descriptor.
    let t = unsafe { &*a.typ };
    if t.flags & crate::abi::FLAG_COMPARABLE == 0 {
        return false;
    }
    let direct = t.flags & crate::abi::FLAG_DIRECT_IFACE != 0;
    // SAFETY: an indirect interface's data points to a value of its type.
    if !direct && unsafe { crate::typeops::find_unhashable(t, a.data) }.is_some() {
        return false;
    }
    crate::typeops::cranego_efaceeq(a.typ, a.data, b.typ, b.data)
}

/// `recover()` called by a function whose caller's frame pointer is
/// `caller`: in the deferred function a panic runs, stops the panic and
/// returns its value; nil anywhere else.
#[no_mangle]
pub extern "C" fn cranego_gorecover(caller: usize) -> Eface {
    // SAFETY: one thread; a plain word.
    let direct = !cfg!(target_arch = "x86_64") || caller == unsafe { CRANEGO_DEFERRED_CALLER };
    with(|s| match s.panics.last_mut() {
        Some(p) if s.running > 0 && !p.recovered && direct => {
            p.recovered = true;
            p.value
        }
        _ => Eface { typ: std::ptr::null(), data: std::ptr::null_mut() },
    })
}

impl State {
    /// What the collector must scan: (address, bytes) of the pending
    /// closures and of the panics' values.
    pub fn gc_roots(&self) -> [(usize, usize); 2] {
        [
            (self.pending.as_ptr() as usize, std::mem::size_of_val(self.pending.as_slice())),
            (self.panics.as_ptr() as usize, std::mem::size_of_val(self.panics.as_slice())),
        ]
    }
}

/// The running goroutine's roots (see `State::gc_roots`).
pub fn gc_roots() -> [(usize, usize); 2] {
    with(|s| s.gc_roots())
}
