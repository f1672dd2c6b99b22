//! A batch: the functions of one strongly connected component of the call
//! graph, analysed as one graph (gc's `escape.go:Batch`).

use std::collections::{HashMap, HashSet};

use super::graph::{Edge, Hole, LocId, Location, Note, What, BLANK, CALLEE, ESCAPES, HEAP, MUTATOR};
use super::leaks::Leaks;
use super::Analysis;
use crate::diag::Remark;
use crate::ir::{FuncId, LocalId, LocalKind, Program, SiteId};
use crate::source::Pos;

pub struct Batch<'p> {
    pub prog: &'p Program,
    pub an: &'p mut Analysis,
    /// Print `-m=2` explanations.
    pub explain: bool,
    /// Print `-m` lines.
    pub diagnose: bool,
    pub locs: Vec<Location>,
    /// Variables by (function, local); captured variables map to the
    /// variable they capture.
    pub var_locs: HashMap<(FuncId, LocalId), LocId>,
    pub site_locs: HashMap<SiteId, LocId>,
    pub members: Vec<FuncId>,
    /// Closures (of this batch) whose calls are not all known.
    pub results_lost: HashSet<FuncId>,
    /// Function literals met, with the hole their closure object flows to.
    pub closures: Vec<(Hole, FuncId)>,
    /// The function whose body is being walked, and the loop depth there.
    pub cur: FuncId,
    pub loop_depth: i32,
    /// The inlined calls whose bodies are being walked, innermost last.
    pub inlined: Vec<InlinedFrame>,
    /// An explanation is being printed while the graph is built: gc prints
    /// it before substituting constants, with the expressions as written.
    pub as_written: bool,
}

/// An inlined call being walked: `-m=2` notes show its statements at the
/// call (gc's outermost position), its parameter and result assignments
/// as gc's pair assignments (`p := arg`, `~r0 = v`).
pub struct InlinedFrame {
    pub pos: crate::source::Pos,
    pub results: Vec<LocalId>,
    /// The left-hand side of the parameters' assignment.
    pub params: Option<*const crate::ir::Expr>,
    /// Variables of the body declared with a value, not yet assigned.
    pub defining: HashSet<LocalId>,
}

