//! Copying a callee's body into a call site (gc's `mkinlcall` and the
//! unified IR reader's inlined-body construction).
//!
//! Every variable of the callee becomes a new variable of the caller, every
//! allocation site a new site of the caller's, every loop or switch label a
//! new label. Positions become the call's: gc reports anything inside an
//! inlined body at the outermost call site. The parameters are assigned
//! the arguments first, all at once; each `return` assigns the result
//! variables and leaves the inlined body. A function literal inside
//! becomes a clone of its own, capturing the caller's copies of its
//! variables (gc makes a new `ir.Func` too, named like the original); an
//! inlined literal's captured variables are the caller's own.

use std::collections::HashMap;

use crate::ir::{
    Expr, ExprKind as IK, Func, FuncId, LabelId, Local, LocalId, LocalKind, Program, SelectComm, Site, SiteId, Stmt,
};
use crate::source::Pos;

/// Copies bodies into a function: an inlined call's into its caller, or a
/// function literal's into its clone.
struct Copier<'a> {
    prog: &'a mut Program,
    /// Every function as it was before inlining (`Func::body`s copied).
    pristine: &'a [Option<Func>],
    /// The function the copy belongs to (its sites are that function's).
    owner: FuncId,
    /// Inlining: every position becomes the outermost call's. A literal's
    /// clone keeps its positions.
    pos: Option<Pos>,
    /// Per local of the copied function: the owner's.
    locals: Vec<LocalId>,
    /// Inlining: fresh labels of the owner for the callee's, the label a
    /// `return` breaks to and the result variables.
    inlining: Option<Inlining<'a>>,
    /// Function literals cloned: (original, clone).
    clones: Vec<(FuncId, FuncId)>,
}

struct Inlining<'a> {
    labels: HashMap<LabelId, LabelId>,
    next_label: &'a mut u32,
    exit: LabelId,
    results: Vec<LocalId>,
}

/// The call `call` of `callee` inlined into `caller`, whose labels so far
/// end at `next_label`: `effects` (what computed the func value called,
/// if it must still run), then the arguments `args` assigned to the
/// parameters, then the body. Also the function literals cloned on the
/// way, as (original, clone).
pub fn inlined_call(
    prog: &mut Program,
    pristine: &[Option<Func>],
    (caller, callee): (FuncId, FuncId),
    (effects, args): (Option<Expr>, Vec<Expr>),
    call: &Expr,
    next_label: &mut u32,
) -> (Expr, Vec<(FuncId, FuncId)>) {
    let Some(original) = &pristine[callee.index()] else {
        return (Expr::new(IK::Call(crate::ir::Callee::Func(callee), args), call.ty, call.pos), Vec::new());
    };
    let (ty, pos) = (call.ty, call.pos);
    *next_label += 1;
    let exit = LabelId(*next_label);
    // A literal's captured variables are the caller's own.
    let captures = prog.funcs[callee.index()].closure.clone().unwrap_or_default();
    let locals: Vec<LocalId> = original
        .locals
        .iter()
        .map(|l| match l.kind {
            LocalKind::Captured(i) => captures[i].outer,
            _ => add_local(prog, caller, l, pos),
        })
        .collect();
    let results: Vec<LocalId> = original.results.iter().map(|r| locals[r.index()]).collect();
    let params: Vec<LocalId> = original.params.iter().map(|p| locals[p.index()]).collect();
    let inlining = Inlining { labels: HashMap::new(), next_label, exit, results: results.clone() };
    let mut c =
        Copier { prog, pristine, owner: caller, pos: Some(pos), locals, inlining: Some(inlining), clones: Vec::new() };
    let mut out: Vec<Stmt> = effects.into_iter().map(Stmt::Expr).collect();
    out.extend(params.iter().map(|&p| Stmt::Decl(p)));
    if !params.is_empty() {
        let places = params.iter().map(|&p| c.local_expr(p)).collect();
        out.push(Stmt::Assign(places, args));
    }
    out.extend(results.iter().map(|&r| Stmt::Decl(r)));
    for s in &original.body {
        out.push(c.stmt(s));
    }
    let clones = c.clones;
    (Expr::new(IK::Inlined { callee, label: exit, body: out, results }, ty, pos), clones)
}

