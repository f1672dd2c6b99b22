//! Which functions can be inlined, and what inlining them costs (gc's
//! `CanInline` and `hairyVisitor`).
//!
//! gc counts the nodes of a function's typed IR, one each, with
//! exceptions: a call of a function it will inline costs that function's
//! cost more, any other call 57 more (`inlineExtraCallCost`), a call
//! through a parameter 17 more, a function literal 15 more; conversions
//! that produce no code and method expressions are free; a slice literal
//! or a method value costs 2. `defer`, `go`, `recover` and `//go:noinline`
//! make a function never inlinable. It is inlinable if the count stays within 80 (800 for
//! a function literal).
//!
//! Our IR is not gc's: it spells some constructs out (a `range` loop is a
//! counting loop over compiler temporaries, `x += y` is `x = x + y`, a
//! switch compares a temporary with each case), so each node is charged
//! what gc's form of the construct costs. Compiler temporaries have no gc
//! node: statements that only set them cost what their user-written
//! operands cost. The charges were measured with `go build -gcflags=-m=2`
//! (`can inline F with cost N`).

use crate::ir::{Builtin, Callee, Expr, ExprKind as IK, FuncId, FuncOrigin, LocalKind, Program, Stmt};
use crate::types::{Basic, TypeKind};

/// gc's `inlineExtraCallCost`: a call that is not inlined.
const EXTRA_CALL_COST: i32 = 57;
/// gc's `inlineParamCallCost`: a call through a parameter.
const PARAM_CALL_COST: i32 = 17;
/// gc's `inlineClosureCalledOnceCost`: a function literal's budget.
const CLOSURE_BUDGET: i32 = 800;
/// gc's `inlineBigFunctionNodes`: a function with at least this many
/// nodes is big.
const BIG_FUNCTION_NODES: usize = 5000;

/// The inline cost of `f` if it can be inlined, given the costs decided
/// so far (callees come first).
/// Whether `f` can be inlined: its cost, or why not in gc's words
/// (`cannot inline F: WHY` at `-m=2`). None for the functions gc never
/// considers (the package initialiser, wrappers).
pub fn inline_cost(prog: &Program, f: FuncId, costs: &[Option<i32>]) -> Option<Result<i32, String>> {
    let func = &prog.funcs[f.index()];
    if matches!(func.origin, FuncOrigin::Init | FuncOrigin::Wrapper) {
        return None;
    }
    if func.noinline {
        return Some(Err("marked go:noinline".into()));
    }
    Some(cost_of(prog, f, costs))
}

/// The cost of a library function compiled from its Go body, if it can
/// be inlined (for what the generated table cannot list).
pub fn body_cost(prog: &Program, f: FuncId, costs: &[Option<i32>]) -> Option<i32> {
    cost_of(prog, f, costs).ok()
}

/// gc's `hairyVisitor` on `f`'s body: its cost, or why it is refused.
fn cost_of(prog: &Program, f: FuncId, costs: &[Option<i32>]) -> Result<i32, String> {
    let func = &prog.funcs[f.index()];
    let statics = super::statics::Statics::scan(prog, &func.body, true);
    let mut v = Visitor { prog, costs, f, cost: 0, refused: None, statics };
    v.stmts(&func.body);
    let budget = if func.origin == FuncOrigin::Literal { CLOSURE_BUDGET } else { super::MAX_BUDGET };
    match v.refused {
        Some(why) => Err(why.into()),
        None if v.cost > budget => Err(format!("function too complex: cost {} exceeds budget {budget}", v.cost)),
        None => Ok(v.cost),
    }
}

/// gc's `isBigFunc`: at least 5000 nodes.
pub fn is_big(body: &[Stmt]) -> bool {
    let (mut exprs, mut stmts) = (0, 0);
    crate::ir::visit_stmts(body, &mut |_| exprs += 1, &mut |_| stmts += 1);
    exprs + stmts >= BIG_FUNCTION_NODES
}

struct Visitor<'a> {
    prog: &'a Program,
    costs: &'a [Option<i32>],
    f: FuncId,
    cost: i32,
    /// What makes the function never inlinable, first found.
    refused: Option<&'static str>,
    statics: super::statics::Statics,
}

/// What each of gc's temporaries for the results of a multi-value call
/// passed on (`return f()`, `g(f())`) costs.
const MULTI_VALUE_TEMP_COST: i32 = 4;

/// gc's `OCLOSURE`: 1 and 15 more; the literal's body is not counted.
const CLOSURE_COST: i32 = 16;

