//! Type switches (types2's `typeSwitchStmt` and `caseTypes`), lowered to an
//! IR switch whose case conditions test the dynamic type.

use super::operand::Mode;
use super::{Checker, Result};
use crate::ir::{self, BinOp, ExprKind as IK, LocalKind};
use crate::source::Pos;
use crate::syntax::ast::{self, ExprKind, Stmt};
use crate::syntax::printer::expr_string;
use crate::types::{TypeId, Types};

impl<'a> Checker<'a> {
    pub(super) fn type_switch(
        &mut self,
        label: Option<&str>,
        init: Option<&'a Stmt>,
        bind: Option<&'a ast::Ident>,
        xe: &'a ast::Expr,
        clauses: &'a [ast::CaseClause],
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        self.open_scope();
        let mut block = Vec::new();
        if let Some(init) = init {
            self.stmt(init, None, &mut block)?;
        }
        let bind = match bind {
            Some(b) if b.name == "_" => {
                self.error(b.pos, "no new variable on left side of :=")?;
                None
            }
            b => b,
        };
        // The operand, evaluated once into a temporary.
        let mut x = self.expr(xe, None)?;
        self.single_value(&mut x)?;
        if x.is_valid() && !self.types.is_interface(x.ty) {
            self.error(x.pos(), format!("{} is not an interface", self.describe(&x)))?;
            x.invalidate();
        }
        let subject = if x.is_valid() {
            let desc = self.describe(&x);
            let v = self.materialize(x)?;
            let tmp = self.new_local(".autotmp", v.ty, LocalKind::Temp);
            let te = ir::Expr::new(IK::Local(tmp), v.ty, xe.pos);
            block.push(ir::Stmt::Decl(tmp));
            block.push(ir::Stmt::Assign(vec![te.clone()], vec![v]));
            Some((te, desc))
        } else {
            None
        };
        let id = self.new_label();
        let mut cases = Vec::new();
        let mut default = None;
        let mut seen: Vec<(Option<TypeId>, Pos)> = Vec::new();
        let mut bound = Vec::new();
        for (ci, cc) in clauses.iter().enumerate() {
            if cc.default {
                if let Some(prev) = default {
                    let first: &ast::CaseClause = &clauses[prev];
                    let msg = format!("multiple defaults in switch (first at {})", self.pos_string(first.pos));
                    self.error(cc.pos, msg)?;
                }
                default = Some(ci);
            }
            let mut conds = Vec::new();
            let mut single: Option<Option<TypeId>> = None;
            for e in &cc.exprs {
                let Some(t) = self.case_type(e)? else { continue };
                if let Some((_, prev)) = seen.iter().find(|(s, _)| match (s, t) {
                    (None, None) => true,
                    (Some(a), Some(b)) => self.types.identical(*a, b),
                    _ => false,
                }) {
                    let ts = t.map(|t| self.type_string(t)).unwrap_or_else(|| "nil".into());
                    let msg =
                        format!("duplicate case {ts} in type switch\n\t{}: previous case", self.pos_string(*prev));
                    self.error(e.start(), msg)?;
                    continue;
                }
                seen.push((t, e.start()));
                single = Some(t);
                let Some((subj, desc)) = &subject else { continue };
                let cond = match t {
                    None => {
                        let nil = ir::Expr::new(IK::Nil, subj.ty, e.pos);
                        IK::Binary(BinOp::Eq, Box::new(subj.clone()), Box::new(nil))
                    }
                    Some(t) => {
                        if let Some(cause) = self.impossible_assertion(subj.ty, t) {
                            let msg = format!(
                                "impossible type switch case: {}\n\t{desc} cannot have dynamic type {} {cause}",
                                expr_string(e),
                                self.type_string(t)
                            );
                            self.error(e.start(), msg)?;
                            continue;
                        }
                        IK::TypeIs { x: Box::new(subj.clone()), ty: t }
                    }
                };
                conds.push(ir::Expr::new(cond, Types::BOOL, e.pos));
            }
            self.open_scope();
            let mut body = Vec::new();
            if let Some(b) = bind {
                // One type: the variable has it; otherwise the operand's type.
                let (t, value) = match (&subject, single) {
                    (Some((subj, _)), Some(Some(t))) if cc.exprs.len() == 1 => {
                        (t, ir::Expr::new(IK::TypeAssert { x: Box::new(subj.clone()), comma_ok: false }, t, b.pos))
                    }
                    (Some((subj, _)), _) => (subj.ty, subj.clone()),
                    // An invalid operand: the variable still exists, for the clause's sake.
                    (None, Some(Some(t))) if cc.exprs.len() == 1 => (t, ir::Expr::new(IK::Zero, t, b.pos)),
                    (None, _) => (Types::INVALID, ir::Expr::new(IK::Zero, Types::INVALID, b.pos)),
                };
                let (l, obj) = self.new_local_var(&b.name, t, b.pos, LocalKind::Var);
                self.mark_init(l, true);
                self.declare_local(b, obj)?;
                self.forget_declared(obj);
                bound.push(obj);
                body.push(ir::Stmt::Decl(l));
                body.push(ir::Stmt::Assign(vec![ir::Expr::new(IK::Local(l), t, b.pos)], vec![value]));
            }
            self.push_target(label, id, false);
            self.stmt_list(&cc.body, &mut body)?;
            self.pop_target();
            self.close_scope();
            cases.push(ir::Case { conds, body, fallthrough: false });
        }
        // The variables of all clauses count as one for `declared and not used`.
        if let Some(b) = bind {
            if !bound.iter().any(|&o| self.obj(o).used) {
                self.error(b.pos, format!("{} declared and not used", b.name))?;
            }
        }
        self.close_scope();
        block.push(ir::Stmt::Switch { label: id, cases, default });
        out.push(ir::Stmt::Block(block));
        Ok(())
    }

    /// A case of a type switch: `Some(None)` for `nil`, `Some(Some(T))` for
    /// a type, `None` after an error.
    fn case_type(&mut self, e: &'a ast::Expr) -> Result<Option<Option<TypeId>>> {
        if let ExprKind::Name(n) = &e.unparen().kind {
            if n == "nil" && self.expr_or_type(e)?.mode == Mode::Nil {
                return Ok(Some(None));
            }
        }
        let t = self.type_expr(e)?;
        Ok((!self.types.is_invalid(t)).then_some(Some(t)))
    }
}
