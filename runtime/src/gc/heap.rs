//! The heap's memory: an arena of 8 KiB pages, spans of pages, and objects
//! in spans (gc's `mheap.go`, `mcentral.go`, `mcache.go`, much simplified).
//!
//! The arena is one range of address space reserved at start-up and
//! committed (made readable and writable) from the front as the heap grows,
//! so "is this word a heap pointer?" is a range check plus a look-up in the
//! page map, which gives the span of every page handed out.
//!
//! A span is a run of pages holding objects of one size class (`class`
//! 1..=67, gc's size classes) or one large object (`class` 0). Small spans
//! come in two kinds per class, as gc's span classes: `noscan` spans hold
//! objects without pointers and are never scanned; the others record each
//! object's type descriptor so the collector scans it precisely (a null
//! type means "scan every word": objects the runtime allocates without a
//! type). Each span has an allocation bitmap and a mark bitmap; sweeping
//! turns the mark bits into the new allocation bits. Allocation takes the
//! next free slot of the span class's current span; a full span is replaced
//! by one with free slots from the last sweep, or a new one.
//!
//! Free page runs are kept coalesced in address order. Memory of a freed
//! span is dirty (its next user must zero what it hands out); memory fresh
//! from the OS, or given back to it with `MADV_DONTNEED`, reads as zero.

use std::collections::BTreeMap;

use crate::abi::Type;
use crate::sizeclass::{CLASS_TO_SIZE, PAGE_SIZE};

pub const PAGE_SHIFT: usize = 13;
/// Address space reserved for the heap: 256 GiB, committed on demand.
const ARENA_BYTES: usize = 1 << 38;
/// Commit granularity.
const COMMIT_CHUNK: usize = 64 << 20;
/// Span classes: (size class, noscan) pairs, as gc's `spanClass`.
const SPAN_CLASSES: usize = CLASS_TO_SIZE.len() * 2;

extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn mprotect(addr: *mut u8, len: usize, prot: i32) -> i32;
    fn madvise(addr: *mut u8, len: usize, advice: i32) -> i32;
}
const PROT_NONE: i32 = 0;
const PROT_RW: i32 = 3;
const MAP_PRIVATE_ANON_NORESERVE: i32 = 0x02 | 0x20 | 0x4000;
const MADV_DONTNEED: i32 = 4;

/// A run of pages holding objects of one size, or one large object.
pub struct Span {
    pub base: usize,
    pub npages: usize,
    pub elemsize: usize,
    pub nelems: usize,
    /// gc's `divMul`: `offset * div_mul >> 32` is `offset / elemsize` for
    /// every offset inside a small span, without a division.
    div_mul: u64,
    /// Size class; 0 for a large object.
    pub class: u8,
    pub noscan: bool,
    pub in_use: bool,
    /// Free slots may hold old data: zero them when handing them out.
    needzero: bool,
    pub nalloc: usize,
    /// No free slot below this index.
    free_index: usize,
    pub alloc_bits: Vec<u64>,
    pub mark_bits: Vec<u64>,
    /// The type of each object of a scan span (null: scan every word).
    pub types: Vec<*const Type>,
}

impl Span {
    /// The bytes `MemStats` counts for one object of this span: its slot,
    /// less gc's 8-byte malloc header for pointerful objects over 512 bytes
    /// (`sizeclass::roundupsize`, which `TotalAlloc` counts with).
    pub fn accounted_size(&self) -> usize {
        if self.class != 0 && !self.noscan && self.elemsize > 512 {
            self.elemsize - 8
        } else {
            self.elemsize
        }
    }

    fn take_free_slot(&mut self) -> Option<usize> {
        let mut i = self.free_index;
        while i < self.nelems {
            let word = self.alloc_bits[i / 64] | ((1u64 << (i % 64)) - 1);
            if word != u64::MAX {
                let slot = (i / 64) * 64 + word.trailing_ones() as usize;
                if slot >= self.nelems {
                    break;
                }
                self.alloc_bits[slot / 64] |= 1 << (slot % 64);
                self.nalloc += 1;
                self.free_index = slot + 1;
                return Some(slot);
            }
            i = (i / 64 + 1) * 64;
        }
        self.free_index = self.nelems;
        None
    }
}

#[derive(Clone, Copy)]
struct FreeRun {
    npages: usize,
    /// Some page may hold old data.
    dirty: bool,
    /// Pages of the run given back to the OS.
    released: usize,
}