impl Visitor<'_> {
    fn is_temp(&self, e: &Expr) -> bool {
        match &e.kind {
            IK::Local(l) => self.prog.funcs[self.f.index()].local(*l).kind == LocalKind::Temp,
            _ => false,
        }
    }

    fn stmts(&mut self, list: &[Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let func = &self.prog.funcs[self.f.index()];
        match s {
            // `x := e` is gc's DCL and NAME (then an assignment); `var x T`
            // adds the assignment of the zero value (4 in all).
            Stmt::Decl(l) => match func.local(*l) {
                local if local.kind == LocalKind::Temp => {}
                local if local.init => self.cost += 2,
                _ => self.cost += 4,
            },
            Stmt::Expr(e) => self.expr(e),
            // Compiler temporaries (a range loop's, say) have no gc node:
            // setting one costs what the user wrote in its value, if
            // anything.
            Stmt::Assign(l, r) if l.iter().all(|p| self.is_temp(p)) => {
                for e in r {
                    if !mentions_temp(self, e) && !matches!(e.kind, IK::Const(_)) {
                        self.expr(e);
                    }
                }
            }
            Stmt::Assign(l, r) if r.len() == 1 && self.prog.op_assigns.contains_key(&r[0].pos) => {
                // gc's OASOP: the place and the right operand.
                self.cost += 1;
                self.exprs(l);
                match &strip_conversions(&r[0]).kind {
                    IK::Binary(_, _, y) => self.expr(y),
                    IK::Concat(_, parts) => self.exprs(&parts[1..]),
                    _ => self.exprs(r),
                }
            }
            // An iteration variable set from the loop's temporaries is
            // only its name in gc's range statement.
            Stmt::Assign(l, r) if r.iter().all(|e| mentions_temp(self, e)) => self.cost += l.len() as i32,
            Stmt::Assign(l, r) => {
                self.cost += 1;
                self.exprs(l);
                // A temporary's value is what it was set from: nothing.
                for e in r {
                    if !self.is_temp(e) {
                        self.expr(e);
                    }
                }
            }
            Stmt::AssignTuple(l, e) => {
                self.cost += 1;
                // `return f()`: gc assigns the results to temporaries of
                // its own (declared, named, assigned and used: 4 each).
                if l.iter().all(|p| self.is_temp(p)) {
                    self.cost += MULTI_VALUE_TEMP_COST * l.len() as i32;
                }
                self.exprs(l);
                self.expr(e);
            }
            Stmt::If { cond, then, els } => match &cond.kind {
                // gc charges only the branch taken of a constant condition.
                IK::Const(crate::types::constant::Value::Bool(b)) => self.stmts(if *b { then } else { els }),
                _ => {
                    self.cost += 1;
                    self.expr(cond);
                    self.stmts(then);
                    self.stmts(els);
                }
            },
            Stmt::Loop { cond, body, post, label, .. } => {
                self.cost += 1 + self.labeled(*label);
                // `for _, v := range`: the blank key's name.
                if blank_range_key(self, body) {
                    self.cost += 1;
                }
                if let Some(c) = cond {
                    match &c.kind {
                        // `range` over an array or a constant: the range
                        // expression, which the IR's bound replaces.
                        IK::Binary(_, i, n)
                            if self.is_temp(i) && matches!(n.kind, IK::Const(_)) && !range_vars(self, body).1 =>
                        {
                            self.cost += 1
                        }
                        _ if mentions_temp(self, c) => {}
                        _ => self.expr(c),
                    }
                }
                self.stmts(body);
                self.stmts(post);
            }
            Stmt::Switch { cases, label, .. } => {
                self.cost += 1 + self.labeled(*label);
                // A type switch: gc's guard `x.(type)` is a node of its own;
                // the case types cost nothing.
                let type_switch = cases.iter().any(|c| c.conds.iter().any(|x| matches!(x.kind, IK::TypeIs { .. })));
                if type_switch {
                    self.cost += 1;
                }
                let mut binds = false;
                for c in cases {
                    self.cost += 1;
                    for cond in &c.conds {
                        match &cond.kind {
                            // `case v:` of a switch on a (temporary) tag.
                            IK::Binary(_, v, tag) | IK::Binary(_, tag, v) if self.is_temp(tag) => self.expr(v),
                            IK::TypeIs { x, .. } if self.is_temp(x) => {}
                            _ => self.expr(cond),
                        }
                    }
                    // `switch v := x.(type)`: each clause's variable is a
                    // name, set from the guard (and the guard names it).
                    let body = match &c.body[..] {
                        [Stmt::Decl(_), Stmt::Assign(_, v), rest @ ..]
                            if type_switch && v.iter().all(|e| mentions_temp(self, e)) =>
                        {
                            self.cost += 1;
                            binds = true;
                            rest
                        }
                        body => body,
                    };
                    self.stmts(body);
                }
                if binds {
                    self.cost += 1;
                }
            }
            Stmt::Break(_) | Stmt::Continue(_) => self.cost += 1,
            Stmt::Return(vals) => {
                self.cost += 1;
                self.exprs(vals);
            }
            Stmt::Block(list) => self.stmts(list),
            Stmt::Go(_) => self.refuse("unhandled op GO"),
            Stmt::Defer { .. } => self.refuse("unhandled op DEFER"),
            Stmt::Send { ch, value, .. } => {
                self.cost += 1;
                self.expr(ch);
                self.expr(value);
            }
            Stmt::Select { cases, label } => {
                self.cost += 1 + self.labeled(*label);
                for c in cases {
                    self.cost += 1;
                    match &c.comm {
                        crate::ir::SelectComm::Send { ch, value } => {
                            self.cost += 1;
                            self.expr(ch);
                            self.expr(value);
                        }
                        crate::ir::SelectComm::Recv { ch, .. } => {
                            self.cost += 4;
                            self.expr(ch);
                        }
                        crate::ir::SelectComm::Default => {}
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::RangeMap { m, key, elem, body, label } => {
                self.cost += 1 + self.labeled(*label);
                self.expr(m);
                // The key's name, blank or not, when the value is named.
                if key.is_none() && elem.is_some() {
                    self.cost += 1;
                }
                self.stmts(body);
            }
        }
    }

    /// gc's `OLABEL` statement before a labeled loop, switch or select.
    fn labeled(&self, label: crate::ir::LabelId) -> i32 {
        self.prog.funcs[self.f.index()].labels.iter().any(|(l, _)| *l == label) as i32
    }

    fn exprs(&mut self, list: &[Expr]) {
        for e in list {
            self.expr(e);
        }
    }

    /// gc stops at the first construct it cannot inline.
    fn refuse(&mut self, why: &'static str) {
        self.refused.get_or_insert(why);
    }

    fn call_cost(&self, g: FuncId) -> i32 {
        if let Some(std) = super::std_inline(self.prog, g) {
            // An intrinsic (no line when inlined) costs nothing more.
            return if std.inlined.is_empty() { 0 } else { std.cost };
        }
        match self.costs[g.index()] {
            Some(c) if g != self.f => c,
            _ => EXTRA_CALL_COST,
        }
    }

    fn expr(&mut self, e: &Expr) {
        let types = &self.prog.types;
        let prog = self.prog;
        match &e.kind {
            IK::Local(_) if self.is_temp(e) => return,
            IK::Call(Callee::Builtin(Builtin::Recover), _) => {
                self.refuse("call to recover");
                return;
            }
            // Pass 1 costs pristine bodies: none has inlined calls.
            IK::Inlined { .. } => {
                self.refuse("unhandled op INLCALL");
                return;
            }
            IK::Closure { .. } => {
                self.cost += CLOSURE_COST;
                return;
            }
            IK::Call(Callee::Builtin(Builtin::Panic), args) => {
                // OPANIC of an implicit interface conversion: 1.
                self.cost += 1;
                self.exprs(args);
                return;
            }
            IK::Call(Callee::Func(g), args) => {
                self.cost += 1 + self.call_cost(*g);
                // A method is called through a method expression, which
                // costs nothing; a function through its name.
                if !prog.funcs[g.index()].is_method() {
                    self.cost += 1;
                }
                self.exprs(args);
                return;
            }
            IK::CallValue(f, args) => {
                use super::statics::Target;
                self.cost += 1;
                let func = &prog.funcs[self.f.index()];
                self.cost += match self.statics.resolve(prog, func, f) {
                    Some(Target::Func(g)) => self.call_cost(g),
                    // A literal is inlined if it costs at most twice the budget.
                    Some(Target::Closure(c)) => match self.costs[c.index()] {
                        Some(cost) if cost <= 2 * super::MAX_BUDGET => cost,
                        _ => EXTRA_CALL_COST,
                    },
                    None if matches!(&f.kind, IK::Local(l) if matches!(func.local(*l).kind, LocalKind::Param | LocalKind::Captured(_))) => {
                        PARAM_CALL_COST
                    }
                    None => EXTRA_CALL_COST,
                };
                self.expr(f);
                self.exprs(args);
                return;
            }
            IK::CallIface { recv, args, .. } => {
                // OCALLINTER and ODOTINTER.
                self.cost += 2 + EXTRA_CALL_COST;
                self.expr(recv);
                self.exprs(args);
                return;
            }
            IK::Field(x, _) => {
                // `p.f` through a pointer is one ODOTPTR.
                self.cost += 1;
                match &x.kind {
                    IK::Deref(p) => self.expr(p),
                    _ => self.expr(x),
                }
                return;
            }
            IK::Convert(x) => {
                if !same_representation(types, x.ty, e.ty) {
                    self.cost += 1;
                }
                self.expr(x);
                return;
            }
            IK::AddrOf(x, _) => {
                match &x.kind {
                    // `&x.f` with f at offset 0 is x itself to gc (of
                    // another pointer type): what x costs.
                    IK::Field(inner, 0) => match &inner.kind {
                        IK::Deref(p) => self.expr(p),
                        _ => self.expr(inner),
                    },
                    _ => {
                        self.cost += 1;
                        self.expr(x);
                    }
                }
                return;
            }
            // A method expression (`(*T).M`) costs nothing.
            IK::FuncValue(g) if prog.funcs[g.index()].is_method() => {}
            // `g(f())`: gc's assignment of f's results to temporaries.
            IK::WithResults { temps, .. } => self.cost += 1 + MULTI_VALUE_TEMP_COST * temps.len() as i32,
            IK::SliceLit { .. } | IK::MethodValue { .. } => self.cost += 2,
            IK::VarArgs(_, args) if args.is_empty() => self.cost += 1,
            IK::VarArgs(..) => self.cost += 2,
            IK::Composite(elems) if matches!(types.under_kind(e.ty), TypeKind::Struct(..)) => {
                // OSTRUCTLIT and an OSTRUCTKEY per element.
                self.cost += 1 + elems.len() as i32;
            }
            IK::MakeMap { hint: None, .. } | IK::MakeChan(None) => self.cost += 2,
            IK::MapLit { entries, .. } => self.cost += 1 + entries.len() as i32,
            IK::SliceOf { x, lo, hi, .. } => {
                self.cost += 1;
                if lo.as_ref().is_some_and(|l| is_zero(l)) {
                    self.cost -= 1;
                    let len_of_x = hi.as_ref().is_some_and(|h| {
                        matches!((&h.kind, &x.kind),
                        (IK::Len(y), IK::Local(a)) if matches!(y.kind, IK::Local(b) if b == *a))
                    });
                    if len_of_x {
                        self.cost -= 2;
                    }
                }
            }
            _ => self.cost += 1,
        }
        for c in crate::ir::children(e) {
            self.expr(c);
        }
    }
}

/// Whether a range loop's body starts by setting a value variable from
/// its temporaries (`v = tmp[idx]`) but no key variable (`k = idx`).
fn blank_range_key(v: &Visitor, body: &[Stmt]) -> bool {
    range_vars(v, body) == (false, true)
}

/// Whether a range loop's body starts by setting a key variable from its
/// temporaries (`k = idx`), and a value variable (`v = tmp[idx]`). A range
/// over an array or a constant with no value variable reads no copy of
/// the range expression: its loop bound is a constant.
fn range_vars(v: &Visitor, body: &[Stmt]) -> (bool, bool) {
    let (mut key, mut value) = (false, false);
    for s in body {
        match s {
            Stmt::Decl(_) => {}
            Stmt::Assign(l, r) if l.len() == 1 && !v.is_temp(&l[0]) && mentions_temp(v, &r[0]) => match r[0].kind {
                IK::Local(_) => key = true,
                _ => value = true,
            },
            _ => break,
        }
    }
    (key, value)
}

fn mentions_temp(v: &Visitor, e: &Expr) -> bool {
    let mut found = false;
    crate::ir::visit_expr(e, &mut |x| found |= v.is_temp(x));
    found
}

fn strip_conversions(e: &Expr) -> &Expr {
    match &e.kind {
        IK::Convert(x) => strip_conversions(x),
        _ => e,
    }
}

fn is_zero(e: &Expr) -> bool {
    matches!(&e.kind, IK::Const(v) if v.to_i64() == Some(0))
}

/// Whether converting between `a` and `b` produces no code (gc's
/// `OCONVNOP`): the same underlying type, or integers of one size and
/// signedness (`int` and `int64` on 64-bit machines).
fn same_representation(types: &crate::types::Types, a: crate::types::TypeId, b: crate::types::TypeId) -> bool {
    let (ua, ub) = (types.under(a), types.under(b));
    if types.identical(ua, ub) {
        return true;
    }
    let class = |t| match types.kind(t) {
        TypeKind::Basic(Basic::Int | Basic::Int64) => Some(1),
        TypeKind::Basic(Basic::Uint | Basic::Uint64 | Basic::Uintptr) => Some(2),
        _ => None,
    };
    class(ua).is_some() && class(ua) == class(ub)
}
