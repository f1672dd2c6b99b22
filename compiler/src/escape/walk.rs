//! Building the graph from the IR (gc's `escape/stmt.go`, `expr.go`,
//! `assign.go` and `call.go`): every statement and expression is walked with
//! a hole saying where its value flows.

use super::batch::Batch;
use super::graph::{Hole, What, CALLEE, MUTATOR};
use super::StaticValue;
use crate::ir::{self, Builtin, Callee, ExprKind as IK, FuncId, SiteId, Stmt};
use crate::types::TypeKind;

/// A statement's position and its text (as rewritten, as written) for a
/// `-m=2` note.
type StmtText = (crate::source::Pos, (String, String));

impl<'p> Batch<'p> {
    /// Walks a function's body (gc's `walkFunc`).
    pub fn walk_func(&mut self, f: FuncId) {
        let saved = (self.cur, self.loop_depth);
        self.cur = f;
        self.loop_depth = 1;
        let func = &self.prog.funcs[f.index()];
        if func.origin == crate::ir::FuncOrigin::Init {
            // gc initialises package variables with static values as data,
            // not code: only the other initialisers are analysed.
            for s in &func.body {
                if !super::static_init(s) {
                    self.stmt(s);
                }
            }
        } else {
            self.block(&func.body);
        }
        (self.cur, self.loop_depth) = saved;
    }

    fn block(&mut self, list: &'p [Stmt]) {
        let depth = self.loop_depth;
        for s in list {
            self.stmt(s);
        }
        self.loop_depth = depth;
    }

    fn note(&self, k: Hole, e: &ir::Expr, why: &'static str) -> Hole {
        let (prog, cur) = (self.prog, self.cur);
        let an = &*self.an;
        k.note(self.explain, e.pos, || (an.expr_text(prog, cur, e), an.written_text(prog, cur, e)), why)
    }

