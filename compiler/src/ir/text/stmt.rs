//! Function bodies as gc's `-m=2` line `can inline F with cost N as:
//! SIG { BODY }` prints them (gc's `stmtFmt` on the typechecked body).
//!
//! gc prints its own IR, statements separated by `; `, and abbreviates:
//! every loop is `for loop`, a switch `switch statement`, a select `select
//! statement`; `var x T` is `x = <nil>`; an `if`'s init is shown only when
//! it is one plain statement (`if x = f(); x > 0`), never a declaration.
//!
//! Our IR spells some statements out with compiler temporaries (a switch's
//! tag, the operands of `a[f()] += 1`); gc has none of them, so a temporary
//! prints as the expression it holds. gc has temporaries of its own where
//! a multi-value call or comma-ok expression is assigned: `a, b := f()`
//! prints as `a, b := int(.autotmp_3), .autotmp_4`, numbered by how many
//! variables the function had declared so far (gc's `fn.Dcl`).

use super::{Printer, Typechecked};
use crate::ir::{Callee, Expr, ExprKind as IK, Func, FuncId, LocalId, LocalKind, Program, Stmt};
use std::collections::{HashMap, HashSet};

/// `SIG { BODY }` of `f`, as gc prints a function it can inline.
pub fn body_text(prog: &Program, f: FuncId) -> String {
    let func = &prog.funcs[f.index()];
    // gc's `Dcl` starts with the parameters and results.
    let declared = func.params.len() + func.results.len();
    let mut p = BodyPrinter { prog, f, temps: HashMap::new(), declared, defining: HashSet::new() };
    let nodes = p.stmts(&func.body);
    format!("{} {{ {} }}", signature(prog, func), nodes.join("; "))
}

/// gc's `%v` of a function's type: `func(int, ...string) (int, error)`,
/// `method(*T) func(int) int`.
fn signature(prog: &Program, func: &Func) -> String {
    let types = &prog.types;
    let ty = |l: &LocalId| types.gc_string(func.local(*l).ty);
    let mut params: Vec<String> = func.params.iter().map(ty).collect();
    let receiver = (func.is_method() && !params.is_empty()).then(|| params.remove(0));
    if func.variadic {
        if let (Some(last), Some(&l)) = (params.last_mut(), func.params.last()) {
            if let Some(elem) = types.slice_elem(func.local(l).ty) {
                *last = format!("...{}", types.gc_string(elem));
            }
        }
    }
    let results: Vec<String> = func.results.iter().map(ty).collect();
    let results = match results.len() {
        0 => String::new(),
        1 => format!(" {}", results[0]),
        _ => format!(" ({})", results.join(", ")),
    };
    let sig = format!("func({}){results}", params.join(", "));
    match receiver {
        Some(r) => format!("method({r}) {sig}"),
        None => sig,
    }
}

struct BodyPrinter<'a> {
    prog: &'a Program,
    f: FuncId,
    /// What each compiler temporary set so far stands for.
    temps: HashMap<LocalId, String>,
    /// How many variables gc's `Dcl` holds at this point.
    declared: usize,
    /// Variables declared with a value and not assigned yet: their first
    /// assignment is gc's `x := v`.
    defining: HashSet<LocalId>,
}

