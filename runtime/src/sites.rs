//! Allocations per site: what really happened at each allocation site the
//! compiler knows, next to what the escape analysis decided there.
//!
//! Compiled code stores a site's number (its index + 1) in
//! `cranego_cur_site` around every runtime call that allocates for it;
//! `alloc.rs` counts objects and bytes against that site. With
//! `GODEBUG=allocsites=1` the program prints, when it exits, a table of
//! every site that was decided or allocated: position, expression,
//! decision, heap allocations, bytes. A site the analysis kept off the heap
//! shows allocations only where gc itself falls back to the heap at run
//! time (a variable-sized `make` over 32 bytes, `append` growing past its
//! stack store, string conversions over 32 bytes).

use std::sync::Mutex;

use crate::abi::SiteInfo;
use crate::print::{go_string, write_stderr};

/// The site compiled code is allocating for (index + 1; 0: none).
#[no_mangle]
pub static mut cranego_cur_site: u32 = 0;

/// The compiler's site table: `{ sites, count }`.
#[repr(C)]
pub struct SiteTable {
    pub sites: *const SiteInfo,
    pub count: usize,
}

// SAFETY: the table is read-only data the compiler emits.
unsafe impl Sync for SiteTable {}

#[cfg(not(test))]
extern "C" {
    static cranego_sites: SiteTable;
}

/// Unit tests link no compiled program: an empty table.
#[cfg(test)]
#[allow(non_upper_case_globals)]
static cranego_sites: SiteTable = SiteTable { sites: std::ptr::null(), count: 0 };

/// (allocations, bytes) per site, grown on demand.
static COUNTS: Mutex<Vec<(u64, u64)>> = Mutex::new(Vec::new());

/// `GODEBUG=allocsites=1` was given: count and report.
static ENABLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Reads `GODEBUG` once, at start.
#[cfg_attr(test, allow(dead_code))]
pub fn init() {
    let on = crate::gc::godebug("allocsites").as_deref() == Some("1");
    ENABLED.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Counts an allocation of `bytes` against the current site, if any.
#[inline]
pub fn record(bytes: u64) {
    if !ENABLED.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    // SAFETY: compiled code runs on one thread; a plain read of the word.
    let site = unsafe { std::ptr::addr_of!(cranego_cur_site).read() } as usize;
    if site == 0 {
        return;
    }
    let mut c = COUNTS.lock().unwrap_or_else(|e| e.into_inner());
    if c.len() < site {
        c.resize(site, (0, 0));
    }
    c[site - 1].0 += 1;
    c[site - 1].1 += bytes;
}

/// Prints the table if `GODEBUG` asks for it (`allocsites=1`). Columns,
/// tab-separated: position, expression, decision, heap allocations, bytes,
/// and `fallback` for sites kept off the heap that may still allocate
/// when what they hold does not fit (see the module comment).
pub fn report_at_exit() {
    if !ENABLED.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    // SAFETY: the compiler always emits the table.
    #[allow(unused_unsafe)]
    let table = unsafe { &*std::ptr::addr_of!(cranego_sites) };
    let sites: &[SiteInfo] = if table.count == 0 || table.sites.is_null() {
        &[]
    } else {
        // SAFETY: the table has `count` entries.
        unsafe { std::slice::from_raw_parts(table.sites, table.count) }
    };
    write_stderr(render(sites).as_bytes());
}

fn render(sites: &[SiteInfo]) -> String {
    let counts = COUNTS.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let mut out = String::from(
        "# allocation sites: position, expression, decision, heap allocations, bytes, run-time fallback\n",
    );
    for (i, s) in sites.iter().enumerate() {
        let (n, bytes) = counts.get(i).copied().unwrap_or((0, 0));
        let (decision, fallback) = match s.decision {
            1 => ("escapes to heap", "-"),
            2 => ("does not escape", "-"),
            // Kept off the heap, but gc (or cranego's maps) may allocate
            // at run time when it does not fit.
            3 => ("does not escape", "fallback"),
            _ if n == 0 => continue,
            _ => ("-", "-"),
        };
        let pos = String::from_utf8_lossy(go_string(s.pos));
        let text = String::from_utf8_lossy(go_string(s.text));
        out.push_str(&format!("{pos}\t{text}\t{decision}\t{n}\t{bytes}\t{fallback}\n"));
    }
    out
}