    fn stmt(&mut self, s: &'p Stmt) {
        match s {
            Stmt::Decl(l) => {
                if let Some(loc) = self.var_loc(self.cur, *l) {
                    self.locs[loc].loop_depth = self.loop_depth;
                }
                let local = self.prog.funcs[self.cur.index()].local(*l);
                if let Some(frame) = self.inlined.last_mut() {
                    if local.init && local.kind == ir::LocalKind::Var {
                        frame.defining.insert(*l);
                    }
                }
            }
            Stmt::Expr(e) => self.expr_stmt(e),
            Stmt::Assign(lhs, rhs) => self.assign_list(lhs, rhs, "assign"),
            Stmt::AssignTuple(lhs, call) => {
                let ks: Vec<Hole> = lhs.iter().map(|p| self.addr(p)).collect();
                self.call(Some(&ks), call);
            }
            Stmt::If { cond, then, els } => {
                self.discard(cond);
                self.block(then);
                self.block(els);
            }
            Stmt::Loop { cond, body, post, fresh, .. } => {
                self.loop_depth += 1;
                // Per-iteration loop variables belong to each iteration.
                for &l in fresh {
                    if let Some(loc) = self.var_loc(self.cur, l) {
                        self.locs[loc].loop_depth = self.loop_depth;
                    }
                }
                if let Some(c) = cond {
                    self.discard(c);
                }
                let depth = self.loop_depth;
                for s in post {
                    self.stmt(s);
                }
                self.loop_depth = depth;
                self.block(body);
                self.loop_depth -= 1;
            }
            Stmt::Switch { cases, .. } => {
                for c in cases {
                    for e in &c.conds {
                        self.discard(e);
                    }
                    self.block(&c.body);
                }
            }
            Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::Return(vals) => {
                if vals.is_empty() {
                    return;
                }
                let results = self.prog.funcs[self.cur.index()].results.clone();
                let cur = self.cur;
                if vals.len() == 1 && results.len() > 1 {
                    // return f(): a call with several results.
                    let ks: Vec<Hole> = results
                        .iter()
                        .map(|&r| self.var_loc(cur, r).map(Hole::to).unwrap_or(self.discard_hole()))
                        .collect();
                    self.call(Some(&ks), &vals[0]);
                    return;
                }
                let stmt = self.stmt_note(vals[0].pos, &[], vals);
                for (r, v) in results.iter().zip(vals) {
                    let k = self.var_loc(cur, *r).map(Hole::to).unwrap_or(self.discard_hole());
                    let k = match &stmt {
                        Some((pos, texts)) => k.note(self.explain, *pos, || texts.clone(), "return"),
                        None => self.note(k, v, "return"),
                    };
                    self.expr(k, v);
                }
            }
            Stmt::Block(list) => self.block(list),
            // gc's goDeferStmt: a goroutine's closure outlives the frame.
            Stmt::Go(call) => {
                let k = self.heap_hole();
                self.expr(k, call);
            }
            Stmt::Send { ch, value, pos } => {
                self.discard(ch);
                // gc's note shows the statement, at its `<-`.
                let (prog, cur, an) = (self.prog, self.cur, &*self.an);
                let text = |written: bool| {
                    let t = |e| if written { an.written_text(prog, cur, e) } else { an.expr_text(prog, cur, e) };
                    format!("{} <- {}", t(ch), t(value))
                };
                let k = self.heap_hole().note(self.explain, *pos, || (text(false), text(true)), "send");
                self.expr(k, value);
            }
            Stmt::Select { cases, .. } => {
                for c in cases {
                    match &c.comm {
                        ir::SelectComm::Send { ch, value } => {
                            self.discard(ch);
                            self.assign_heap(value, "send", value);
                        }
                        ir::SelectComm::Recv { ch, .. } => self.discard(ch),
                        ir::SelectComm::Default => {}
                    }
                    self.block(&c.body);
                }
            }
            Stmt::Defer { call, in_loop } => {
                // gc's goDeferStmt: a defer that runs at most once per call
                // keeps its closure until the function returns (`later`);
                // one in a loop sends it to the heap.
                let k = if *in_loop || self.loop_depth > 1 {
                    self.heap_hole()
                } else {
                    let later = self.new_loc(What::Temp, true);
                    let discard = self.discard_hole();
                    self.flow(discard, later);
                    Hole::to(later)
                };
                self.expr(k, call);
            }
            Stmt::RangeMap { m, key, elem, body, .. } => {
                // The map is a persistent temporary; each entry is read
                // through it (gc flows only the element).
                let tmp = self.new_loc(What::Temp, true);
                self.expr(Hole::to(tmp), m);
                self.loop_depth += 1;
                let cur = self.cur;
                for l in key.iter().chain(elem) {
                    if let Some(loc) = self.var_loc(cur, *l) {
                        self.locs[loc].loop_depth = self.loop_depth;
                    }
                }
                if let Some(loc) = elem.and_then(|l| self.var_loc(cur, l)) {
                    let k = Hole::to(loc).shift(1).note(self.explain, m.pos, Default::default, "range-deref");
                    self.flow(k, tmp);
                }
                self.block(body);
                self.loop_depth -= 1;
            }
        }
    }

    fn expr_stmt(&mut self, e: &'p ir::Expr) {
        match &e.kind {
            IK::Call(..) | IK::CallValue(..) | IK::CallIface { .. } | IK::WithResults { .. } => self.call(None, e),
            _ => self.discard(e),
        }
    }

    /// The hole for storing into a place (gc's `addr`).
    fn addr(&mut self, place: &'p ir::Expr) -> Hole {
        match &place.kind {
            IK::Blank => self.discard_hole(),
            IK::Local(l) => match self.var_loc(self.cur, *l) {
                Some(loc) => Hole::to(loc),
                None => self.heap_hole(),
            },
            IK::Global(_) | IK::ExternVar(_) => self.heap_hole(),
            IK::Field(x, _) if !matches!(x.kind, IK::Deref(_)) => self.addr(x),
            IK::Field(x, _) => {
                let IK::Deref(p) = &x.kind else { return self.heap_hole() };
                self.mutate(p);
                self.heap_hole()
            }
            IK::Index(x, i) => {
                self.discard(i);
                if matches!(self.prog.types.under_kind(x.ty), TypeKind::Array(..)) {
                    self.addr(x)
                } else {
                    self.mutate(x);
                    self.heap_hole()
                }
            }
            IK::Deref(p) => {
                self.mutate(p);
                self.heap_hole()
            }
            IK::MapIndex { m, key, .. } => {
                self.discard(m);
                self.assign_heap(key, "key of map put", place);
                self.heap_hole()
            }
            _ => {
                self.discard(place);
                self.heap_hole()
            }
        }
    }

