//! Interfaces in generated code: boxing values, conversions between
//! interface types, method calls through itabs, type assertions, type
//! switch tests and `==`.
//!
//! An empty interface is `{type, data}`, a non-empty one `{itab, data}`
//! (runtime/src/abi.rs). Itabs for conversions the compiler sees are static
//! data (`DescKey::Itab`); conversions decided at run time (assertions to
//! interface types) ask the runtime's `cranego_getitab`, so two itabs for
//! one pair may exist: code compares dynamic types, never itab addresses.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use cranelift_module::Module;

use super::func::{block_args, CgResult, FnLower};
use super::repr::{repr, Repr, Val};
use super::rt;
use super::DescKey;
use crate::ir::{self, ExprKind as IK};
use crate::types::{TypeId, Types};

/// Byte offset of `Itab.typ` and of `Itab.fun[0]`.
const ITAB_TYP: i32 = 8;
const ITAB_FUN: i32 = 16;

impl<'m, 'p, 'f> FnLower<'m, 'p, 'f> {
    fn is_empty_iface(&self, t: TypeId) -> bool {
        self.md.types().iface_methods(t).is_empty()
    }

    /// The first word of an interface holding a `t`, for interface type
    /// `iface`: the type descriptor, or the itab.
    fn iface_word(&mut self, t: TypeId, iface: TypeId) -> CgResult<Value> {
        if self.is_empty_iface(iface) {
            self.desc_value(DescKey::Type(t))
        } else {
            self.desc_value(DescKey::Itab(iface, t))
        }
    }

    /// Boxes a non-interface value into interface type `iface`.
    pub fn box_iface(&mut self, site: ir::SiteId, x: &'p ir::Expr, iface: TypeId) -> CgResult<Val> {
        let t = x.ty;
        let word = self.iface_word(t, iface)?;
        let types = self.md.types();
        if types.is_direct_iface(t) {
            let data = match self.expr(x)? {
                Val::Mem(a) => self.b.ins().load(types::I64, MemFlagsData::trusted(), a, 0),
                v => v.one(),
            };
            return Ok(Val::Flat(vec![word, data]));
        }
        // Constants live in read-only data: boxing them allocates nothing
        // (as in gc), also when the analysis found the operand constant.
        let known = match &x.kind {
            IK::Const(c) => Some(c),
            _ => self.md.esc.site_consts.get(&site),
        };
        if let Some(c) = known {
            if let Some(id) = self.const_data(c, t)? {
                let gv = self.md.m.declare_data_in_func(id, self.b.func);
                let data = self.b.ins().symbol_value(types::I64, gv);
                return Ok(Val::Flat(vec![word, data]));
            }
        }
        let (size, align) = types.layout(t);
        // A zero value shares a read-only zero block (gc's `zeroVal`).
        let zero_lit = matches!(&x.kind, IK::Zero) || matches!(&x.kind, IK::Composite(e) if e.is_empty());
        if zero_lit && size <= 1024 {
            let p = self.zero_object(size)?;
            return Ok(Val::Flat(vec![word, p]));
        }
        let v = self.expr(x)?;
        if self.md.esc.site_on_heap(site) {
            if let Some(p) = self.small_box(site, t, &v)? {
                return Ok(Val::Flat(vec![word, p]));
            }
        }
        let p = self.alloc(Some(site), DescKey::Type(t), size, align)?;
        self.store_val(p, t, &v);
        Ok(Val::Flat(vec![word, p]))
    }

    /// The address of `size` read-only zero bytes (shared).
    pub fn zero_object(&mut self, size: u64) -> CgResult<Value> {
        let id = self.md.zero_data(size.max(1))?;
        let gv = self.md.m.declare_data_in_func(id, self.b.func);
        Ok(self.b.ins().symbol_value(types::I64, gv))
    }

