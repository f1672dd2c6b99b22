//! The garbage collector: a stop-the-world, non-moving mark-sweep collector
//! over a heap of size-classed spans, paced as gc paces its own.
//!
//! Every heap object comes from `malloc` (through `crate::alloc`, which
//! counts it for `MemStats` and the per-site report). A collection runs when
//! the bytes handed out since the last one bring the heap to its goal, or
//! when the program calls `runtime.GC()`:
//!
//! 1. **mark** (`mark.rs`): from the roots — package variables (precisely,
//!    from the compiler's table), the runtime's own variables, the stack
//!    and the registers (conservatively) — every reachable object gets its
//!    mark bit; heap objects are scanned through their type's pointer mask;
//! 2. **sweep** (`heap.rs`): every unmarked object is freed at once; spans
//!    left empty give their pages back to the free runs;
//! 3. **pace**: the next goal is `live × (1 + GOGC/100)`, at least
//!    4 MB × GOGC/100 (gc's `heapMinimum`); `GOGC=off` or a negative
//!    `debug.SetGCPercent` turns automatic collection off;
//! 4. **scavenge**: free pages beyond about a tenth over the goal go back to
//!    the OS (`MADV_DONTNEED`), so a heap that shrank shrinks the process.
//!
//! The program runs on one thread, so the collector's state is that
//! thread's (unit tests, which run on many threads, get a heap each and no
//! automatic collection: they have no compiled program's stack to scan).
//!
//! Knobs, as gc's: `GOGC`, `debug.SetGCPercent`, `runtime.GC`,
//! `GODEBUG=gctrace=1` (one line per collection in gc's format). And
//! cranego's stress mode: `CRANEGO_GCSTRESS=N` collects at every Nth
//! allocation while collection is on, to shake out a missing root; the
//! program sees only freed memory (`Cause::Stress`).

mod heap;
mod mark;

use std::cell::UnsafeCell;
use std::time::Instant;

use crate::abi::Type;
use crate::sizeclass::{class_of, MAX_SMALL_SIZE};
use heap::Heap;

/// gc's `defaultHeapMinimum`: the goal when little is live, at GOGC=100.
const HEAP_MINIMUM: usize = 4 << 20;
/// Objects with pointers larger than this carry gc's 8-byte malloc header,
/// which the size class must make room for (the collector keeps types in a
/// side table, but the sizes and `MemStats` stay gc's).
const MIN_SIZE_FOR_MALLOC_HEADER: usize = 512;
const MALLOC_HEADER_SIZE: usize = 8;

/// The collector's record of its cycles (`MemStats`' GC fields).
pub struct CycleStats {
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub last_gc_unix_ns: u64,
    /// Objects and `MemStats` bytes freed by sweeping so far.
    pub freed_objects: u64,
    pub freed_bytes: u64,
    /// Time spent collecting, for `GCCPUFraction`.
    gc_ns: u64,
}

struct Settings {
    /// GOGC; negative: off.
    percent: isize,
    trace: bool,
    /// Collect at every Nth allocation (0: never).
    stress: u64,
}

struct Collector {
    heap: Heap,
    settings: Option<Settings>,
    /// Automatic collection (off in unit tests).
    enabled: bool,
    goal: usize,
    stress_countdown: u64,
    start: Option<Instant>,
    stats: CycleStats,
}

thread_local! {
    static COLLECTOR: UnsafeCell<Collector> = const {
        UnsafeCell::new(Collector {
            heap: Heap::new(),
            settings: None,
            enabled: !cfg!(test),
            goal: HEAP_MINIMUM,
            stress_countdown: 0,
            start: None,
            stats: CycleStats {
                num_gc: 0,
                num_forced_gc: 0,
                pause_total_ns: 0,
                pause_ns: [0; 256],
                pause_end: [0; 256],
                last_gc_unix_ns: 0,
                freed_objects: 0,
                freed_bytes: 0,
                gc_ns: 0,
            },
        })
    };
}

/// The collector of this thread. Callers keep the reference only while
/// they do not call back into the collector (a collection re-borrows it).
#[allow(clippy::mut_from_ref)]
fn collector() -> &'static mut Collector {
    // SAFETY: the state is thread-local and the runtime never holds two of
    // these references at once (see above).
    COLLECTOR.with(|c| unsafe { &mut *c.get() })
}

