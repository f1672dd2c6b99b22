//! Goroutines and channels in generated code: every operation is a call
//! into the runtime (runtime/src/sched.rs, chan.rs). Elements travel by
//! address: a send passes a frame slot holding the value, a receive one
//! the runtime fills.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};

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
            Some(s) => {
                let v = self.expr(s)?.one();
                self.extend_to_i64(v, s.ty)
            }
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

    /// `select`: the cases' channels and values are evaluated in order
    /// into an array of `{chan, &elem, recv}`; the runtime picks the case;
    /// a receive's element and flag are copied to the case's temporaries.
    pub fn select(&mut self, label: ir::LabelId, cases: &'p [ir::SelectCase]) -> CgResult<()> {
        const SCASE: i32 = 24;
        let n = cases.iter().filter(|c| !matches!(c.comm, ir::SelectComm::Default)).count();
        let has_default = n < cases.len();
        let arr = self.temp_bytes((n as u64 * SCASE as u64).max(8), 8);
        // Per case: its index in the array (None: default) and element slot.
        let mut slots = Vec::new();
        let mut k = 0;
        let flags = MemFlagsData::trusted();
        for c in cases {
            let (ch, elem_t, value, recv) = match &c.comm {
                ir::SelectComm::Default => {
                    slots.push((None, None));
                    continue;
                }
                ir::SelectComm::Send { ch, value } => (ch, value.ty, Some(value), 0),
                ir::SelectComm::Recv { ch, elem, .. } => (ch, self.ty(*elem), None, 1),
            };
            let cv = self.expr(ch)?.one();
            let slot = self.temp(elem_t);
            if let Some(v) = value {
                let val = self.expr(v)?;
                self.store_val(slot, elem_t, &val);
            }
            let off = k * SCASE;
            self.b.ins().store(flags, cv, arr, off);
            self.b.ins().store(flags, slot, arr, off + 8);
            let r = self.b.ins().iconst(types::I64, recv);
            self.b.ins().store(flags, r, arr, off + 16);
            slots.push((Some(k), Some(slot)));
            k += 1;
        }
        let nv = self.b.ins().iconst(types::I64, n as i64);
        let block = self.b.ins().iconst(types::I8, !has_default as i64);
        let r = self.call_rt(rt::SELECTGO, &[arr, nv, block])?;
        let (index, ok) = (r[0], r[1]);
        let exit = self.b.create_block();
        self.targets.insert(label, (exit, exit));
        for (c, (k, slot)) in cases.iter().zip(slots) {
            let want = k.map(|k| k as i64).unwrap_or(-1);
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, index, want);
            let body = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(hit, body, &[], next, &[]);
            self.b.switch_to_block(body);
            if let (ir::SelectComm::Recv { elem, ok: ok_tmp, .. }, Some(slot)) = (&c.comm, slot) {
                let t = self.ty(*elem);
                let v = self.load_val(slot, t);
                self.write_local(*elem, v)?;
                self.write_local(*ok_tmp, Val::scalar(ok))?;
            }
            self.stmts(&c.body)?;
            self.b.ins().jump(exit, &[]);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(exit);
        Ok(())
    }
}
