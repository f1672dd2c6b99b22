//! `runtime` and `runtime/debug`: memory statistics and the scheduler and
//! collector controls of the subset. Goroutines are `crate::sched`; the collector
//! is `crate::gc`.

use std::sync::atomic::{AtomicIsize, Ordering};

use crate::alloc::{MALLOCS, TINY_ALLOCS, TOTAL_ALLOC};

/// `runtime.MemStats`, field for field (the compiler declares the same
/// struct in compiler/src/stdlib.rs).
#[repr(C)]
pub struct MemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub lookups: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_alloc: u64,
    pub heap_sys: u64,
    pub heap_idle: u64,
    pub heap_inuse: u64,
    pub heap_released: u64,
    pub heap_objects: u64,
    pub stack_inuse: u64,
    pub stack_sys: u64,
    pub mspan_inuse: u64,
    pub mspan_sys: u64,
    pub mcache_inuse: u64,
    pub mcache_sys: u64,
    pub buck_hash_sys: u64,
    pub gc_sys: u64,
    pub other_sys: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub gc_cpu_fraction: f64,
    pub enable_gc: bool,
    pub debug_gc: bool,
    pub by_size: [BySize; 61],
}

#[repr(C)]
pub struct BySize {
    pub size: u32,
    pub mallocs: u64,
    pub frees: u64,
}

/// The goroutine stack's reservation, which gc reports in `StackSys`.
const STACK_BYTES: u64 = 1 << 20;

/// `runtime.ReadMemStats(m)`.
#[no_mangle]
pub extern "C" fn cranego_runtime_ReadMemStats(m: *mut MemStats) {
    let mallocs = MALLOCS.load(Ordering::Relaxed);
    let total = TOTAL_ALLOC.load(Ordering::Relaxed);
    let heap = crate::gc::heap_stats();
    let gc = crate::gc::cycle_stats();
    // gc counts tiny objects placed in an existing block as both allocated
    // and freed.
    let frees = TINY_ALLOCS.load(Ordering::Relaxed) + gc.freed_objects;
    // SAFETY: the compiler passes a *runtime.MemStats (nil was checked by the caller's dereference).
    let m = unsafe { &mut *m };
    let live = total - gc.freed_bytes;
    m.alloc = live;
    m.total_alloc = total;
    m.mallocs = mallocs;
    m.frees = frees;
    m.heap_alloc = live;
    m.heap_sys = heap.sys;
    m.heap_inuse = heap.inuse;
    m.heap_idle = heap.sys - heap.inuse;
    m.heap_released = heap.released;
    m.heap_objects = mallocs - frees;
    m.stack_inuse = STACK_BYTES;
    m.stack_sys = STACK_BYTES;
    m.gc_sys = heap.metadata;
    m.sys = heap.sys + heap.metadata + STACK_BYTES;
    m.next_gc = heap.goal;
    m.last_gc = gc.last_gc_unix_ns;
    m.pause_total_ns = gc.pause_total_ns;
    m.pause_ns = gc.pause_ns;
    m.pause_end = gc.pause_end;
    m.num_gc = gc.num_gc;
    m.num_forced_gc = gc.num_forced_gc;
    m.gc_cpu_fraction = heap.gc_cpu_fraction;
    m.enable_gc = true;
    m.debug_gc = false;
}

// `runtime.GC()` (`cranego_runtime_GC`) is the collector's: crate::gc.

#[no_mangle]
pub extern "C" fn cranego_runtime_Gosched() {
    crate::sched::gosched();
}

#[no_mangle]
pub extern "C" fn cranego_runtime_KeepAlive(_typ: *const u8, _data: *const u8) {}

#[no_mangle]
pub extern "C" fn cranego_runtime_NumGoroutine() -> isize {
    crate::sched::count() as isize
}

fn num_cpu() -> isize {
    std::thread::available_parallelism().map(|n| n.get() as isize).unwrap_or(1)
}

#[no_mangle]
pub extern "C" fn cranego_runtime_NumCPU() -> isize {
    num_cpu()
}

/// The GOMAXPROCS setting: the CPU count until a program changes it.
static MAXPROCS: AtomicIsize = AtomicIsize::new(0);

/// `runtime.GOMAXPROCS(n)`: returns the previous setting; `n < 1` only reads it.
#[no_mangle]
pub extern "C" fn cranego_runtime_GOMAXPROCS(n: isize) -> isize {
    let cur = match MAXPROCS.load(Ordering::Relaxed) {
        0 => num_cpu(),
        c => c,
    };
    if n >= 1 {
        MAXPROCS.store(n, Ordering::Relaxed);
    }
    cur
}

/// `debug.SetGCPercent(p)`: returns the previous setting.
#[no_mangle]
pub extern "C" fn cranego_debug_SetGCPercent(p: isize) -> isize {
    crate::gc::set_gc_percent(p)
}