/// The value of `key` in `GODEBUG` (`GODEBUG=gctrace=1,allocsites=1`).
pub fn godebug(key: &str) -> Option<String> {
    let all = std::env::var("GODEBUG").ok()?;
    all.split(',').rev().find_map(|kv| kv.trim().strip_prefix(key)?.strip_prefix('=').map(str::to_string))
}

fn settings(c: &mut Collector) -> &Settings {
    c.settings.get_or_insert_with(|| {
        let percent = match std::env::var("GOGC").ok().as_deref() {
            Some("off") => -1,
            Some(v) => v.parse().unwrap_or(100),
            None => 100,
        };
        let stress = std::env::var("CRANEGO_GCSTRESS").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
        Settings { percent, trace: godebug("gctrace").as_deref() == Some("1"), stress }
    })
}

/// The heap goal after a cycle that found `live` bytes (gc's
/// `gcControllerState.heapGoal` without the concurrent-marking slack).
fn goal_for(live: usize, percent: isize) -> usize {
    if percent < 0 {
        return usize::MAX;
    }
    let p = percent as usize;
    live.saturating_add(live.saturating_mul(p) / 100).max(HEAP_MINIMUM * p / 100)
}

/// A zeroed heap object of `size` bytes (`size > 0`). `typ` describes its
/// elements (the object is an array of them when larger); null scans every
/// word. `noscan` objects hold no pointers and are never scanned.
pub fn malloc(size: usize, noscan: bool, typ: *const Type) -> *mut u8 {
    let mut c = collector();
    if c.start.is_none() {
        c.start = Some(Instant::now());
        let (stress, percent) = (settings(c).stress, settings(c).percent);
        c.stress_countdown = stress;
        c.goal = goal_for(0, percent);
    }
    if c.stress_countdown > 0 && c.goal != usize::MAX {
        c.stress_countdown -= 1;
        if c.stress_countdown == 0 {
            c.stress_countdown = settings(c).stress;
            collect(Cause::Stress);
            c = collector();
        }
    }
    if c.heap.paced_bytes >= c.goal && c.enabled {
        collect(Cause::Heap);
        c = collector();
    }
    let header = if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER { MALLOC_HEADER_SIZE } else { 0 };
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        c.heap.alloc_small(class_of(size + header), noscan, typ)
    } else {
        c.heap.alloc_large(size, noscan, typ)
    }
}

/// The top of the goroutine's stack: compiled code's frames lie below it.
static STACK_TOP: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Records where the goroutine's stack begins (its highest address).
#[cfg_attr(test, allow(dead_code))]
pub fn set_stack_top(top: usize) {
    STACK_TOP.store(top, std::sync::atomic::Ordering::Relaxed);
}

/// The top of the main goroutine's stack (the thread's).
pub fn main_stack_top() -> usize {
    STACK_TOP.load(std::sync::atomic::Ordering::Relaxed)
}

/// The top of the running goroutine's stack.
pub fn stack_top() -> usize {
    crate::sched::current_stack_top()
}

/// The callee-saved registers: a caller's pointers may live only there.
#[inline(always)]
fn spill_registers(regs: &mut [usize; 12]) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: stores six registers into the array; changes nothing else.
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12",
            "mov [{0} + 24], r13", "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags));
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: stores eleven registers into the array; changes nothing else.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]", "stp x21, x22, [{0}, #16]", "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]", "stp x27, x28, [{0}, #64]", "str x29, [{0}, #80]",
            in(reg) regs.as_mut_ptr(), options(nostack, preserves_flags));
    }
}

/// The runtime's package variables that may hold heap pointers, and its
/// list of pending deferred calls: (address, bytes).
fn runtime_roots() -> [(usize, usize); 5] {
    use crate::stdlib::{os, strconv};
    fn root<T>(p: *const T) -> (usize, usize) {
        (p as usize, std::mem::size_of::<T>())
    }
    let [defers, panics] = crate::defers::gc_roots();
    [
        defers,
        panics,
        root(std::ptr::addr_of!(os::cranego_os_Args)),
        root(std::ptr::addr_of!(strconv::cranego_strconv_ErrRange)),
        root(std::ptr::addr_of!(strconv::cranego_strconv_ErrSyntax)),
    ]
}