impl BodyPrinter<'_> {
    fn func(&self) -> &Func {
        &self.prog.funcs[self.f.index()]
    }

    fn expr(&mut self, e: &Expr) -> String {
        // `g(f())`: gc's temporaries for f's results, as for `a, b := f()`.
        let mut spreads = Vec::new();
        crate::ir::visit_expr(e, &mut |x| {
            if let IK::WithResults { call, temps, .. } = &x.kind {
                spreads.push((call.ty, temps.clone()));
            }
        });
        for (ty, temps) in spreads {
            if !self.temps.contains_key(&temps[0]) {
                for (t, name) in temps.into_iter().zip(self.result_temps(ty)) {
                    self.temps.insert(t, name);
                }
            }
        }
        Printer { prog: self.prog, facts: &Typechecked, func: self.f, temps: &self.temps }.expr(e, 0)
    }

    fn list(&mut self, es: &[Expr]) -> String {
        es.iter().map(|e| self.expr(e)).collect::<Vec<_>>().join(", ")
    }

    /// gc's temporaries for the results of a multi-value call of type
    /// `ty`, as it uses them: the first converted to its type (to hold
    /// the assignment's init).
    fn result_temps(&mut self, ty: crate::types::TypeId) -> Vec<String> {
        let types = &self.prog.types;
        let results = match types.kind(ty) {
            crate::types::TypeKind::Tuple(ts) => ts.clone(),
            _ => vec![ty],
        };
        let first = self.declared;
        self.declared += results.len();
        results
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let name = format!(".autotmp_{}", first + i);
                if i > 0 {
                    name
                } else if types.is_named(t) || types.basic(t).is_some() {
                    format!("{}({name})", types.gc_string(t))
                } else {
                    format!("({})({name})", types.gc_string(t))
                }
            })
            .collect()
    }

    fn temp(&self, e: &Expr) -> Option<LocalId> {
        match e.kind {
            IK::Local(l) if self.func().local(l).kind == LocalKind::Temp => Some(l),
            _ => None,
        }
    }

    fn stmts(&mut self, list: &[Stmt]) -> Vec<String> {
        let mut out = Vec::new();
        for s in list {
            self.stmt(s, &mut out);
        }
        out
    }

    fn stmt(&mut self, s: &Stmt, out: &mut Vec<String>) {
        match s {
            Stmt::Decl(l) => {
                let prog = self.prog;
                let local = prog.funcs[self.f.index()].local(*l);
                if local.kind == LocalKind::Temp {
                    return;
                }
                self.declared += 1;
                if local.init {
                    self.defining.insert(*l);
                } else {
                    out.push(format!("{} = <nil>", local.name));
                }
            }
            Stmt::Expr(e) => out.push(self.expr(e)),
            Stmt::Assign(places, values) => self.assign(places, values, out),
            Stmt::AssignTuple(places, call) => self.assign_tuple(places, call, out),
            Stmt::If { cond, then, els } => {
                let mut text = format!("if {} {{ {} }}", self.expr(cond), self.stmts(then).join("; "));
                if !els.is_empty() {
                    text.push_str(&format!(" else {{ {} }}", self.stmts(els).join("; ")));
                }
                out.push(text);
            }
            Stmt::Block(list) => match list.last() {
                // An `if` with its init statements.
                Some(Stmt::If { .. }) => {
                    let (init, last) = list.split_at(list.len() - 1);
                    let mut shown = Vec::new();
                    for s in init {
                        self.stmt(s, &mut shown);
                    }
                    let plain = !init.iter().any(|s| matches!(s, Stmt::Decl(_)));
                    let mut cond = Vec::new();
                    self.stmt(&last[0], &mut cond);
                    match (shown.as_slice(), cond.pop()) {
                        ([init], Some(text)) if plain => {
                            out.push(text.replacen("if ", &format!("if {init}; "), 1));
                        }
                        (_, Some(text)) => out.push(text),
                        _ => {}
                    }
                }
                // A loop or switch with its init and temporaries.
                Some(
                    last @ (Stmt::Loop { .. } | Stmt::RangeMap { .. } | Stmt::Switch { .. } | Stmt::Select { .. }),
                ) => {
                    self.count(list);
                    self.abbreviate(last, out);
                }
                // A block of the source: gc lists its statements.
                _ => {
                    for s in list {
                        self.stmt(s, out);
                    }
                }
            },
            Stmt::Loop { .. } | Stmt::RangeMap { .. } | Stmt::Switch { .. } | Stmt::Select { .. } => {
                self.count(std::slice::from_ref(s));
                self.abbreviate(s, out);
            }
            Stmt::Break(_) => out.push("break".into()),
            Stmt::Continue(_) => out.push("continue".into()),
            Stmt::Return(values) => out.push(format!("return {}", self.list(values))),
            Stmt::Go(call) => out.push(format!("go {}", self.expr(call))),
            Stmt::Defer { call, .. } => out.push(format!("defer {}", self.expr(call))),
            Stmt::Send { ch, value, .. } => out.push(format!("{} <- {}", self.expr(ch), self.expr(value))),
        }
    }

    /// `places = values`: gc's `x = v`, `x := v`, `x op= y`, `x++`; a
    /// compiler temporary's value is remembered instead.
    fn assign(&mut self, places: &[Expr], values: &[Expr], out: &mut Vec<String>) {
        let temps: Vec<Option<LocalId>> = places.iter().map(|p| self.temp(p)).collect();
        if temps.iter().all(Option::is_some) {
            for (t, v) in temps.into_iter().flatten().zip(values) {
                let text = self.expr(v);
                self.temps.insert(t, text);
            }
            return;
        }
        if let ([place], [value]) = (places, values) {
            if let Some(op) = self.prog.op_assigns.get(&value.pos) {
                let place = self.expr(place);
                out.push(if op.inc_dec {
                    format!("{place}{}{}", op.op, op.op)
                } else {
                    format!("{place} {}= {}", op.op, self.operand(value))
                });
                return;
            }
        }
        let op = self.assign_op(places);
        out.push(format!("{} {op} {}", self.list(places), self.list(values)));
    }

    /// `places = call` of a multi-value call or comma-ok expression: gc
    /// assigns its values to temporaries of its own first, and converts
    /// the first (to hold the statement's init).
    fn assign_tuple(&mut self, places: &[Expr], call: &Expr, out: &mut Vec<String>) {
        let values = self.result_temps(call.ty);
        let temps: Vec<Option<LocalId>> = places.iter().map(|p| self.temp(p)).collect();
        if temps.iter().all(Option::is_some) {
            for (t, v) in temps.into_iter().flatten().zip(values) {
                self.temps.insert(t, v);
            }
            return;
        }
        let op = self.assign_op(places);
        out.push(format!("{} {op} {}", self.list(places), values.join(", ")));
    }

    /// `:=` if the assignment gives a variable declared with a value its
    /// value (gc's `Def`), else `=`.
    fn assign_op(&mut self, places: &[Expr]) -> &'static str {
        let mut define = false;
        for p in places {
            if let IK::Local(l) = p.kind {
                define |= self.defining.remove(&l);
            }
        }
        if define {
            ":="
        } else {
            "="
        }
    }

    /// How gc abbreviates a loop, switch or select, after its label.
    fn abbreviate(&self, s: &Stmt, out: &mut Vec<String>) {
        let (label, word) = match s {
            Stmt::Loop { label, .. } | Stmt::RangeMap { label, .. } => (label, "for loop"),
            Stmt::Switch { label, .. } => (label, "switch statement"),
            Stmt::Select { label, .. } => (label, "select statement"),
            _ => return,
        };
        if let Some((_, name)) = self.func().labels.iter().find(|(l, _)| l == label) {
            out.push(format!("{name}: "));
        }
        out.push(word.into());
    }

    /// The right operand of `x op= y`, which the IR spells `x = x op y`.
    fn operand(&mut self, value: &Expr) -> String {
        match &value.kind {
            IK::Convert(x) => self.operand(x),
            IK::Binary(_, _, y) => self.expr(y),
            IK::Concat(_, parts) => parts[1..].iter().map(|p| self.expr(p)).collect::<Vec<_>>().join(" + "),
            _ => self.expr(value),
        }
    }

    /// Counts the variables statements gc abbreviates declare.
    fn count(&mut self, list: &[Stmt]) {
        let (prog, func) = (self.prog, &self.prog.funcs[self.f.index()]);
        let mut declared = 0;
        crate::ir::visit_stmts(list, &mut |_| {}, &mut |s| declared += declares(prog, func, s));
        self.declared += declared;
    }
}

