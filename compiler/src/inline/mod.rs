//! The inliner (gc's `inline/inl.go` and `inline/interleaved`), run before
//! the escape analysis, as gc runs it: escape analysis sees the inlined
//! code, so a constructor returning `&T{}` inlined into a caller that
//! keeps the pointer local allocates on the caller's stack.
//!
//! Two passes over the functions in bottom-up order (`ir::scc`, callees
//! first), as gc makes them:
//!
//! 1. `cost.rs` decides which functions can be inlined: none of what gc
//!    refuses (`defer`, `go`, `recover`, ...) and a cost — gc's count of IR
//!    nodes, with calls of inlinable functions costing their own cost and
//!    other calls 57 — within the budget of 80. `-m` prints
//!    `can inline F` for each.
//! 2. Every call of an inlinable function is replaced by a copy of the
//!    callee's body (`copy.rs`, an `Inlined` expression), taken from the
//!    body as it was before anything was inlined into it; calls inside the
//!    copy are then inlined in turn, unless that repeats a function already
//!    being inlined there (gc's "repeated recursive cycle"). `-m` prints
//!    `inlining call to F` at the call, arguments' calls first. Positions
//!    inside a copy are the outermost call's, which is also where the
//!    escape analysis then reports what it decides about them.
//!
//! `-l` turns inlining off (the driver does not call this).

mod copy;
mod cost;

use crate::diag::Remark;
use crate::ir::{scc, Callee, Expr, ExprKind as IK, FuncId, FuncOrigin, Program, SelectComm, Stmt};
use copy::Pristine;

/// gc's `inlineMaxBudget`: the most a function may cost to be inlined.
const MAX_BUDGET: i32 = 80;
/// gc's `inlineBigFunctionMaxCost`: in a big function, only callees this
/// cheap are inlined.
const BIG_FUNCTION_MAX_COST: i32 = 20;

/// Inlines calls throughout the program; returns the `-m` lines (empty
/// when `m` is 0).
pub fn inline(prog: &mut Program, m: u32) -> Vec<Remark> {
    let order = order(prog);
    let mut remarks = Vec::new();
    let mut costs: Vec<Option<i32>> = vec![None; prog.funcs.len()];
    for &f in order.iter().flatten() {
        if let Some(c) = cost::inline_cost(prog, f, &costs) {
            costs[f.index()] = Some(c);
            if m > 0 {
                let msg = format!("can inline {}", prog.funcs[f.index()].m_name());
                remarks.push(Remark { pos: prog.funcs[f.index()].pos, msg, at: None });
            }
        }
    }
    let pristine: Vec<Option<Pristine>> = (0..prog.funcs.len())
        .map(|i| {
            costs[i].map(|_| {
                let f = &prog.funcs[i];
                Pristine {
                    locals: f.locals.clone(),
                    params: f.params.clone(),
                    results: f.results.clone(),
                    body: f.body.clone(),
                }
            })
        })
        .collect();
    let mut inl =
        Inliner { prog, costs, pristine, m, remarks, caller: FuncId(0), next_label: 0, stack: Vec::new(), big: false };
    for &f in order.iter().flatten() {
        inl.function(f);
    }
    inl.remarks
}

/// The functions in gc's bottom-up order: declared functions by position
/// (the package initialiser first), and the `defer`/`go` wrappers.
fn order(prog: &Program) -> Vec<Vec<FuncId>> {
    let mut roots: Vec<FuncId> = (0..prog.funcs.len())
        .map(|i| FuncId(i as u32))
        .filter(|&f| prog.funcs[f.index()].origin == FuncOrigin::Decl)
        .collect();
    roots.sort_by_key(|f| {
        let p = prog.funcs[f.index()].pos;
        (p.file, p.offset)
    });
    roots.insert(0, prog.init);
    scc::bottom_up(prog, &roots, &|g| prog.funcs[g.index()].origin != FuncOrigin::Wrapper)
}

struct Inliner<'a> {
    prog: &'a mut Program,
    /// Per function: its inline cost, if it can be inlined.
    costs: Vec<Option<i32>>,
    /// Per inlinable function: the body callers copy.
    pristine: Vec<Option<Pristine>>,
    m: u32,
    remarks: Vec<Remark>,
    /// The function whose calls are being inlined.
    caller: FuncId,
    /// The caller's highest label so far.
    next_label: u32,
    /// The functions being inlined at this point, outermost first.
    stack: Vec<FuncId>,
    /// The caller is big (gc's `isBigFunc`): only cheap callees.
    big: bool,
}