/// Why a collection runs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The heap reached its goal.
    Heap,
    /// `runtime.GC()`.
    Forced,
    /// Stress mode (`CRANEGO_GCSTRESS`): invisible to the program except for
    /// the memory it frees — not counted in `NumGC`, and the tiny block
    /// stays current — so every program prints what it prints without it.
    Stress,
}

/// A full collection from inside the runtime (an allocation): the stack is
/// scanned from this frame up, runtime frames included (they may hold the
/// pointers they are working with).
#[inline(never)]
pub fn collect(cause: Cause) {
    let mut regs = [0usize; 12];
    spill_registers(&mut regs);
    let low = std::hint::black_box(regs.as_ptr()) as usize;
    collect_from(cause, low);
    std::hint::black_box(&regs);
}

// `runtime.GC()`, entered from compiled code, which keeps nothing in
// registers across this call (the compiler calls it with a convention that
// preserves none): the stack is scanned from the caller's frame up. The
// runtime's own frames below hold nothing, and leaving them out, like the
// registers, leaves out the stale words of code that ran before, which
// would keep garbage alive.
#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".globl cranego_runtime_GC",
    "cranego_runtime_GC:",
    "lea rdi, [rsp + 8]",
    "sub rsp, 8",
    "call {forced}",
    "add rsp, 8",
    "ret",
    forced = sym collect_forced,
);

#[cfg(target_arch = "aarch64")]
std::arch::global_asm!(
    ".globl cranego_runtime_GC",
    "cranego_runtime_GC:",
    "stp x29, x30, [sp, #-96]!",
    "stp x19, x20, [sp, #16]",
    "stp x21, x22, [sp, #32]",
    "stp x23, x24, [sp, #48]",
    "stp x25, x26, [sp, #64]",
    "stp x27, x28, [sp, #80]",
    "mov x0, sp",
    "bl {forced}",
    "ldp x19, x20, [sp, #16]",
    "ldp x21, x22, [sp, #32]",
    "ldp x23, x24, [sp, #48]",
    "ldp x25, x26, [sp, #64]",
    "ldp x27, x28, [sp, #80]",
    "ldp x29, x30, [sp], #96",
    "ret",
    forced = sym collect_forced,
);

extern "C" fn collect_forced(low: usize) {
    collect_from(Cause::Forced, low);
}

/// Mark, sweep, set the next goal, give memory back; the stack is scanned
/// from `low` to its top.
fn collect_from(cause: Cause, low: usize) {
    let t0 = Instant::now();
    // gc's tiny block is not a root: it survives if something points into
    // it, and new tiny objects go to a fresh block. Stress collections keep
    // it (as a root), not to change how tiny objects are packed.
    let tiny = if cause == Cause::Stress { crate::alloc::tiny_block() } else { 0 };
    if cause != Cause::Stress {
        crate::alloc::reset_tiny();
    }
    let c = collector();
    let heap_before = c.heap.paced_bytes;
    let mut marker = mark::Marker::new(&mut c.heap);
    let mut roots = runtime_roots().to_vec();
    roots.push((std::ptr::addr_of!(tiny) as usize, 8));
    // The other goroutines' stacks, scanned like this one.
    crate::sched::stack_ranges(&mut roots);
    marker.mark_all(low, stack_top().max(low), &roots);
    let marked = marker.marked_bytes;
    let swept = c.heap.sweep();
    if cause != Cause::Stress {
        c.goal = goal_for(marked, settings(c).percent);
    }
    let goal = c.goal;
    let keep = (goal.saturating_add(goal / 10)).saturating_sub(c.heap.inuse_pages << heap::PAGE_SHIFT);
    c.heap.scavenge(keep);

    let pause = t0.elapsed().as_nanos() as u64;
    let s = &mut c.stats;
    s.freed_objects += swept.objects;
    s.freed_bytes += swept.bytes;
    if cause == Cause::Stress {
        return;
    }
    c.heap.paced_bytes = c.heap.live_bytes;
    s.last_gc_unix_ns = crate::stdlib::time::unix_ns() as u64;
    s.pause_ns[s.num_gc as usize % 256] = pause;
    s.pause_end[s.num_gc as usize % 256] = s.last_gc_unix_ns;
    s.pause_total_ns += pause;
    s.gc_ns += pause;
    s.num_gc += 1;
    if cause == Cause::Forced {
        s.num_forced_gc += 1;
    }
    if settings(c).trace {
        trace_line(c, heap_before, marked, goal, pause, cause == Cause::Forced);
    }
}

