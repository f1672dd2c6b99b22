//! `defer` and `go` statements.
//!
//! As gc does (its `wrapGoDefer`), a deferred call `f(a, b)` becomes a call
//! of a compiler-made closure with no parameters: the function value (or
//! the receiver of a method) and the arguments are evaluated at the `defer`
//! statement into temporaries, which the closure captures and calls with
//! later. The runtime keeps the closures of each running function in a
//! list; they run last-in first-out when the function returns, or when a
//! panic passes through it. gc prints no `-m` line for the closure (a
//! silent site), but does for what the call allocates.

use super::operand::Mode;
use super::{Checker, Result};
use crate::ir::{self, ExprKind as IK, FuncId, LocalId, LocalKind};
use crate::source::Pos;
use crate::syntax::ast::{self, ExprKind};
use crate::types::{TypeId, TypeKind, Types};

impl<'a> Checker<'a> {
    pub(super) fn defer_stmt(&mut self, pos: Pos, call: &'a ast::Expr, out: &mut Vec<ir::Stmt>) -> Result<()> {
        let Some(ir_call) = self.go_defer_call("defer", call)? else { return Ok(()) };
        let in_loop = self.fs.as_ref().is_some_and(|f| f.targets.iter().any(|t| t.2));
        let closure = self.call_wrapper(pos, ir_call, "deferwrap", out);
        out.push(ir::Stmt::Defer { call: closure, in_loop });
        Ok(())
    }

    /// `go f(a, b)`: the same wrapper, run by a new goroutine.
    pub(super) fn go_stmt(&mut self, pos: Pos, call: &'a ast::Expr, out: &mut Vec<ir::Stmt>) -> Result<()> {
        let Some(ir_call) = self.go_defer_call("go", call)? else { return Ok(()) };
        let closure = self.call_wrapper(pos, ir_call, "gowrap", out);
        out.push(ir::Stmt::Go(closure));
        Ok(())
    }

    /// The call of a `go` or `defer` statement (`word`), checked with
    /// types2's rules for it.
    fn go_defer_call(&mut self, word: &str, call: &'a ast::Expr) -> Result<Option<ir::Expr>> {
        // A parenthesized call was reported by the parser; it is checked
        // as the call.
        let call = call.unparen();
        let x = self.expr_or_type(call)?;
        if x.mode == Mode::Invalid {
            return Ok(None);
        }
        let ExprKind::Call { fun, .. } = &call.kind else {
            self.error(call.start(), format!("expression in {word} must be function call"))?;
            return Ok(None);
        };
        if self.is_conversion(call) {
            let what = self.describe(&x);
            self.error(call.start(), format!("{word} requires function call, not conversion {what}"))?;
            return Ok(None);
        }
        // Builtins that only compute a value.
        let discards = self.builtin_named(fun).is_some_and(|b| !super::stmt::is_statement_builtin(b));
        if discards || !matches!(x.mode, Mode::NoValue | Mode::Value) {
            let what = self.describe(&x);
            self.error(call.start(), format!("{word} discards result of {what}"))?;
            return Ok(None);
        }
        Ok(x.ir)
    }

    /// gc defers (or starts) a call without arguments or results as the
    /// function value itself, with no wrapper: that value, if `call` is one.
    fn plain_func_value(&mut self, call: &ir::Expr) -> Option<ir::Expr> {
        let no_results = |c: &Self, t: TypeId| match c.types.kind(t) {
            TypeKind::Func { params, results, .. } => params.is_empty() && results.is_empty(),
            _ => false,
        };
        match &call.kind {
            IK::CallValue(f, args) if args.is_empty() && !matches!(f.kind, IK::BoundMethod { .. }) => {
                no_results(self, f.ty).then(|| (**f).clone())
            }
            IK::Call(ir::Callee::Func(fid), args) if args.is_empty() => {
                let func = &self.funcs[fid.index()];
                let plain = func.origin == ir::FuncOrigin::Decl && func.params.is_empty() && func.results.is_empty();
                let sig =
                    self.types.intern(TypeKind::Func { params: Vec::new(), results: Vec::new(), variadic: false });
                plain.then(|| ir::Expr::new(IK::FuncValue(*fid), sig, call.pos))
            }
            _ => None,
        }
    }

