//! Heap allocation, as `mallocgc` sees it: every object the compiled code
//! or the runtime puts on the heap comes through here, gets counted for
//! `MemStats` and the per-site report, and is carved from the collector's
//! heap (`crate::gc`). Objects allocated with a type descriptor are scanned
//! precisely; `alloc` (runtime objects without one) is scanned word by word.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::abi::Type;

/// The address of every zero-sized object, as gc's `runtime.zerobase`.
static ZEROBASE: u64 = 0;

/// Heap objects and bytes allocated so far (`runtime.MemStats`'s
/// `Mallocs` and `TotalAlloc`), counted as gc counts them: every object in
/// `Mallocs`; bytes by size class, and for tiny objects by the 16-byte
/// blocks they share.
pub static MALLOCS: AtomicU64 = AtomicU64::new(0);
pub static TOTAL_ALLOC: AtomicU64 = AtomicU64::new(0);
/// Tiny objects placed in an existing block: gc counts them as freed too.
pub static TINY_ALLOCS: AtomicU64 = AtomicU64::new(0);

/// Adds to a counter. Only the program's thread allocates, so a plain
/// load and store do (an atomic add would cost a locked instruction on
/// every allocation).
#[inline]
fn bump(counter: &AtomicU64, n: u64) {
    counter.store(counter.load(Ordering::Relaxed) + n, Ordering::Relaxed);
}

/// gc's tiny allocator: pointer-free objects under 16 bytes share 16-byte
/// blocks (`maxTinySize`). The current block and the offset of its free part.
const TINY_SIZE: usize = 16;
struct Tiny {
    block: *mut u8,
    offset: usize,
}
thread_local! {
    static TINY: std::cell::Cell<Tiny> = const { std::cell::Cell::new(Tiny { block: std::ptr::null_mut(), offset: 0 }) };
}

/// The current tiny block's address (0: none).
pub fn tiny_block() -> usize {
    TINY.with(|t| {
        let cur = t.replace(Tiny { block: std::ptr::null_mut(), offset: 0 });
        let block = cur.block as usize;
        t.set(cur);
        block
    })
}

/// Forgets the current tiny block (at the start of a collection, as gc's
/// `mcache.prepareForSweep`): it is not a root.
pub fn reset_tiny() {
    TINY.with(|t| t.set(Tiny { block: std::ptr::null_mut(), offset: 0 }));
}

/// Allocates `size` zeroed bytes for a runtime object that may hold
/// pointers anywhere (scanned word by word).
pub fn alloc(size: usize) -> *mut u8 {
    alloc_object(size, std::ptr::null(), false)
}

/// Allocates `size` zeroed bytes that hold no pointers.
pub fn alloc_noscan(size: usize) -> *mut u8 {
    alloc_object(size, std::ptr::null(), true)
}

/// Allocates `size` zeroed bytes holding values of type `typ` (one, or an
/// array of them), or of an unknown layout when `typ` is null; `noscan`
/// when they hold no pointers (which is what lets gc pack small ones into
/// tiny blocks).
pub fn alloc_object(size: usize, typ: *const Type, noscan: bool) -> *mut u8 {
    if size == 0 {
        return std::ptr::addr_of!(ZEROBASE) as *mut u8;
    }
    bump(&MALLOCS, 1);
    if noscan && size < TINY_SIZE {
        crate::sites::record(size as u64);
        return tiny(size);
    }
    let bytes = crate::sizeclass::roundupsize(size, noscan) as u64;
    bump(&TOTAL_ALLOC, bytes);
    crate::sites::record(bytes);
    crate::gc::malloc(size, noscan, typ)
}

/// gc's `mallocgcTiny`: the object goes into the current block when it
/// fits (aligned as its size suggests), else into a new block, which
/// becomes current when it leaves more room than the old one.
fn tiny(size: usize) -> *mut u8 {
    let align = if size & 7 == 0 {
        8
    } else if size & 3 == 0 {
        4
    } else if size & 1 == 0 {
        2
    } else {
        1
    };
    let t = TINY.with(|t| t.replace(Tiny { block: std::ptr::null_mut(), offset: 0 }));
    let off = t.offset.div_ceil(align) * align;
    if off + size <= TINY_SIZE && !t.block.is_null() {
        TINY.with(|c| c.set(Tiny { block: t.block, offset: off + size }));
        bump(&TINY_ALLOCS, 1);
        // SAFETY: the block has TINY_SIZE bytes.
        return unsafe { t.block.add(off) };
    }
    bump(&TOTAL_ALLOC, TINY_SIZE as u64);
    // A collection may run here; it resets the (already taken) tiny state.
    let cycles = crate::gc::cycle_stats().num_gc;
    let block = crate::gc::malloc(TINY_SIZE, true, std::ptr::null());
    let collected = crate::gc::cycle_stats().num_gc != cycles;
    let keep = if collected || size < t.offset || t.block.is_null() { Tiny { block, offset: size } } else { t };
    TINY.with(|c| c.set(keep));
    block
}

/// A new zeroed object of type `typ`.
#[no_mangle]
pub extern "C" fn cranego_new(typ: *const Type) -> *mut u8 {
    // SAFETY: the compiler passes a descriptor it emitted.
    let t = unsafe { &*typ };
    alloc_object(t.size, typ, t.ptrdata == 0)
}