/// What sweeping found.
#[derive(Default)]
pub struct Swept {
    pub objects: u64,
    pub bytes: u64,
}

pub struct Heap {
    base: usize,
    /// Bytes of the arena handed out to spans or free runs (from `base`).
    used: usize,
    committed: usize,
    /// Per page: the index + 1 of the span holding it; 0 when none.
    page_span: Vec<u32>,
    spans: Vec<Span>,
    free_span_ids: Vec<u32>,
    free_runs: BTreeMap<usize, FreeRun>,
    /// Per span class: the span allocation takes slots from (index + 1).
    current: [u32; SPAN_CLASSES],
    /// Per span class: spans with free slots after the last sweep.
    partial: [Vec<u32>; SPAN_CLASSES],
    /// Pages in spans in use.
    pub inuse_pages: usize,
    pub released_pages: usize,
    /// Bytes of slots handed to allocation since the last sweep, plus the
    /// live bytes that sweep found: what the pacer compares with its goal.
    pub live_bytes: usize,
    /// The same count, but only collections the program can see (not stress
    /// collections) reset it: the pacer's measure, so that stress mode does
    /// not change when the program's own collections happen.
    pub paced_bytes: usize,
}

/// The span class of a size class and pointer kind.
fn span_class(class: usize, noscan: bool) -> usize {
    class * 2 + noscan as usize
}

/// Pages per span of a size class: the fewest that waste at most an eighth.
fn class_pages(elemsize: usize) -> usize {
    let mut n = 1;
    while (n * PAGE_SIZE) % elemsize > n * PAGE_SIZE / 8 {
        n += 1;
    }
    n
}

impl Heap {
    pub const fn new() -> Heap {
        Heap {
            base: 0,
            used: 0,
            committed: 0,
            page_span: Vec::new(),
            spans: Vec::new(),
            free_span_ids: Vec::new(),
            free_runs: BTreeMap::new(),
            current: [0; SPAN_CLASSES],
            partial: [const { Vec::new() }; SPAN_CLASSES],
            inuse_pages: 0,
            released_pages: 0,
            live_bytes: 0,
            paced_bytes: 0,
        }
    }

    /// Bytes of address space the heap has taken from the OS (`HeapSys`).
    pub fn sys_bytes(&self) -> usize {
        self.used
    }

    /// Bytes of the heap's own bookkeeping (bitmaps, span table, page map).
    pub fn metadata_bytes(&self) -> usize {
        self.page_span.capacity() * 4
            + self.spans.capacity() * std::mem::size_of::<Span>()
            + self.spans.iter().map(|s| (s.alloc_bits.capacity() * 2) * 8 + s.types.capacity() * 8).sum::<usize>()
    }

    fn reserve(&mut self) {
        // SAFETY: an anonymous private mapping with no access; nothing is
        // mapped there yet.
        let p = unsafe { mmap(std::ptr::null_mut(), ARENA_BYTES, PROT_NONE, MAP_PRIVATE_ANON_NORESERVE, -1, 0) };
        if p as isize == -1 || p.is_null() {
            crate::panic::fatal("runtime: cannot reserve arena virtual address space");
        }
        self.base = p as usize;
    }

    /// `npages` pages from the free runs (first fit) or the arena's end;
    /// returns the first page and whether the memory may be dirty.
    fn alloc_pages(&mut self, npages: usize) -> (usize, bool) {
        if self.base == 0 {
            self.reserve();
        }
        let fit = self.free_runs.iter().find(|(_, r)| r.npages >= npages).map(|(&p, &r)| (p, r));
        if let Some((page, run)) = fit {
            self.free_runs.remove(&page);
            let reused = run.released.min(npages);
            self.released_pages -= reused;
            if run.npages > npages {
                let rest = FreeRun { npages: run.npages - npages, dirty: run.dirty, released: run.released - reused };
                self.free_runs.insert(page + npages, rest);
            }
            return (page, run.dirty);
        }
        let bytes = npages << PAGE_SHIFT;
        if self.used + bytes > ARENA_BYTES {
            crate::panic::fatal("runtime: out of memory");
        }
        if self.used + bytes > self.committed {
            let want = (self.used + bytes).div_ceil(COMMIT_CHUNK) * COMMIT_CHUNK;
            let want = want.min(ARENA_BYTES);
            // SAFETY: the range lies inside the reserved arena.
            let r = unsafe { mprotect((self.base + self.committed) as *mut u8, want - self.committed, PROT_RW) };
            if r != 0 {
                crate::panic::fatal("runtime: out of memory");
            }
            self.committed = want;
        }
        let page = self.used >> PAGE_SHIFT;
        self.used += bytes;
        self.page_span.resize(self.used >> PAGE_SHIFT, 0);
        (page, false)
    }