/// gc's `fmtNSAsMS`: whole milliseconds from 10 ms, else two significant
/// digits with at most three decimals.
fn ns_as_ms(ns: u64) -> String {
    if ns >= 10_000_000 {
        return (ns / 1_000_000).to_string();
    }
    let mut x = ns / 1000;
    if x == 0 {
        return "0".into();
    }
    let mut dec = 3;
    while x >= 100 {
        x /= 10;
        dec -= 1;
    }
    let p = 10u64.pow(dec);
    if dec == 0 {
        x.to_string()
    } else {
        format!("{}.{:0width$}", x / p, x % p, width = dec as usize)
    }
}

/// The `GODEBUG=gctrace=1` line, in gc's format: stop-the-world, so the
/// whole cycle is the mark phase's clock and CPU time, on one P.
fn trace_line(c: &Collector, before: usize, live: usize, goal: usize, pause: u64, forced: bool) {
    let elapsed = c.start.map(|s| s.elapsed()).unwrap_or_default();
    let percent = (c.stats.gc_ns as f64 * 100.0 / elapsed.as_nanos().max(1) as f64) as u64;
    let ms = ns_as_ms(pause);
    let goal_mb = if goal == usize::MAX { 0 } else { goal >> 20 };
    let line = format!(
        "gc {} @{:.3}s {}%: 0+{ms}+0 ms clock, 0+0/{ms}/0+0 ms cpu, {}->{}->{} MB, {} MB goal, 0 MB stacks, 0 MB globals, 1 P{}\n",
        c.stats.num_gc,
        elapsed.as_secs_f64(),
        percent,
        before >> 20,
        before >> 20,
        live >> 20,
        goal_mb,
        if forced { " (forced)" } else { "" },
    );
    crate::print::write_stderr(line.as_bytes());
}

/// `debug.SetGCPercent`: the new GOGC; returns the old one. A lower
/// setting takes effect at the next allocation, as in gc.
pub fn set_gc_percent(p: isize) -> isize {
    let c = collector();
    let old = settings(c).percent;
    let live = c.heap.live_bytes;
    if let Some(s) = c.settings.as_mut() {
        s.percent = p.max(-1);
    }
    c.goal = goal_for(live.min(c.goal), p.max(-1));
    old
}

/// What `runtime.ReadMemStats` reports from the heap and the collector.
pub struct HeapStats {
    pub sys: u64,
    pub inuse: u64,
    pub released: u64,
    pub metadata: u64,
    pub goal: u64,
    pub gc_cpu_fraction: f64,
}

pub fn heap_stats() -> HeapStats {
    let c = collector();
    let elapsed = c.start.map(|s| s.elapsed().as_nanos() as f64).unwrap_or(0.0);
    HeapStats {
        sys: c.heap.sys_bytes() as u64,
        inuse: (c.heap.inuse_pages << heap::PAGE_SHIFT) as u64,
        released: (c.heap.released_pages << heap::PAGE_SHIFT) as u64,
        metadata: c.heap.metadata_bytes() as u64,
        goal: if c.goal == usize::MAX { 0 } else { c.goal as u64 },
        gc_cpu_fraction: if elapsed > 0.0 { c.stats.gc_ns as f64 / elapsed } else { 0.0 },
    }
}

pub fn cycle_stats() -> &'static CycleStats {
    &collector().stats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ms_like_gc() {
        assert_eq!(ns_as_ms(0), "0");
        assert_eq!(ns_as_ms(999), "0");
        assert_eq!(ns_as_ms(1_000), "0.001");
        assert_eq!(ns_as_ms(12_345), "0.012");
        assert_eq!(ns_as_ms(123_456), "0.12");
        assert_eq!(ns_as_ms(1_234_567), "1.2");
        assert_eq!(ns_as_ms(9_999_999), "9.9");
        assert_eq!(ns_as_ms(12_345_678), "12");
    }

    #[test]
    fn goal_like_gc() {
        assert_eq!(goal_for(0, 100), 4 << 20);
        assert_eq!(goal_for(10 << 20, 100), 20 << 20);
        assert_eq!(goal_for(10 << 20, 50), 15 << 20);
        assert_eq!(goal_for(10 << 20, -1), usize::MAX);
    }
}