impl<'p> Batch<'p> {
    pub fn new(prog: &'p Program, an: &'p mut Analysis, members: Vec<FuncId>, m: u32) -> Batch<'p> {
        let (diagnose, explain) = (m > 0, m >= 2);
        let mut locs = Vec::new();
        for _ in [HEAP, MUTATOR, CALLEE, BLANK] {
            locs.push(Location::new(What::Pseudo, FuncId(u32::MAX), 0));
        }
        use super::graph::{CALLS, MUTATES, PERSISTS};
        locs[HEAP].attrs = ESCAPES | PERSISTS | MUTATES | CALLS;
        locs[MUTATOR].attrs = MUTATES;
        locs[CALLEE].attrs = CALLS;
        Batch {
            prog,
            an,
            explain,
            diagnose,
            locs,
            var_locs: HashMap::new(),
            site_locs: HashMap::new(),
            members,
            results_lost: HashSet::new(),
            closures: Vec::new(),
            cur: FuncId(0),
            loop_depth: 1,
            inlined: Vec::new(),
            as_written: false,
        }
    }

    pub fn in_batch(&self, f: FuncId) -> bool {
        self.members.contains(&f)
    }

    /// A new location in the current function at the current loop depth.
    pub fn new_loc(&mut self, what: What, persists: bool) -> LocId {
        let mut l = Location::new(what, self.cur, self.loop_depth);
        if persists {
            l.attrs |= super::graph::PERSISTS;
        }
        self.locs.push(l);
        let id = self.locs.len() - 1;
        match what {
            What::Site(s) => {
                self.site_locs.insert(s, id);
            }
            What::Var(f, v) => {
                self.var_locs.insert((f, v), id);
            }
            _ => {}
        }
        id
    }

    /// The location of a variable as seen from function `f`: a captured
    /// variable is the enclosing function's variable itself.
    pub fn var_loc(&self, f: FuncId, l: LocalId) -> Option<LocId> {
        let (f, l) = self.an.canonical(self.prog, f, l);
        self.var_locs.get(&(f, l)).copied()
    }

    /// The locations of a function's variables (gc's `initFunc`).
    pub fn init_func(&mut self, f: FuncId) {
        self.cur = f;
        self.loop_depth = 1;
        let func = &self.prog.funcs[f.index()];
        for (i, local) in func.locals.iter().enumerate() {
            if matches!(local.kind, LocalKind::Captured(_)) {
                continue;
            }
            let l = self.new_loc(What::Var(f, LocalId(i as u32)), true);
            self.locs[l].param = local.kind == LocalKind::Param;
            self.locs[l].param_out = local.kind == LocalKind::Result;
        }
        for (i, &r) in func.results.iter().enumerate() {
            if let Some(l) = self.var_locs.get(&(f, r)).copied() {
                self.locs[l].result_index = i + 1;
            }
        }
    }

    /// Adds the flow `k.dst ← src` (gc's `flow`).
    pub fn flow(&mut self, k: Hole, src: LocId) {
        if k.addr_taken {
            self.locs[src].addr_taken = true;
        }
        let dst = k.dst;
        if dst == BLANK {
            return;
        }
        if dst == src && k.derefs >= 0 {
            return;
        }
        if self.locs[dst].has(ESCAPES) && k.derefs < 0 {
            if self.explain && !self.locs[src].has(ESCAPES) {
                let pos = self.loc_pos(src);
                self.as_written = true;
                let head = format!("{} escapes to heap in {}:", self.explained_loc_text(src), self.func_name(src));
                self.emit_explain(pos, head);
                self.explain_flow(pos, dst, src, k.derefs, k.notes.as_deref());
                self.as_written = false;
            }
            use super::graph::{CALLS, MUTATES, PERSISTS};
            self.locs[src].attrs |= ESCAPES | PERSISTS | MUTATES | CALLS;
            return;
        }
        self.locs[dst].edges.push(Edge { src, derefs: k.derefs, notes: k.notes });
    }

    pub fn heap_hole(&self) -> Hole {
        Hole::to(HEAP)
    }

    pub fn discard_hole(&self) -> Hole {
        Hole::to(BLANK)
    }

    /// One hole feeding several (gc's `teeHole`).
    pub fn tee(&mut self, ks: Vec<Hole>) -> Hole {
        match ks.len() {
            0 => self.discard_hole(),
            1 => ks.into_iter().next().unwrap_or(Hole::to(BLANK)),
            _ => {
                let loc = self.new_loc(What::Temp, false);
                for k in ks {
                    self.flow(k, loc);
                }
                Hole::to(loc)
            }
        }
    }

    /// The hole for a parameter's tag (gc's `tagHole`): into the callee's
    /// parameter when it is in this batch, else the tag's flows.
    pub fn tag_hole(&mut self, ks: &[Hole], callee: Option<FuncId>, param: usize) -> Hole {
        let Some(f) = callee else { return self.heap_hole() };
        if self.in_batch(f) {
            let func = &self.prog.funcs[f.index()];
            let Some(&p) = func.params.get(param) else { return self.discard_hole() };
            if func.local(p).name == "_" {
                return self.discard_hole();
            }
            return match self.var_locs.get(&(f, p)) {
                Some(&l) => Hole::to(l),
                None => self.discard_hole(),
            };
        }
        let tags = self.an.tags(self.prog, f);
        let esc = tags.get(param).copied().unwrap_or_else(Leaks::heap);
        let mut tag_ks = Vec::new();
        if esc.heap_derefs() >= 0 {
            tag_ks.push(self.heap_hole().shift(esc.heap_derefs()));
        }
        if esc.mutator() >= 0 {
            tag_ks.push(Hole::to(MUTATOR).shift(esc.mutator()));
        }
        if esc.callee() >= 0 {
            tag_ks.push(Hole::to(CALLEE).shift(esc.callee()));
        }
        for (i, k) in ks.iter().enumerate().take(super::leaks::NUM_RESULTS) {
            if esc.result(i) >= 0 {
                tag_ks.push(k.clone().shift(esc.result(i)));
            }
        }
        self.tee(tag_ks)
    }

    // -----------------------------------------------------------------------
    // Names and explanations

    pub fn loc_pos(&self, l: LocId) -> Pos {
        match self.locs[l].what {
            What::Var(f, v) => self.prog.funcs[f.index()].local(v).pos,
            What::Site(s) => self.prog.sites[s.index()].pos,
            _ => Pos::default(),
        }
    }

    /// How gc prints a location's node in its decision line.
    pub fn loc_text(&self, l: LocId) -> String {
        match self.locs[l].what {
            What::Site(s) => self.an.site_text(self.prog, s),
            _ => self.explained_loc_text(l),
        }
    }

    /// How gc prints a location's node in an `-m=2` explanation: as
    /// written when it explains while building the graph.
    pub fn explained_loc_text(&self, l: LocId) -> String {
        match self.locs[l].what {
            What::Var(f, v) => self.prog.funcs[f.index()].local(v).name.clone(),
            What::Site(s) if self.as_written => self.an.written_site_text(self.prog, s),
            What::Site(s) => self.an.site_text(self.prog, s),
            _ => String::new(),
        }
    }

    pub fn func_name(&self, l: LocId) -> String {
        crate::ir::text::func_name(self.prog, self.locs[l].func)
    }

    /// gc's `explainLoc`.
    pub fn explain_loc(&self, l: LocId) -> String {
        if l == HEAP {
            return "{heap}".into();
        }
        match self.locs[l].what {
            What::Var(..) => self.explained_loc_text(l),
            What::Site(_) => format!("{{storage for {}}}", self.explained_loc_text(l)),
            _ => "{temp}".into(),
        }
    }

    pub fn emit_explain(&mut self, pos: Pos, msg: String) {
        self.an.diags.push(Remark { pos, msg, at: None });
    }

    /// The `flow:` line of one edge and its notes (gc's `explainFlow`).
    pub fn explain_flow(&mut self, pos: Pos, dst: LocId, src: LocId, derefs: i32, notes: Option<&Note>) {
        let ops = if derefs < 0 { "&".to_string() } else { "*".repeat(derefs as usize) };
        let msg = format!("  flow: {} ← {ops}{}:", self.explain_loc(dst), self.explain_loc(src));
        self.emit_explain(pos, msg);
        let mut n = notes;
        while let Some(note) = n {
            let text = if self.as_written { &note.written } else { &note.text };
            let msg = format!("    from {} ({})", text, note.why);
            self.an.diags.push(Remark { pos, msg, at: Some(note.pos) });
            n = note.next.as_deref();
        }
    }

    /// The path by which `src` reaches `root` (gc's `explainPath`).
    pub fn explain_path(&mut self, root: LocId, src: LocId, head: String) {
        let pos = self.loc_pos(src);
        self.emit_explain(pos, head);
        let mut visited = HashSet::new();
        let mut cur = src;
        loop {
            if !visited.insert(cur) {
                self.emit_explain(
                    pos,
                    "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518".into(),
                );
                break;
            }
            let Some(dst) = self.locs[cur].dst else { break };
            let ei = self.locs[cur].dst_edge;
            let (derefs, notes) = {
                let e = &self.locs[dst].edges[ei];
                (e.derefs, e.notes.clone())
            };
            self.explain_flow(pos, dst, cur, derefs, notes.as_deref());
            if dst == root {
                break;
            }
            cur = dst;
        }
    }

    /// Whether `inner` is a function literal nested (at any depth) in `outer`.
    pub fn contains_closure(&self, outer: FuncId, inner: FuncId) -> bool {
        if outer == inner {
            return false;
        }
        let mut f = inner;
        while let Some(&p) = self.an.closure_parent.get(&f) {
            if p == outer {
                return true;
            }
            f = p;
        }
        false
    }

    /// The function literal a closure site creates.
    pub fn closure_of_site(&self, s: SiteId) -> Option<FuncId> {
        self.an.site_closure.get(&s).copied()
    }
}
