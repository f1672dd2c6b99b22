//! Devirtualization (gc's `devirtualize/devirtualize.go`, which runs
//! before escape analysis even with `-l`): an interface method call whose
//! receiver is a local variable only ever assigned values of one concrete
//! type becomes a static call of that type's method, and says so
//! (`devirtualizing s.Area to *Square`). Escape analysis then sees the
//! method's parameter tags instead of an unknown callee.

use std::collections::{HashMap, HashSet};

use super::{outer_local, Analysis};
use crate::diag::Remark;
use crate::ir::visit_stmts;
use crate::ir::{self, ExprKind as IK, FuncId, LocalId, LocalKind, Program, Stmt};
use crate::types::TypeId;

/// A devirtualized call: the concrete type and its method.
#[derive(Clone, Copy, Debug)]
pub struct Devirt {
    pub ty: TypeId,
    pub func: FuncId,
    /// The method has a value receiver and `ty` is a pointer to it.
    pub deref: bool,
}

/// A value assigned to a variable, with the function it is assigned in;
/// `None` when its concrete type is unknown.
type Assigned = Option<(FuncId, ir::Expr)>;

/// What is assigned to interface variables, per variable.
struct Assignments {
    values: HashMap<(FuncId, LocalId), Vec<Assigned>>,
    addressed: HashSet<(FuncId, LocalId)>,
}

impl Analysis {
    /// Devirtualizes the calls of `funcs`, in order, printing gc's lines.
    pub fn devirtualize(&mut self, prog: &Program, funcs: &[FuncId]) {
        let assigns = self.assignments(prog);
        for &f in funcs {
            let mut calls = Vec::new();
            visit_stmts(
                &prog.funcs[f.index()].body,
                &mut |e| {
                    if let IK::CallIface { recv, index, .. } = &e.kind {
                        calls.push((e.pos, recv.as_ref().clone(), *index));
                    }
                },
                &mut |_| {},
            );
            for (pos, recv, index) in calls {
                let Some(t) = self.concrete_type(prog, &assigns, f, &recv, &mut HashSet::new()) else { continue };
                let Some(m) = prog.types.iface_methods(recv.ty).get(index) else { continue };
                let Some((func, deref)) = prog.method_of(t, &m.name) else { continue };
                if prog.funcs[f.index()].origin != ir::FuncOrigin::Wrapper && !prog.devirtualized.contains(&pos) {
                    let msg = format!(
                        "devirtualizing {}.{} to {}",
                        self.expr_text(prog, f, &recv),
                        m.name,
                        prog.types.gc_string(t)
                    );
                    self.diags.push(Remark { pos, msg, at: None });
                }
                self.devirt.insert(pos, Devirt { ty: t, func, deref });
            }
        }
    }

    /// Every assignment to a local variable of interface type, with the
    /// function it happens in; `None` for values of unknown concrete type.
    fn assignments(&self, prog: &Program) -> Assignments {
        let mut out = Assignments { values: HashMap::new(), addressed: HashSet::new() };
        for (i, func) in prog.funcs.iter().enumerate() {
            let f = FuncId(i as u32);
            let mut found: Vec<(LocalId, Option<ir::Expr>)> = Vec::new();
            let mut addrs = Vec::new();
            visit_stmts(
                &func.body,
                &mut |e| {
                    if let IK::AddrOf(x, _) = &e.kind {
                        addrs.extend(outer_local(x));
                    }
                },
                &mut |s| match s {
                    Stmt::Assign(lhs, rhs) => {
                        for (p, v) in lhs.iter().zip(rhs) {
                            if let IK::Local(l) = p.kind {
                                found.push((l, Some(v.clone())));
                            }
                        }
                    }
                    Stmt::AssignTuple(lhs, call) => {
                        for (k, p) in lhs.iter().enumerate() {
                            if let IK::Local(l) = p.kind {
                                // `v, ok := x.(I)`: the value is x's.
                                let v = match (&call.kind, k) {
                                    (IK::TypeAssert { x, .. }, 0) => Some(x.as_ref().clone()),
                                    _ => None,
                                };
                                found.push((l, v));
                            }
                        }
                    }
                    _ => {}
                },
            );
            for (l, v) in found {
                if !prog.types.is_interface(func.local(l).ty) {
                    continue;
                }
                // A nil assignment does not count.
                if v.as_ref().is_some_and(|v| matches!(v.kind, IK::Nil)) {
                    continue;
                }
                let key = self.canonical(prog, f, l);
                out.values.entry(key).or_default().push(v.map(|v| (f, v)));
            }
            for l in addrs {
                out.addressed.insert(self.canonical(prog, f, l));
            }
        }
        out
    }

    /// gc's `concreteType`: the one concrete type `e` can hold, if known.
    fn concrete_type(
        &self,
        prog: &Program,
        a: &Assignments,
        f: FuncId,
        e: &ir::Expr,
        seen: &mut HashSet<(FuncId, LocalId)>,
    ) -> Option<TypeId> {
        let mut e = e;
        loop {
            if !prog.types.is_interface(e.ty) {
                return Some(e.ty);
            }
            match &e.kind {
                IK::ToIface(_, x) | IK::Convert(x) | IK::TypeAssert { x, .. } => e = x,
                _ => break,
            }
        }
        let IK::Local(l) = e.kind else { return None };
        let key = self.canonical(prog, f, l);
        let local = prog.funcs[key.0.index()].local(key.1);
        if !matches!(local.kind, LocalKind::Var | LocalKind::Temp) || local.addr_taken || a.addressed.contains(&key) {
            return None;
        }
        if !seen.insert(key) {
            // Already being analysed: contributes nothing new.
            return None;
        }
        let mut typ = None;
        for v in a.values.get(&key).into_iter().flatten() {
            let (vf, ve) = v.as_ref()?;
            let t = self.concrete_type(prog, a, *vf, ve, seen)?;
            if typ.is_some_and(|x| x != t) {
                return None;
            }
            typ = Some(t);
        }
        typ
    }
}
