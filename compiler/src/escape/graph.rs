//! The data-flow graph (gc's `escape/graph.go`): locations, the edges
//! between them weighted by dereferences, and holes, the destinations an
//! expression's value flows to while the graph is built.

use std::rc::Rc;

use super::leaks::Leaks;
use crate::ir::{FuncId, LocalId, SiteId};
use crate::source::Pos;

/// Index of a location in a batch.
pub type LocId = usize;

/// The pseudo-locations every batch starts with.
pub const HEAP: LocId = 0;
pub const MUTATOR: LocId = 1;
pub const CALLEE: LocId = 2;
pub const BLANK: LocId = 3;

/// Must be heap allocated.
pub const ESCAPES: u8 = 1;
/// Its address outlives the statement.
pub const PERSISTS: u8 = 2;
/// Memory reachable from it may be written.
pub const MUTATES: u8 = 4;
/// Closures reachable from it may be called with their results lost.
pub const CALLS: u8 = 8;

/// What a location stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Pseudo,
    Var(FuncId, LocalId),
    Site(SiteId),
    /// A temporary joining several flows (`teeHole`, `later`, range operands).
    Temp,
}

/// Why a flow exists, for `-m=2`: where (position and rendering) and why.
#[derive(Debug)]
pub struct Note {
    pub next: Option<Rc<Note>>,
    pub pos: Pos,
    /// The statement or expression: as it is once the analysis substituted
    /// the constants it found, and as written (gc prints an explanation
    /// made while it builds the graph with the latter).
    pub text: String,
    pub written: String,
    pub why: &'static str,
}

pub struct Edge {
    pub src: LocId,
    /// Dereferences minus address-ofs, at least -1.
    pub derefs: i32,
    pub notes: Option<Rc<Note>>,
}

pub struct Location {
    pub what: What,
    /// The function it belongs to.
    pub func: FuncId,
    /// Incoming edges.
    pub edges: Vec<Edge>,
    pub loop_depth: i32,
    /// For result variables: 1 + the result's index.
    pub result_index: usize,
    pub attrs: u8,
    pub param: bool,
    pub param_out: bool,
    /// A variable whose address is taken (`&x`, or captured by reference).
    pub addr_taken: bool,
    /// Leaks of a parameter, found while solving.
    pub param_esc: Leaks,
    // Solver state.
    pub derefs: i32,
    pub walkgen: u32,
    pub dst: Option<LocId>,
    pub dst_edge: usize,
    pub queued_all: bool,
    pub queued_one: u32,
}

impl Location {
    pub fn new(what: What, func: FuncId, loop_depth: i32) -> Location {
        Location {
            what,
            func,
            edges: Vec::new(),
            loop_depth,
            result_index: 0,
            attrs: 0,
            param: false,
            param_out: false,
            addr_taken: false,
            param_esc: Leaks::NONE,
            derefs: 0,
            walkgen: 0,
            dst: None,
            dst_edge: 0,
            queued_all: false,
            queued_one: 0,
        }
    }

    pub fn has(&self, attr: u8) -> bool {
        self.attrs & attr != 0
    }
}

/// A destination for a value: "the value flows to `dst` with `derefs`".
#[derive(Clone)]
pub struct Hole {
    pub dst: LocId,
    pub derefs: i32,
    pub notes: Option<Rc<Note>>,
    /// The flow takes an address (the source becomes address-taken).
    pub addr_taken: bool,
}

impl Hole {
    pub fn to(dst: LocId) -> Hole {
        Hole { dst, derefs: 0, notes: None, addr_taken: false }
    }

    pub fn shift(mut self, delta: i32) -> Hole {
        self.derefs += delta;
        self.addr_taken = delta < 0;
        self
    }

    /// Adds a note when explanations are wanted (`explain`).
    /// Adds a note; `texts` gives (as rewritten, as written).
    pub fn note(
        mut self,
        explain: bool,
        pos: Pos,
        texts: impl FnOnce() -> (String, String),
        why: &'static str,
    ) -> Hole {
        if explain {
            let (text, written) = texts();
            self.notes = Some(Rc::new(Note { next: self.notes.take(), pos, text, written, why }));
        }
        self
    }
}