/// A caller variable standing for callee variable `l`.
fn add_local(prog: &mut Program, caller: FuncId, l: &Local, pos: Pos) -> LocalId {
    let f = &mut prog.funcs[caller.index()];
    let kind = match l.kind {
        LocalKind::Param | LocalKind::Result | LocalKind::Var => LocalKind::Var,
        other => other,
    };
    f.locals.push(Local {
        name: l.name.clone(),
        pos: if l.pos == Pos::default() { l.pos } else { pos },
        ty: l.ty,
        kind,
        addr_taken: l.addr_taken,
        // Parameters are defined by the arguments; unnamed results, which
        // nothing reads before a return sets them, by that return.
        init: l.init || l.kind == LocalKind::Param || (l.kind == LocalKind::Result && l.name.starts_with("~r")),
    });
    LocalId(f.locals.len() as u32 - 1)
}

impl Copier<'_> {
    fn local_expr(&self, l: LocalId) -> Expr {
        let ty = self.prog.funcs[self.owner.index()].local(l).ty;
        Expr::new(IK::Local(l), ty, self.pos.unwrap_or_default())
    }

    fn label(&mut self, l: LabelId) -> LabelId {
        let Some(inl) = &mut self.inlining else { return l };
        if let Some(&n) = inl.labels.get(&l) {
            return n;
        }
        *inl.next_label += 1;
        let n = LabelId(*inl.next_label);
        inl.labels.insert(l, n);
        n
    }

    fn site(&mut self, s: SiteId) -> SiteId {
        let old = &self.prog.sites[s.index()];
        let pos = self.pos.unwrap_or(old.pos);
        let new = Site { pos, ty: old.ty, text: old.text.clone(), func: self.owner, silent: old.silent };
        self.prog.sites.push(new);
        SiteId(self.prog.sites.len() as u32 - 1)
    }

    /// A clone of function literal `lit` capturing the owner's copies of
    /// the variables the original captures: a function of its own, whose
    /// body (and literals inside it) are copied as they were.
    fn clone_literal(&mut self, lit: FuncId) -> FuncId {
        let Some(original) = self.pristine[lit.index()].clone() else { return lit };
        let id = FuncId(self.prog.funcs.len() as u32);
        let mut func = original.clone();
        func.symbol = format!("{}·{}", original.symbol, id.0);
        func.enclosing = Some(self.owner);
        if let Some(caps) = &mut func.closure {
            for c in caps {
                c.outer = self.locals[c.outer.index()];
            }
        }
        func.body = Vec::new();
        self.prog.funcs.push(func);
        let mut inner = Copier {
            prog: &mut *self.prog,
            pristine: self.pristine,
            owner: id,
            pos: None,
            locals: (0..original.locals.len() as u32).map(LocalId).collect(),
            inlining: None,
            clones: Vec::new(),
        };
        let body = inner.stmts(&original.body);
        let nested = inner.clones;
        self.prog.funcs[id.index()].body = body;
        self.clones.push((lit, id));
        self.clones.extend(nested);
        id
    }

    fn stmts(&mut self, list: &[Stmt]) -> Vec<Stmt> {
        list.iter().map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, s: &Stmt) -> Stmt {
        match s {
            Stmt::Decl(l) => Stmt::Decl(self.locals[l.index()]),
            Stmt::Expr(e) => Stmt::Expr(self.expr(e)),
            Stmt::Assign(l, r) => Stmt::Assign(self.exprs(l), self.exprs(r)),
            Stmt::AssignTuple(l, e) => Stmt::AssignTuple(self.exprs(l), self.expr(e)),
            Stmt::If { cond, then, els } => {
                Stmt::If { cond: self.expr(cond), then: self.stmts(then), els: self.stmts(els) }
            }
            Stmt::Loop { label, cond, body, post, fresh } => Stmt::Loop {
                label: self.label(*label),
                cond: cond.as_ref().map(|c| self.expr(c)),
                body: self.stmts(body),
                post: self.stmts(post),
                fresh: fresh.iter().map(|l| self.locals[l.index()]).collect(),
            },
            Stmt::Switch { label, cases, default } => Stmt::Switch {
                label: self.label(*label),
                cases: cases
                    .iter()
                    .map(|c| crate::ir::Case {
                        conds: self.exprs(&c.conds),
                        body: self.stmts(&c.body),
                        fallthrough: c.fallthrough,
                    })
                    .collect(),
                default: *default,
            },
            Stmt::Break(l) => Stmt::Break(self.label(*l)),
            Stmt::Continue(l) => Stmt::Continue(self.label(*l)),
            Stmt::Return(vals) => {
                let Some((exit, results)) = self.inlining.as_ref().map(|i| (i.exit, i.results.clone())) else {
                    return Stmt::Return(self.exprs(vals));
                };
                let mut out = Vec::new();
                let places: Vec<Expr> = results.into_iter().map(|r| self.local_expr(r)).collect();
                if vals.len() == 1 && places.len() > 1 {
                    out.push(Stmt::AssignTuple(places, self.expr(&vals[0])));
                } else if !vals.is_empty() {
                    out.push(Stmt::Assign(places, self.exprs(vals)));
                }
                out.push(Stmt::Break(exit));
                Stmt::Block(out)
            }
            Stmt::Block(list) => Stmt::Block(self.stmts(list)),
            Stmt::Go(e) => Stmt::Go(self.expr(e)),
            Stmt::Send { ch, value, pos } => {
                Stmt::Send { ch: self.expr(ch), value: self.expr(value), pos: self.pos.unwrap_or(*pos) }
            }
            Stmt::Select { label, cases } => Stmt::Select {
                label: self.label(*label),
                cases: cases
                    .iter()
                    .map(|c| crate::ir::SelectCase {
                        comm: match &c.comm {
                            SelectComm::Send { ch, value } => {
                                SelectComm::Send { ch: self.expr(ch), value: self.expr(value) }
                            }
                            SelectComm::Recv { ch, elem, ok } => SelectComm::Recv {
                                ch: self.expr(ch),
                                elem: self.locals[elem.index()],
                                ok: self.locals[ok.index()],
                            },
                            SelectComm::Default => SelectComm::Default,
                        },
                        body: self.stmts(&c.body),
                    })
                    .collect(),
            },
            Stmt::Defer { call, in_loop } => Stmt::Defer { call: self.expr(call), in_loop: *in_loop },
            Stmt::RangeMap { label, m, key, elem, body } => Stmt::RangeMap {
                label: self.label(*label),
                m: self.expr(m),
                key: key.map(|k| self.locals[k.index()]),
                elem: elem.map(|e| self.locals[e.index()]),
                body: self.stmts(body),
            },
        }
    }

    fn exprs(&mut self, list: &[Expr]) -> Vec<Expr> {
        list.iter().map(|e| self.expr(e)).collect()
    }

    fn boxed(&mut self, e: &Expr) -> Box<Expr> {
        Box::new(self.expr(e))
    }

    fn opt(&mut self, e: &Option<Box<Expr>>) -> Option<Box<Expr>> {
        e.as_ref().map(|e| self.boxed(e))
    }

    fn pairs(&mut self, list: &[(u64, Expr)]) -> Vec<(u64, Expr)> {
        list.iter().map(|(i, e)| (*i, self.expr(e))).collect()
    }

    fn expr(&mut self, e: &Expr) -> Expr {
        let kind = match &e.kind {
            IK::Const(_)
            | IK::Nil
            | IK::Zero
            | IK::Global(_)
            | IK::ExternVar(_)
            | IK::FuncRef(_)
            | IK::Blank
            | IK::FuncValue(_) => e.kind.clone(),
            IK::Local(l) => IK::Local(self.locals[l.index()]),
            IK::Unary(op, x) => IK::Unary(*op, self.boxed(x)),
            IK::Binary(op, x, y) => IK::Binary(*op, self.boxed(x), self.boxed(y)),
            IK::AndAnd(x, y) => IK::AndAnd(self.boxed(x), self.boxed(y)),
            IK::OrOr(x, y) => IK::OrOr(self.boxed(x), self.boxed(y)),
            IK::Convert(x) => IK::Convert(self.boxed(x)),
            IK::Call(c, args) => IK::Call(*c, self.exprs(args)),
            IK::Deref(x) => IK::Deref(self.boxed(x)),
            IK::AddrOf(x, written) => IK::AddrOf(self.boxed(x), *written),
            IK::Field(x, i) => IK::Field(self.boxed(x), *i),
            IK::Index(x, i) => IK::Index(self.boxed(x), self.boxed(i)),
            IK::Len(x) => IK::Len(self.boxed(x)),
            IK::Cap(x) => IK::Cap(self.boxed(x)),
            IK::SliceLit { site, len, elems } => {
                IK::SliceLit { site: self.site(*site), len: *len, elems: self.pairs(elems) }
            }
            IK::MakeSlice { site, len, cap } => {
                IK::MakeSlice { site: self.site(*site), len: self.boxed(len), cap: self.opt(cap) }
            }
            IK::SliceOf { x, lo, hi, max } => {
                IK::SliceOf { x: self.boxed(x), lo: self.opt(lo), hi: self.opt(hi), max: self.opt(max) }
            }
            IK::Append { site, s, elems } => {
                IK::Append { site: self.site(*site), s: self.boxed(s), elems: self.exprs(elems) }
            }
            IK::AppendSlice { site, s, t } => {
                IK::AppendSlice { site: self.site(*site), s: self.boxed(s), t: self.boxed(t) }
            }
            IK::Copy(x, y) => IK::Copy(self.boxed(x), self.boxed(y)),
            IK::StrConv { site, kind, x } => IK::StrConv { site: self.site(*site), kind: *kind, x: self.boxed(x) },
            IK::New(site) => IK::New(self.site(*site)),
            IK::Composite(elems) => IK::Composite(self.pairs(elems)),
            IK::AddrLit(site, x) => IK::AddrLit(self.site(*site), self.boxed(x)),
            IK::Concat(site, parts) => IK::Concat(self.site(*site), self.exprs(parts)),
            IK::ToIface(site, x) => IK::ToIface(self.site(*site), self.boxed(x)),
            IK::VarArgs(site, args) => IK::VarArgs(self.site(*site), self.exprs(args)),
            IK::MinMax(max, args) => IK::MinMax(*max, self.exprs(args)),
            IK::Closure { site, func } => IK::Closure { site: self.site(*site), func: self.clone_literal(*func) },
            IK::CallValue(f, args) => IK::CallValue(self.boxed(f), self.exprs(args)),
            IK::Recv { ch, comma_ok } => IK::Recv { ch: self.boxed(ch), comma_ok: *comma_ok },
            IK::MakeChan(size) => IK::MakeChan(self.opt(size)),
            IK::BoundMethod { recv, func } => IK::BoundMethod { recv: self.boxed(recv), func: *func },
            IK::IfaceMethodRef { recv, index } => IK::IfaceMethodRef { recv: self.boxed(recv), index: *index },
            IK::MethodValue { site, recv, func } => {
                IK::MethodValue { site: self.site(*site), recv: self.boxed(recv), func: *func }
            }
            IK::CallIface { recv, index, args } => {
                IK::CallIface { recv: self.boxed(recv), index: *index, args: self.exprs(args) }
            }
            IK::TypeAssert { x, comma_ok } => IK::TypeAssert { x: self.boxed(x), comma_ok: *comma_ok },
            IK::TypeIs { x, ty } => IK::TypeIs { x: self.boxed(x), ty: *ty },
            IK::MapIndex { m, key, comma_ok } => {
                IK::MapIndex { m: self.boxed(m), key: self.boxed(key), comma_ok: *comma_ok }
            }
            IK::MakeMap { site, hint } => IK::MakeMap { site: self.site(*site), hint: self.opt(hint) },
            IK::MapLit { site, entries } => IK::MapLit {
                site: self.site(*site),
                entries: entries.iter().map(|(k, v)| (self.expr(k), self.expr(v))).collect(),
            },
            IK::MapDelete(m, k) => IK::MapDelete(self.boxed(m), self.boxed(k)),
            IK::Clear(x) => IK::Clear(self.boxed(x)),
            IK::WithResults { call, temps, body } => IK::WithResults {
                call: self.boxed(call),
                temps: temps.iter().map(|t| self.locals[t.index()]).collect(),
                body: self.boxed(body),
            },
            IK::Inlined { callee, label, body, results } => IK::Inlined {
                callee: *callee,
                label: self.label(*label),
                body: self.stmts(body),
                results: results.iter().map(|r| self.locals[r.index()]).collect(),
            },
        };
        Expr::new(kind, e.ty, self.pos.unwrap_or(e.pos))
    }
}
