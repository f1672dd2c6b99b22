//! Running a batch and reporting its decisions (gc's `escape.go:Batch` and
//! `finish`): parameter tags with their `leaking param` lines first, then
//! every location in creation order — `moved to heap: x` for variables,
//! `EXPR escapes to heap` / `EXPR does not escape` for allocation sites.

use super::batch::Batch;
use super::graph::{Hole, What, ESCAPES, HEAP, MUTATES};
use super::leaks::{Leaks, NUM_RESULTS};
use super::{Analysis, SiteKind};
use crate::diag::Remark;
use crate::ir::{FuncId, FuncOrigin, LocalId, LocalKind, Program};

/// gc's `ir.MaxStackVarSize`: larger variables live on the heap.
const MAX_STACK_VAR: u64 = 128 * 1024;
/// gc's `ir.MaxImplicitStackVarSize`: larger `new`, `&T{}` and `make` too.
const MAX_IMPLICIT_STACK_VAR: u64 = 64 * 1024;

impl Analysis {
    pub fn run_batch(&mut self, prog: &Program, members: Vec<FuncId>, m: u32) {
        let mut b = Batch::new(prog, self, members.clone(), m);
        for &f in &members {
            b.init_func(f);
        }
        for &f in &members {
            if !crate::ir::scc::captures(prog, f) {
                b.walk_func(f);
            }
        }
        b.flow_closures();
        for l in 4..b.locs.len() {
            if let Some(why) = b.heap_alloc_reason(l) {
                let pos = b.loc_pos(l);
                let text = b.loc_text(l);
                let k = Hole::to(HEAP).shift(-1).note(b.explain, pos, || text, why);
                b.flow(k, l);
            }
        }
        b.walk_all();
        b.finish();
    }
}