impl Inliner<'_> {
    fn function(&mut self, f: FuncId) {
        let mut body = std::mem::take(&mut self.prog.funcs[f.index()].body);
        self.caller = f;
        self.next_label = max_label(&body);
        self.big = cost::is_big(&body);
        self.stmts(&mut body);
        self.prog.funcs[f.index()].body = body;
    }

    fn stmts(&mut self, list: &mut [Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match s {
            Stmt::Decl(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::Expr(e) | Stmt::Go(e) | Stmt::Defer { call: e, .. } => self.expr(e),
            Stmt::Assign(l, r) => {
                self.exprs(l);
                self.exprs(r);
            }
            Stmt::AssignTuple(l, e) => {
                self.exprs(l);
                self.expr(e);
            }
            Stmt::If { cond, then, els } => {
                self.expr(cond);
                self.stmts(then);
                self.stmts(els);
            }
            Stmt::Loop { cond, body, post, .. } => {
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.stmts(body);
                self.stmts(post);
            }
            Stmt::Switch { cases, .. } => {
                for c in cases {
                    self.exprs(&mut c.conds);
                    self.stmts(&mut c.body);
                }
            }
            Stmt::Return(vals) => self.exprs(vals),
            Stmt::Block(list) => self.stmts(list),
            Stmt::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            Stmt::Select { cases, .. } => {
                for c in cases {
                    match &mut c.comm {
                        SelectComm::Send { ch, value } => {
                            self.expr(ch);
                            self.expr(value);
                        }
                        SelectComm::Recv { ch, .. } => self.expr(ch),
                        SelectComm::Default => {}
                    }
                    self.stmts(&mut c.body);
                }
            }
            Stmt::RangeMap { m, body, .. } => {
                self.expr(m);
                self.stmts(body);
            }
        }
    }

    fn exprs(&mut self, list: &mut [Expr]) {
        for e in list {
            self.expr(e);
        }
    }

    /// Inlines the calls in `e`: its operands' first, then `e` itself,
    /// then the calls in the copy.
    fn expr(&mut self, e: &mut Expr) {
        for c in crate::ir::children_mut(e) {
            self.expr(c);
        }
        if let IK::Inlined { body, .. } = &mut e.kind {
            self.stmts(body);
            return;
        }
        let IK::Call(Callee::Func(g), args) = &mut e.kind else { return };
        let g = *g;
        if !self.inlinable_here(g) {
            return;
        }
        if self.m > 0 {
            let msg = format!("inlining call to {}", self.prog.funcs[g.index()].m_name());
            self.remarks.push(Remark { pos: e.pos, msg, at: None });
        }
        let args = std::mem::take(args);
        let Some(callee) = &self.pristine[g.index()] else { return };
        let mut call = copy::inlined_call(self.prog, self.caller, (g, callee), args, e, &mut self.next_label);
        self.stack.push(g);
        if let IK::Inlined { body, .. } = &mut call.kind {
            self.stmts(body);
        }
        self.stack.pop();
        *e = call;
    }

    /// Whether a call of `g` here is inlined (gc's `canInlineCallExpr`).
    fn inlinable_here(&self, g: FuncId) -> bool {
        let Some(cost) = self.costs[g.index()] else { return false };
        if g == self.caller || self.stack.contains(&g) {
            return false;
        }
        cost <= if self.big { BIG_FUNCTION_MAX_COST } else { MAX_BUDGET }
    }
}

/// The highest label of a body's loops, switches, selects and inlined
/// calls.
fn max_label(body: &[Stmt]) -> u32 {
    let (mut in_exprs, mut in_stmts) = (0, 0);
    crate::ir::visit_stmts(
        body,
        &mut |e| {
            if let IK::Inlined { label, .. } = &e.kind {
                in_exprs = in_exprs.max(label.0);
            }
        },
        &mut |s| {
            if let Stmt::Loop { label, .. }
            | Stmt::Switch { label, .. }
            | Stmt::Select { label, .. }
            | Stmt::RangeMap { label, .. } = s
            {
                in_stmts = in_stmts.max(label.0);
            }
        },
    );
    in_exprs.max(in_stmts)
}
