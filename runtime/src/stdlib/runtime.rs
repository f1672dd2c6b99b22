//! `runtime` and `runtime/debug`: memory statistics and the scheduler and
//! collector controls of the subset. There is one goroutine and, until the
//! collector lands, no collection: `GC` does nothing and `Frees` stays 0.

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
    pub rest: [u64; 11],
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub gc_cpu_fraction: f64,
    pub enable_gc: bool,
    pub debug_gc: bool,
    pub by_size: [[u64; 3]; 61],
}

/// `runtime.ReadMemStats(m)`.
#[no_mangle]
pub extern "C" fn cranego_runtime_ReadMemStats(m: *mut MemStats) {
    let mallocs = MALLOCS.load(Ordering::Relaxed);
    let total = TOTAL_ALLOC.load(Ordering::Relaxed);
    // gc counts tiny objects placed in an existing block as both allocated
    // and freed.
    let frees = TINY_ALLOCS.load(Ordering::Relaxed);
    // SAFETY: the compiler passes a *runtime.MemStats (nil was checked by the caller's dereference).
    let m = unsafe { &mut *m };
    m.alloc = total;
    m.total_alloc = total;
    m.sys = total;
    m.mallocs = mallocs;
    m.frees = frees;
    m.heap_alloc = total;
    m.heap_sys = total;
    m.heap_inuse = total;
    m.heap_objects = mallocs - frees;
    m.enable_gc = true;
}

#[no_mangle]
pub extern "C" fn cranego_runtime_GC() {}

#[no_mangle]
pub extern "C" fn cranego_runtime_Gosched() {}

#[no_mangle]
pub extern "C" fn cranego_runtime_KeepAlive(_typ: *const u8, _data: *const u8) {}

#[no_mangle]
pub extern "C" fn cranego_runtime_NumGoroutine() -> isize {
    1
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

/// The collector's target percentage (`GOGC`, default 100).
static GC_PERCENT: AtomicIsize = AtomicIsize::new(100);

/// `debug.SetGCPercent(p)`: returns the previous setting.
#[no_mangle]
pub extern "C" fn cranego_debug_SetGCPercent(p: isize) -> isize {
    GC_PERCENT.swap(p, Ordering::Relaxed)
}
