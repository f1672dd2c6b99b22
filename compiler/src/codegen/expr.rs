//! Lowering expressions: arithmetic with Go's semantics (wrapping integers,
//! panicking division, shifts by any count), comparisons, conversions,
//! calls, allocation sites, strings and interface boxing.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Type, Value};
use cranelift_module::{Linkage, Module};

use super::func::{block_args, CgResult, FnLower};
use super::repr::{repr, Repr, Val};
use super::rt;
use super::DescKey;
use crate::ir::{self, BinOp, Builtin, Callee, ExprKind as IK, RtFn, UnOp};
use crate::types::constant::Value as Const;
use crate::types::{Basic, TypeId, TypeKind};

impl<'m, 'p, 'f> FnLower<'m, 'p, 'f> {
    fn word_type(&self, t: TypeId) -> Type {
        match repr(self.md.types(), t) {
            Repr::Flat(parts) if !parts.is_empty() => parts[0].0,
            _ => types::I64,
        }
    }

    fn is_unsigned(&self, t: TypeId) -> bool {
        self.md.types().is_unsigned(t)
    }

    /// A single-valued expression.
    pub fn expr(&mut self, e: &'p ir::Expr) -> CgResult<Val> {
        if let Some(mut vals) = self.take_hoisted(e) {
            return Ok(if vals.is_empty() { Val::Flat(Vec::new()) } else { vals.swap_remove(0) });
        }
        match &e.kind {
            IK::Call(..)
            | IK::WithResults { .. }
            | IK::Inlined { .. }
            | IK::CallValue(..)
            | IK::CallIface { .. }
            | IK::TypeAssert { comma_ok: true, .. }
            | IK::MapIndex { comma_ok: true, .. } => {
                let mut vals = self.expr_multi(e)?;
                if vals.is_empty() {
                    return Ok(Val::Flat(Vec::new()));
                }
                Ok(vals.swap_remove(0))
            }
            IK::Const(c) => self.constant(c, e.ty),
            IK::Nil | IK::Zero => Ok(self.zero_words(e.ty)),
            IK::Local(l) => Ok(self.read_local(*l)),
            IK::Global(_) | IK::ExternVar(_) | IK::Deref(_) => {
                let a = self.addr_of(e)?;
                Ok(self.load_val(a, e.ty))
            }
            IK::FuncRef(_) | IK::Blank | IK::BoundMethod { .. } | IK::IfaceMethodRef { .. } => {
                Err(format!("internal compiler error: {:?} used as a value", e.kind))
            }
            IK::MethodValue { site, recv, func } => self.method_value(*site, recv, *func),
            IK::TypeAssert { x, comma_ok: false } => Ok(self.type_assert(x, e.ty, false)?.swap_remove(0)),
            IK::TypeIs { x, ty } => self.type_is(x, *ty),
            IK::FuncValue(f) => self.func_value(*f),
            IK::Closure { site, func } => self.closure(*site, *func),
            IK::Unary(op, x) => self.unary(*op, x, e.ty),
            IK::Binary(op, x, y) => self.binary(*op, x, y, e.ty),
            IK::AndAnd(x, y) | IK::OrOr(x, y) => {
                let is_and = matches!(e.kind, IK::AndAnd(..));
                let a = self.expr(x)?.one();
                let rhs = self.b.create_block();
                let join = self.b.create_block();
                self.b.append_block_param(join, types::I8);
                if is_and {
                    self.b.ins().brif(a, rhs, &[], join, &block_args(&[a]));
                } else {
                    self.b.ins().brif(a, join, &block_args(&[a]), rhs, &[]);
                }
                self.b.switch_to_block(rhs);
                let b = self.expr(y)?.one();
                self.b.ins().jump(join, &block_args(&[b]));
                self.b.switch_to_block(join);
                Ok(Val::scalar(self.b.block_params(join)[0]))
            }
            IK::Convert(x) => self.convert(x, e.ty),
            IK::AddrOf(x, _) => Ok(Val::scalar(self.addr_of(x)?)),
            IK::Field(x, i) => {
                let v = self.expr(x)?;
                let off = self.md.types().field_offsets(x.ty)[*i];
                let Val::Mem(a) = v else { return Err("internal compiler error: field of a flat value".into()) };
                let fa = self.b.ins().iadd_imm_s(a, off as i64);
                Ok(self.load_val(fa, e.ty))
            }
            IK::Index(x, i) => {
                if self.md.types().is_string(x.ty) {
                    let s = self.expr(x)?;
                    let (ptr, len) = (s.words()[0], s.words()[1]);
                    let idx = self.index_value(i)?;
                    self.bounds(super::slice::Bounds::Index, idx, len, !self.is_unsigned(i.ty))?;
                    let a = self.b.ins().iadd(ptr, idx);
                    let v = self.b.ins().load(types::I8, MemFlagsData::trusted(), a, 0);
                    return Ok(Val::scalar(v));
                }
                let a = self.addr_of(e)?;
                Ok(self.load_val(a, e.ty))
            }
            IK::Len(x) => self.len_cap(x, false),
            IK::Recv { .. } => Ok(self.expr_multi(e)?.remove(0)),
            IK::MakeChan(size) => self.make_chan(e, size.as_deref()),
            IK::MapIndex { .. } | IK::MakeMap { .. } | IK::MapLit { .. } | IK::MapDelete(..) | IK::Clear(_) => {
                self.map_expr(e)
            }
            IK::SliceLit { .. }
            | IK::MakeSlice { .. }
            | IK::SliceOf { .. }
            | IK::Append { .. }
            | IK::AppendSlice { .. }
            | IK::Copy(..)
            | IK::StrConv { .. }
            | IK::Cap(_) => self.slice_expr(e),
            IK::New(site) => {
                let t = self.md.prog.sites[site.index()].ty;
                let (size, align) = self.md.types().layout(t);
                Ok(Val::scalar(self.alloc(Some(*site), DescKey::Type(t), size, align)?))
            }
            IK::Composite(_) => {
                let a = self.temp(e.ty);
                self.build_into(a, e)?;
                Ok(Val::Mem(a))
            }
            IK::AddrLit(site, lit) => {
                let t = lit.ty;
                let (size, align) = self.md.types().layout(t);
                let p = self.alloc(Some(*site), DescKey::Type(t), size, align)?;
                self.build_into(p, lit)?;
                Ok(Val::scalar(p))
            }
            IK::Concat(site, parts) => {
                let n = parts.len() as u64;
                let tmp = self.stack_buf(*site, 32);
                let buf = self.temp_bytes(16 * n, 8);
                for (i, p) in parts.iter().enumerate() {
                    let v = self.expr(p)?;
                    self.b.ins().store(MemFlagsData::trusted(), v.words()[0], buf, (16 * i) as i32);
                    self.b.ins().store(MemFlagsData::trusted(), v.words()[1], buf, (16 * i + 8) as i32);
                }
                let nv = self.b.ins().iconst(types::I64, n as i64);
                let r = self.call_rt_at(Some(*site), rt::CONCAT, &[tmp, buf, nv])?;
                Ok(Val::Flat(r))
            }
            IK::ToIface(site, x) => self.box_iface(*site, x, e.ty),
            IK::VarArgs(site, items) => {
                let n = items.len() as u64;
                if n == 0 {
                    return Ok(self.zero_words(e.ty));
                }
                let elem = self.md.elem_of(e.ty);
                let (es, ea) = self.md.types().layout(elem);
                let arr = self.alloc(Some(*site), DescKey::Array(n, elem), es * n, ea)?;
                for (i, it) in items.iter().enumerate() {
                    let v = self.expr(it)?;
                    let a = self.b.ins().iadd_imm_s(arr, (es * i as u64) as i64);
                    self.store_val(a, elem, &v);
                }
                let nv = self.b.ins().iconst(types::I64, n as i64);
                Ok(Val::Flat(vec![arr, nv, nv]))
            }
            IK::MinMax(is_max, ops) => {
                let mut acc = self.expr(&ops[0])?;
                for o in &ops[1..] {
                    let v = self.expr(o)?;
                    acc = self.min_max(*is_max, acc, v, e.ty)?;
                }
                Ok(acc)
            }
        }
    }

