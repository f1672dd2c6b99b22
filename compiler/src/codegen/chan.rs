//! Goroutines and channels in generated code: every operation is a call
//! into the runtime (runtime/src/sched.rs, chan.rs). Elements travel by
//! address: a send passes a frame slot holding the value, a receive one
//! the runtime fills.

use cranelift_codegen::ir::{types, InstBuilder, Value};

use super::func::{CgResult, FnLower};
use super::repr::Val;
use super::rt;
use super::typedesc::DescKey;
use crate::ir;
use crate::types::TypeKind;

impl<'m, 'p, 'f> FnLower<'m, 'p, 'f> {
    /// `go f(x)`: `call` is the wrapper closure the checker made.
    pub fn go_stmt(&mut self, call: &'p ir::Expr) -> CgResult<()> {
        let fv = self.expr(call)?.one();
        self.call_rt(rt::GO, &[fv])?;
        Ok(())
    }

    /// `ch <- value`.
    pub fn send(&mut self, ch: &'p ir::Expr, value: &'p ir::Expr) -> CgResult<()> {
        let c = self.expr(ch)?.one();
        let v = self.expr(value)?;
        let slot = self.temp(value.ty);
        self.store_val(slot, value.ty, &v);
        self.call_rt(rt::CHANSEND, &[c, slot])?;
        Ok(())
    }

    /// `<-ch`, or `v, ok := <-ch` (`comma_ok`): the element (and whether it
    /// was sent rather than the zero value of a closed channel).
    pub fn recv(&mut self, e: &'p ir::Expr, ch: &'p ir::Expr, comma_ok: bool) -> CgResult<Vec<Val>> {
        let elem = match self.md.types().kind(e.ty) {
            TypeKind::Tuple(ts) if comma_ok => ts[0],
            _ => e.ty,
        };
        let c = self.expr(ch)?.one();
        let slot = self.temp(elem);
        let ok = self.call_rt(rt::CHANRECV, &[c, slot])?[0];
        let v = self.load_val(slot, elem);
        Ok(if comma_ok { vec![v, Val::scalar(ok)] } else { vec![v] })
    }

    /// `make(chan T, size)`.
    pub fn make_chan(&mut self, e: &'p ir::Expr, size: Option<&'p ir::Expr>) -> CgResult<Val> {
        let d = self.desc_value(DescKey::Type(e.ty))?;
        let n = match size {
            Some(s) => self.expr(s)?.one(),
            None => self.b.ins().iconst(types::I64, 0),
        };
        let c = self.call_rt(rt::MAKECHAN, &[d, n])?[0];
        Ok(Val::scalar(c))
    }

    /// `close(ch)`.
    pub fn close_chan(&mut self, ch: &'p ir::Expr) -> CgResult<()> {
        let c = self.expr(ch)?.one();
        self.call_rt(rt::CLOSECHAN, &[c])?;
        Ok(())
    }

    /// `len(ch)`, `cap(ch)`.
    pub fn chan_len_cap(&mut self, c: Value, cap: bool) -> CgResult<Val> {
        let f = if cap { rt::CHANCAP } else { rt::CHANLEN };
        Ok(Val::scalar(self.call_rt(f, &[c])?[0]))
    }
}
