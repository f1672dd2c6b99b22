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
    pub(super) fn send(
        &mut self,
        che: &'a ast::Expr,
        ve: &'a ast::Expr,
        pos: crate::source::Pos,
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
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
        out.push(ir::Stmt::Send { ch, value, pos });
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

    /// `select`: each clause's send or receive is checked in the clause's
    /// scope; a receive's results come from temporaries that the clause's
    /// body first assigns to its variables.
    pub(super) fn select_stmt(
        &mut self,
        label: Option<&str>,
        clauses: &'a [ast::CommClause],
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        let id = self.new_label();
        self.push_target(label, id, false);
        let mut cases = Vec::new();
        let mut default_at = None;
        for cc in clauses {
            self.open_scope();
            let mut body = Vec::new();
            let comm = match cc.comm.as_deref() {
                None => {
                    if let Some(first) = default_at {
                        let first = self.pos_string(first);
                        self.error(cc.pos, format!("multiple defaults in select (first at {first})"))?;
                    }
                    default_at = Some(cc.pos);
                    Some(ir::SelectComm::Default)
                }
                Some(ast::Stmt::Send { ch, value, pos }) => {
                    let mut send = Vec::new();
                    self.send(ch, value, *pos, &mut send)?;
                    match send.pop() {
                        Some(ir::Stmt::Send { ch, value, .. }) => Some(ir::SelectComm::Send { ch, value }),
                        _ => None,
                    }
                }
                Some(ast::Stmt::Expr(e)) => self.select_recv(e, None, &mut body)?,
                Some(ast::Stmt::Assign { lhs, rhs, op: None, define, .. }) if rhs.len() == 1 && lhs.len() <= 2 => {
                    self.select_recv(&rhs[0], Some((lhs, *define)), &mut body)?
                }
                Some(other) => {
                    self.error(other.pos(), "select case must be receive, send or assign recv")?;
                    None
                }
            };
            self.stmt_list(&cc.body, &mut body)?;
            self.close_scope();
            if let Some(comm) = comm {
                cases.push(ir::SelectCase { comm, body });
            }
        }
        self.pop_target();
        out.push(ir::Stmt::Select { label: id, cases });
        Ok(())
    }

    /// A receive clause (`case <-ch`, `case v := <-ch`, `case v, ok = <-ch`):
    /// its variables are bound at the start of `body`.
    fn select_recv(
        &mut self,
        e: &'a ast::Expr,
        lhs: Option<(&'a [ast::Expr], bool)>,
        body: &mut Vec<ir::Stmt>,
    ) -> Result<Option<ir::SelectComm>> {
        let x = self.expr(e.unparen(), None)?;
        if !x.is_valid() {
            return Ok(None);
        }
        let Some(ir::Expr { kind: IK::Recv { ch, .. }, .. }) = x.ir else {
            self.error(e.start(), "select case must be receive, send or assign recv")?;
            return Ok(None);
        };
        let elem_t = x.ty;
        let elem = self.new_local(".autotmp", elem_t, LocalKind::Temp);
        let ok = self.new_local(".autotmp", Types::BOOL, LocalKind::Temp);
        if let Some((lhs, define)) = lhs {
            let pos = ch.pos;
            let vals = [(IK::Local(elem), elem_t), (IK::Local(ok), Types::BOOL)];
            let vars = lhs.iter().zip(vals).map(|(l, (k, t))| (l, ir::Expr::new(k, t, pos), t)).collect();
            self.bind_range_vars(define, vars, body)?;
        }
        Ok(Some(ir::SelectComm::Recv { ch: *ch, elem, ok }))
    }
}