    /// The closure for a deferred call or a goroutine: its operands are
    /// evaluated into temporaries now (statements appended to `out`), and a
    /// wrapper function (gc's `deferwrapN`/`gowrapN`) capturing them makes
    /// the call.
    fn call_wrapper(&mut self, pos: Pos, call: ir::Expr, wrap: &str, out: &mut Vec<ir::Stmt>) -> ir::Expr {
        if let Some(fv) = self.plain_func_value(&call) {
            return fv;
        }
        // `defer f(g())`: g's results go to their temporaries now.
        let call = match call.kind {
            IK::WithResults { call: g, temps, body } => {
                let ts: Vec<ir::Expr> = temps
                    .iter()
                    .map(|&t| {
                        out.push(ir::Stmt::Decl(t));
                        ir::Expr::new(IK::Local(t), self.local_type(t), g.pos)
                    })
                    .collect();
                out.push(ir::Stmt::AssignTuple(ts, *g));
                *body
            }
            _ => call,
        };
        // gc's normalizeGoDeferCall: the operands go to temporaries (each
        // declared, then all assigned at once, `.autotmp_3, .autotmp_4 =
        // x, &y`); the wrapper captures them, the i-th as its local i.
        // (the enclosing function's temporary, its type, position).
        let mut captured: Vec<(LocalId, TypeId, Pos)> = Vec::new();
        let mut pairs: (Vec<ir::Expr>, Vec<ir::Expr>) = (Vec::new(), Vec::new());
        let mut hoist = |c: &mut Self, e: ir::Expr| -> ir::Expr {
            if matches!(e.kind, IK::Const(_) | IK::Nil | IK::Zero | IK::FuncValue(_) | IK::FuncRef(_)) {
                return e;
            }
            let t = c.new_local(".autotmp", e.ty, LocalKind::Temp);
            // Assigned once, here: the analysis may know its value (a
            // literal called through it stays a direct call, as in gc).
            c.mark_init(t, true);
            // A temporary is where its operand is, or at the statement for
            // a name (gc's `HasUniquePos`).
            let at = if matches!(e.kind, IK::Local(_) | IK::Global(_)) { pos } else { e.pos };
            c.set_local_pos(t, at);
            out.push(ir::Stmt::Decl(t));
            let ty = e.ty;
            pairs.0.push(ir::Expr::new(IK::Local(t), ty, at));
            pairs.1.push(e);
            captured.push((t, ty, at));
            ir::Expr::new(IK::Local(LocalId(captured.len() as u32 - 1)), ty, at)
        };
        // The `...` slice is made in the wrapper, at the call (as in gc);
        // its elements are evaluated now.
        let mut hoist_arg = |c: &mut Self, a: ir::Expr| -> ir::Expr {
            match a.kind {
                IK::VarArgs(site, elems) => {
                    let elems = elems.into_iter().map(|e| hoist(c, e)).collect();
                    ir::Expr::new(IK::VarArgs(site, elems), a.ty, a.pos)
                }
                _ => hoist(c, a),
            }
        };
        let ty = call.ty;
        let kind = match call.kind {
            IK::Call(callee, args) => IK::Call(callee, args.into_iter().map(|a| hoist_arg(self, a)).collect()),
            IK::CallValue(f, args) => {
                let f = match f.kind {
                    IK::BoundMethod { recv, func } => {
                        let recv = hoist_arg(self, *recv);
                        ir::Expr::new(IK::BoundMethod { recv: Box::new(recv), func }, f.ty, f.pos)
                    }
                    _ => hoist_arg(self, *f),
                };
                IK::CallValue(Box::new(f), args.into_iter().map(|a| hoist_arg(self, a)).collect())
            }
            IK::Copy(x, y) => IK::Copy(Box::new(hoist(self, *x)), Box::new(hoist(self, *y))),
            IK::MapDelete(m, k) => IK::MapDelete(Box::new(hoist(self, *m)), Box::new(hoist(self, *k))),
            IK::Clear(x) => IK::Clear(Box::new(hoist(self, *x))),
            // `defer i.M()`: the receiver first (a name too, as always in gc).
            IK::CallIface { recv, index, args } => {
                let recv = Box::new(hoist_arg(self, *recv));
                IK::CallIface { recv, index, args: args.into_iter().map(|a| hoist_arg(self, a)).collect() }
            }
            other => other,
        };
        if !pairs.0.is_empty() {
            let start = out.len();
            out.push(ir::Stmt::Assign(pairs.0, pairs.1));
            self.note_stmt(&out[start..], pos, ir::StmtOp::AssignPair);
        }
        // The method value of a nil interface panics now, once the operands
        // are evaluated.
        if let IK::CallIface { recv, .. } = &kind {
            // The receiver is the first temporary, unless it is a constant.
            let value = match (&recv.kind, captured.first()) {
                (IK::Local(LocalId(0)), Some(&(t, ty, at))) => ir::Expr::new(IK::Local(t), ty, at),
                _ => (**recv).clone(),
            };
            let check = IK::Call(ir::Callee::Runtime(ir::RtFn::CheckIfaceNotNil), vec![value]);
            out.push(ir::Stmt::Expr(ir::Expr::new(check, Types::INVALID, pos)));
        }
        let body_call = ir::Expr::new(kind, ty, call.pos);
        self.wrapper_closure(pos, body_call, wrap, &captured)
    }