    fn mutate(&mut self, e: &'p ir::Expr) {
        self.expr(Hole::to(MUTATOR), e);
    }

    fn assign_heap(&mut self, e: &'p ir::Expr, why: &'static str, at: &ir::Expr) {
        let k = self.note(self.heap_hole(), at, why);
        self.expr(k, e);
    }

    fn assign_list(&mut self, dsts: &'p [ir::Expr], srcs: &'p [ir::Expr], why: &'static str) {
        let ks: Vec<Hole> = dsts.iter().map(|d| self.addr(d)).collect();
        // gc's OAS2: several values, or an inlined call's parameters or
        // results.
        let pair =
            srcs.first().and_then(|s| self.prog.stmt_notes.get(&s.pos)).map(|n| n.op) == Some(ir::StmtOp::AssignPair);
        let mut why = if dsts.len() > 1 || pair { "assign-pair" } else { why };
        let stmt = if self.inlined.is_empty() {
            srcs.first().and_then(|s| self.stmt_note(s.pos, dsts, srcs))
        } else {
            let (text, pair) = self.inlined_stmt(dsts, srcs);
            if pair {
                why = "assign-pair";
            }
            text
        };
        for (i, k) in ks.into_iter().enumerate() {
            let Some(src) = srcs.get(i) else { continue };
            let k = if super::self_assign(&dsts[i], src) {
                self.report_self_assign(dsts, srcs);
                self.discard_hole()
            } else {
                k
            };
            let k = match &stmt {
                Some((pos, texts)) => k.note(self.explain, *pos, || texts.clone(), why),
                None => self.note(k, src, why),
            };
            self.expr(k, src);
        }
    }

    /// An assignment in an inlined body as gc's notes show it: at the call,
    /// `p := arg` for the parameters and `~r0 = v` for the results (pair
    /// assignments), `x := v` for a variable's definition, else `x = v`.
    fn inlined_stmt(&mut self, dsts: &[ir::Expr], srcs: &[ir::Expr]) -> (Option<StmtText>, bool) {
        let Some(frame) = self.inlined.last_mut() else { return (None, false) };
        let locals: Vec<Option<ir::LocalId>> = dsts
            .iter()
            .map(|d| match d.kind {
                IK::Local(l) => Some(l),
                _ => None,
            })
            .collect();
        let params = frame.params == Some(dsts.as_ptr());
        let results = !locals.is_empty() && locals.iter().all(|l| l.is_some_and(|l| frame.results.contains(&l)));
        let mut define = params;
        for l in locals.iter().flatten() {
            define |= frame.defining.remove(l);
        }
        let pos = frame.pos;
        if !self.explain {
            return (None, params || results);
        }
        let op = if define && !results { ":=" } else { "=" };
        let text = |written| format!("{} {op} {}", self.list_text(dsts, written), self.list_text(srcs, written));
        (Some((pos, (text(false), text(true)))), params || results)
    }

    /// gc's `-m` line for an assignment it ignores (`isSelfAssign`),
    /// printed while the graph is built, before the batch's other lines.
    fn report_self_assign(&mut self, dsts: &[ir::Expr], srcs: &[ir::Expr]) {
        let func = &self.prog.funcs[self.cur.index()];
        if !self.diagnose || func.origin == ir::FuncOrigin::Wrapper {
            return;
        }
        // In an inlined body, the statement as the callee wrote it, at the call.
        let stmt = match self.inlined.last() {
            Some(frame) => {
                Some((frame.pos, format!("{} = {}", self.list_text(dsts, true), self.list_text(srcs, true))))
            }
            None => srcs.first().and_then(|s| self.stmt_text(s.pos, dsts, srcs, true)),
        };
        let Some((pos, text)) = stmt else { return };
        let msg = format!("{} ignoring self-assignment in {text}", crate::ir::text::func_name(self.prog, self.cur));
        self.an.diags.push(crate::diag::Remark { pos, msg, at: None });
    }

