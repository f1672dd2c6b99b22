//! Heap allocation. Every object the compiled code puts on the heap comes
//! through `cranego_new` with its type descriptor. Nothing is freed yet: the
//! collector that will own this heap is a later step.

use std::alloc::{alloc_zeroed, Layout};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::abi::Type;

/// The address of every zero-sized object, as gc's `runtime.zerobase`.
static ZEROBASE: u64 = 0;

/// Heap objects and bytes allocated so far (`runtime.MemStats`'s
/// `Mallocs` and `TotalAlloc`): bytes are counted by gc's size classes, as
/// gc rounds every small object up to its class.
pub static MALLOCS: AtomicU64 = AtomicU64::new(0);
pub static TOTAL_ALLOC: AtomicU64 = AtomicU64::new(0);

/// Allocates `size` zeroed bytes aligned to `align`.
pub fn alloc(size: usize, align: usize) -> *mut u8 {
    if size == 0 {
        return std::ptr::addr_of!(ZEROBASE) as *mut u8;
    }
    MALLOCS.fetch_add(1, Ordering::Relaxed);
    TOTAL_ALLOC.fetch_add(crate::sizeclass::roundupsize(size, false) as u64, Ordering::Relaxed);
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

/// A new zeroed object of type `typ`.
#[no_mangle]
pub extern "C" fn cranego_new(typ: *const Type) -> *mut u8 {
    // SAFETY: the compiler passes a descriptor it emitted.
    let t = unsafe { &*typ };
    alloc(t.size, t.align as usize)
}
