//! Goroutines: stackful coroutines on the program's one thread, switched by
//! a few instructions of our own (`cranego_switch`), and a run queue.
//!
//! The main goroutine runs on the thread's stack; every other one gets a
//! stack of its own from `stack.rs`. A goroutine runs until it blocks (`park`),
//! yields (`runtime.Gosched`) or ends; then the next runnable one, in
//! first-in first-out order, takes over. When the running goroutine blocks
//! and nothing can run, every goroutine is asleep: Go's deadlock error.
//!
//! Each goroutine has its own deferred calls and panics: `defers.rs` keeps
//! the running one's, and a switch swaps them. The collector scans every
//! goroutine's stack from its saved stack pointer up (`stack_ranges`).

use std::cell::UnsafeCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use crate::abi::Closure;
use crate::stack::Stack;

extern "C" {
    fn cranego_switch(save_sp: *mut usize, load_sp: usize);
}

// `cranego_switch(save_sp, load_sp)`: pushes the callee-saved registers,
// saves the stack pointer in `*save_sp`, continues on the stack `load_sp`
// (popping the registers saved there) — where another goroutine called
// `cranego_switch` before, or a new stack prepared by `cranego_go`.
#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".globl cranego_switch",
    "cranego_switch:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
);

/// Words `cranego_switch` keeps on a stack below the return address.
const SAVED_WORDS: usize = 6;

/// What a goroutine waits for, as Go's tracebacks name it.
pub type WaitReason = &'static str;

struct G {
    id: u64,
    /// Saved stack pointer while not running.
    sp: usize,
    /// None for the main goroutine (the thread's stack).
    stack: Option<Stack>,
    /// The function a new goroutine runs.
    entry: *const Closure,
    waiting: Option<WaitReason>,
    defers: crate::defers::State,
}

struct Sched {
    gs: Vec<Option<G>>,
    free: Vec<usize>,
    current: usize,
    runq: VecDeque<usize>,
    next_id: u64,
    /// A finished goroutine whose stack is freed once we are off it.
    dead: Option<usize>,
    /// Sleeping goroutines: (wake-up time on `time`'s monotonic clock,
    /// order of arrival, goroutine), earliest first.
    timers: BinaryHeap<Reverse<(i64, u64, usize)>>,
    timer_seq: u64,
    stacks: crate::stack::Pool,
}

struct Global(UnsafeCell<Option<Sched>>);
// SAFETY: only the program's thread touches the scheduler.
unsafe impl Sync for Global {}
static SCHED: Global = Global(UnsafeCell::new(None));

#[allow(clippy::mut_from_ref)]
fn sched() -> &'static mut Sched {
    // SAFETY: one thread; callers do not keep the reference across a switch.
    let s = unsafe { &mut *SCHED.0.get() };
    s.get_or_insert_with(|| Sched {
        gs: vec![Some(G {
            id: 1,
            sp: 0,
            stack: None,
            entry: std::ptr::null(),
            waiting: None,
            defers: Default::default(),
        })],
        free: Vec::new(),
        current: 0,
        runq: VecDeque::new(),
        next_id: 2,
        dead: None,
        timers: BinaryHeap::new(),
        timer_seq: 0,
        stacks: Default::default(),
    })
}

fn g(s: &mut Sched, i: usize) -> &mut G {
    s.gs[i].as_mut().expect("live goroutine")
}

/// The running goroutine's number (`goroutine N` in panics).
pub fn current_id() -> u64 {
    let s = sched();
    let cur = s.current;
    g(s, cur).id
}

/// The running goroutine (its index, for `ready`).
pub fn current() -> usize {
    sched().current
}

/// `go f()`: a new goroutine will run the func value.
#[no_mangle]
pub extern "C" fn cranego_go(fv: *const Closure) {
    if fv.is_null() {
        crate::panic::fatal_in_goroutine("go of nil func value");
    }
    let s = sched();
    let stack = s.stacks.take();
    // A stack as `cranego_switch` leaves it: the saved registers (zero),
    // then the address `ret` continues at, aligned as after a call.
    let top = stack.top() & !15;
    let sp = top - 16 - SAVED_WORDS * 8;
    // SAFETY: the words lie in the new stack's top page.
    unsafe {
        std::ptr::write_bytes(sp as *mut u8, 0, top - sp);
        *((top - 16) as *mut usize) = goroutine_start as *const () as usize;
    }
    let id = s.next_id;
    s.next_id += 1;
    let new = G { id, sp, stack: Some(stack), entry: fv, waiting: None, defers: Default::default() };
    let i = match s.free.pop() {
        Some(i) => {
            s.gs[i] = Some(new);
            i
        }
        None => {
            s.gs.push(Some(new));
            s.gs.len() - 1
        }
    };
    s.runq.push_back(i);
}

/// Where a new goroutine starts: runs its function, then ends.
extern "C" fn goroutine_start() -> ! {
    reap();
    let s = sched();
    let cur = s.current;
    let entry = g(s, cur).entry;
    crate::defers::call_func_value(entry);
    let s = sched();
    let cur = s.current;
    g(s, cur).entry = std::ptr::null();
    s.dead = Some(cur);
    switch_away(None);
    unreachable!("a finished goroutine was resumed")
}

