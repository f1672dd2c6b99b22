//! Maps in generated code: every operation is a call into the runtime
//! (`runtime/src/map.rs`) with the map type's descriptor, which tells it
//! how to hash, compare and copy keys and elements.
//!
//! Keys travel by address: a key is stored into a frame temporary unless it
//! is an aggregate already in memory. Lookups return the address of the
//! element inside the map (or of a zero buffer); the element is copied out
//! at once, because the next insertion may move or reuse that memory.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};

use super::func::{CgResult, FnLower, Place};
use super::repr::Val;
use super::rt;
use super::typedesc::abi;
use super::DescKey;
use crate::ir::{self, ExprKind as IK, LabelId, LocalId, Stmt};
use crate::types::{TypeId, TypeKind};

impl<'m, 'p, 'f> FnLower<'m, 'p, 'f> {
    /// The key and element types of a map type.
    fn map_types(&self, t: TypeId) -> CgResult<(TypeId, TypeId)> {
        match self.md.types().under_kind(t) {
            TypeKind::Map(k, v) => Ok((*k, *v)),
            _ => Err("internal compiler error: map operation on a non-map".into()),
        }
    }

    /// Evaluates a map operand: (descriptor of its type, map pointer).
    fn map_operand(&mut self, m: &'p ir::Expr) -> CgResult<(Value, Value)> {
        let v = self.expr(m)?.one();
        let d = self.desc_value(DescKey::Type(m.ty))?;
        Ok((d, v))
    }

    /// Evaluates a key and returns its address. With `own_copy` the key is
    /// always copied (an assignment target's key must not change while the
    /// right-hand side is evaluated).
    fn key_addr(&mut self, key: &'p ir::Expr, own_copy: bool) -> CgResult<Value> {
        let v = self.expr(key)?;
        match v {
            Val::Mem(a) if !own_copy => Ok(a),
            v => {
                let a = self.temp(key.ty);
                self.store_val(a, key.ty, &v);
                Ok(a)
            }
        }
    }

    /// The element at `p` as a value of its own.
    fn copy_elem(&mut self, p: Value, elem: TypeId) -> Val {
        let v = self.load_val(p, elem);
        self.snapshot(v, elem)
    }

    /// The map expressions that produce one value (or none).
    pub fn map_expr(&mut self, e: &'p ir::Expr) -> CgResult<Val> {
        match &e.kind {
            IK::MapIndex { m, key, comma_ok: false } => {
                let (d, mv) = self.map_operand(m)?;
                let k = self.key_addr(key, false)?;
                let p = self.call_rt(rt::MAPACCESS1, &[d, mv, k])?[0];
                Ok(self.copy_elem(p, e.ty))
            }
            IK::MakeMap { site, hint } => {
                // Unsigned hints too large for an int turn negative, which
                // the runtime ignores (as gc does).
                let h = match hint {
                    Some(h) => self.index_value(h)?,
                    None => self.b.ins().iconst(types::I64, 0),
                };
                let d = self.desc_value(DescKey::Type(e.ty))?;
                Ok(Val::scalar(self.call_rt_at(Some(*site), rt::MAKEMAP, &[d, h])?[0]))
            }
            IK::MapLit { site, entries } => {
                let d = self.desc_value(DescKey::Type(e.ty))?;
                let n = self.b.ins().iconst(types::I64, entries.len() as i64);
                let mv = self.call_rt_at(Some(*site), rt::MAKEMAP, &[d, n])?[0];
                // As gc: the constant entries first, then each other entry
                // as if it were an assignment statement of its own (its
                // calls first, see order.rs).
                let is_static = |(k, v): &&'p (ir::Expr, ir::Expr)| constant_value(k) && constant_value(v);
                for (k, v) in entries.iter().filter(is_static) {
                    self.insert_entry(d, mv, k, v)?;
                }
                for (k, v) in entries.iter().filter(|e| !is_static(e)) {
                    self.order(k)?;
                    self.order(v)?;
                    self.insert_entry(d, mv, k, v)?;
                }
                Ok(Val::scalar(mv))
            }
            IK::MapDelete(m, key) => {
                let (d, mv) = self.map_operand(m)?;
                let k = self.key_addr(key, false)?;
                self.call_rt(rt::MAPDELETE, &[d, mv, k])?;
                Ok(Val::Flat(Vec::new()))
            }
            IK::Clear(x) => {
                if let TypeKind::Slice(elem) = self.md.types().under_kind(x.ty) {
                    let size = self.md.types().size_of(*elem);
                    let s = self.expr(x)?;
                    let (ptr, len) = (s.words()[0], s.words()[1]);
                    let bytes = self.b.ins().imul_imm_s(len, size as i64);
                    let zero = self.b.ins().iconst(types::I8, 0);
                    let config = self.md.m_config();
                    self.b.call_memset(config, ptr, zero, bytes);
                } else {
                    let (d, mv) = self.map_operand(x)?;
                    self.call_rt(rt::MAPCLEAR, &[d, mv])?;
                }
                Ok(Val::Flat(Vec::new()))
            }
            _ => Err("internal compiler error: not a map expression".into()),
        }
    }