    /// gc's boxing without `mallocgc` where it has one (walk's `dataWord`):
    /// one-byte values and small numbers point into a static table, empty
    /// strings and nil slices to a shared zero value.
    fn small_box(&mut self, site: ir::SiteId, t: TypeId, v: &Val) -> CgResult<Option<Value>> {
        let types = self.md.types();
        let (size, _) = types.layout(t);
        let flat = match v {
            Val::Flat(w) => w.clone(),
            Val::Mem(_) => return Ok(None),
        };
        let p = match crate::codegen::repr::repr(types, t) {
            _ if types.is_string(t) => self.call_rt_at(Some(site), rt::CONVTSTRING, &flat)?[0],
            _ if matches!(types.under_kind(t), crate::types::TypeKind::Slice(_)) => {
                self.call_rt_at(Some(site), rt::CONVTSLICE, &flat)?[0]
            }
            _ if types.has_pointers(t) || flat.len() != 1 => return Ok(None),
            _ if size == 1 => self.call_rt_at(Some(site), rt::CONVT8, &flat)?[0],
            _ if matches!(size, 2 | 4 | 8) => {
                let w = flat[0];
                let ty = self.b.func.dfg.value_type(w);
                let bits = if ty == types::F64 {
                    self.b.ins().bitcast(types::I64, MemFlagsData::new(), w)
                } else if ty == types::F32 {
                    let i = self.b.ins().bitcast(types::I32, MemFlagsData::new(), w);
                    self.b.ins().uextend(types::I64, i)
                } else if ty == types::I64 {
                    w
                } else {
                    self.b.ins().uextend(types::I64, w)
                };
                let n = self.b.ins().iconst(types::I64, size as i64);
                self.call_rt_at(Some(site), rt::CONVT, &[bits, n])?[0]
            }
            _ => return Ok(None),
        };
        Ok(Some(p))
    }

    /// The dynamic type of interface value `v` of type `t` (null if nil).
    pub fn dyn_type(&mut self, v: &Val, t: TypeId) -> Value {
        let first = v.words()[0];
        if self.is_empty_iface(t) {
            return first;
        }
        self.load_if_nonnull(first, ITAB_TYP)
    }