    /// Expressions of the current function as gc lists them: `a, b`.
    fn list_text(&self, es: &[ir::Expr], written: bool) -> String {
        let text = |e| {
            if written {
                self.an.written_text(self.prog, self.cur, e)
            } else {
                self.an.expr_text(self.prog, self.cur, e)
            }
        };
        es.iter().map(text).collect::<Vec<_>>().join(", ")
    }

    /// The source statement an assignment or return comes from, as gc's
    /// `-m=2` notes print it: its position and text.
    fn stmt_note(&self, key: crate::source::Pos, dsts: &[ir::Expr], srcs: &[ir::Expr]) -> Option<StmtText> {
        if !self.explain {
            return None;
        }
        let (pos, text) = self.stmt_text(key, dsts, srcs, false)?;
        let (_, written) = self.stmt_text(key, dsts, srcs, true)?;
        Some((pos, (text, written)))
    }

    /// The source statement an assignment or return comes from, as gc
    /// prints it: its position and text.
    fn stmt_text(
        &self,
        key: crate::source::Pos,
        dsts: &[ir::Expr],
        srcs: &[ir::Expr],
        written: bool,
    ) -> Option<(crate::source::Pos, String)> {
        let note = self.prog.stmt_notes.get(&key)?;
        let text = |es: &[ir::Expr]| self.list_text(es, written);
        let s = match note.op {
            ir::StmtOp::Assign | ir::StmtOp::AssignPair => format!("{} = {}", text(dsts), text(srcs)),
            ir::StmtOp::Define => format!("{} := {}", text(dsts), text(srcs)),
            ir::StmtOp::OpAssign(op) => {
                // The IR holds `x = x op y`: gc shows `x op= y`.
                let y = match srcs.first().map(|e| &e.kind) {
                    Some(IK::Binary(_, _, y)) => text(std::slice::from_ref(y)),
                    Some(IK::Concat(_, parts)) => text(&parts[1..]),
                    _ => text(srcs),
                };
                format!("{} {op}= {y}", text(dsts))
            }
            ir::StmtOp::Return => format!("return {}", text(srcs)),
        };
        Some((note.pos, s))
    }

    pub fn discard(&mut self, e: &'p ir::Expr) {
        self.expr(self.discard_hole(), e);
    }

    /// A new location for allocation site `s`, which `k` receives the
    /// address of; the hole for what the allocation holds (gc's `spill`).
    fn spill(&mut self, k: Hole, s: SiteId, e: &ir::Expr) -> Hole {
        let loc = self.new_loc(What::Site(s), false);
        let pos = self.prog.sites[s.index()].pos;
        let (prog, cur) = (self.prog, self.cur);
        let an = &*self.an;
        let k = k.shift(-1).note(
            self.explain,
            pos,
            || (an.expr_text(prog, cur, e), an.written_text(prog, cur, e)),
            "spill",
        );
        self.flow(k, loc);
        Hole::to(loc)
    }

