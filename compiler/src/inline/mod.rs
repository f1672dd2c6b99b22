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
mod deadlocals;
mod statics;
mod stdinline;

use crate::diag::Remark;
use crate::ir::{scc, Callee, Expr, ExprKind as IK, Func, FuncId, FuncOrigin, PartMut, Program, Stmt};
use statics::{Statics, Target};

/// gc's `inlineMaxBudget`: the most a function may cost to be inlined.
const MAX_BUDGET: i32 = 80;
/// gc's `inlineBigFunctionMaxCost`: in a big function, only callees this
/// cheap are inlined.
const BIG_FUNCTION_MAX_COST: i32 = 20;

/// Inlines calls throughout the program; returns the `-m` lines (empty
/// when `m` is 0).
pub fn inline(prog: &mut Program, m: u32) -> Vec<Remark> {
    let order = order(prog);
    let mut pass1 = CanInline {
        prog,
        m,
        costs: vec![None; prog.funcs.len()],
        checked: vec![false; prog.funcs.len()],
        remarks: Vec::new(),
    };
    for &f in order.iter().flatten() {
        pass1.check(f);
    }
    let CanInline { costs, remarks, .. } = pass1;
    // What callers copy: every function as it is now.
    let pristine: Vec<Option<Func>> = prog
        .funcs
        .iter()
        .map(|f| matches!(f.origin, FuncOrigin::Decl | FuncOrigin::Literal).then(|| f.clone()))
        .collect();
    let mut inl = Inliner {
        prog,
        costs,
        pristine,
        m,
        remarks,
        caller: FuncId(0),
        next_label: 0,
        stack: Vec::new(),
        big: false,
        statics: Statics::default(),
        clone_of: Default::default(),
        clones_checked: Default::default(),
        round: Round::Top,
        made: Vec::new(),
        round_no: 1,
        std_pending: Default::default(),
    };
    for &f in order.iter().flatten() {
        inl.function(f);
    }
    deadlocals::remove(inl.prog);
    retire_orphans(inl.prog);
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

/// How gc inlines library function `f` (a `Wrapper` named like
/// `fmt.Println`), if it can.
fn std_inline(prog: &Program, f: FuncId) -> Option<&'static stdinline::StdInline> {
    let func = &prog.funcs[f.index()];
    if func.origin != FuncOrigin::Wrapper {
        return None;
    }
    let key = crate::stdlib::path_qualified(&func.name)?;
    let i = stdinline::INLINABLE.binary_search_by(|e| e.name.cmp(key.as_str())).ok()?;
    Some(&stdinline::INLINABLE[i])
}

/// Pass 1: which functions can be inlined, in gc's order.
struct CanInline<'a> {
    prog: &'a Program,
    m: u32,
    costs: Vec<Option<i32>>,
    checked: Vec<bool>,
    remarks: Vec<Remark>,
}

impl CanInline<'_> {
    fn check(&mut self, f: FuncId) {
        if std::mem::replace(&mut self.checked[f.index()], true) {
            return;
        }
        // gc checks a literal the function calls while costing the call,
        // before the function itself.
        for lit in called_literals(self.prog, f) {
            self.check(lit);
        }
        if let Some(c) = cost::inline_cost(self.prog, f, &self.costs) {
            self.costs[f.index()] = Some(c);
            if self.m > 0 {
                let func = &self.prog.funcs[f.index()];
                let msg = format!("can inline {}", declared_name(func.m_name()));
                self.remarks.push(Remark { pos: func.pos, msg, at: None });
            }
        }
    }
}

/// A function as gc names a call of it or a copy of it: package
/// initialisers' literals are `init`'s.
fn copied_name(name: &str) -> String {
    name.strip_prefix("glob..").map(|r| format!("init.{r}")).unwrap_or_else(|| name.to_string())
}

/// A function as gc's first pass names it: a literal inside a literal is
/// numbered within it (`outer.func1.1`; the copies inlining makes are
/// `outer.func1.func1`), and package initialisers' literals are `init`'s.
fn declared_name(name: &str) -> String {
    let name = copied_name(name);
    let mut out: Vec<&str> = Vec::new();
    let mut in_literal = false;
    for seg in name.split('.') {
        match seg.strip_prefix("func").filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) {
            Some(n) if in_literal => out.push(n),
            Some(_) => {
                in_literal = true;
                out.push(seg);
            }
            None => out.push(seg),
        }
    }
    out.join(".")
}

/// The function literals `f` calls, in order.
fn called_literals(prog: &Program, f: FuncId) -> Vec<FuncId> {
    let func = &prog.funcs[f.index()];
    let statics = Statics::scan(prog, &func.body, true);
    let mut out = Vec::new();
    crate::ir::visit_stmts(
        &func.body,
        &mut |e| {
            if let IK::CallValue(callee, _) = &e.kind {
                if let Some(Target::Closure(c)) = statics.resolve(func, callee) {
                    out.push(c);
                }
            }
        },
        &mut |_| {},
    );
    out
}

