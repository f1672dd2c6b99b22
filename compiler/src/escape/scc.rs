//! The order of analysis: gc's bottom-up order (`ir::scc`) over the
//! functions the analysis reads.

use crate::ir::{scc, FuncId, FuncOrigin, Program};

/// The batches, in analysis order. Function literals that capture
/// variables belong to their enclosing function's batch; library entry
/// points with known tags are not analysed.
pub fn batches(prog: &Program) -> Vec<Vec<FuncId>> {
    // Function literals that capture nothing follow the declarations (any
    // inlining left without a parent is analysed on its own).
    let mut roots = scc::declared_roots(prog);
    roots.extend(
        (0..prog.funcs.len())
            .map(|i| FuncId(i as u32))
            .filter(|&f| prog.funcs[f.index()].origin == FuncOrigin::Literal && !scc::captures(prog, f)),
    );
    roots.extend((0..prog.funcs.len()).map(|i| FuncId(i as u32)).filter(|&f| analysed_wrapper(prog, f)));
    scc::bottom_up(prog, &roots, &|g| analysed(prog, g))
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