/// Switches from the running goroutine to the next runnable one.
/// `waiting`: why the running one blocks (None: it yields or has ended).
fn switch_away(waiting: Option<WaitReason>) {
    let s = sched();
    let cur = s.current;
    g(s, cur).waiting = waiting;
    if s.runq.is_empty() {
        wait_for_timer(s);
    }
    let Some(next) = s.runq.pop_front() else {
        deadlock();
    };
    if next == cur {
        return;
    }
    let saved_defers = crate::defers::take_state();
    g(s, cur).defers = saved_defers;
    let next_defers = std::mem::take(&mut g(s, next).defers);
    crate::defers::put_state(next_defers);
    s.current = next;
    crate::stack::enter(g(s, next).stack.as_ref(), crate::gc::main_stack_top());
    let load = g(s, next).sp;
    let save: *mut usize = &mut g(s, cur).sp;
    // SAFETY: `load` is a stack saved by cranego_switch or prepared by
    // cranego_go; `save` outlives the switch (the scheduler is static).
    unsafe { cranego_switch(save, load) };
    // Back on this goroutine.
    reap();
}

/// Frees the goroutine that ended last, now that nothing runs on its stack.
fn reap() {
    let s = sched();
    if let Some(d) = s.dead.take() {
        if let Some(st) = s.gs[d].take().and_then(|g| g.stack) {
            s.stacks.give_back(st);
        }
        s.free.push(d);
    }
}

/// Nothing can run: sleeps the thread until the earliest sleeping
/// goroutine is due, and makes every due one runnable (none: a deadlock).
fn wait_for_timer(s: &mut Sched) {
    let Some(&Reverse((due, _, _))) = s.timers.peek() else { return };
    let now = crate::stdlib::time::monotonic_ns();
    if due > now {
        std::thread::sleep(std::time::Duration::from_nanos((due - now) as u64));
    }
    let now = crate::stdlib::time::monotonic_ns();
    while let Some(&Reverse((due, _, g))) = s.timers.peek() {
        if due > now {
            break;
        }
        s.timers.pop();
        s.gs[g].as_mut().expect("live goroutine").waiting = None;
        s.runq.push_back(g);
    }
}

/// `time.Sleep`: parks the running goroutine until the monotonic clock
/// reaches `until`.
pub fn sleep(until: i64) {
    let s = sched();
    let cur = s.current;
    s.timer_seq += 1;
    s.timers.push(Reverse((until, s.timer_seq, cur)));
    park("sleep");
}

/// Blocks the running goroutine until `ready` is called for it.
pub fn park(reason: WaitReason) {
    switch_away(Some(reason));
}

/// Makes a parked goroutine runnable.
pub fn ready(i: usize) {
    let s = sched();
    g(s, i).waiting = None;
    s.runq.push_back(i);
}

/// `runtime.Gosched()`.
pub fn gosched() {
    let s = sched();
    let cur = s.current;
    s.runq.push_back(cur);
    switch_away(None);
}

/// `runtime.NumGoroutine()`.
pub fn count() -> usize {
    sched().gs.iter().filter(|g| g.as_ref().is_some_and(|g| g.id == 1 || !g.entry.is_null())).count()
}

/// Every goroutine is blocked: Go's fatal error, naming what the main
/// goroutine waits for.
fn deadlock() -> ! {
    let s = sched();
    let reason = g(s, 0).waiting.unwrap_or("running");
    crate::panic::die(&format!("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [{reason}]:\n"))
}

/// What the collector scans besides the running goroutine's stack, as
/// (address, bytes): every other goroutine's live stack, every goroutine's
/// entry closure and deferred calls.
pub fn stack_ranges(out: &mut Vec<(usize, usize)>) {
    let s = sched();
    let cur = s.current;
    for (i, g) in s.gs.iter().enumerate() {
        let Some(g) = g else { continue };
        out.push((std::ptr::addr_of!(g.entry) as usize, 8));
        out.extend(g.defers.gc_roots());
        if i == cur {
            continue;
        }
        let high = match &g.stack {
            Some(st) => st.top(),
            None => crate::gc::main_stack_top(),
        };
        out.push((g.sp, high - g.sp));
    }
}

/// The top of the running goroutine's stack.
pub fn current_stack_top() -> usize {
    let s = sched();
    let cur = s.current;
    match &g(s, cur).stack {
        Some(st) => st.top(),
        None => crate::gc::main_stack_top(),
    }
}

/// A goroutine parked on a queue (`WaitQueue`), in its own frame.
pub struct Waiter {
    g: usize,
    next: *mut Waiter,
}

/// Goroutines blocked on a lock or a counter, first come first served: a
/// list threaded through their parked frames. Its head and tail live in
/// the Go value (two words), so the queue is `#[repr(C)]`.
#[repr(C)]
pub struct WaitQueue {
    first: *mut Waiter,
    last: *mut Waiter,
}

impl WaitQueue {
    /// Parks the running goroutine on the queue until `wake_one` or
    /// `wake_all` picks it.
    pub fn wait(&mut self, reason: WaitReason) {
        let mut w = Waiter { g: current(), next: std::ptr::null_mut() };
        let wp: *mut Waiter = &mut w;
        if self.last.is_null() {
            self.first = wp;
        } else {
            // SAFETY: queued waiters live in parked goroutines' frames.
            unsafe { (*self.last).next = wp };
        }
        self.last = wp;
        park(reason);
    }

    /// Makes the longest-waiting goroutine runnable; false if none waits.
    pub fn wake_one(&mut self) -> bool {
        if self.first.is_null() {
            return false;
        }
        // SAFETY: as in `wait`; the frame stays until the goroutine runs.
        let w = unsafe { &*self.first };
        self.first = w.next;
        if self.first.is_null() {
            self.last = std::ptr::null_mut();
        }
        ready(w.g);
        true
    }

    pub fn wake_all(&mut self) {
        while self.wake_one() {}
    }
}
