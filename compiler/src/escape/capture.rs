//! How function literals capture variables — by value or by reference —
//! decided as gc decides (`escape.go:flowClosure` with the `reassigned` and
//! `addrtaken` facts of `escape/assign.go` and `expr.go`): by value when the
//! variable's address is never taken, it is not reassigned once captured,
//! and it is at most 128 bytes. Assignments before the first capture do not
//! count when the capture happens at the variable's own loop depth.
//!
//! Code generation lays out closure objects by these decisions, so they are
//! made even when the rest of the analysis is switched off.

use std::collections::{HashMap, HashSet};

use super::Analysis;
use crate::ir::visit_expr;
use crate::ir::{ExprKind as IK, FuncId, LocalId, Program, Stmt};
use crate::types::TypeKind;

/// Facts about one variable, gathered in statement order.
struct Var {
    decl_depth: i32,
    captured: bool,
    reassigned: bool,
}

impl Default for Var {
    /// Parameters are never declared by a statement: loop depth 1.
    fn default() -> Var {
        Var { decl_depth: 1, captured: false, reassigned: false }
    }
}

/// How a capture is made, and why (for `-m=2`).
#[derive(Clone, Copy, Debug)]
pub struct Mode {
    pub by_ref: bool,
    pub addr_taken: bool,
    pub reassigned: bool,
}

struct Walker<'a> {
    prog: &'a Program,
    an: &'a Analysis,
    vars: HashMap<(FuncId, LocalId), Var>,
    /// Variables declared with a value whose defining assignment is next.
    defining: HashSet<(FuncId, LocalId)>,
    addr_taken: HashSet<(FuncId, LocalId)>,
    depth: i32,
}

/// The capture modes of every function literal's captures.
pub fn decide(prog: &Program, an: &Analysis) -> HashMap<FuncId, Vec<Mode>> {
    let mut w =
        Walker { prog, an, vars: HashMap::new(), defining: HashSet::new(), addr_taken: HashSet::new(), depth: 1 };
    for (i, f) in prog.funcs.iter().enumerate() {
        if f.origin != crate::ir::FuncOrigin::Literal {
            w.depth = 1;
            w.block(FuncId(i as u32), &f.body);
        }
    }
    let mut out = HashMap::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        let Some(caps) = &f.closure else { continue };
        let fid = FuncId(i as u32);
        let parent = an.closure_parent.get(&fid).copied().unwrap_or(fid);
        let modes = caps
            .iter()
            .map(|c| {
                let root = an.canonical(prog, parent, c.outer);
                let reassigned = w.vars.get(&root).is_some_and(|v| v.reassigned);
                let addr_taken = w.addr_taken.contains(&root);
                Mode { by_ref: addr_taken || reassigned || prog.types.size_of(c.ty) > 128, addr_taken, reassigned }
            })
            .collect();
        out.insert(fid, modes);
    }
    out
}