    /// Returns pages to the free runs, merging with neighbours.
    fn free_pages(&mut self, page: usize, npages: usize) {
        let mut run = FreeRun { npages, dirty: true, released: 0 };
        let mut start = page;
        if let Some((&p, &prev)) = self.free_runs.range(..page).next_back() {
            if p + prev.npages == page {
                self.free_runs.remove(&p);
                start = p;
                run = FreeRun { npages: prev.npages + run.npages, dirty: true, released: prev.released };
            }
        }
        if let Some(next) = self.free_runs.remove(&(page + npages)) {
            run.npages += next.npages;
            run.released += next.released;
        }
        self.free_runs.insert(start, run);
    }

    fn new_span(&mut self, class: usize, noscan: bool, npages: usize, elemsize: usize) -> u32 {
        let (page, dirty) = self.alloc_pages(npages);
        let nelems = if class == 0 { 1 } else { (npages << PAGE_SHIFT) / elemsize };
        let words = nelems.div_ceil(64);
        let span = Span {
            base: self.base + (page << PAGE_SHIFT),
            npages,
            elemsize,
            nelems,
            div_mul: if class == 0 { 0 } else { (u32::MAX / elemsize as u32) as u64 + 1 },
            class: class as u8,
            noscan,
            in_use: true,
            needzero: dirty,
            nalloc: 0,
            free_index: 0,
            alloc_bits: vec![0; words],
            mark_bits: vec![0; words],
            types: if noscan { Vec::new() } else { vec![std::ptr::null(); nelems] },
        };
        let id = match self.free_span_ids.pop() {
            Some(id) => {
                self.spans[id as usize - 1] = span;
                id
            }
            None => {
                self.spans.push(span);
                self.spans.len() as u32
            }
        };
        self.page_span[page..page + npages].fill(id);
        self.inuse_pages += npages;
        id
    }

    fn free_span(&mut self, id: u32) {
        let s = &mut self.spans[id as usize - 1];
        s.in_use = false;
        let (page, npages) = ((s.base - self.base) >> PAGE_SHIFT, s.npages);
        s.alloc_bits = Vec::new();
        s.mark_bits = Vec::new();
        s.types = Vec::new();
        self.page_span[page..page + npages].fill(0);
        self.inuse_pages -= npages;
        self.free_span_ids.push(id);
        self.free_pages(page, npages);
    }

    /// A zeroed small object of size class `class`.
    pub fn alloc_small(&mut self, class: usize, noscan: bool, typ: *const Type) -> *mut u8 {
        let sc = span_class(class, noscan);
        loop {
            let id = self.current[sc];
            if id != 0 {
                let s = &mut self.spans[id as usize - 1];
                if let Some(slot) = s.take_free_slot() {
                    let p = (s.base + slot * s.elemsize) as *mut u8;
                    if !noscan {
                        s.types[slot] = typ;
                    }
                    if s.needzero {
                        // SAFETY: the slot lies inside the span's committed pages.
                        unsafe { std::ptr::write_bytes(p, 0, s.elemsize) };
                    }
                    return p;
                }
            }
            let next = match self.partial[sc].pop() {
                Some(id) => id,
                None => {
                    let elemsize = CLASS_TO_SIZE[class] as usize;
                    self.new_span(class, noscan, class_pages(elemsize), elemsize)
                }
            };
            let s = &self.spans[next as usize - 1];
            let handed_out = (s.nelems - s.nalloc) * s.elemsize;
            self.live_bytes += handed_out;
            self.paced_bytes += handed_out;
            self.current[sc] = next;
        }
    }

    /// A zeroed large object of `size` bytes on pages of its own.
    pub fn alloc_large(&mut self, size: usize, noscan: bool, typ: *const Type) -> *mut u8 {
        let npages = size.div_ceil(PAGE_SIZE);
        let id = self.new_span(0, noscan, npages, npages << PAGE_SHIFT);
        let s = &mut self.spans[id as usize - 1];
        let slot = s.take_free_slot();
        debug_assert_eq!(slot, Some(0));
        if !noscan {
            s.types[0] = typ;
        }
        if s.needzero {
            // SAFETY: the span's pages are committed.
            unsafe { std::ptr::write_bytes(s.base as *mut u8, 0, s.elemsize) };
        }
        self.live_bytes += s.elemsize;
        self.paced_bytes += s.elemsize;
        s.base as *mut u8
    }