    /// An expression with any number of results (calls), one `Val` each.
    pub fn expr_multi(&mut self, e: &'p ir::Expr) -> CgResult<Vec<Val>> {
        if let Some(vals) = self.take_hoisted(e) {
            return Ok(vals);
        }
        match &e.kind {
            IK::Call(callee, args) => self.call(*callee, args, e),
            IK::CallValue(f, args) => self.call_value(f, args),
            IK::CallIface { recv, index, args } => self.call_iface(recv, *index, args),
            IK::TypeAssert { x, comma_ok: true } => {
                let to = match self.md.types().kind(e.ty) {
                    TypeKind::Tuple(ts) => ts[0],
                    _ => e.ty,
                };
                self.type_assert(x, to, true)
            }
            IK::MapIndex { m, key, comma_ok: true } => self.map_index2(m, key),
            IK::Recv { ch, comma_ok } => self.recv(e, ch, *comma_ok),
            IK::WithResults { call, temps, body } => {
                let vals = self.expr_multi(call)?;
                for (t, v) in temps.iter().zip(vals) {
                    self.write_local(*t, v)?;
                }
                self.expr_multi(body)
            }
            IK::Inlined { label, body, results, .. } => self.inlined(*label, body, results),
            _ => Ok(vec![self.expr(e)?]),
        }
    }