struct Inliner<'a> {
    prog: &'a mut Program,
    /// Per function: its inline cost, if it can be inlined.
    costs: Vec<Option<i32>>,
    /// Per function: the body callers copy, as it was before inlining.
    pristine: Vec<Option<Func>>,
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
    /// The caller's variables' static values, noted as its statements are
    /// visited (with the copies inlined into it).
    statics: Statics,
    /// Function literals cloned into callers: the original of each.
    clone_of: std::collections::HashMap<FuncId, FuncId>,
    /// The clones checked (and reported) as inlinable.
    clones_checked: std::collections::HashSet<FuncId>,
    /// Which calls this round inlines.
    round: Round,
    /// The copies made this round: their calls are the next round's.
    made: Vec<crate::ir::LabelId>,
    /// The round's number, from 1.
    round_no: u32,
    /// Lines of library calls inlined into library calls, by the call
    /// (its address, stable while the body is inlined) and round.
    std_pending: std::collections::HashMap<usize, Vec<(u32, &'static str)>>,
}

/// A round of inlining in a function: its own calls, or those in the
/// copies the previous round made (by their labels).
enum Round {
    Top,
    Copies(Vec<crate::ir::LabelId>),
}

impl Inliner<'_> {
    /// Inlines the calls of `f` a generation at a time, as gc does: every
    /// call of the body first, in order, then the calls in the copies made,
    /// then the calls in theirs.
    fn function(&mut self, f: FuncId) {
        let mut body = std::mem::take(&mut self.prog.funcs[f.index()].body);
        self.caller = f;
        self.next_label = max_label(&body);
        self.big = cost::is_big(&body);
        self.statics = Statics::scan(self.prog, &body, false);
        self.round = Round::Top;
        self.round_no = 1;
        self.stmts(&mut body, true);
        while !self.made.is_empty() || self.std_pending.values().flatten().any(|(r, _)| *r > self.round_no) {
            self.round = Round::Copies(std::mem::take(&mut self.made));
            self.round_no += 1;
            self.stmts(&mut body, false);
        }
        self.std_pending.clear();
        self.prog.funcs[f.index()].body = body;
    }

    /// Visits statements; `active`: they belong to this round, so their
    /// calls are inlined.
    fn stmts(&mut self, list: &mut [Stmt], active: bool) {
        for s in list {
            self.stmt(s, active);
            if active {
                self.statics.note(s);
            }
        }
    }

    fn stmt(&mut self, s: &mut Stmt, active: bool) {
        for part in crate::ir::parts_mut(s) {
            match part {
                PartMut::Expr(e) => self.expr(e, active),
                PartMut::Body(list) => self.stmts(list, active),
            }
        }
    }

    /// Inlines the calls of this round in `e`: operands' first, then `e`.
    fn expr(&mut self, e: &mut Expr, active: bool) {
        for c in crate::ir::children_mut(e) {
            self.expr(c, active);
        }
        if let Some(lines) = self.std_pending.get_mut(&(e as *const Expr as usize)) {
            // Library calls inlined into an inlined library call's body.
            let round = self.round_no;
            for (_, name) in lines.iter().filter(|(r, _)| *r == round) {
                self.remarks.push(Remark { pos: e.pos, msg: format!("inlining call to {name}"), at: None });
            }
            lines.retain(|(r, _)| *r != round);
            if lines.is_empty() {
                self.std_pending.remove(&(e as *const Expr as usize));
            }
        }
        if let IK::Inlined { callee, label, body, .. } = &mut e.kind {
            // A copy made in the previous round: its calls are this round's.
            let now = matches!(&self.round, Round::Copies(labels) if labels.contains(label));
            self.stack.push(*callee);
            self.stmts(body, now);
            self.stack.pop();
            return;
        }
        if !active {
            return;
        }
        if let IK::Call(Callee::Func(g), _) = &e.kind {
            if let Some(std) = std_inline(self.prog, *g) {
                self.std_call(e, std);
                return;
            }
        }
        let (target, callee_expr, args) = match &mut e.kind {
            IK::Call(Callee::Func(g), args) => (Target::Func(*g), None, args),
            IK::CallValue(f, args) => {
                let func = &self.prog.funcs[self.caller.index()];
                match self.statics.resolve(func, f) {
                    Some(t) => (t, Some(f), args),
                    None => return,
                }
            }
            _ => return,
        };
        let g = match target {
            Target::Func(g) | Target::Closure(g) => g,
        };
        if !self.inlinable_here(target) {
            return;
        }
        if self.m > 0 {
            let name = copied_name(self.prog.funcs[g.index()].m_name());
            if self.clone_of.contains_key(&g) && self.clones_checked.insert(g) {
                // gc checks a clone as a function of its own, once.
                let pos = self.prog.funcs[g.index()].pos;
                self.remarks.push(Remark { pos, msg: format!("can inline {name}"), at: None });
            }
            self.remarks.push(Remark { pos: e.pos, msg: format!("inlining call to {name}"), at: None });
        }
        let args = std::mem::take(args);
        // A func value computed by an inlined call still runs that call
        // first (gc's `CalleeEffects`).
        let effects = callee_expr.filter(|f| matches!(f.kind, IK::Inlined { .. })).map(|f| {
            let nil = Expr::new(IK::Nil, f.ty, f.pos);
            std::mem::replace(f.as_mut(), nil)
        });
        let (call, clones) =
            copy::inlined_call(self.prog, &self.pristine, (self.caller, g), (effects, args), e, &mut self.next_label);
        self.adopt(clones);
        if let IK::Inlined { body, label, .. } = &call.kind {
            // What the copy assigns is known now (gc's `StaticValue` sees
            // through inlined calls); its calls are the next round's.
            self.statics.count(self.prog, body);
            crate::ir::visit_stmts(body, &mut |_| {}, &mut |s| self.statics.note(s));
            self.made.push(*label);
        }
        *e = call;
    }

    /// A call of a library function gc inlines: its lines, generation 1
    /// now, each later one in a later round. (The call stays a call: the
    /// library is the runtime's.)
    fn std_call(&mut self, e: &Expr, std: &'static stdinline::StdInline) {
        let limit = if self.big { BIG_FUNCTION_MAX_COST } else { MAX_BUDGET };
        if std.cost > limit {
            return;
        }
        let mut later = Vec::new();
        for &(name, generation) in std.inlined {
            if generation == 1 && self.m > 0 {
                self.remarks.push(Remark { pos: e.pos, msg: format!("inlining call to {name}"), at: None });
            } else if self.m > 0 {
                later.push((self.round_no + generation as u32 - 1, name));
            }
        }
        if !later.is_empty() {
            self.std_pending.insert(e as *const Expr as usize, later);
        }
    }

    /// Records function literals cloned into the caller: their costs and
    /// the bodies their own callers would copy are the originals'.
    fn adopt(&mut self, clones: Vec<(FuncId, FuncId)>) {
        for (original, clone) in clones {
            let root = self.clone_of.get(&original).copied().unwrap_or(original);
            self.clone_of.insert(clone, root);
            self.costs.push(self.costs[original.index()]);
            let p = self.pristine[original.index()].clone().map(|mut f| {
                f.closure = self.prog.funcs[clone.index()].closure.clone();
                f
            });
            self.pristine.push(p);
        }
    }

    /// Whether a call of `target` here is inlined (gc's `canInlineCallExpr`).
    fn inlinable_here(&self, target: Target) -> bool {
        let (g, limit) = match target {
            Target::Func(g) => (g, if self.big { BIG_FUNCTION_MAX_COST } else { MAX_BUDGET }),
            // A literal may cost twice as much; only the caller's own.
            Target::Closure(g) => (g, 2 * if self.big { BIG_FUNCTION_MAX_COST } else { MAX_BUDGET }),
        };
        let Some(cost) = self.costs[g.index()] else { return false };
        // A recursive function is inlined into itself once: not into a
        // copy of itself (gc's "repeated recursive cycle").
        if self.stack.contains(&g) {
            return false;
        }
        cost <= limit
    }
}