    /// The span and slot of the object `addr` points into, if it points
    /// into an allocated object.
    #[inline]
    pub fn find_object(&self, addr: usize) -> Option<(u32, usize)> {
        let off = addr.wrapping_sub(self.base);
        if off >= self.used {
            return None;
        }
        let id = self.page_span[off >> PAGE_SHIFT];
        if id == 0 {
            return None;
        }
        let s = &self.spans[id as usize - 1];
        let slot = (((addr - s.base) as u64 * s.div_mul) >> 32) as usize;
        if slot >= s.nelems || s.alloc_bits[slot / 64] & (1 << (slot % 64)) == 0 {
            return None;
        }
        Some((id, slot))
    }

    pub fn span(&self, id: u32) -> &Span {
        &self.spans[id as usize - 1]
    }

    /// Sets the mark bit of an object; false if it was already marked.
    #[inline]
    pub fn mark(&mut self, id: u32, slot: usize) -> bool {
        let s = &mut self.spans[id as usize - 1];
        let bit = 1u64 << (slot % 64);
        let word = &mut s.mark_bits[slot / 64];
        if *word & bit != 0 {
            return false;
        }
        *word |= bit;
        true
    }

    /// Frees every unmarked object (gc's `mspan.sweep`, for all spans at
    /// once): mark bits become allocation bits, empty spans return their
    /// pages, spans with room become allocation candidates again.
    pub fn sweep(&mut self) -> Swept {
        let mut swept = Swept::default();
        self.current = [0; SPAN_CLASSES];
        for p in &mut self.partial {
            p.clear();
        }
        let mut live = 0;
        let mut empty = Vec::new();
        for (i, s) in self.spans.iter_mut().enumerate() {
            if !s.in_use {
                continue;
            }
            let mut freed = 0;
            for (a, m) in s.alloc_bits.iter_mut().zip(s.mark_bits.iter_mut()) {
                freed += (*a & !*m).count_ones() as usize;
                *a = *m;
                *m = 0;
            }
            if freed > 0 {
                s.needzero = true;
                s.nalloc -= freed;
                swept.objects += freed as u64;
                swept.bytes += (freed * s.accounted_size()) as u64;
            }
            s.free_index = 0;
            live += s.nalloc * s.elemsize;
            let id = i as u32 + 1;
            if s.nalloc == 0 {
                empty.push(id);
            } else if s.nalloc < s.nelems {
                self.partial[span_class(s.class as usize, s.noscan)].push(id);
            }
        }
        for id in empty {
            self.free_span(id);
        }
        self.live_bytes = live;
        swept
    }

    /// Gives free pages back to the OS until at most `keep` bytes of the
    /// heap are free but not released (gc's scavenger, run after a cycle).
    pub fn scavenge(&mut self, keep: usize) {
        let mut retained = (self.used >> PAGE_SHIFT) - self.inuse_pages - self.released_pages;
        let keep_pages = keep >> PAGE_SHIFT;
        // Highest addresses first: the front of the arena is reused first.
        let pages: Vec<usize> = self.free_runs.keys().rev().copied().collect();
        for page in pages {
            if retained <= keep_pages {
                break;
            }
            let run = self.free_runs[&page];
            if run.released == run.npages {
                continue;
            }
            let addr = (self.base + (page << PAGE_SHIFT)) as *mut u8;
            // SAFETY: the run is free, committed heap memory nobody refers to.
            unsafe { madvise(addr, run.npages << PAGE_SHIFT, MADV_DONTNEED) };
            retained -= run.npages - run.released;
            self.released_pages += run.npages - run.released;
            self.free_runs.insert(page, FreeRun { npages: run.npages, dirty: false, released: run.npages });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn div_mul_divides_exactly() {
        for (class, &size) in CLASS_TO_SIZE.iter().enumerate().skip(1) {
            let elemsize = size as usize;
            let span_bytes = class_pages(elemsize) * PAGE_SIZE;
            let div_mul = (u32::MAX / elemsize as u32) as u64 + 1;
            for off in 0..span_bytes {
                assert_eq!(((off as u64 * div_mul) >> 32) as usize, off / elemsize, "class {class} offset {off}");
            }
        }
    }
}