    /// The address of an addressable expression.
    pub fn addr_of(&mut self, e: &'p ir::Expr) -> CgResult<Value> {
        match &e.kind {
            IK::Local(l) => match self.local_addr(*l) {
                Some(a) => Ok(a),
                None => Err("internal compiler error: address of a register variable".into()),
            },
            IK::Global(g) => {
                let id = self.md_global(*g);
                let gv = self.md.m.declare_data_in_func(id, self.b.func);
                Ok(self.b.ins().symbol_value(types::I64, gv))
            }
            IK::ExternVar(ext) => {
                let symbol = &self.md.prog.externs[ext.0 as usize];
                let id = self.md.m.declare_data(symbol, Linkage::Import, true, false).map_err(|e| e.to_string())?;
                let gv = self.md.m.declare_data_in_func(id, self.b.func);
                Ok(self.b.ins().symbol_value(types::I64, gv))
            }
            IK::Deref(p) => {
                let v = self.expr(p)?.one();
                self.nil_check(v)?;
                Ok(v)
            }
            IK::Field(x, i) => {
                let base = self.addr_of(x)?;
                let off = self.md.types().field_offsets(x.ty)[*i];
                Ok(self.b.ins().iadd_imm_s(base, off as i64))
            }
            IK::Index(x, i) => {
                let (n, elem) = match self.md.types().under_kind(x.ty) {
                    TypeKind::Array(n, el) => (*n, *el),
                    TypeKind::Slice(_) => return self.slice_elem_addr(x, i),
                    _ => return Err("internal compiler error: index of a non-array".into()),
                };
                let base = self.addr_of(x)?;
                let idx = self.index_value(i)?;
                let len = self.b.ins().iconst(types::I64, n as i64);
                self.bounds(super::slice::Bounds::Index, idx, len, !self.is_unsigned(i.ty))?;
                let es = self.md.types().size_of(elem);
                let off = self.b.ins().imul_imm_s(idx, es as i64);
                Ok(self.b.ins().iadd(base, off))
            }
            _ => {
                // A value without a home (a call's aggregate result): its temporary.
                match self.expr(e)? {
                    Val::Mem(a) => Ok(a),
                    v => {
                        let a = self.temp(e.ty);
                        self.store_val(a, e.ty, &v);
                        Ok(a)
                    }
                }
            }
        }
    }

    fn md_global(&self, g: ir::GlobalId) -> cranelift_module::DataId {
        self.md.global_data(g)
    }

    /// An index operand as a 64-bit integer (sign- or zero-extended).
    pub fn index_value(&mut self, i: &'p ir::Expr) -> CgResult<Value> {
        let v = self.expr(i)?.one();
        Ok(self.extend_to_i64(v, i.ty))
    }

