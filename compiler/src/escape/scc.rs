//! The order of analysis (gc's `ir/scc.go:VisitFuncsBottomUp`): strongly
//! connected components of the call graph, callees before callers, so a
//! batch only ever calls tagged functions or functions of its own.

use std::collections::HashMap;

use super::{visit_stmts, Analysis};
use crate::ir::{ExprKind as IK, FuncId, FuncOrigin, Program};

/// The batches, in analysis order. Function literals that capture
/// variables belong to their enclosing function's batch; library entry
/// points with known tags are not analysed.
pub fn batches(prog: &Program, an: &Analysis) -> Vec<Vec<FuncId>> {
    let mut roots: Vec<FuncId> = (0..prog.funcs.len())
        .map(|i| FuncId(i as u32))
        .filter(|&f| prog.funcs[f.index()].origin == FuncOrigin::Decl)
        .collect();
    roots.sort_by_key(|f| {
        let p = prog.funcs[f.index()].pos;
        (p.file, p.offset)
    });
    // gc's package initialiser comes first.
    roots.insert(0, prog.init);
    roots.extend((0..prog.funcs.len()).map(|i| FuncId(i as u32)).filter(|&f| analysed_wrapper(prog, f)));
    let mut v = Visitor { prog, an, visitgen: 0, ids: HashMap::new(), stack: Vec::new(), out: Vec::new() };
    for f in roots {
        v.visit(f);
    }
    v.out
}

/// Compiler-made functions without gc's tags: method wrappers.
fn analysed_wrapper(prog: &Program, f: FuncId) -> bool {
    let func = &prog.funcs[f.index()];
    func.origin == FuncOrigin::Wrapper && super::std_tags(&func.name).is_none()
}

fn analysed(prog: &Program, f: FuncId) -> bool {
    match prog.funcs[f.index()].origin {
        FuncOrigin::Decl | FuncOrigin::Literal => true,
        FuncOrigin::Wrapper => analysed_wrapper(prog, f),
        FuncOrigin::Init => true,
    }
}

struct Visitor<'a> {
    prog: &'a Program,
    an: &'a Analysis,
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
                IK::Call(crate::ir::Callee::Func(g), _) | IK::FuncValue(g) => callees.push(*g),
                IK::Closure { func, .. } | IK::MethodValue { func, .. } => callees.push(*func),
                _ => {}
            },
            &mut |_| {},
        );
        for g in callees {
            if analysed(self.prog, g) {
                min = min.min(self.visit(g));
            }
        }
        let is_closure = self.an.captures(self.prog, f);
        if (min == id || min == id + 1) && !is_closure {
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