/// How many variables statement `s` of `func` itself adds to gc's `Dcl`:
/// a declared variable, gc's temporaries for a multi-value assignment or
/// for what a `go` or `defer` statement evaluates.
fn declares(prog: &Program, func: &Func, s: &Stmt) -> usize {
    match s {
        Stmt::Decl(l) if func.local(*l).kind != LocalKind::Temp => 1,
        // A runtime call of the compiler's (decoding a rune) is not gc's
        // multi-value assignment.
        Stmt::AssignTuple(_, call) if !matches!(call.kind, IK::Call(Callee::Extern(_) | Callee::Runtime(_), _)) => {
            match prog.types.kind(call.ty) {
                crate::types::TypeKind::Tuple(ts) => ts.len(),
                _ => 1,
            }
        }
        Stmt::Go(call) | Stmt::Defer { call, .. } => match &call.kind {
            IK::Closure { func: w, .. } if prog.funcs[w.index()].is_go_defer_wrapper() => {
                prog.funcs[w.index()].closure.as_ref().map_or(0, Vec::len)
            }
            _ => 0,
        },
        _ => 0,
    }
}

/// Names the compiler's temporaries that gc has too, as gc names its own
/// (`.autotmp_N`, N counting the function's declarations so far, its
/// `Dcl`): the operands of a `go` or `defer` statement (in their function
/// and in the wrapper capturing them), and the results of `g` in `f(g())`.
pub fn name_temporaries(prog: &mut Program) {
    let mut names: Vec<(FuncId, LocalId, String)> = Vec::new();
    for (i, func) in prog.funcs.iter().enumerate() {
        let f = FuncId(i as u32);
        let declared = std::cell::Cell::new(func.params.len() + func.results.len());
        let names = std::cell::RefCell::new(&mut names);
        crate::ir::visit_stmts(
            &func.body,
            &mut |e| {
                if let IK::WithResults { temps, .. } = &e.kind {
                    for (j, &t) in temps.iter().enumerate() {
                        names.borrow_mut().push((f, t, format!(".autotmp_{}", declared.get() + j)));
                    }
                    declared.set(declared.get() + temps.len());
                }
            },
            &mut |s| {
                if let Stmt::Go(call) | Stmt::Defer { call, .. } = s {
                    if let IK::Closure { func: w, .. } = call.kind {
                        let wrapper = &prog.funcs[w.index()];
                        if wrapper.is_go_defer_wrapper() {
                            for (j, c) in wrapper.closure.iter().flatten().enumerate() {
                                let name = format!(".autotmp_{}", declared.get() + j);
                                names.borrow_mut().push((f, c.outer, name.clone()));
                                let inner = wrapper.locals.iter().position(|l| l.kind == LocalKind::Captured(j));
                                if let Some(l) = inner {
                                    names.borrow_mut().push((w, LocalId(l as u32), name));
                                }
                            }
                        }
                    }
                }
                declared.set(declared.get() + declares(prog, func, s));
            },
        );
    }
    for (f, l, name) in names {
        prog.funcs[f.index()].locals[l.index()].name = name;
    }
}