    /// A closure of type `func()` whose body evaluates `body_call`, whose
    /// local i is the enclosing function's temporary `captured[i]`.
    fn wrapper_closure(
        &mut self,
        pos: Pos,
        body_call: ir::Expr,
        kind: &str,
        captured: &[(LocalId, TypeId, Pos)],
    ) -> ir::Expr {
        let (parent_name, n) = match self.fs.as_mut() {
            Some(parent) => {
                parent.wrappers += 1;
                (self.funcs[parent.id.index()].name.clone(), parent.wrappers)
            }
            None => ("main".to_string(), 0),
        };
        let name = format!("{parent_name}.{kind}{n}");
        let mut locals = Vec::new();
        let mut captures = Vec::new();
        for (i, &(outer, ty, at)) in captured.iter().enumerate() {
            captures.push(ir::Capture { ty, outer, pos: at });
            locals.push(ir::Local {
                name: format!(".autotmp{i}"),
                pos: Pos::default(),
                ty,
                kind: LocalKind::Captured(i),
                addr_taken: false,
                init: true,
            });
        }
        let sig = self.types.intern(TypeKind::Func { params: Vec::new(), results: Vec::new(), variadic: false });
        let fid = FuncId(self.funcs.len() as u32);
        self.funcs.push(ir::Func {
            symbol: name.clone(),
            name,
            // A literal for the analysis, which reports what its call
            // allocates, as gc does; the closure itself prints nothing.
            origin: ir::FuncOrigin::Literal,
            pos,
            closure: Some(captures),
            params: Vec::new(),
            results: Vec::new(),
            locals,
            body: vec![ir::Stmt::Expr(body_call)],
            defer_wrapper: kind == "deferwrap",
            noinline: false,
            variadic: false,
            labels: Vec::new(),
            enclosing: self.fs.as_ref().map(|f| f.id),
        });
        let site = self.new_site(pos, sig, "func literal".into());
        self.sites[site.index()].silent = true;
        ir::Expr::new(IK::Closure { site, func: fid }, sig, pos)
    }
}