    pub fn expr(&mut self, mut k: Hole, e: &'p ir::Expr) {
        let types = &self.prog.types;
        // A comma-ok expression's value is its first element.
        let vt = match types.kind(e.ty) {
            TypeKind::Tuple(ts) if !ts.is_empty() => ts[0],
            _ => e.ty,
        };
        if k.derefs >= 0 && !types.is_untyped(vt) && !types.has_pointers(vt) {
            k.dst = super::graph::BLANK;
        }
        match &e.kind {
            IK::Const(_) | IK::Nil | IK::Zero | IK::Blank | IK::FuncRef(_) | IK::FuncValue(_) => {}
            IK::Global(_) | IK::ExternVar(_) => {}
            IK::Local(l) => {
                if let Some(loc) = self.var_loc(self.cur, *l) {
                    self.flow(k, loc);
                }
            }
            IK::Inlined { .. } => self.call(Some(std::slice::from_ref(&k)), e),
            IK::Unary(_, x) => self.discard(x),
            IK::Binary(_, x, y) | IK::AndAnd(x, y) | IK::OrOr(x, y) => {
                self.discard(x);
                self.discard(y);
            }
            IK::AddrOf(x, _) => {
                let k = self.note(k.shift(-1), e, "address-of");
                self.expr(k, x);
            }
            IK::Deref(x) => {
                let k = self.note(k.shift(1), e, "indirection");
                self.expr(k, x);
            }
            IK::Field(x, _) => match &x.kind {
                // p.f through a pointer.
                IK::Deref(p) => {
                    let k = self.note(k.shift(1), e, "dot of pointer");
                    self.expr(k, p);
                }
                _ => {
                    let k = self.note(k, e, "dot");
                    self.expr(k, x);
                }
            },
            IK::Index(x, i) => {
                match types.under_kind(x.ty) {
                    TypeKind::Array(..) => {
                        let k = self.note(k, e, "fixed-array-index-of");
                        self.expr(k, x);
                    }
                    TypeKind::Slice(_) => {
                        let k = self.note(k.shift(1), e, "dot of pointer");
                        self.expr(k, x);
                    }
                    _ => self.discard(x),
                }
                self.discard(i);
            }
            IK::Len(x) | IK::Cap(x) => self.discard(x),
            IK::Convert(x) => {
                if matches!(types.under_kind(x.ty), TypeKind::Slice(_))
                    && !matches!(types.under_kind(e.ty), TypeKind::Slice(_))
                {
                    // A slice to an array copies the elements; to an array pointer aliases them.
                    if matches!(types.under_kind(e.ty), TypeKind::Array(..)) {
                        let k = self.note(k.shift(1), e, "slice-to-array");
                        self.expr(k, x);
                        return;
                    }
                }
                self.expr(k, x);
            }
            IK::ToIface(site, x) => {
                let k =
                    if !types.is_interface(x.ty) && !types.is_direct_iface(x.ty) { self.spill(k, *site, e) } else { k };
                let k = self.note(k, e, "interface-converted");
                self.expr(k, x);
            }
            IK::TypeAssert { x, .. } => {
                let to = match types.kind(e.ty) {
                    TypeKind::Tuple(ts) => ts[0],
                    _ => e.ty,
                };
                let k = if !types.is_interface(to) && !types.is_direct_iface(to) { k.shift(1) } else { k };
                let k = self.note(k, e, "dot");
                self.expr(k, x);
            }
            IK::TypeIs { x, .. } => self.discard(x),
            IK::Call(..) | IK::CallValue(..) | IK::CallIface { .. } | IK::WithResults { .. } => {
                self.call(Some(std::slice::from_ref(&k)), e)
            }
            IK::New(site) => {
                self.spill(k, *site, e);
            }
            IK::MakeSlice { site, len, cap } => {
                self.spill(k, *site, e);
                self.discard(len);
                if let Some(c) = cap {
                    self.discard(c);
                }
            }
            IK::SliceOf { x, lo, hi, max } => {
                let k = self.note(k, e, "slice");
                self.expr(k, x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.discard(b);
                }
            }
            IK::SliceLit { site, elems, .. } => {
                let k = self.spill(k, *site, e);
                for (_, v) in elems {
                    let k = self.note(k.clone(), e, "slice-literal-element");
                    self.expr(k, v);
                }
            }
            IK::VarArgs(site, items) => {
                if items.is_empty() {
                    return;
                }
                let k = self.spill(k, *site, e);
                for v in items {
                    let k = self.note(k.clone(), e, "slice-literal-element");
                    self.expr(k, v);
                }
            }
            IK::Composite(elems) => {
                let why = if matches!(types.under_kind(e.ty), TypeKind::Array(..)) {
                    "array literal element"
                } else {
                    "struct literal element"
                };
                for (_, v) in elems {
                    let k = self.note(k.clone(), e, why);
                    self.expr(k, v);
                }
            }
            IK::AddrLit(site, lit) => {
                let k = self.spill(k, *site, e);
                self.expr(k, lit);
            }
            IK::Concat(site, parts) if self.prog.sites[site.index()].text.is_empty() => {
                // `s += t`: gc's assignment `s = t`.
                for p in &parts[1..] {
                    self.expr(k.clone(), p);
                }
            }
            IK::Concat(site, parts) => {
                self.spill(k, *site, e);
                for p in parts {
                    self.discard(p);
                }
            }
            IK::StrConv { site, x, .. } => {
                self.spill(k, *site, e);
                self.discard(x);
            }
            IK::Append { site, s, elems } => {
                self.append(k, *site, e, s, |b| {
                    for v in elems {
                        let h = b.note(b.heap_hole(), e, "call parameter");
                        b.expr(h, v);
                    }
                });
            }
            IK::AppendSlice { site, s, t } => {
                self.append(k, *site, e, s, |b| {
                    let mut h = b.discard_hole();
                    if let TypeKind::Slice(el) = b.prog.types.under_kind(t.ty) {
                        if b.prog.types.has_pointers(*el) {
                            h = b.note(b.heap_hole().shift(1), e, "appended slice...");
                        }
                    }
                    let h = b.note(h, e, "call parameter");
                    b.expr(h, t);
                });
            }
            IK::Copy(dst, src) => {
                let km = self.note(Hole::to(MUTATOR), e, "call parameter");
                self.expr(km, dst);
                let mut h = self.discard_hole();
                if let TypeKind::Slice(el) = types.under_kind(src.ty) {
                    if types.has_pointers(*el) {
                        h = self.note(self.heap_hole().shift(1), e, "copied slice");
                    }
                }
                let h = self.note(h, e, "call parameter");
                self.expr(h, src);
            }
            IK::MinMax(_, ops) => {
                for o in ops {
                    let k = self.note(k.clone(), e, "call parameter");
                    self.expr(k, o);
                }
            }
            IK::Closure { site, func } => {
                let k = self.spill(k, *site, e);
                self.closures.push((k, *func));
                // A literal that captures nothing is a batch of its own, analysed before.
                if crate::ir::scc::captures(self.prog, *func) {
                    self.walk_func(*func);
                }
            }
            IK::MethodValue { site, recv, func } => {
                let closure_k = self.spill(k, *site, e);
                // The receiver flows through the method's receiver tag, its
                // results being lost to unknown callers.
                let nres = self.prog.funcs[func.index()].results.len();
                let ks: Vec<Hole> = (0..nres).map(|_| self.heap_hole()).collect();
                let param_k = self.tag_hole(&ks, Some(*func), 0);
                let k = self.tee(vec![param_k, closure_k]);
                self.expr(k, recv);
            }
            IK::BoundMethod { recv, .. } | IK::IfaceMethodRef { recv, .. } => self.discard(recv),
            IK::MapIndex { m, key, .. } | IK::MapDelete(m, key) => {
                self.discard(m);
                self.discard(key);
            }
            IK::MakeMap { site, hint } => {
                self.spill(k, *site, e);
                if let Some(h) = hint {
                    self.discard(h);
                }
            }
            IK::MapLit { site, entries } => {
                self.spill(k, *site, e);
                for (key, v) in entries {
                    self.assign_heap(key, "map literal key", e);
                    self.assign_heap(v, "map literal value", e);
                }
            }
            // gc: the channel is only read; the element comes from the heap.
            IK::Recv { ch, .. } => self.discard(ch),
            IK::MakeChan(size) => {
                if let Some(s) = size {
                    self.discard(s);
                }
            }
            IK::Clear(x) => {
                let k = self.note(Hole::to(MUTATOR), e, "call parameter");
                self.expr(k, x);
            }
        }
    }

