//! Bottom-up order over the call graph (gc's `ir/scc.go:VisitFuncsBottomUp`):
//! strongly connected components, callees before callers. The escape
//! analysis runs in this order (a batch only calls tagged functions or its
//! own), and so does the inliner (a callee's body is final before callers
//! copy it).

use std::collections::HashMap;

use super::{visit_stmts, Callee, ExprKind as IK, FuncId, Program};

/// The components reachable from `roots`, in gc's order. Calls to functions
/// `follow` rejects are not edges. A function literal that captures
/// variables is never a component of its own: it joins its enclosing
/// function's.
pub fn bottom_up(prog: &Program, roots: &[FuncId], follow: &dyn Fn(FuncId) -> bool) -> Vec<Vec<FuncId>> {
    let mut v = Visitor { prog, follow, visitgen: 0, ids: HashMap::new(), stack: Vec::new(), out: Vec::new() };
    for &f in roots {
        v.visit(f);
    }
    v.out
}

/// gc's `Target.Funcs` order as far as both passes need it: the package
/// initialiser, then the declared functions and methods by position.
pub fn declared_roots(prog: &Program) -> Vec<FuncId> {
    let mut roots: Vec<FuncId> = (0..prog.funcs.len())
        .map(|i| FuncId(i as u32))
        .filter(|&f| prog.funcs[f.index()].origin == super::FuncOrigin::Decl)
        .collect();
    roots.sort_by_key(|f| {
        let p = prog.funcs[f.index()].pos;
        (p.file, p.offset)
    });
    roots.insert(0, prog.init);
    roots
}

/// Whether `f` is a function literal that captures variables.
pub fn captures(prog: &Program, f: FuncId) -> bool {
    prog.funcs[f.index()].closure.as_ref().is_some_and(|c| !c.is_empty())
}

struct Visitor<'a> {
    prog: &'a Program,
    follow: &'a dyn Fn(FuncId) -> bool,
    visitgen: u32,
    ids: HashMap<FuncId, u32>,
    stack: Vec<FuncId>,
    out: Vec<Vec<FuncId>>,
}

impl Visitor<'_> {
    fn visit(&mut self, f: FuncId) -> u32 {
        if let Some(&id) = self.ids.get(&f) {
            return id;
        }
        self.visitgen += 1;
        let id = self.visitgen;
        self.ids.insert(f, id);
        self.visitgen += 1;
        let mut min = self.visitgen;
        self.stack.push(f);
        let mut callees = Vec::new();
        visit_stmts(
            &self.prog.funcs[f.index()].body,
            &mut |e| match &e.kind {
                IK::Call(Callee::Func(g), _) | IK::FuncValue(g) => callees.push(*g),
                IK::Closure { func, .. } | IK::MethodValue { func, .. } => callees.push(*func),
                _ => {}
            },
            &mut |_| {},
        );
        for g in callees {
            if (self.follow)(g) {
                min = min.min(self.visit(g));
            }
        }
        if (min == id || min == id + 1) && !captures(self.prog, f) {
            let i = self.stack.iter().rposition(|&x| x == f).unwrap_or(0);
            let block: Vec<FuncId> = self.stack.drain(i..).collect();
            for &x in &block {
                self.ids.insert(x, u32::MAX);
            }
            self.out.push(block);
        }
        min
    }
}