    /// `p == 0 ? 0 : *(p + off)`.
    fn load_if_nonnull(&mut self, p: Value, off: i32) -> Value {
        let load = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(p, load, &[], join, &block_args(&[p]));
        self.b.switch_to_block(load);
        let v = self.b.ins().load(types::I64, MemFlagsData::trusted(), p, off);
        self.b.ins().jump(join, &block_args(&[v]));
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// An interface value of type `from` as interface type `to` (statically
    /// known to succeed: `to`'s methods are a subset of `from`'s).
    pub fn iface_to_iface(&mut self, v: Val, from: TypeId, to: TypeId) -> CgResult<Val> {
        if self.is_empty_iface(from) == self.is_empty_iface(to) && self.md.types().identical(from, to) {
            return Ok(v);
        }
        let data = v.words()[1];
        let typ = self.dyn_type(&v, from);
        if self.is_empty_iface(to) {
            return Ok(Val::Flat(vec![typ, data]));
        }
        let inter = self.desc_value(DescKey::Type(to))?;
        let tab = self.call_rt(rt::GETITAB, &[inter, typ])?[0];
        Ok(Val::Flat(vec![tab, data]))
    }

    /// A call of method `index` of interface value `recv`: the itab's code
    /// with the data word as receiver.
    pub fn call_iface(&mut self, recv: &'p ir::Expr, index: usize, args: &'p [ir::Expr]) -> CgResult<Vec<Val>> {
        let types = self.md.types();
        let sig = types.iface_methods(recv.ty)[index].sig;
        let (params, results) = types.func_parts(sig);
        let r = self.expr(recv)?;
        let (tab, data) = (r.words()[0], r.words()[1]);
        let (mut argv, result_mem) = self.call_args(&results, args)?;
        self.nil_check(tab)?;
        let code = self.b.ins().load(types::I64, MemFlagsData::trusted(), tab, ITAB_FUN + 8 * index as i32);
        let nmem = result_mem.iter().filter(|m| m.is_some()).count();
        argv.insert(nmem, data);
        let all: Vec<TypeId> = std::iter::once(Types::UINTPTR).chain(params.iter().copied()).collect();
        let csig = self.md.signature_of(&all, &results, false);
        let sigref = self.b.import_signature(csig);
        let inst = self.b.ins().call_indirect(sigref, code, &argv);
        let words = self.b.inst_results(inst).to_vec();
        Ok(self.call_results(&results, &result_mem, &words))
    }

    /// Whether interface value `v` (of type `from`) holds a `to` (for an
    /// interface `to`: implements it). Returns the test and, for
    /// non-empty interface targets, the itab.
    fn holds(&mut self, v: &Val, from: TypeId, to: TypeId) -> CgResult<(Value, Value, Value)> {
        let typ = self.dyn_type(v, from);
        self.holds_type(typ, to)
    }

    /// Whether dynamic type `typ` is `to` (or implements interface `to`):
    /// (ok, the type, the itab or the type).
    fn holds_type(&mut self, typ: Value, to: TypeId) -> CgResult<(Value, Value, Value)> {
        if !self.md.types().is_interface(to) {
            let want = self.desc_value(DescKey::Type(to))?;
            let ok = self.b.ins().icmp(IntCC::Equal, typ, want);
            return Ok((ok, typ, typ));
        }
        if self.is_empty_iface(to) {
            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, typ, 0);
            return Ok((ok, typ, typ));
        }
        let inter = self.desc_value(DescKey::Type(to))?;
        let tab = self.call_rt(rt::GETITAB, &[inter, typ])?[0];
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, tab, 0);
        Ok((ok, typ, tab))
    }

    /// A type switch case test.
    pub fn type_is(&mut self, x: &'p ir::Expr, to: TypeId) -> CgResult<Val> {
        let (ok, _, _) = match (self.switch_type, &x.kind) {
            // The type switch loaded it before its first test.
            (Some((l, typ)), IK::Local(xl)) if l == *xl => self.holds_type(typ, to)?,
            _ => {
                let v = self.expr(x)?;
                self.holds(&v, x.ty, to)?
            }
        };
        Ok(Val::scalar(ok))
    }

    /// `x.(T)`: the value, or with `comma_ok` the value (zero on failure)
    /// and whether it succeeded. A failed plain assertion panics.
    pub fn type_assert(&mut self, x: &'p ir::Expr, to: TypeId, comma_ok: bool) -> CgResult<Vec<Val>> {
        let v = self.expr(x)?;
        let (ok, typ, first) = self.holds(&v, x.ty, to)?;
        let data = v.words()[1];
        if !comma_ok {
            let fails = self.b.ins().bxor_imm_s(ok, 1);
            let want = self.desc_value(DescKey::Type(to))?;
            let iface = self.desc_value(DescKey::Type(x.ty))?;
            self.check(fails, rt::PANIC_ASSERT, &[typ, want, iface])?;
            return Ok(vec![self.unboxed(first, data, to)]);
        }
        // The result lives in a block parameter (flat) or a zeroed temporary.
        let types = self.md.types();
        let parts: Vec<_> = match repr(types, to) {
            Repr::Flat(parts) => parts.iter().map(|p| p.0).collect(),
            Repr::Mem { .. } => Vec::new(),
        };
        let mem = if parts.is_empty() {
            let a = self.temp(to);
            let (size, align) = types.layout(to);
            self.memzero(a, size, align);
            Some(a)
        } else {
            None
        };
        let yes = self.b.create_block();
        let join = self.b.create_block();
        for &p in &parts {
            self.b.append_block_param(join, p);
        }
        let zeros: Vec<Value> = parts.iter().map(|&p| self.zero_of(p)).collect();
        self.b.ins().brif(ok, yes, &[], join, &block_args(&zeros));
        self.b.switch_to_block(yes);
        let val = self.unboxed(first, data, to);
        match (&val, mem) {
            (Val::Mem(src), Some(dst)) => {
                let (size, align) = types.layout(to);
                self.memcpy(dst, *src, size, align);
                self.b.ins().jump(join, &[]);
            }
            _ => {
                let words = val.words().to_vec();
                self.b.ins().jump(join, &block_args(&words));
            }
        }
        self.b.switch_to_block(join);
        let result = match mem {
            Some(a) => Val::Mem(a),
            None => Val::Flat(self.b.block_params(join).to_vec()),
        };
        Ok(vec![result, Val::scalar(ok)])
    }

    /// The value of type `to` in an interface whose words are
    /// (`first`, `data`), known to hold one.
    fn unboxed(&mut self, first: Value, data: Value, to: TypeId) -> Val {
        let types = self.md.types();
        if types.is_interface(to) {
            return Val::Flat(vec![first, data]);
        }
        if !types.is_direct_iface(to) {
            return self.load_val(data, to);
        }
        match repr(types, to) {
            Repr::Flat(_) => Val::scalar(data),
            Repr::Mem { .. } => {
                // A struct or array holding one pointer: the data word is its value.
                let a = self.temp(to);
                self.b.ins().store(MemFlagsData::trusted(), data, a, 0);
                Val::Mem(a)
            }
        }
    }

    /// `==` of two interface values of type `t`.
    pub fn iface_equal(&mut self, a: &Val, b: &Val, t: TypeId) -> CgResult<Value> {
        let f = if self.is_empty_iface(t) { rt::EFACEEQ } else { rt::IFACEEQ };
        let (aw, bw) = (a.words(), b.words());
        Ok(self.call_rt(f, &[aw[0], aw[1], bw[0], bw[1]])?[0])
    }
}