/// Empties the function literals that capture variables and whose every
/// use was inlined: no code makes their closures any more, so gc never
/// analyses them, and their captured variables, copied away, are no longer
/// theirs. (A literal capturing nothing stays a function of its own, which
/// gc analyses, reporting its parameters.)
fn retire_orphans(prog: &mut Program) {
    let n = prog.funcs.len();
    let mut made = vec![false; n];
    let mut work: Vec<FuncId> =
        (0..n).map(|i| FuncId(i as u32)).filter(|f| prog.funcs[f.index()].origin != FuncOrigin::Literal).collect();
    while let Some(f) = work.pop() {
        crate::ir::visit_stmts(
            &prog.funcs[f.index()].body,
            &mut |e| {
                if let IK::Closure { func, .. } | IK::FuncValue(func) = &e.kind {
                    if !std::mem::replace(&mut made[func.index()], true) {
                        work.push(*func);
                    }
                }
            },
            &mut |_| {},
        );
    }
    for (i, func) in prog.funcs.iter_mut().enumerate() {
        if func.origin == FuncOrigin::Literal && !made[i] && func.closure.as_ref().is_some_and(|c| !c.is_empty()) {
            func.body.clear();
            func.closure = Some(Vec::new());
            for l in &mut func.locals {
                if matches!(l.kind, crate::ir::LocalKind::Captured(_)) {
                    l.kind = crate::ir::LocalKind::Var;
                }
            }
        }
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