    /// `append(s, ...)` (gc's `OAPPEND` in `call`).
    fn append(&mut self, k: Hole, site: SiteId, e: &'p ir::Expr, s: &'p ir::Expr, rest: impl FnOnce(&mut Self)) {
        let types = &self.prog.types;
        let mut appendee = self.tee(vec![k.clone(), Hole::to(MUTATOR)]);
        if let TypeKind::Slice(el) = types.under_kind(s.ty) {
            if types.has_pointers(*el) {
                let h = self.note(self.heap_hole().shift(1), e, "appendee slice");
                appendee = self.tee(vec![appendee, h]);
            }
        }
        let appendee = self.note(appendee, e, "call parameter");
        self.expr(appendee, s);
        rest(self);
        let backing = self.spill(k, site, e);
        // The new backing store outlives any loop it is made in.
        self.locs[backing.dst].loop_depth = 0;
    }

    /// A call; `ks` receives its results (gc's `call`).
    pub fn call(&mut self, ks: Option<&[Hole]>, e: &'p ir::Expr) {
        match &e.kind {
            IK::WithResults { call, temps, body } => {
                let cur = self.cur;
                let tks: Vec<Hole> =
                    temps.iter().map(|&t| self.var_loc(cur, t).map(Hole::to).unwrap_or(self.discard_hole())).collect();
                self.call(Some(&tks), call);
                match ks {
                    Some(ks) => self.call(Some(ks), body),
                    None => self.call(None, body),
                }
            }
            // gc's OINLCALL: the body's statements, then each result
            // flows where the call's value goes.
            IK::Inlined { callee, body, results, .. } => {
                // The copy starts with its parameters' assignment (after
                // their declarations and the callee's effects).
                let has_params = !self.prog.funcs[callee.index()].params.is_empty();
                let params = body.iter().find(|s| !matches!(s, Stmt::Decl(_) | Stmt::Expr(_))).and_then(|s| match s {
                    Stmt::Assign(lhs, _) if has_params => Some(lhs.as_ptr()),
                    _ => None,
                });
                self.inlined.push(super::batch::InlinedFrame {
                    pos: e.pos,
                    results: results.clone(),
                    params,
                    defining: Default::default(),
                });
                self.block(body);
                self.inlined.pop();
                let cur = self.cur;
                for (i, &r) in results.iter().enumerate() {
                    let mut k = ks.and_then(|ks| ks.get(i)).cloned().unwrap_or(self.discard_hole());
                    if k.derefs >= 0 && !self.prog.types.has_pointers(self.prog.funcs[cur.index()].local(r).ty) {
                        k.dst = super::graph::BLANK;
                    }
                    if let Some(loc) = self.var_loc(cur, r) {
                        self.flow(k, loc);
                    }
                }
            }
            IK::Call(Callee::Func(f), args) => self.static_call(ks, e, Some(*f), None, args),
            IK::Call(Callee::Builtin(Builtin::Panic), args) => {
                for a in args {
                    let h = self.note(self.heap_hole(), e, "call parameter");
                    self.expr(h, a);
                }
            }
            IK::Call(_, args) => {
                for a in args {
                    self.discard(a);
                }
            }
            IK::CallValue(f, args) => {
                let callee = self.static_callee(f);
                self.static_call(ks, e, callee, Some(f), args)
            }
            IK::CallIface { recv, args, .. } if self.an.devirt.contains_key(&e.pos) => {
                let d = self.an.devirt[&e.pos];
                let ks: Vec<Hole> = ks.map(|k| k.to_vec()).unwrap_or_default();
                if !ks.is_empty() && self.in_batch(d.func) {
                    let results = self.prog.funcs[d.func.index()].results.clone();
                    for (k, r) in ks.iter().zip(results) {
                        if let Some(loc) = self.var_locs.get(&(d.func, r)).copied() {
                            self.flow(k.clone(), loc);
                        }
                    }
                }
                // The receiver is `recv.(T)`, through the method's receiver tag.
                let mut k = self.tag_hole(&ks, Some(d.func), 0);
                if !self.prog.types.is_direct_iface(d.ty) {
                    k = k.shift(1);
                }
                if d.deref {
                    k = k.shift(1);
                }
                let k = self.note(k, e, "call parameter");
                self.expr(k, recv);
                for (i, a) in args.iter().enumerate() {
                    let k = self.tag_hole(&ks, Some(d.func), i + 1);
                    let k = self.note(k, e, "call parameter");
                    self.expr(k, a);
                }
            }
            IK::CallIface { recv, args, .. } => {
                let h = self.note(self.heap_hole(), e, "call parameter");
                self.expr(h, recv);
                for a in args {
                    let h = self.note(self.heap_hole(), e, "call parameter");
                    self.expr(h, a);
                }
            }
            _ => {
                let k = ks.and_then(|ks| ks.first().cloned()).unwrap_or_else(|| self.discard_hole());
                self.expr(k, e);
            }
        }
    }