    /// `m[k] = v` for a map literal's entry.
    fn insert_entry(&mut self, d: Value, m: Value, k: &'p ir::Expr, v: &'p ir::Expr) -> CgResult<()> {
        let ka = self.key_addr(k, false)?;
        let val = self.expr(v)?;
        self.store_map_elem(d, m, ka, v.ty, val)
    }

    /// `v, ok := m[k]`.
    pub fn map_index2(&mut self, m: &'p ir::Expr, key: &'p ir::Expr) -> CgResult<Vec<Val>> {
        let (_, elem) = self.map_types(m.ty)?;
        let (d, mv) = self.map_operand(m)?;
        let k = self.key_addr(key, false)?;
        let r = self.call_rt(rt::MAPACCESS2, &[d, mv, k])?;
        let v = self.copy_elem(r[0], elem);
        let ok = self.b.ins().ireduce(types::I8, r[1]);
        Ok(vec![v, Val::scalar(ok)])
    }

    /// `m[k]` as an assignment target: the map and key are evaluated now,
    /// the element's slot is made when the value is stored.
    pub fn map_place(&mut self, m: &'p ir::Expr, key: &'p ir::Expr) -> CgResult<Place> {
        let (desc, map) = self.map_operand(m)?;
        let key = self.key_addr(key, true)?;
        Ok(Place::MapElem { desc, map, key })
    }

    pub fn store_map_elem(&mut self, desc: Value, map: Value, key: Value, t: TypeId, v: Val) -> CgResult<()> {
        let p = self.call_rt(rt::MAPASSIGN, &[desc, map, key])?[0];
        self.store_val(p, t, &v);
        Ok(())
    }

    /// `len(m)`.
    pub fn map_len(&mut self, m: Value) -> CgResult<Val> {
        Ok(Val::scalar(self.call_rt(rt::MAPLEN, &[m])?[0]))
    }

    /// `for range m` (see `Stmt::RangeMap`): the iterator lives in the frame.
    pub fn range_map(
        &mut self,
        label: LabelId,
        m: &'p ir::Expr,
        key: Option<LocalId>,
        elem: Option<LocalId>,
        body: &'p [Stmt],
    ) -> CgResult<()> {
        let (kt, vt) = self.map_types(m.ty)?;
        let (d, mv) = self.map_operand(m)?;
        let size = std::mem::size_of::<abi::MapIter>() as u64;
        let it = self.temp_bytes(size, 8);
        self.call_rt(rt::MAPITERINIT, &[d, mv, it])?;
        let header = self.b.create_block();
        let body_blk = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let key_off = std::mem::offset_of!(abi::MapIter, key) as i32;
        let elem_off = std::mem::offset_of!(abi::MapIter, elem) as i32;
        let kp = self.b.ins().load(types::I64, MemFlagsData::trusted(), it, key_off);
        let done = self.b.ins().icmp_imm_s(IntCC::Equal, kp, 0);
        self.b.ins().brif(done, exit, &[], body_blk, &[]);
        self.b.switch_to_block(body_blk);
        if let Some(k) = key {
            let v = self.load_val(kp, kt);
            self.write_local(k, v)?;
        }
        if let Some(el) = elem {
            let ep = self.b.ins().load(types::I64, MemFlagsData::trusted(), it, elem_off);
            let v = self.load_val(ep, vt);
            self.write_local(el, v)?;
        }
        self.targets.insert(label, (exit, cont));
        self.stmts(body)?;
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        self.call_rt(rt::MAPITERNEXT, &[it])?;
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
        Ok(())
    }
}

/// gc's static composite literal: a constant, or a struct or array literal
/// of them (a value boxed into an interface is not one).
fn constant_value(e: &ir::Expr) -> bool {
    match &e.kind {
        IK::Const(_) | IK::Nil | IK::Zero => true,
        IK::Composite(elems) => elems.iter().all(|(_, v)| constant_value(v)),
        _ => false,
    }
}
