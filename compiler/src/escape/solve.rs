//! Solving the graph (gc's `escape/solve.go`): from every location as a
//! root, the fewest dereferences with which each other location's value
//! (or, below zero, its address) reaches the root. A location whose address
//! reaches a root that outlives it escapes; parameters record their leaks.

use std::collections::VecDeque;

use super::batch::Batch;
use super::graph::{LocId, What, CALLEE, CALLS, ESCAPES, HEAP, MUTATES, MUTATOR, PERSISTS};

impl Batch<'_> {
    /// Walks from every location until no attribute changes (gc's `walkAll`).
    pub fn walk_all(&mut self) {
        // gc's order: every location pushed to the front in creation order,
        // then the mutator, the callee and the heap.
        let mut todo: VecDeque<LocId> = VecDeque::new();
        for l in BLANK_END..self.locs.len() {
            todo.push_front(l);
            self.locs[l].queued_all = true;
        }
        for l in [MUTATOR, CALLEE, HEAP] {
            todo.push_front(l);
            self.locs[l].queued_all = true;
        }
        let mut walkgen = 0u32;
        while let Some(root) = todo.pop_front() {
            self.locs[root].queued_all = false;
            walkgen += 1;
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    fn enqueue(&mut self, l: LocId, todo: &mut VecDeque<LocId>) {
        if !self.locs[l].queued_all {
            self.locs[l].queued_all = true;
            if self.locs[l].has(ESCAPES) {
                todo.push_front(l);
            } else {
                todo.push_back(l);
            }
        }
    }

    /// Bellman-Ford from `root` over incoming edges (gc's `walkOne`).
    fn walk_one(&mut self, root: LocId, walkgen: u32, all: &mut VecDeque<LocId>) {
        self.locs[root].walkgen = walkgen;
        self.locs[root].derefs = 0;
        self.locs[root].dst = None;

        if self.locs[root].has(CALLS) {
            if let What::Site(s) = self.locs[root].what {
                if let Some(f) = self.closure_of_site(s) {
                    if self.in_batch(f) && !self.results_lost.contains(&f) {
                        self.results_lost.insert(f);
                        // Re-flow from the closure's results, now that their
                        // callers are unknown.
                        let results = self.prog.funcs[f.index()].results.clone();
                        for r in results {
                            if let Some(l) = self.var_locs.get(&(f, r)).copied() {
                                self.enqueue(l, all);
                            }
                        }
                    }
                }
            }
        }

        let mut todo: VecDeque<LocId> = VecDeque::from([root]);
        while let Some(l) = todo.pop_front() {
            self.locs[l].queued_one = 0;
            let mut derefs = self.locs[l].derefs;
            let mut new_attrs = 0u8;
            // Below zero: l's address flows to root.
            if derefs < 0 {
                // For "root = &l; l = x", x's address does not flow.
                derefs = 0;
                if self.outlives(root, l) {
                    if !self.locs[l].has(ESCAPES) && self.explain {
                        let head = format!("{} escapes to heap in {}:", self.loc_text(l), self.func_name(l));
                        self.explain_path(root, l, head);
                    }
                    new_attrs |= ESCAPES | PERSISTS | MUTATES | CALLS;
                } else if self.locs[root].has(PERSISTS) {
                    new_attrs |= PERSISTS;
                }
            }
            if derefs == 0 {
                new_attrs |= self.locs[root].attrs & (MUTATES | CALLS);
            }
            // A parameter's value reaching the heap or a result is a leak.
            if self.locs[l].param {
                if self.outlives(root, l) {
                    if !self.locs[l].has(ESCAPES) && self.explain {
                        let head = format!(
                            "parameter {} leaks to {} for {} with derefs={derefs}:",
                            self.loc_text(l),
                            self.explain_loc(root),
                            self.func_name(l)
                        );
                        self.explain_path(root, l, head);
                    }
                    self.leak_to(l, root, derefs);
                }
                if self.locs[root].has(MUTATES) {
                    self.locs[l].param_esc.add_mutator(derefs);
                }
                if self.locs[root].has(CALLS) {
                    self.locs[l].param_esc.add_callee(derefs);
                }
            }
            if new_attrs & !self.locs[l].attrs != 0 {
                self.locs[l].attrs |= new_attrs;
                self.enqueue(l, all);
                if self.locs[l].has(ESCAPES) {
                    continue;
                }
            }
            for i in 0..self.locs[l].edges.len() {
                let (src, w) = (self.locs[l].edges[i].src, self.locs[l].edges[i].derefs);
                if self.locs[src].has(ESCAPES) {
                    continue;
                }
                let d = derefs + w;
                if self.locs[src].walkgen != walkgen || self.locs[src].derefs > d {
                    let s = &mut self.locs[src];
                    s.walkgen = walkgen;
                    s.derefs = d;
                    s.dst = Some(l);
                    s.dst_edge = i;
                    if s.queued_one != walkgen {
                        s.queued_one = walkgen;
                        todo.push_back(src);
                    }
                }
            }
        }
    }

    /// Records that parameter `l` reaches `sink` with `derefs`.
    fn leak_to(&mut self, l: LocId, sink: LocId, derefs: i32) {
        let s = &self.locs[sink];
        if !s.has(ESCAPES) && s.param_out && s.func == self.locs[l].func {
            let ri = s.result_index - 1;
            if ri < super::leaks::NUM_RESULTS {
                self.locs[l].param_esc.add_result(ri, derefs);
                return;
            }
        }
        self.locs[l].param_esc.add_heap(derefs);
    }

    /// Whether values stored in `l` may survive beyond `other`'s lifetime
    /// if `other` lived on the stack (gc's `outlives`).
    pub fn outlives(&self, l: LocId, other: LocId) -> bool {
        let (a, b) = (&self.locs[l], &self.locs[other]);
        if a.has(ESCAPES) {
            return true;
        }
        if l == MUTATOR || l == CALLEE {
            return false;
        }
        // Callers may keep results anywhere, except a closure's results
        // when all its calls are known.
        if a.param_out {
            return !self.contains_closure(b.func, a.func) || self.results_lost.contains(&a.func);
        }
        // Declared outside other's loop.
        if a.func == b.func && a.loop_depth < b.loop_depth {
            return true;
        }
        // other lives in a closure called from l's function.
        self.contains_closure(a.func, b.func)
    }
}

/// Locations before this index are pseudo-locations.
const BLANK_END: LocId = super::graph::BLANK + 1;
