//! Channels in the checker: receive expressions, send statements, `close`
//! and `range` over a channel, with types2's rules and wording.

use super::operand::{Mode, Operand};
use super::{Checker, Result};
use crate::ir::{self, ExprKind as IK, LocalKind};
use crate::syntax::ast;
use crate::types::{ChanDir, TypeId, TypeKind, Types};

impl<'a> Checker<'a> {
    /// The direction and element type of a channel operand, or types2's
    /// error: `what` is the operation ("receive from", "send to", "close").
    fn channel_of(&mut self, x: &Operand<'a>, what: &str) -> Result<Option<(ChanDir, TypeId)>> {
        match self.types.under_kind(x.ty).clone() {
            TypeKind::Chan(dir, elem) => Ok(Some((dir, elem))),
            _ => {
                let msg = format!("invalid operation: cannot {what} non-channel {}", self.describe(x));
                self.error(x.pos(), msg)?;
                Ok(None)
            }
        }
    }

    /// `<-ch`: the element (`v, ok := <-ch` makes it a comma-ok operand).
    pub(super) fn receive(&mut self, e: &'a ast::Expr, xe: &'a ast::Expr) -> Result<Operand<'a>> {
        let mut x = self.expr(xe, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(Operand::invalid(e));
        }
        let Some((dir, elem)) = self.channel_of(&x, "receive from")? else { return Ok(Operand::invalid(e)) };
        if dir == ChanDir::Send {
            let msg = format!("invalid operation: cannot receive from send-only channel {}", self.describe(&x));
            self.error(x.pos(), msg)?;
            return Ok(Operand::invalid(e));
        }
        let ch = self.materialize(x)?;
        let ir = ir::Expr::new(IK::Recv { ch: Box::new(ch), comma_ok: false }, elem, e.pos);
        Ok(Operand::value(e, Mode::CommaOk, ir))
    }

    /// `ch <- v`.
    pub(super) fn send(&mut self, che: &'a ast::Expr, ve: &'a ast::Expr, out: &mut Vec<ir::Stmt>) -> Result<()> {
        let mut ch = self.expr(che, None)?;
        self.single_value(&mut ch)?;
        let mut v = self.expr(ve, None)?;
        self.single_value(&mut v)?;
        if !ch.is_valid() || !v.is_valid() {
            return Ok(());
        }
        let Some((dir, elem)) = self.channel_of(&ch, "send to")? else { return Ok(()) };
        if dir == ChanDir::Recv {
            let msg = format!("invalid operation: cannot send to receive-only channel {}", self.describe(&ch));
            return self.error(ch.pos(), msg);
        }
        let Some(value) = self.assign_to(v, elem, "send")? else { return Ok(()) };
        let ch = self.materialize(ch)?;
        out.push(ir::Stmt::Send { ch, value });
        Ok(())
    }

    /// `close(ch)`.
    pub(super) fn close(&mut self, e: &'a ast::Expr, arg: &'a ast::Expr) -> Result<Operand<'a>> {
        let mut x = self.expr(arg, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(Operand::invalid(e));
        }
        let Some((dir, _)) = self.channel_of(&x, "close")? else { return Ok(Operand::invalid(e)) };
        if dir == ChanDir::Recv {
            let msg = format!("invalid operation: cannot close receive-only channel {}", self.describe(&x));
            self.error(x.pos(), msg)?;
            return Ok(Operand::invalid(e));
        }
        let ch = self.materialize(x)?;
        let ir = ir::Expr::new(IK::Call(ir::Callee::Builtin(ir::Builtin::Close), vec![ch]), Types::INVALID, e.pos);
        Ok(Operand { mode: Mode::NoValue, ty: Types::INVALID, val: None, ir: Some(ir), src: Some(e) })
    }

    /// `for v := range ch`: receives until the channel is closed and
    /// drained, as `for { v, ok := <-ch; if !ok { break }; body }`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_chan(
        &mut self,
        label: Option<&str>,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
        x: Operand<'a>,
        elem: TypeId,
        body: &'a ast::Block,
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        if let Some(v) = value {
            let msg = format!("range over {} permits only one iteration variable", self.describe(&x));
            return self.error(v.start(), msg);
        }
        if let TypeKind::Chan(ChanDir::Send, _) = self.types.under_kind(x.ty) {
            let msg = format!("invalid operation: range {}: receive from send-only channel", self.describe(&x));
            return self.error(x.pos(), msg);
        }
        let ch = self.materialize(x)?;
        let (pos, ct) = (ch.pos, ch.ty);
        let mut block = Vec::new();
        let tmp_ch = self.new_local(".autotmp", ct, LocalKind::Temp);
        block.push(ir::Stmt::Decl(tmp_ch));
        block.push(ir::Stmt::Assign(vec![ir::Expr::new(IK::Local(tmp_ch), ct, pos)], vec![ch]));
        let v = self.new_local(".autotmp", elem, LocalKind::Temp);
        let ok = self.new_local(".autotmp", Types::BOOL, LocalKind::Temp);
        let v_e = ir::Expr::new(IK::Local(v), elem, pos);
        let ok_e = ir::Expr::new(IK::Local(ok), Types::BOOL, pos);
        let tuple = self.types.tuple(vec![elem, Types::BOOL]);
        let recv = ir::Expr::new(
            IK::Recv { ch: Box::new(ir::Expr::new(IK::Local(tmp_ch), ct, pos)), comma_ok: true },
            tuple,
            pos,
        );
        self.open_scope();
        let mut binds = Vec::new();
        self.bind_range_vars(define, key.map(|k| (k, v_e.clone(), elem)).into_iter().collect(), &mut binds)?;
        let (id, user) = self.loop_body(label, body)?;
        let not_ok = ir::Expr::new(IK::Unary(ir::UnOp::Not, Box::new(ok_e.clone())), Types::BOOL, pos);
        let mut body_ir = vec![
            ir::Stmt::Decl(v),
            ir::Stmt::Decl(ok),
            ir::Stmt::AssignTuple(vec![v_e, ok_e], recv),
            ir::Stmt::If { cond: not_ok, then: vec![ir::Stmt::Break(id)], els: Vec::new() },
        ];
        body_ir.extend(binds);
        body_ir.push(ir::Stmt::Block(user));
        block.push(ir::Stmt::Loop { label: id, cond: None, body: body_ir, post: Vec::new(), fresh: Vec::new() });
        out.push(ir::Stmt::Block(block));
        Ok(())
    }
}