    /// The function a func value certainly is, if any (gc's
    /// `StaticCalleeName` of the reassign oracle's static value).
    fn static_callee(&self, f: &ir::Expr) -> Option<FuncId> {
        match &f.kind {
            IK::FuncValue(g) => Some(*g),
            IK::Closure { func, .. } => Some(*func),
            IK::Local(l) => match self.an.static_value(self.prog, self.cur, *l) {
                Some(StaticValue::Func(g)) => Some(g),
                _ => None,
            },
            _ => None,
        }
    }

    /// A call of `callee` (when known) through `fval` (a func value, if
    /// called through one).
    fn static_call(
        &mut self,
        ks: Option<&'_ [Hole]>,
        e: &'p ir::Expr,
        callee: Option<FuncId>,
        fval: Option<&'p ir::Expr>,
        args: &'p [ir::Expr],
    ) {
        let ks: Vec<Hole> = ks.map(|k| k.to_vec()).unwrap_or_default();
        if let Some(f) = callee {
            if !ks.is_empty() && self.in_batch(f) {
                let results = self.prog.funcs[f.index()].results.clone();
                for (i, r) in results.iter().enumerate() {
                    if let (Some(k), Some(loc)) = (ks.get(i), self.var_locs.get(&(f, *r)).copied()) {
                        self.flow(k.clone(), loc);
                    }
                }
            }
        }
        if let Some(fv) = fval {
            let mut callee_k = self.discard_hole();
            if callee.is_none() && ks.iter().any(|k| k.dst != super::graph::BLANK) {
                callee_k = self.note(Hole::to(CALLEE), e, "callee operand");
            }
            self.expr(callee_k, fv);
        }
        for (i, a) in args.iter().enumerate() {
            let k = self.tag_hole(&ks, callee, i);
            let k = self.note(k, e, "call parameter");
            self.expr(k, a);
        }
    }