impl Walker<'_> {
    fn block(&mut self, f: FuncId, list: &[Stmt]) {
        let depth = self.depth;
        for s in list {
            self.stmt(f, s);
        }
        self.depth = depth;
    }

    fn decl(&mut self, f: FuncId, l: LocalId) {
        let key = self.an.canonical(self.prog, f, l);
        self.vars.entry(key).or_default().decl_depth = self.depth;
        if self.prog.funcs[f.index()].local(l).init {
            self.defining.insert(key);
        }
    }

    fn stmt(&mut self, f: FuncId, s: &Stmt) {
        match s {
            Stmt::Decl(l) => self.decl(f, *l),
            Stmt::Expr(e) => self.expr(f, e),
            Stmt::Assign(lhs, rhs) => {
                for e in lhs.iter().chain(rhs) {
                    self.expr(f, e);
                }
                for p in lhs {
                    self.assigned(f, p);
                }
            }
            Stmt::AssignTuple(lhs, e) => {
                self.expr(f, e);
                for p in lhs {
                    self.expr(f, p);
                    self.assigned(f, p);
                }
            }
            Stmt::If { cond, then, els } => {
                self.expr(f, cond);
                self.block(f, then);
                self.block(f, els);
            }
            Stmt::Loop { cond, body, post, fresh, .. } => {
                self.depth += 1;
                for &l in fresh {
                    self.decl(f, l);
                }
                if let Some(c) = cond {
                    self.expr(f, c);
                }
                self.block(f, post);
                self.block(f, body);
                self.depth -= 1;
            }
            Stmt::Switch { cases, .. } => {
                for c in cases {
                    for e in &c.conds {
                        self.expr(f, e);
                    }
                    self.block(f, &c.body);
                }
            }
            Stmt::Return(v) => {
                for e in v {
                    self.expr(f, e);
                }
                // `return x` assigns the results (a deferred closure sees it).
                if !v.is_empty() {
                    for &r in &self.prog.funcs[f.index()].results {
                        self.assigned_local(f, r);
                    }
                }
            }
            Stmt::Block(b) => self.block(f, b),
            Stmt::Defer { call, .. } | Stmt::Go(call) => self.expr(f, call),
            Stmt::Send { ch, value, .. } => {
                self.expr(f, ch);
                self.expr(f, value);
            }
            Stmt::Select { cases, .. } => {
                for c in cases {
                    match &c.comm {
                        crate::ir::SelectComm::Send { ch, value } => {
                            self.expr(f, ch);
                            self.expr(f, value);
                        }
                        crate::ir::SelectComm::Recv { ch, .. } => self.expr(f, ch),
                        crate::ir::SelectComm::Default => {}
                    }
                    self.block(f, &c.body);
                }
            }
            Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::RangeMap { m, key, elem, body, .. } => {
                self.expr(f, m);
                self.depth += 1;
                for l in key.iter().chain(elem) {
                    self.decl(f, *l);
                }
                self.block(f, body);
                self.depth -= 1;
            }
        }
    }

    /// An assignment to a place: the variable it is part of is reassigned,
    /// unless this is its defining assignment.
    fn assigned_local(&mut self, f: FuncId, l: crate::ir::LocalId) {
        let key = self.an.canonical(self.prog, f, l);
        if !self.defining.remove(&key) {
            self.vars.entry(key).or_default().reassigned = true;
        }
    }

    fn assigned(&mut self, f: FuncId, p: &crate::ir::Expr) {
        match &p.kind {
            IK::Local(l) => self.assigned_local(f, *l),
            IK::Field(x, _) if !matches!(x.kind, IK::Deref(_)) => self.assigned(f, x),
            IK::Index(x, _) if matches!(self.prog.types.under_kind(x.ty), TypeKind::Array(..)) => self.assigned(f, x),
            _ => {}
        }
    }

    fn expr(&mut self, f: FuncId, e: &crate::ir::Expr) {
        let mut literals = Vec::new();
        let mut addressed = Vec::new();
        visit_expr(e, &mut |x| match &x.kind {
            IK::Closure { func, .. } => literals.push(*func),
            IK::AddrOf(inner, _) => {
                if let Some(l) = root_local(self.prog, inner) {
                    addressed.push(l);
                }
            }
            _ => {}
        });
        for l in addressed {
            let key = self.an.canonical(self.prog, f, l);
            self.addr_taken.insert(key);
        }
        for lit in literals {
            self.literal(f, lit);
        }
    }

    /// A function literal met in `f`: its captures are captured now, then
    /// its body runs as part of `f`'s statements.
    fn literal(&mut self, f: FuncId, lit: FuncId) {
        let func = &self.prog.funcs[lit.index()];
        if let Some(caps) = &func.closure {
            for c in caps {
                let root = self.an.canonical(self.prog, f, c.outer);
                let depth = self.depth;
                let v = self.vars.entry(root).or_default();
                if !v.captured {
                    v.captured = true;
                    if v.decl_depth == depth {
                        v.reassigned = false;
                    }
                }
            }
        }
        let saved = self.depth;
        self.depth = 1;
        self.block(lit, &func.body);
        self.depth = saved;
    }
}

/// The variable an addressed expression is part of (`x`, `x.f`, `x[i]` of an array).
fn root_local(prog: &Program, e: &crate::ir::Expr) -> Option<LocalId> {
    match &e.kind {
        IK::Local(l) => Some(*l),
        IK::Field(x, _) if !matches!(x.kind, IK::Deref(_)) => root_local(prog, x),
        IK::Index(x, _) if matches!(prog.types.under_kind(x.ty), TypeKind::Array(..)) => root_local(prog, x),
        _ => None,
    }
}
