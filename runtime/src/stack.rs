//! Goroutine stacks, and the bound compiled code checks them against.
//!
//! Every goroutine but the main one runs on a slot of `SLOT_BYTES` of
//! address space, carved from reservations of `CHUNK_SLOTS` slots; the
//! kernel commits a slot's pages only as they are touched, so a blocked
//! goroutine costs the few pages its frames use.
//!
//! Slots have no guard pages between them. A guard page would split the
//! reservation into kernel mappings of their own, two per goroutine, and
//! Linux allows 65 530 mappings per process: fewer than the goroutines a Go
//! program may block at once. Instead every compiled function compares its
//! stack pointer with `cranego_stack_limit` on entry, as gc's prologues
//! compare theirs with the goroutine's stack guard, and traps when below it;
//! `signals.rs` turns the trap into Go's `fatal error: stack overflow`. The
//! scheduler sets the limit on every switch (`enter`).
//!
//! The limit lies `HEADROOM` above the slot's base. The headroom holds what
//! runs below the last checked frame without checking itself: the runtime's
//! own frames, called from compiled code.
//!
//! A finished goroutine's slot goes back to a free list, newest first, so
//! the next goroutine reuses pages already committed. Beyond `WARM_SLOTS`
//! free slots, a freed slot's pages are returned to the kernel.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Address space per goroutine stack: how deep a goroutine may recurse.
const SLOT_BYTES: usize = 64 << 20;
/// The lowest part of a slot, below the limit compiled code checks.
const HEADROOM: usize = 256 << 10;
/// Slots per reservation (16 GiB of address space, none of it committed).
const CHUNK_SLOTS: usize = 256;
/// Free slots kept with their pages committed, for the next goroutines.
const WARM_SLOTS: usize = 64;

const PROT_READ_WRITE: i32 = 3;
const MAP_PRIVATE_ANONYMOUS_NORESERVE: i32 = 0x02 | 0x20 | 0x4000;
const MADV_DONTNEED: i32 = 4;
const MADV_NOHUGEPAGE: i32 = 15;

extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn madvise(addr: *mut u8, len: usize, advice: i32) -> i32;
}

/// The lowest stack pointer a compiled function may start its frame at,
/// for the running goroutine. Compiled code reads it as a plain word.
#[export_name = "cranego_stack_limit"]
pub static STACK_LIMIT: AtomicUsize = AtomicUsize::new(0);

/// One goroutine's stack: the slot `[base, base + SLOT_BYTES)`.
pub struct Stack {
    base: usize,
}

impl Stack {
    pub fn top(&self) -> usize {
        self.base + SLOT_BYTES
    }
}

/// Free slots and the unused rest of the newest reservation.
#[derive(Default)]
pub struct Pool {
    free: Vec<usize>,
    next: usize,
    end: usize,
}

impl Pool {
    pub fn take(&mut self) -> Stack {
        if let Some(base) = self.free.pop() {
            return Stack { base };
        }
        if self.next == self.end {
            self.reserve();
        }
        let base = self.next;
        self.next += SLOT_BYTES;
        Stack { base }
    }

    pub fn give_back(&mut self, st: Stack) {
        if self.free.len() >= WARM_SLOTS {
            // SAFETY: the slot is ours and no goroutine runs on it any more.
            unsafe { madvise(st.base as *mut u8, SLOT_BYTES, MADV_DONTNEED) };
        }
        self.free.push(st.base);
    }

    fn reserve(&mut self) {
        let bytes = SLOT_BYTES * CHUNK_SLOTS;
        // SAFETY: a fresh private anonymous mapping, never committed up front.
        let base =
            unsafe { mmap(std::ptr::null_mut(), bytes, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS_NORESERVE, -1, 0) };
        if base as isize == -1 {
            crate::panic::fatal("runtime: cannot allocate goroutine stack");
        }
        // Transparent huge pages would commit 2 MiB for a stack's first
        // page: a blocked goroutine must cost kilobytes.
        // SAFETY: advice about our own mapping.
        unsafe { madvise(base, bytes, MADV_NOHUGEPAGE) };
        self.next = base as usize;
        self.end = self.next + bytes;
    }
}

/// Switching to a goroutine on `stack` (None: the main goroutine, on the
/// thread's stack of `crate::MAX_STACK` below `main_top`).
pub fn enter(stack: Option<&Stack>, main_top: usize) {
    let base = match stack {
        Some(st) => st.base,
        None => (main_top.saturating_sub(crate::MAX_STACK) + 4095) & !4095,
    };
    STACK_LIMIT.store(base + HEADROOM, Ordering::Relaxed);
}

/// Go's report of a stack overflow, if a trap or fault at stack pointer
/// `sp` is one: the running goroutine's stack limit, where its stack
/// pointer was and its stack's bounds.
pub fn overflow_report(sp: usize) -> Option<String> {
    let limit = STACK_LIMIT.load(Ordering::Relaxed);
    if sp >= limit {
        return None;
    }
    let (low, high) = (limit - HEADROOM, crate::sched::current_stack_top());
    Some(format!(
        "runtime: goroutine stack exceeds {}-byte limit\nruntime: sp={sp:#x} stack=[{low:#x}, {high:#x}]\nfatal error: stack overflow\n",
        high - limit
    ))
}
