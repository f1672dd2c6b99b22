//! Marking (gc's `mgcmark.go`): everything reachable from the roots gets
//! its mark bit, through an explicit mark stack, so a million-deep list
//! never recurses on the native stack.
//!
//! Roots:
//! * package variables: the compiler's `cranego_gcroots` table gives each
//!   pointerful variable with its type; its pointer mask says which words
//!   to follow (precise);
//! * the runtime's own package variables (`os.Args`, `strconv.ErrRange`, …),
//!   scanned word by word;
//! * the goroutine's stack, from the collector's frame up to the stack top
//!   recorded at start, and the callee-saved registers, which may hold a
//!   caller's pointers: scanned *conservatively*, every aligned word that
//!   points into an allocated object keeps it alive. Cranelift could give
//!   precise stack maps (its `user_stack_maps`: the compiler would declare
//!   which values are pointers at each safepoint, and the collector would
//!   walk frames by frame pointer); conservative scanning needs neither and
//!   only ever keeps too much alive, never too little. Goroutines will add
//!   one such range per stack.
//!
//! Heap objects are scanned precisely through the pointer mask of the type
//! their allocation recorded, repeated over the object for arrays made by
//! `make` and `append`; objects the runtime allocated without a type are
//! scanned word by word. Interior pointers (a slice into an array, a
//! pointer to a field, a substring) keep the whole object alive.

use super::heap::Heap;
use crate::abi::{GcRoot, Type};

#[repr(C)]
pub struct RootTable {
    pub roots: *const GcRoot,
    pub count: usize,
}

// SAFETY: the table is read-only data the compiler emits.
unsafe impl Sync for RootTable {}

#[cfg(not(test))]
extern "C" {
    static cranego_gcroots: RootTable;
}

/// Unit tests link no compiled program: no package variables.
#[cfg(test)]
#[allow(non_upper_case_globals)]
static cranego_gcroots: RootTable = RootTable { roots: std::ptr::null(), count: 0 };

pub struct Marker<'h> {
    heap: &'h mut Heap,
    /// Objects marked but not scanned yet: (span id, slot).
    stack: Vec<(u32, usize)>,
    /// Bytes of the objects marked.
    pub marked_bytes: usize,
}

impl<'h> Marker<'h> {
    pub fn new(heap: &'h mut Heap) -> Marker<'h> {
        Marker { heap, stack: Vec::new(), marked_bytes: 0 }
    }

    /// Marks the object `word` points into, if it is a heap object.
    #[inline]
    fn mark_word(&mut self, word: usize) {
        let Some((id, slot)) = self.heap.find_object(word) else {
            return;
        };
        if self.heap.mark(id, slot) {
            let s = self.heap.span(id);
            self.marked_bytes += s.elemsize;
            if !s.noscan {
                self.stack.push((id, slot));
            }
        }
    }

    /// Every aligned word of `[start, end)`.
    ///
    /// # Safety
    /// The range must be readable memory.
    unsafe fn scan_words(&mut self, start: usize, end: usize) {
        let mut p = start.next_multiple_of(8);
        while p + 8 <= end {
            // SAFETY: p lies in the readable range.
            self.mark_word(unsafe { *(p as *const usize) });
            p += 8;
        }
    }

    /// The words of a value of type `t` at `addr` that its mask marks.
    ///
    /// # Safety
    /// `addr` must point to a readable value of type `t`.
    unsafe fn scan_typed(&mut self, addr: usize, t: &Type) {
        for w in 0..t.ptrdata / 8 {
            // SAFETY: the mask has a bit per word of the first ptrdata bytes.
            if unsafe { *t.gcmask.add(w / 8) } & (1 << (w % 8)) != 0 {
                // SAFETY: the word lies within the value.
                self.mark_word(unsafe { *((addr + w * 8) as *const usize) });
            }
        }
    }

    /// Scans a heap object: as its recorded type, repeated over its slot
    /// (arrays from `make` and `append`), or word by word without one.
    fn scan_object(&mut self, id: u32, slot: usize) {
        let s = self.heap.span(id);
        let (base, size) = (s.base + slot * s.elemsize, s.elemsize);
        let typ = s.types[slot];
        if typ.is_null() {
            // SAFETY: the slot is committed heap memory.
            unsafe { self.scan_words(base, base + size) };
            return;
        }
        // SAFETY: allocation recorded a descriptor the compiler emitted.
        let t = unsafe { &*typ };
        if t.size == 0 || t.ptrdata == 0 {
            return;
        }
        let mut off = 0;
        while off + t.size <= size {
            // SAFETY: each element lies within the slot.
            unsafe { self.scan_typed(base + off, t) };
            off += t.size;
        }
    }

    /// Marks from every root, then drains the mark stack.
    pub fn mark_all(&mut self, stack_low: usize, stack_high: usize, runtime_roots: &[(usize, usize)]) {
        // SAFETY: the compiler's table lists package variables with their types.
        unsafe {
            let table = &*std::ptr::addr_of!(cranego_gcroots);
            for i in 0..table.count {
                let r = &*table.roots.add(i);
                self.scan_typed(r.addr as usize, &*r.typ);
            }
        }
        for &(addr, len) in runtime_roots {
            // SAFETY: the runtime's statics are readable.
            unsafe { self.scan_words(addr, addr + len) };
        }
        // SAFETY: the caller passes the live part of the running stack.
        unsafe { self.scan_words(stack_low, stack_high) };
        while let Some((id, slot)) = self.stack.pop() {
            self.scan_object(id, slot);
        }
    }
}
