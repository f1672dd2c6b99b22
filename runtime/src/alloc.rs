//! Heap allocation. Every object the compiled code puts on the heap comes
//! through `cranego_new` with its type descriptor. Nothing is freed yet: the
//! collector that will own this heap is a later step.

use std::alloc::{alloc_zeroed, Layout};
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

/// gc's tiny allocator: pointer-free objects under 16 bytes share 16-byte
/// blocks (`maxTinySize`). The current block and the offset of its free part.
const TINY_SIZE: usize = 16;
struct Tiny {
    block: *mut u8,
    offset: usize,
}
static TINY: std::sync::Mutex<Tiny> = std::sync::Mutex::new(Tiny { block: std::ptr::null_mut(), offset: 0 });
// SAFETY: the block pointer is only used under the mutex.
unsafe impl Send for Tiny {}

fn raw(size: usize, align: usize) -> *mut u8 {
    let layout = match Layout::from_size_align(size, align.max(8)) {
        Ok(l) => l,
        Err(_) => crate::panic::fatal("runtime: out of memory: cannot allocate object"),
    };
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { alloc_zeroed(layout) };
    if p.is_null() {
        crate::panic::fatal("runtime: out of memory");
    }
    p
}

/// Allocates `size` zeroed bytes aligned to `align` for an object that may
/// hold pointers.
pub fn alloc(size: usize, align: usize) -> *mut u8 {
    alloc_object(size, align, false)
}

/// Allocates an object of `size` zeroed bytes; `noscan` when it holds no
/// pointers (which is what lets gc pack small ones into tiny blocks).
pub fn alloc_object(size: usize, align: usize, noscan: bool) -> *mut u8 {
    if size == 0 {
        return std::ptr::addr_of!(ZEROBASE) as *mut u8;
    }
    MALLOCS.fetch_add(1, Ordering::Relaxed);
    if noscan && size < TINY_SIZE {
        crate::sites::record(size as u64);
        return tiny(size);
    }
    let bytes = crate::sizeclass::roundupsize(size, noscan) as u64;
    TOTAL_ALLOC.fetch_add(bytes, Ordering::Relaxed);
    crate::sites::record(bytes);
    raw(size, align)
}

/// gc's `mallocgcTiny`: the object goes into the current block when it
/// fits (aligned as its size suggests), else into a new block, which
/// becomes current when it leaves more room than the old one.
fn tiny(size: usize) -> *mut u8 {
    let mut t = TINY.lock().unwrap_or_else(|e| e.into_inner());
    let align = if size & 7 == 0 {
        8
    } else if size & 3 == 0 {
        4
    } else if size & 1 == 0 {
        2
    } else {
        1
    };
    let off = t.offset.div_ceil(align) * align;
    if off + size <= TINY_SIZE && !t.block.is_null() {
        t.offset = off + size;
        TINY_ALLOCS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the block has TINY_SIZE bytes.
        return unsafe { t.block.add(off) };
    }
    TOTAL_ALLOC.fetch_add(TINY_SIZE as u64, Ordering::Relaxed);
    let block = raw(TINY_SIZE, 8);
    if size < t.offset || t.block.is_null() {
        t.block = block;
        t.offset = size;
    }
    block
}

/// A new zeroed object of type `typ`.
#[no_mangle]
pub extern "C" fn cranego_new(typ: *const Type) -> *mut u8 {
    // SAFETY: the compiler passes a descriptor it emitted.
    let t = unsafe { &*typ };
    alloc_object(t.size, t.align as usize, t.ptrdata == 0)
}