impl Batch<'_> {
    /// gc's `HeapAllocReason`: too large (or zero-sized) for the stack,
    /// whatever the flows.
    fn heap_alloc_reason(&self, l: usize) -> Option<&'static str> {
        let types = &self.prog.types;
        match self.locs[l].what {
            What::Var(f, v) => {
                let local = self.prog.funcs[f.index()].local(v);
                // Compiler temporaries are not gc's variables: never reported.
                let exempt = self.locs[l].param || self.locs[l].param_out || local.kind == LocalKind::Temp;
                (!exempt && types.size_of(local.ty) > MAX_STACK_VAR).then_some("too large for stack")
            }
            What::Site(s) => {
                let site = &self.prog.sites[s.index()];
                match self.an.site_kinds.get(&s) {
                    Some(SiteKind::New) => {
                        (types.size_of(site.ty) > MAX_IMPLICIT_STACK_VAR).then_some("too large for stack")
                    }
                    Some(SiteKind::MakeSlice(size)) => {
                        let elem = match types.under_kind(site.ty) {
                            crate::types::TypeKind::Slice(e) => types.size_of(*e),
                            _ => 1,
                        };
                        if elem == 0 {
                            return Some("zero-sized element");
                        }
                        let size = self.an.site_consts.get(&s).and_then(|v| v.to_i64()).or(*size)?;
                        (size as u64 > MAX_IMPLICIT_STACK_VAR / elem).then_some("too large for stack")
                    }
                    Some(SiteKind::Closure(f)) => {
                        let caps = self.prog.funcs[f.index()].closure.as_deref().unwrap_or(&[]);
                        let modes = self.an.captures.get(f);
                        let bytes: u64 = 8 + caps
                            .iter()
                            .enumerate()
                            .map(|(i, c)| match modes.and_then(|m| m.get(i)) {
                                Some(m) if !m.by_ref => types.size_of(c.ty),
                                _ => 8,
                            })
                            .sum::<u64>();
                        (bytes > MAX_IMPLICIT_STACK_VAR).then_some("too large for stack")
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Tags the batch's functions and prints the decisions (gc's `finish`).
    fn finish(&mut self) {
        let diagnose = self.diagnose;
        let prog = self.prog;
        for &f in &self.members.clone() {
            let func = &prog.funcs[f.index()];
            let report = diagnose && func.origin != FuncOrigin::Wrapper;
            let mut tags = Vec::new();
            for &p in &func.params {
                tags.push(self.param_tag(f, p, report));
            }
            self.an.tags.insert(f, tags);
        }
        for l in 4..self.locs.len() {
            let loc = &self.locs[l];
            let escapes = loc.has(ESCAPES);
            let report = diagnose && prog.funcs[loc.func.index()].origin != FuncOrigin::Wrapper;
            match loc.what {
                What::Var(f, v) => {
                    if escapes {
                        self.an.local_heap[f.index()][v.index()] = true;
                        let local = prog.funcs[f.index()].local(v);
                        if report && local.kind != LocalKind::Temp {
                            let msg = format!("moved to heap: {}", local.name);
                            self.an.diags.push(Remark { pos: local.pos, msg, at: None });
                        }
                    } else {
                        self.an.local_heap[f.index()][v.index()] = false;
                    }
                }
                What::Site(s) => {
                    self.an.site_heap[s.index()] = escapes;
                    self.an.decided.insert(s, escapes);
                    let kind = self.an.site_kinds.get(&s).cloned();
                    if matches!(kind, Some(SiteKind::StringToBytes)) && !escapes && !self.locs[l].has(MUTATES) {
                        self.an.zero_copy.insert(s);
                    }
                    if !report || prog.sites[s.index()].silent {
                        continue;
                    }
                    let pos = prog.sites[s.index()].pos;
                    let text =
                        if matches!(kind, Some(SiteKind::Append)) { "append".to_string() } else { self.loc_text(l) };
                    let msg =
                        if escapes { format!("{text} escapes to heap") } else { format!("{text} does not escape") };
                    self.an.diags.push(Remark { pos, msg, at: None });
                    if matches!(kind, Some(SiteKind::StringToBytes)) && !escapes && !self.locs[l].has(MUTATES) {
                        self.an.diags.push(Remark { pos, msg: "zero-copy string->[]byte conversion".into(), at: None });
                    }
                }
                _ => {}
            }
        }
    }

    /// A parameter's tag, printing its `leaking param` line (gc's `paramTag`).
    fn param_tag(&mut self, f: FuncId, p: LocalId, report: bool) -> Leaks {
        let local = self.prog.funcs[f.index()].local(p);
        if !self.prog.types.has_pointers(local.ty) || local.name == "_" {
            return Leaks::NONE;
        }
        let Some(l) = self.var_locs.get(&(f, p)).copied() else { return Leaks::NONE };
        let mut esc = self.locs[l].param_esc;
        esc.optimize();
        if report && !self.locs[l].has(ESCAPES) {
            self.report_leaks(f, local.pos, &local.name, esc);
        }
        esc
    }

    fn report_leaks(&mut self, f: FuncId, pos: crate::source::Pos, name: &str, esc: Leaks) {
        let mut warned = false;
        let x = esc.heap_derefs();
        if x >= 0 {
            let msg = if x == 0 { format!("leaking param: {name}") } else { format!("leaking param content: {name}") };
            self.an.diags.push(Remark { pos, msg, at: None });
            warned = true;
        }
        let func = &self.prog.funcs[f.index()];
        for i in 0..NUM_RESULTS {
            let x = esc.result(i);
            if x >= 0 {
                let res = func.results.get(i).map(|&r| func.local(r).name.clone()).unwrap_or_default();
                let msg = format!("leaking param: {name} to result {res} level={x}");
                self.an.diags.push(Remark { pos, msg, at: None });
                warned = true;
            }
        }
        if !warned {
            self.an.diags.push(Remark { pos, msg: format!("{name} does not escape"), at: None });
        }
    }
}
