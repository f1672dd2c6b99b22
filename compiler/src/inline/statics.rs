//! Which function a call through a func value calls, when that is known
//! statically (gc's `ir.StaticValue`): a function literal called where it
//! is written, or a local variable assigned exactly once — from a function,
//! a function literal, another such variable or an inlined call's result —
//! and never addressed. `f := g; f()`, `f := func() {...}; f()` and, once
//! `apply` is inlined, `apply(double, 3)` calling its parameter, are calls
//! gc inlines.

use std::collections::HashMap;

use crate::ir::{visit_stmts, Expr, ExprKind as IK, Func, FuncId, LocalId, LocalKind, Program, Stmt};
use crate::types::TypeId;

/// What a call through a func value calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Func(FuncId),
    /// A function literal of the calling function.
    Closure(FuncId),
}

#[derive(Default)]
pub struct Statics {
    /// Per local: how often it is assigned (2 when addressed).
    assigns: HashMap<LocalId, u32>,
    /// Per local assigned once: what it was assigned, as far as it matters.
    values: HashMap<LocalId, Value>,
}

#[derive(Clone, Copy)]
enum Value {
    Target(Target),
    Local(LocalId),
    /// An interface value holding this concrete type.
    Concrete(TypeId),
}

impl Statics {
    /// Counts the assignments of `f`'s body (and of its function
    /// literals' bodies to the variables they capture); with
    /// `record_values`, also notes what single assignments assign.
    pub fn scan(prog: &Program, body: &[Stmt], record_values: bool) -> Statics {
        let mut s = Statics::default();
        s.count(prog, body);
        if record_values {
            visit_stmts(body, &mut |_| {}, &mut |st| s.note(st));
        }
        s
    }

    /// Adds the assignments of `body`.
    pub fn count(&mut self, prog: &Program, body: &[Stmt]) {
        let mut assigned = Vec::new();
        let mut addressed = Vec::new();
        let mut literals = Vec::new();
        visit_stmts(
            body,
            &mut |e| match &e.kind {
                IK::AddrOf(x, _) => {
                    if let IK::Local(l) = x.kind {
                        addressed.extend([l, l]);
                    }
                }
                IK::Closure { func, .. } => literals.push(*func),
                _ => {}
            },
            &mut |st| match st {
                Stmt::Assign(lhs, _) | Stmt::AssignTuple(lhs, _) => {
                    assigned.extend(lhs.iter().filter_map(|p| match p.kind {
                        IK::Local(l) => Some(l),
                        _ => None,
                    }))
                }
                Stmt::RangeMap { key, elem, .. } => assigned.extend(key.iter().chain(elem.iter()).copied()),
                Stmt::Select { cases, .. } => {
                    for c in cases {
                        if let crate::ir::SelectComm::Recv { elem, ok, .. } = &c.comm {
                            assigned.extend([*elem, *ok]);
                        }
                    }
                }
                _ => {}
            },
        );
        for l in assigned.into_iter().chain(addressed) {
            *self.assigns.entry(l).or_default() += 1;
        }
        // A literal assigning a captured variable assigns the variable.
        for lit in literals {
            let func = &prog.funcs[lit.index()];
            let inner = Statics::scan(prog, &func.body, false);
            for (l, n) in inner.assigns {
                if let LocalKind::Captured(i) = func.local(l).kind {
                    if let Some(c) = func.closure.as_ref().and_then(|c| c.get(i)) {
                        *self.assigns.entry(c.outer).or_default() += n;
                    }
                }
            }
        }
    }

    /// Adds the assignments of an inlined copy (`copy::inlined_call`): not
    /// those in what it took from the caller, counted already: the
    /// callee's effects (its first statement, if `effects`) and the
    /// arguments its parameters are assigned (if it `has_params`).
    pub fn count_copy(&mut self, prog: &Program, body: &[Stmt], (effects, has_params): (bool, bool)) {
        let mut params_pending = has_params;
        for s in body.iter().skip(effects as usize) {
            match s {
                Stmt::Assign(lhs, _) if params_pending => {
                    params_pending = false;
                    for p in lhs {
                        if let IK::Local(l) = p.kind {
                            *self.assigns.entry(l).or_default() += 1;
                        }
                    }
                }
                _ => self.count(prog, std::slice::from_ref(s)),
            }
        }
    }

    /// Notes what an assignment statement assigns.
    pub fn note(&mut self, s: &Stmt) {
        if let Stmt::Assign(lhs, rhs) = s {
            for (p, v) in lhs.iter().zip(rhs) {
                if let (IK::Local(l), Some(v)) = (&p.kind, value_of(v)) {
                    self.values.insert(*l, v);
                }
            }
        }
    }

    /// What calling the func value `f` calls in function `func`, if known:
    /// variables must be defined with their value (`:=`, `var f = g`). A
    /// variable a literal captures is its enclosing function's; a literal
    /// that captures variables is known only in the function they belong
    /// to (gc's inliner does not inline across closure frames).
    pub fn resolve(&self, prog: &Program, func: &Func, f: &Expr) -> Option<Target> {
        let (v, crossed) = self.value(prog, func, f)?;
        match v {
            Value::Target(Target::Closure(c))
                if crossed && prog.funcs[c.index()].closure.as_ref().is_some_and(|c| !c.is_empty()) =>
            {
                None
            }
            Value::Target(t) => Some(t),
            _ => None,
        }
    }

    /// The concrete type interface value `e` holds in function `func`, if
    /// known the same way (gc's devirtualization of a variable assigned
    /// once).
    pub fn concrete_type(&self, prog: &Program, func: &Func, e: &Expr) -> Option<TypeId> {
        match self.value(prog, func, e)?.0 {
            Value::Concrete(t) => Some(t),
            _ => None,
        }
    }

    /// What `e` holds, and whether finding out followed a captured variable
    /// out of `func`.
    fn value(&self, prog: &Program, func: &Func, e: &Expr) -> Option<(Value, bool)> {
        let mut v = value_of(e)?;
        for _ in 0..16 {
            match v {
                Value::Local(l) => {
                    if let LocalKind::Captured(i) = func.local(l).kind {
                        let outer = func.closure.as_ref()?.get(i)?.outer;
                        let parent = &prog.funcs[func.enclosing?.index()];
                        let statics = Statics::scan(prog, &parent.body, true);
                        let local = Expr::new(IK::Local(outer), func.local(l).ty, e.pos);
                        return statics.value(prog, parent, &local).map(|(v, _)| (v, true));
                    }
                    if self.assigns.get(&l) != Some(&1) || !func.local(l).init {
                        return None;
                    }
                    v = *self.values.get(&l)?;
                }
                other => return Some((other, false)),
            }
        }
        None
    }
}

fn value_of(e: &Expr) -> Option<Value> {
    match &e.kind {
        IK::FuncValue(g) => Some(Value::Target(Target::Func(*g))),
        IK::Closure { func, .. } => Some(Value::Target(Target::Closure(*func))),
        IK::Local(l) => Some(Value::Local(*l)),
        IK::Convert(x) => value_of(x),
        IK::Inlined { results, .. } if results.len() == 1 => Some(Value::Local(results[0])),
        IK::ToIface(_, x) => Some(Value::Concrete(x.ty)),
        _ => None,
    }
}