    pub fn extend_to_i64(&mut self, v: Value, t: TypeId) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        if ty == types::I64 {
            return v;
        }
        if self.is_unsigned(t) {
            self.b.ins().uextend(types::I64, v)
        } else {
            self.b.ins().sextend(types::I64, v)
        }
    }

    fn constant(&mut self, c: &Const, t: TypeId) -> CgResult<Val> {
        let ty = self.word_type(t);
        Ok(match c {
            Const::Bool(b) => Val::scalar(self.b.ins().iconst(types::I8, *b as i64)),
            Const::String(s) => {
                if s.is_empty() {
                    let z = self.b.ins().iconst(types::I64, 0);
                    return Ok(Val::Flat(vec![z, z]));
                }
                let id = self.md.string_data(s)?;
                let gv = self.md.m.declare_data_in_func(id, self.b.func);
                let p = self.b.ins().symbol_value(types::I64, gv);
                let n = self.b.ins().iconst(types::I64, s.len() as i64);
                Val::Flat(vec![p, n])
            }
            Const::Int(_) | Const::Float(_) => {
                if ty == types::F64 {
                    Val::scalar(self.b.ins().f64const(c.to_f64()))
                } else if ty == types::F32 {
                    Val::scalar(self.b.ins().f32const(c.to_f64() as f32))
                } else {
                    let bits = c.to_u64_wrapping() as i64;
                    let v = if ty == types::I64 { bits } else { bits & ((1i64 << ty.bits()) - 1) };
                    Val::scalar(self.b.ins().iconst(ty, v))
                }
            }
        })
    }

    fn unary(&mut self, op: UnOp, x: &'p ir::Expr, t: TypeId) -> CgResult<Val> {
        let v = self.expr(x)?.one();
        let is_float = self.md.types().is_float(t);
        Ok(Val::scalar(match op {
            UnOp::Neg if is_float => self.b.ins().fneg(v),
            UnOp::Neg => self.b.ins().ineg(v),
            UnOp::Not => self.b.ins().bxor_imm_s(v, 1),
            UnOp::BitNot => self.b.ins().bnot(v),
        }))
    }

    fn binary(&mut self, op: BinOp, x: &'p ir::Expr, y: &'p ir::Expr, t: TypeId) -> CgResult<Val> {
        if op.is_comparison() {
            let a = self.expr(x)?;
            let b = self.expr(y)?;
            return Ok(Val::scalar(self.compare(op, a, b, x.ty)?));
        }
        let a = self.expr(x)?.one();
        let b = self.expr(y)?.one();
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return Ok(Val::scalar(self.shift(op, a, b, t, y.ty)?));
        }
        if self.md.types().is_float(t) {
            return Ok(Val::scalar(match op {
                BinOp::Add => self.b.ins().fadd(a, b),
                BinOp::Sub => self.b.ins().fsub(a, b),
                BinOp::Mul => self.b.ins().fmul(a, b),
                BinOp::Div => self.b.ins().fdiv(a, b),
                _ => return Err(format!("internal compiler error: float operator {op:?}")),
            }));
        }
        let unsigned = self.is_unsigned(t);
        Ok(Val::scalar(match op {
            BinOp::Add => self.b.ins().iadd(a, b),
            BinOp::Sub => self.b.ins().isub(a, b),
            BinOp::Mul => self.b.ins().imul(a, b),
            BinOp::Div | BinOp::Rem => self.int_div(op, a, b, unsigned)?,
            BinOp::And => self.b.ins().band(a, b),
            BinOp::Or => self.b.ins().bor(a, b),
            BinOp::Xor => self.b.ins().bxor(a, b),
            BinOp::AndNot => self.b.ins().band_not(a, b),
            _ => return Err(format!("internal compiler error: operator {op:?}")),
        }))
    }

    /// Integer division: panics on zero; `MinInt / -1` wraps as in Go
    /// (the machine instruction would trap).
    fn int_div(&mut self, op: BinOp, a: Value, b: Value, unsigned: bool) -> CgResult<Value> {
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
        self.check(zero, rt::PANIC_DIVIDE, &[])?;
        if unsigned {
            return Ok(if op == BinOp::Div { self.b.ins().udiv(a, b) } else { self.b.ins().urem(a, b) });
        }
        let ty = self.b.func.dfg.value_type(a);
        let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
        let special = self.b.create_block();
        let normal = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, ty);
        self.b.ins().brif(minus_one, special, &[], normal, &[]);
        self.b.switch_to_block(special);
        let s = if op == BinOp::Div { self.b.ins().ineg(a) } else { self.b.ins().iconst(ty, 0) };
        self.b.ins().jump(join, &block_args(&[s]));
        self.b.switch_to_block(normal);
        let n = if op == BinOp::Div { self.b.ins().sdiv(a, b) } else { self.b.ins().srem(a, b) };
        self.b.ins().jump(join, &block_args(&[n]));
        self.b.switch_to_block(join);
        Ok(self.b.block_params(join)[0])
    }

    /// Shifts by any count: counts at or beyond the width give 0 (or the
    /// sign for signed right shifts); negative signed counts panic.
    fn shift(&mut self, op: BinOp, a: Value, count: Value, t: TypeId, count_t: TypeId) -> CgResult<Value> {
        let ty = self.b.func.dfg.value_type(a);
        let c = self.extend_to_i64(count, count_t);
        if !self.is_unsigned(count_t) {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, c, 0);
            self.check(neg, rt::PANIC_SHIFT, &[])?;
        }
        let width = ty.bits() as i64;
        let big = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, c, width);
        let shifted = match op {
            BinOp::Shl => self.b.ins().ishl(a, c),
            _ if self.is_unsigned(t) => self.b.ins().ushr(a, c),
            _ => self.b.ins().sshr(a, c),
        };
        let overflow = match op {
            BinOp::Shr if !self.is_unsigned(t) => self.b.ins().sshr_imm_s(a, width - 1),
            _ => self.b.ins().iconst(ty, 0),
        };
        Ok(self.b.ins().select(big, overflow, shifted))
    }

    /// `a op b` for operands of type `t`: an i8 0 or 1.
    fn compare(&mut self, op: BinOp, a: Val, b: Val, t: TypeId) -> CgResult<Value> {
        let types = self.md.types();
        if types.is_string(t) {
            let (ap, al, bp, bl) = (a.words()[0], a.words()[1], b.words()[0], b.words()[1]);
            if matches!(op, BinOp::Eq | BinOp::Ne) {
                let eq = self.string_eq(ap, al, bp, bl)?;
                return Ok(if op == BinOp::Eq { eq } else { self.b.ins().bxor_imm_s(eq, 1) });
            }
            let c = self.call_rt(rt::CMPSTRING, &[ap, al, bp, bl])?[0];
            let cc = match op {
                BinOp::Lt => IntCC::SignedLessThan,
                BinOp::Le => IntCC::SignedLessThanOrEqual,
                BinOp::Gt => IntCC::SignedGreaterThan,
                _ => IntCC::SignedGreaterThanOrEqual,
            };
            return Ok(self.b.ins().icmp_imm_s(cc, c, 0));
        }
        if types.is_float(t) {
            let cc = match op {
                BinOp::Eq => FloatCC::Equal,
                BinOp::Ne => FloatCC::NotEqual,
                BinOp::Lt => FloatCC::LessThan,
                BinOp::Le => FloatCC::LessThanOrEqual,
                BinOp::Gt => FloatCC::GreaterThan,
                _ => FloatCC::GreaterThanOrEqual,
            };
            return Ok(self.b.ins().fcmp(cc, a.one(), b.one()));
        }
        if matches!(op, BinOp::Eq | BinOp::Ne) {
            let eq = self.equal(a, b, t)?;
            return Ok(if op == BinOp::Eq { eq } else { self.b.ins().bxor_imm_s(eq, 1) });
        }
        let unsigned = types.is_unsigned(t);
        let cc = match (op, unsigned) {
            (BinOp::Lt, false) => IntCC::SignedLessThan,
            (BinOp::Le, false) => IntCC::SignedLessThanOrEqual,
            (BinOp::Gt, false) => IntCC::SignedGreaterThan,
            (BinOp::Ge, false) => IntCC::SignedGreaterThanOrEqual,
            (BinOp::Lt, true) => IntCC::UnsignedLessThan,
            (BinOp::Le, true) => IntCC::UnsignedLessThanOrEqual,
            (BinOp::Gt, true) => IntCC::UnsignedGreaterThan,
            _ => IntCC::UnsignedGreaterThanOrEqual,
        };
        Ok(self.b.ins().icmp(cc, a.one(), b.one()))
    }

    fn string_eq(&mut self, ap: Value, al: Value, bp: Value, bl: Value) -> CgResult<Value> {
        let same_len = self.b.ins().icmp(IntCC::Equal, al, bl);
        let cmp = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I8);
        self.b.ins().brif(same_len, cmp, &[], join, &block_args(&[same_len]));
        self.b.switch_to_block(cmp);
        let eq = self.call_rt(rt::MEMEQUAL, &[ap, bp, al])?[0];
        self.b.ins().jump(join, &block_args(&[eq]));
        self.b.switch_to_block(join);
        Ok(self.b.block_params(join)[0])
    }

    /// Go's `==` on values of type `t` (comparable): field by field.
    fn equal(&mut self, a: Val, b: Val, t: TypeId) -> CgResult<Value> {
        let types = self.md.types();
        match types.under_kind(t).clone() {
            TypeKind::Basic(Basic::String) => {
                let (aw, bw) = (a.words().to_vec(), b.words().to_vec());
                self.string_eq(aw[0], aw[1], bw[0], bw[1])
            }
            TypeKind::Basic(bk) if bk.canonical().is_float() => Ok(self.b.ins().fcmp(FloatCC::Equal, a.one(), b.one())),
            TypeKind::Interface(_) => self.iface_equal(&a, &b, t),
            TypeKind::Struct(fields) => {
                let (Val::Mem(pa), Val::Mem(pb)) = (a, b) else {
                    return Err("internal compiler error: struct in registers".into());
                };
                let offs = types.field_offsets(t);
                let mut acc = self.b.ins().iconst(types::I8, 1);
                for (f, off) in fields.iter().zip(offs) {
                    if f.name == "_" {
                        continue;
                    }
                    let fa = self.b.ins().iadd_imm_s(pa, off as i64);
                    let fb = self.b.ins().iadd_imm_s(pb, off as i64);
                    let va = self.load_val(fa, f.typ);
                    let vb = self.load_val(fb, f.typ);
                    let e = self.equal(va, vb, f.typ)?;
                    acc = self.b.ins().band(acc, e);
                }
                Ok(acc)
            }
            TypeKind::Array(n, elem) => {
                let (Val::Mem(pa), Val::Mem(pb)) = (a, b) else {
                    return Err("internal compiler error: array in registers".into());
                };
                let es = types.size_of(elem) as i64;
                if n <= 8 {
                    let mut acc = self.b.ins().iconst(types::I8, 1);
                    for i in 0..n as i64 {
                        let ea = self.b.ins().iadd_imm_s(pa, i * es);
                        let eb = self.b.ins().iadd_imm_s(pb, i * es);
                        let va = self.load_val(ea, elem);
                        let vb = self.load_val(eb, elem);
                        let e = self.equal(va, vb, elem)?;
                        acc = self.b.ins().band(acc, e);
                    }
                    return Ok(acc);
                }
                // A loop over the elements, stopping at the first difference.
                let header = self.b.create_block();
                let body = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(header, types::I64);
                self.b.append_block_param(done, types::I8);
                let zero = self.b.ins().iconst(types::I64, 0);
                self.b.ins().jump(header, &block_args(&[zero]));
                self.b.switch_to_block(header);
                let i = self.b.block_params(header)[0];
                let more = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, n as i64);
                let t1 = self.b.ins().iconst(types::I8, 1);
                self.b.ins().brif(more, body, &[], done, &block_args(&[t1]));
                self.b.switch_to_block(body);
                let off = self.b.ins().imul_imm_s(i, es);
                let ea = self.b.ins().iadd(pa, off);
                let eb = self.b.ins().iadd(pb, off);
                let va = self.load_val(ea, elem);
                let vb = self.load_val(eb, elem);
                let e = self.equal(va, vb, elem)?;
                let next = self.b.ins().iadd_imm_s(i, 1);
                let f0 = self.b.ins().iconst(types::I8, 0);
                self.b.ins().brif(e, header, &block_args(&[next]), done, &block_args(&[f0]));
                self.b.switch_to_block(done);
                Ok(self.b.block_params(done)[0])
            }
            _ => Ok(self.b.ins().icmp(IntCC::Equal, a.one(), b.one())),
        }
    }

    fn min_max(&mut self, is_max: bool, a: Val, b: Val, t: TypeId) -> CgResult<Val> {
        let types = self.md.types();
        if types.is_float(t) {
            // Cranelift's fmin/fmax follow IEEE 754-2019, as Go's min/max:
            // NaN wins, and -0 is less than +0.
            let r = if is_max { self.b.ins().fmax(a.one(), b.one()) } else { self.b.ins().fmin(a.one(), b.one()) };
            return Ok(Val::scalar(r));
        }
        let op = if is_max { BinOp::Gt } else { BinOp::Lt };
        let b_wins = self.compare(op, b.clone(), a.clone(), t)?;
        let words: Vec<Value> =
            a.words().iter().zip(b.words()).map(|(x, y)| self.b.ins().select(b_wins, *y, *x)).collect();
        Ok(Val::Flat(words))
    }

    fn convert(&mut self, x: &'p ir::Expr, to: TypeId) -> CgResult<Val> {
        let from = x.ty;
        let v = self.expr(x)?;
        let types = self.md.types();
        let (fb, tb) = (types.basic(from), types.basic(to));
        match (fb, tb) {
            (Some(f), Some(t)) if f.is_integer() && t.is_integer() => {
                let (fw, tw) = (f.size(), t.size());
                let tty = self.word_type(to);
                let r = if tw > fw {
                    if f.is_unsigned() {
                        self.b.ins().uextend(tty, v.one())
                    } else {
                        self.b.ins().sextend(tty, v.one())
                    }
                } else if tw < fw {
                    self.b.ins().ireduce(tty, v.one())
                } else {
                    v.one()
                };
                Ok(Val::scalar(r))
            }
            (Some(f), Some(t)) if f.is_integer() && t.is_float() => {
                let i = self.extend_to_i64(v.one(), from);
                let fty = self.word_type(to);
                let r = if f.is_unsigned() {
                    self.b.ins().fcvt_from_uint(fty, i)
                } else {
                    self.b.ins().fcvt_from_sint(fty, i)
                };
                Ok(Val::scalar(r))
            }
            (Some(f), Some(t)) if f.is_float() && t.is_integer() => {
                let tty = self.word_type(to);
                let wide = if t == Basic::Uint64 || t == Basic::Uint || t == Basic::Uintptr {
                    self.b.ins().fcvt_to_uint_sat(types::I64, v.one())
                } else {
                    self.b.ins().fcvt_to_sint_sat(types::I64, v.one())
                };
                let r = if tty == types::I64 { wide } else { self.b.ins().ireduce(tty, wide) };
                Ok(Val::scalar(r))
            }
            (Some(Basic::Float32), Some(Basic::Float64)) => Ok(Val::scalar(self.b.ins().fpromote(types::F64, v.one()))),
            (Some(Basic::Float64), Some(Basic::Float32)) => Ok(Val::scalar(self.b.ins().fdemote(types::F32, v.one()))),
            _ if types.is_interface(from) && types.is_interface(to) => self.iface_to_iface(v, from, to),
            _ if matches!(types.under_kind(from), TypeKind::Slice(_))
                && !matches!(types.under_kind(to), TypeKind::Slice(_)) =>
            {
                // To an array or a pointer to one: the slice must be long enough.
                let (is_ptr, arr) = match types.under_kind(to) {
                    TypeKind::Pointer(p) => (true, *p),
                    _ => (false, to),
                };
                let n = match types.under_kind(arr) {
                    TypeKind::Array(n, _) => *n,
                    _ => 0,
                };
                let (ptr, len) = (v.words()[0], v.words()[1]);
                let nv = self.b.ins().iconst(types::I64, n as i64);
                self.bounds(super::slice::Bounds::Convert, nv, len, true)?;
                Ok(if is_ptr { Val::scalar(ptr) } else { Val::Mem(ptr) })
            }
            // Same representation: named and unnamed types, pointers.
            _ => Ok(v),
        }
    }

    /// Writes a composite literal's elements into zeroed memory at `addr`.
    fn build_into(&mut self, addr: Value, lit: &'p ir::Expr) -> CgResult<()> {
        let IK::Composite(elems) = &lit.kind else {
            let v = self.expr(lit)?;
            self.store_val(addr, lit.ty, &v);
            return Ok(());
        };
        let types = self.md.types();
        let offsets: Vec<u64> = match types.under_kind(lit.ty) {
            TypeKind::Struct(_) => types.field_offsets(lit.ty),
            _ => Vec::new(),
        };
        let elem_size = match types.under_kind(lit.ty) {
            TypeKind::Array(_, e) => types.size_of(*e),
            _ => 0,
        };
        for (idx, v) in elems {
            let off = if offsets.is_empty() { idx * elem_size } else { offsets[*idx as usize] };
            let a = self.b.ins().iadd_imm_s(addr, off as i64);
            if let IK::Composite(_) = v.kind {
                self.build_into(a, v)?;
            } else {
                let val = self.expr(v)?;
                self.store_val(a, v.ty, &val);
            }
        }
        Ok(())
    }

    /// The address of a type descriptor.
    pub fn desc_value(&mut self, key: DescKey) -> CgResult<Value> {
        let desc = self.md.descriptor(key)?;
        let gv = self.md.m.declare_data_in_func(desc, self.b.func);
        Ok(self.b.ins().symbol_value(types::I64, gv))
    }

    /// A constant's bytes as a read-only object.
    pub fn const_data(&mut self, c: &Const, t: TypeId) -> CgResult<Option<cranelift_module::DataId>> {
        let types = self.md.types();
        let Some(b) = types.basic(t) else { return Ok(None) };
        let size = types.size_of(t) as usize;
        let (bytes, relocs) = match c {
            Const::Bool(v) => (vec![*v as u8], Vec::new()),
            Const::String(s) => {
                let mut bytes = vec![0u8; 16];
                bytes[8..].copy_from_slice(&(s.len() as u64).to_le_bytes());
                let relocs = if s.is_empty() { Vec::new() } else { vec![(0u32, self.md.string_data(s)?)] };
                (bytes, relocs)
            }
            _ if b == Basic::Float64 => (c.to_f64().to_le_bytes().to_vec(), Vec::new()),
            _ if b == Basic::Float32 => ((c.to_f64() as f32).to_le_bytes().to_vec(), Vec::new()),
            _ if b.is_integer() => (c.to_u64_wrapping().to_le_bytes()[..size].to_vec(), Vec::new()),
            _ => return Ok(None),
        };
        Ok(Some(self.md.anon_data(&bytes, 8, relocs)?))
    }

    fn call(&mut self, callee: Callee, args: &'p [ir::Expr], e: &'p ir::Expr) -> CgResult<Vec<Val>> {
        match callee {
            Callee::Func(fid) => self.call_go(fid, args),
            Callee::Extern(ext) => self.call_extern(ext, args, e.ty),
            Callee::Builtin(Builtin::Panic) => {
                let v = self.expr(&args[0])?;
                self.call_rt_noreturn(rt::GOPANIC, &[v.words()[0], v.words()[1]])?;
                Ok(Vec::new())
            }
            Callee::Builtin(Builtin::Close) => {
                self.close_chan(&args[0])?;
                Ok(Vec::new())
            }
            Callee::Builtin(Builtin::Recover) => {
                let (_, caller) = self.frame_pointers();
                Ok(vec![Val::Flat(self.call_rt(rt::GORECOVER, &[caller])?)])
            }
            Callee::Builtin(Builtin::Print | Builtin::Println) => {
                let ln = matches!(callee, Callee::Builtin(Builtin::Println));
                for (i, a) in args.iter().enumerate() {
                    if ln && i > 0 {
                        self.call_rt(rt::PRINTSP, &[])?;
                    }
                    let v = self.expr(a)?;
                    self.print_value(v, a.ty)?;
                }
                if ln {
                    self.call_rt(rt::PRINTNL, &[])?;
                }
                self.call_rt(rt::PRINTFLUSH, &[])?;
                Ok(Vec::new())
            }
            Callee::Runtime(RtFn::CheckIfaceNotNil) => {
                let i = self.expr(&args[0])?;
                self.nil_check(i.words()[0])?;
                Ok(Vec::new())
            }
            Callee::Runtime(RtFn::DecodeRune) => {
                let s = self.expr(&args[0])?;
                let i = self.expr(&args[1])?.one();
                let r = self.call_rt(rt::DECODERUNE, &[s.words()[0], s.words()[1], i])?;
                let rune = self.b.ins().ireduce(types::I32, r[0]);
                let _ = e;
                Ok(vec![Val::scalar(rune), Val::scalar(r[1])])
            }
        }
    }

    /// The builtin `print` of one value.
    fn print_value(&mut self, v: Val, t: TypeId) -> CgResult<()> {
        let types = self.md.types();
        match types.under_kind(t) {
            TypeKind::Basic(b) => match b.canonical() {
                Basic::Bool => {
                    self.call_rt(rt::PRINTBOOL, &[v.one()])?;
                }
                Basic::Float64 => {
                    self.call_rt(rt::PRINTFLOAT, &[v.one()])?;
                }
                Basic::Float32 => {
                    self.call_rt(rt::PRINTFLOAT32, &[v.one()])?;
                }
                Basic::String => {
                    self.call_rt(rt::PRINTSTRING, &[v.words()[0], v.words()[1]])?;
                }
                bk if bk.is_integer() => {
                    let i = self.extend_to_i64(v.one(), t);
                    let f = if bk.is_unsigned() { rt::PRINTUINT } else { rt::PRINTINT };
                    self.call_rt(f, &[i])?;
                }
                _ => {
                    self.call_rt(rt::PRINTPOINTER, &[v.one()])?;
                }
            },
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func { .. } => {
                self.call_rt(rt::PRINTPOINTER, &[v.one()])?;
            }
            _ => {
                return Err(format!(
                    "printing values of type {} with print is not supported by cranego",
                    types.type_string(t)
                ))
            }
        }
        Ok(())
    }

    /// A direct call of a Go function.
    fn call_go(&mut self, fid: ir::FuncId, args: &'p [ir::Expr]) -> CgResult<Vec<Val>> {
        let callee = &self.md.prog.funcs[fid.index()];
        let results: Vec<TypeId> = callee.results.iter().map(|&r| callee.local(r).ty).collect();
        let (argv, result_mem) = self.call_args(&results, args)?;
        let id = self.md.func_id(fid);
        let r = self.func_ref(id);
        let inst = self.b.ins().call(r, &argv);
        let words = self.b.inst_results(inst).to_vec();
        Ok(self.call_results(&results, &result_mem, &words))
    }

    /// An inlined call: its statements, then its result variables. The
    /// calls of the enclosing statement already evaluated (`hoisted`) are
    /// set aside while the body's own statements order theirs.
    fn inlined(&mut self, label: ir::LabelId, body: &'p [ir::Stmt], results: &[ir::LocalId]) -> CgResult<Vec<Val>> {
        let outer = std::mem::take(&mut self.hoisted);
        let done = self.b.create_block();
        self.targets.insert(label, (done, done));
        self.stmts(body)?;
        self.jump_if_reachable(done);
        self.enter_sealed(done);
        self.hoisted = outer;
        Ok(results.iter().map(|r| self.read_local(*r)).collect())
    }
}
