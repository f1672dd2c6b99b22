//! Escape analysis: for every allocation site and every variable whose
//! address is taken, heap or stack.
//!
//! This is where gc's algorithm (`cmd/compile/internal/escape`) will live:
//! a graph of locations with dereference-weighted edges, solved from the
//! heap, result and parameter roots, function by function over the call
//! graph's strongly connected components. Until it is implemented, every
//! site and every address-taken variable goes to the heap: always correct,
//! never precise.

use crate::ir::{FuncId, LocalId, Program, SiteId};

/// The analysis' result, read by code generation.
pub struct Decisions {
    site_heap: Vec<bool>,
    local_heap: Vec<Vec<bool>>,
}

impl Decisions {
    pub fn site_on_heap(&self, s: SiteId) -> bool {
        self.site_heap.get(s.index()).copied().unwrap_or(true)
    }

    pub fn local_on_heap(&self, f: FuncId, l: LocalId) -> bool {
        self.local_heap.get(f.index()).and_then(|v| v.get(l.index())).copied().unwrap_or(false)
    }
}

/// Decides heap or stack for every site and variable of the program.
pub fn analyze(prog: &Program) -> Decisions {
    Decisions {
        site_heap: vec![true; prog.sites.len()],
        local_heap: prog.funcs.iter().map(|f| f.locals.iter().map(|l| l.addr_taken).collect()).collect(),
    }
}
