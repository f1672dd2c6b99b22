//! Removing assignments to variables nothing reads (gc's `deadlocals`
//! pass, which runs after inlining): `f := func() {...}` whose calls were
//! all inlined no longer makes a closure, so the escape analysis reports
//! nothing for the literal, as gc's does.
//!
//! As in gc, only assignments of values without effects go (a variable,
//! a constant, nil, a function or a function literal), and a value
//! assigned to a dead variable does not make the variables it reads live.
//! (gc visits a function literal's body with its enclosing function's;
//! its variables are its own, so each function is done on its own here.)

use std::collections::{HashMap, HashSet};

use crate::ir::{parts_mut, visit_stmts, Expr, ExprKind as IK, Func, LocalId, LocalKind, PartMut, Program, Stmt};

/// Removes the dead assignments of every function.
pub fn remove(prog: &mut Program) {
    let dead: Vec<HashSet<LocalId>> = prog.funcs.iter().map(|f| dead_locals(prog, f)).collect();
    for (func, dead) in prog.funcs.iter_mut().zip(dead) {
        if !dead.is_empty() {
            strip(&mut func.body, &dead);
        }
    }
}

/// Whether assigning `e` has no effect but the assignment (gc's
/// `hasEffects` is false).
fn pure(e: &Expr) -> bool {
    matches!(e.kind, IK::Local(_) | IK::Const(_) | IK::Nil | IK::Closure { .. } | IK::FuncValue(_))
}

fn dead_locals(prog: &Program, func: &Func) -> HashSet<LocalId> {
    // Per candidate variable: the variables its pure assignments read.
    let mut candidates: HashMap<LocalId, Vec<LocalId>> = HashMap::new();
    let mut used: HashSet<LocalId> = HashSet::new();
    let mut skipped: HashSet<*const Expr> = HashSet::new();
    let candidate = |l: LocalId| matches!(func.local(l).kind, LocalKind::Var | LocalKind::Param | LocalKind::Temp);
    visit_stmts(&func.body, &mut |_| {}, &mut |s| {
        if let Stmt::Assign(lhs, rhs) = s {
            for (p, v) in lhs.iter().zip(rhs) {
                if let IK::Local(l) = p.kind {
                    skipped.insert(p);
                    if candidate(l) && pure(v) {
                        skipped.insert(v);
                        let reads = match v.kind {
                            IK::Local(r) => vec![r],
                            IK::Closure { func: lit, .. } => captured(prog, lit),
                            _ => Vec::new(),
                        };
                        candidates.entry(l).or_default().extend(reads);
                    }
                }
            }
        }
    });
    let mut iteration_vars = Vec::new();
    visit_stmts(
        &func.body,
        &mut |e| {
            if skipped.contains(&(e as *const Expr)) {
                return;
            }
            match &e.kind {
                IK::Local(l) => {
                    used.insert(*l);
                }
                // A literal uses the variables it captures (gc visits its
                // closure variables).
                IK::Closure { func: lit, .. } => used.extend(captured(prog, *lit)),
                // An inlined call's value reads its result variables.
                IK::Inlined { results, .. } => used.extend(results.iter().copied()),
                _ => {}
            }
        },
        &mut |s| {
            if let Stmt::RangeMap { key, elem, .. } = s {
                iteration_vars.extend(key.iter().chain(elem.iter()).copied());
            }
        },
    );
    used.extend(iteration_vars);
    // Values assigned to live variables are read.
    let mut work: Vec<LocalId> = used.iter().copied().collect();
    while let Some(l) = work.pop() {
        for &r in candidates.get(&l).map(|v| v.as_slice()).unwrap_or_default() {
            if used.insert(r) {
                work.push(r);
            }
        }
    }
    candidates.into_keys().filter(|l| !used.contains(l)).collect()
}

/// The variables of its enclosing function literal `lit` captures.
fn captured(prog: &Program, lit: crate::ir::FuncId) -> Vec<LocalId> {
    prog.funcs[lit.index()].closure.iter().flatten().map(|c| c.outer).collect()
}

/// Removes the pure assignments to `dead` variables, also in inlined
/// calls' bodies.
fn strip(list: &mut [Stmt], dead: &HashSet<LocalId>) {
    for s in list.iter_mut() {
        if let Stmt::Assign(lhs, rhs) = s {
            let keep: Vec<bool> = lhs
                .iter()
                .zip(rhs.iter())
                .map(|(p, v)| !(matches!(p.kind, IK::Local(l) if dead.contains(&l)) && pure(v)))
                .collect();
            if !keep.iter().all(|k| *k) {
                let mut k = keep.iter();
                lhs.retain(|_| *k.next().unwrap_or(&true));
                let mut k = keep.iter();
                rhs.retain(|_| *k.next().unwrap_or(&true));
                if lhs.is_empty() {
                    *s = Stmt::Block(Vec::new());
                }
            }
        }
        for part in parts_mut(s) {
            match part {
                PartMut::Expr(e) => strip_expr(e, dead),
                PartMut::Body(b) => strip(b, dead),
            }
        }
    }
}

fn strip_expr(e: &mut Expr, dead: &HashSet<LocalId>) {
    if let IK::Inlined { body, .. } = &mut e.kind {
        strip(body, dead);
    }
    for c in crate::ir::children_mut(e) {
        strip_expr(c, dead);
    }
}