    /// Closures' captured variables flow into their closure objects
    /// (gc's `flowClosure`): by value, or their address by reference.
    pub fn flow_closures(&mut self) {
        let closures = std::mem::take(&mut self.closures);
        for (k, f) in closures {
            let Some(caps) = self.prog.funcs[f.index()].closure.clone() else { continue };
            let modes = self.an.captures.get(&f).cloned().unwrap_or_default();
            let parent = self.an.closure_parent.get(&f).copied().unwrap_or(f);
            for (c, mode) in caps.iter().zip(modes) {
                let Some(loc) = self.var_loc(parent, c.outer) else { continue };
                let pos = self.loc_pos(loc);
                let name = self.loc_text(loc);
                if self.explain {
                    let how = if mode.by_ref { "ref" } else { "value" };
                    let width = self.prog.types.size_of(c.ty);
                    let msg = format!(
                        "{} capturing by {how}: {name} (addr={} assign={} width={width})",
                        crate::ir::text::func_name(self.prog, parent),
                        mode.addr_taken,
                        mode.reassigned
                    );
                    self.emit_explain(pos, msg);
                }
                // gc notes the reference that captures it.
                let mut k = k.clone();
                if mode.by_ref {
                    k = k.shift(-1).note(self.explain, c.pos, || (name.clone(), name.clone()), "reference");
                }
                let k = k.note(self.explain, c.pos, || (name.clone(), name), "captured by a closure");
                self.flow(k, loc);
            }
        }
    }
}
