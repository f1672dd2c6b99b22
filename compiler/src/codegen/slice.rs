//! Slices in generated code: indexing, slicing with gc's bounds checks,
//! `make`, `append` (growing through the runtime), `copy` and the
//! conversions between strings and byte or rune slices.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};

use super::func::{block_args, CgResult, FnLower};
use super::repr::Val;
use super::rt;
use super::DescKey;
use crate::ir::{self, ExprKind as IK, StrConv};
use crate::types::TypeKind;

/// gc's bounds error codes (`abi.BoundsErrorCode`).
#[derive(Clone, Copy)]
pub enum Bounds {
    Index = 0,
    SliceAlen = 1,
    SliceAcap = 2,
    SliceB = 3,
    Slice3Acap = 5,
    Slice3B = 6,
    Slice3C = 7,
    /// A slice converted to an array (pointer) longer than it.
    Convert = 8,
}

impl<'m, 'p, 'f> FnLower<'m, 'p, 'f> {
    /// Panics with bounds error `code` when `x > y` (unsigned) — or, for
    /// `Index`, when `x >= y`.
    pub fn bounds(&mut self, code: Bounds, x: Value, y: Value, signed: bool) -> CgResult<()> {
        let cc =
            if matches!(code, Bounds::Index) { IntCC::UnsignedGreaterThanOrEqual } else { IntCC::UnsignedGreaterThan };
        let bad = self.b.ins().icmp(cc, x, y);
        let c = self.b.ins().iconst(types::I64, code as i64);
        let s = self.b.ins().iconst(types::I8, signed as i64);
        self.check(bad, rt::PANIC_BOUNDS, &[c, x, y, s])
    }

    fn elem_size(&self, slice_t: crate::types::TypeId) -> u64 {
        let e = self.md.elem_of(slice_t);
        self.md.types().size_of(e)
    }

    /// The address of `s[i]` for a slice value.
    pub fn slice_elem_addr(&mut self, s: &'p ir::Expr, i: &'p ir::Expr) -> CgResult<Value> {
        let v = self.expr(s)?;
        let (ptr, len) = (v.words()[0], v.words()[1]);
        let idx = self.index_value(i)?;
        let signed = !self.md.types().is_unsigned(i.ty);
        if !self.in_range_loop(s, i) {
            self.bounds(Bounds::Index, idx, len, signed)?;
        }
        let es = self.elem_size(s.ty);
        let off = self.b.ins().imul_imm_s(idx, es as i64);
        Ok(self.b.ins().iadd(ptr, off))
    }

    /// `x[lo:hi:max]`, checked in gc's order (max, then hi, then lo).
    pub fn slice_of(
        &mut self,
        e: &'p ir::Expr,
        x: &'p ir::Expr,
        lo: Option<&'p ir::Expr>,
        hi: Option<&'p ir::Expr>,
        max: Option<&'p ir::Expr>,
    ) -> CgResult<Val> {
        let types = self.md.types();
        let is_string = types.is_string(x.ty);
        let v = self.expr(x)?;
        // Base pointer, length and capacity of what is sliced.
        let (ptr, len, cap, es, from_array) = if is_string {
            (v.words()[0], v.words()[1], v.words()[1], 1, false)
        } else if let Some(arr) = types.pointer_elem(x.ty) {
            let n = match types.under_kind(arr) {
                TypeKind::Array(n, _) => *n,
                _ => 0,
            };
            let p = v.one();
            self.nil_check(p)?;
            let n = self.b.ins().iconst(types::I64, n as i64);
            (p, n, n, self.elem_size(e.ty), true)
        } else {
            (v.words()[0], v.words()[1], v.words()[2], self.elem_size(x.ty), false)
        };
        let signed = |fl: &Self, ix: &ir::Expr| !fl.md.types().is_unsigned(ix.ty);
        let zero = self.b.ins().iconst(types::I64, 0);
        let lo_v = match lo {
            Some(l) => Some((self.index_value(l)?, signed(self, l))),
            None => None,
        };
        let hi_v = match hi {
            Some(h) => Some((self.index_value(h)?, signed(self, h))),
            None => None,
        };
        let max_v = match max {
            Some(m) => Some((self.index_value(m)?, signed(self, m))),
            None => None,
        };
        let (h, m) = if let Some((mv, ms)) = max_v {
            self.bounds(Bounds::Slice3Acap, mv, cap, ms)?;
            let (hv, hs) = hi_v.unwrap_or((mv, ms));
            self.bounds(Bounds::Slice3B, hv, mv, hs)?;
            if let Some((lv, ls)) = lo_v {
                self.bounds(Bounds::Slice3C, lv, hv, ls)?;
            }
            (hv, mv)
        } else {
            let h = match hi_v {
                Some((hv, hs)) => {
                    let code = if is_string || from_array { Bounds::SliceAlen } else { Bounds::SliceAcap };
                    let bound = if is_string { len } else { cap };
                    self.bounds(code, hv, bound, hs)?;
                    hv
                }
                None => len,
            };
            if let Some((lv, ls)) = lo_v {
                self.bounds(Bounds::SliceB, lv, h, ls)?;
            }
            (h, cap)
        };
        let l = lo_v.map(|x| x.0).unwrap_or(zero);
        let new_len = self.b.ins().isub(h, l);
        // gc avoids pointing past the end when the result is empty.
        let off = self.b.ins().imul_imm_s(l, es as i64);
        let moved = self.b.ins().iadd(ptr, off);
        let new_ptr = if lo.is_some() {
            let empty_cap = if is_string { new_len } else { self.b.ins().isub(m, l) };
            let is_empty = self.b.ins().icmp_imm_s(IntCC::Equal, empty_cap, 0);
            self.b.ins().select(is_empty, ptr, moved)
        } else {
            ptr
        };
        if is_string {
            return Ok(Val::Flat(vec![new_ptr, new_len]));
        }
        let new_cap = self.b.ins().isub(m, l);
        Ok(Val::Flat(vec![new_ptr, new_len, new_cap]))
    }

    /// `make([]T, len, cap)`. When it does not escape, a constant size
    /// lives in this frame, and a variable one too when it fits in 32 bytes
    /// (gc's `variablemakethreshold`); otherwise `makeslice` allocates.
    pub fn make_slice(
        &mut self,
        e: &'p ir::Expr,
        site: ir::SiteId,
        len: &'p ir::Expr,
        cap: Option<&'p ir::Expr>,
    ) -> CgResult<Val> {
        let elem = self.md.elem_of(e.ty);
        let es = self.md.types().size_of(elem);
        let l = self.index_value(len)?;
        let c = match cap {
            Some(c) => self.index_value(c)?,
            None => l,
        };
        let desc = self.desc_value(DescKey::Type(elem))?;
        if self.md.esc.site_on_heap(site) || es == 0 {
            let p = self.call_rt_at(Some(site), rt::MAKESLICE, &[desc, l, c])?[0];
            return Ok(Val::Flat(vec![p, l, c]));
        }
        let size_e = cap.unwrap_or(len);
        let known = match &size_e.kind {
            IK::Const(v) => v.to_i64(),
            _ => self.md.esc.site_consts.get(&site).and_then(|v| v.to_i64()),
        };
        // The frame's store: the whole constant capacity, else K elements.
        let k = match known {
            Some(n) => n.max(0) as u64,
            None => 32 / es,
        };
        if k == 0 && known.is_none() {
            let p = self.call_rt_at(Some(site), rt::MAKESLICE, &[desc, l, c])?[0];
            return Ok(Val::Flat(vec![p, l, c]));
        }
        let (_, align) = self.md.types().layout(elem);
        // Bad sizes and capacities over the store go to makeslice, which
        // panics or allocates.
        let fits_cap = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, c, k as i64);
        let len_ok = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, l, c);
        let fits = self.b.ins().band(fits_cap, len_ok);
        let stack = self.b.create_block();
        let heap = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(fits, stack, &[], heap, &[]);
        self.b.switch_to_block(stack);
        let bytes = (k * es).max(1);
        let p = self.temp_bytes(bytes, align.max(8).min(bytes));
        self.b.ins().jump(join, &block_args(&[p]));
        self.b.switch_to_block(heap);
        let hp = self.call_rt_at(Some(site), rt::MAKESLICE, &[desc, l, c])?[0];
        self.b.ins().jump(join, &block_args(&[hp]));
        self.b.switch_to_block(join);
        let p = self.b.block_params(join)[0];
        Ok(Val::Flat(vec![p, l, c]))
    }

    pub fn slice_lit(
        &mut self,
        e: &'p ir::Expr,
        site: ir::SiteId,
        n: u64,
        elems: &'p [(u64, ir::Expr)],
    ) -> CgResult<Val> {
        let elem = self.md.elem_of(e.ty);
        let (es, ea) = self.md.types().layout(elem);
        let arr = self.alloc(Some(site), DescKey::Array(n, elem), es * n, ea)?;
        for (i, v) in elems {
            let val = self.expr(v)?;
            let a = self.b.ins().iadd_imm_s(arr, (es * i) as i64);
            self.store_val(a, elem, &val);
        }
        let nv = self.b.ins().iconst(types::I64, n as i64);
        Ok(Val::Flat(vec![arr, nv, nv]))
    }

    /// Makes room for `extra` more elements: the slice's words after growth
    /// (through the runtime when the capacity is exceeded, or into the
    /// frame's backing store `store` on a non-escaping append's first use)
    /// and the old length.
    fn grow(
        &mut self,
        site: ir::SiteId,
        s: &Val,
        extra: Value,
        elem: crate::types::TypeId,
        store: Option<AppendStore>,
    ) -> CgResult<(Value, Value, Value, Value)> {
        let (ptr, len, cap) = (s.words()[0], s.words()[1], s.words()[2]);
        let new_len = self.b.ins().iadd(len, extra);
        let full = self.b.ins().icmp(IntCC::UnsignedGreaterThan, new_len, cap);
        let grow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(grow);
        self.b.ins().brif(full, grow, &[], join, &block_args(&[ptr, cap]));
        self.b.switch_to_block(grow);
        if let Some(st) = store {
            // gc: if newLen <= K && !used && oldLen == 0, use the store.
            let fits = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, new_len, st.k as i64);
            let used = self.b.use_var(st.used);
            let unused = self.b.ins().bxor_imm_s(used, 1);
            let empty = self.b.ins().icmp_imm_s(IntCC::Equal, len, 0);
            let ok = self.b.ins().band(fits, unused);
            let ok = self.b.ins().band(ok, empty);
            let take = self.b.create_block();
            let heap = self.b.create_block();
            self.b.ins().brif(ok, take, &[], heap, &[]);
            self.b.switch_to_block(take);
            let a = self.b.ins().stack_addr(types::I64, st.slot, 0);
            self.memzero(a, st.bytes, 8);
            let t = self.b.ins().iconst(types::I8, 1);
            self.b.def_var(st.used, t);
            let kv = self.b.ins().iconst(types::I64, st.k as i64);
            self.b.ins().jump(join, &block_args(&[a, kv]));
            self.b.switch_to_block(heap);
        }
        let desc = self.desc_value(DescKey::Type(elem))?;
        let r = self.call_rt_at(Some(site), rt::GROWSLICE, &[desc, ptr, len, cap, new_len])?;
        self.b.ins().jump(join, &block_args(&r));
        self.b.switch_to_block(join);
        let p = self.b.block_params(join);
        Ok((p[0], new_len, p[1], len))
    }

    pub fn append(
        &mut self,
        e: &'p ir::Expr,
        site: ir::SiteId,
        s: &'p ir::Expr,
        elems: &'p [ir::Expr],
    ) -> CgResult<Val> {
        let elem = self.md.elem_of(e.ty);
        let sv = self.expr(s)?;
        // Go evaluates every argument before appending.
        let mut vals = Vec::new();
        for el in elems {
            let v = self.expr(el)?;
            vals.push(self.snapshot(v, el.ty));
        }
        let n = self.b.ins().iconst(types::I64, elems.len() as i64);
        let store = self.take_append_store(site, s);
        let (ptr, new_len, cap, old_len) = self.grow(site, &sv, n, elem, store)?;
        let es = self.md.types().size_of(elem);
        let base_off = self.b.ins().imul_imm_s(old_len, es as i64);
        let base = self.b.ins().iadd(ptr, base_off);
        for (i, v) in vals.iter().enumerate() {
            let a = self.b.ins().iadd_imm_s(base, (es * i as u64) as i64);
            self.store_val(a, elem, v);
        }
        Ok(Val::Flat(vec![ptr, new_len, cap]))
    }

    /// Frame stores for the function's non-escaping appends of small
    /// elements, one per appended-to variable (gc keys them by the slice
    /// operand), with their "used" flags false on entry.
    pub fn setup_append_stores(&mut self) {
        let mut keys = Vec::new();
        crate::ir::visit_stmts(
            &self.f.body,
            &mut |x| {
                if let IK::Append { site, s, .. } = &x.kind {
                    keys.push((*site, store_key(*site, s), x.ty));
                }
            },
            &mut |_| {},
        );
        for (site, key, ty) in keys {
            if self.md.esc.site_on_heap(site) || self.append_stores.contains_key(&key) {
                continue;
            }
            let es = self.md.types().size_of(self.md.elem_of(ty));
            if es == 0 || es > 32 {
                continue;
            }
            let k = 32 / es;
            let slot = self.slot(k * es, 8);
            let used = self.b.declare_var(types::I8);
            let f = self.b.ins().iconst(types::I8, 0);
            self.b.def_var(used, f);
            self.append_stores.insert(key, AppendStore { slot, used, k, bytes: k * es, taken: false });
        }
    }

    /// The store of a non-escaping append, for the first append site that
    /// reaches it in code order (gc's `usedStatic`).
    fn take_append_store(&mut self, site: ir::SiteId, s: &ir::Expr) -> Option<AppendStore> {
        if self.md.esc.site_on_heap(site) {
            return None;
        }
        let st = self.append_stores.get_mut(&store_key(site, s))?;
        if st.taken {
            return None;
        }
        st.taken = true;
        Some(*st)
    }

    pub fn append_slice(
        &mut self,
        e: &'p ir::Expr,
        site: ir::SiteId,
        s: &'p ir::Expr,
        t: &'p ir::Expr,
    ) -> CgResult<Val> {
        let elem = self.md.elem_of(e.ty);
        let sv = self.expr(s)?;
        let tv = self.expr(t)?;
        let (tptr, tlen) = (tv.words()[0], tv.words()[1]);
        let (ptr, new_len, cap, old_len) = self.grow(site, &sv, tlen, elem, None)?;
        let es = self.md.types().size_of(elem);
        let base_off = self.b.ins().imul_imm_s(old_len, es as i64);
        let base = self.b.ins().iadd(ptr, base_off);
        let bytes = self.b.ins().imul_imm_s(tlen, es as i64);
        // The appended slice may be the same memory: move, not copy.
        let config = self.md.m_config();
        self.b.call_memmove(config, base, tptr, bytes);
        Ok(Val::Flat(vec![ptr, new_len, cap]))
    }

    pub fn copy(&mut self, dst: &'p ir::Expr, src: &'p ir::Expr) -> CgResult<Val> {
        let d = self.expr(dst)?;
        let s = self.expr(src)?;
        let (dp, dl) = (d.words()[0], d.words()[1]);
        let (sp, sl) = (s.words()[0], s.words()[1]);
        let lt = self.b.ins().icmp(IntCC::SignedLessThan, dl, sl);
        let n = self.b.ins().select(lt, dl, sl);
        let es = self.elem_size(dst.ty);
        let bytes = self.b.ins().imul_imm_s(n, es as i64);
        let config = self.md.m_config();
        self.b.call_memmove(config, dp, sp, bytes);
        Ok(Val::scalar(n))
    }

    /// A buffer of `size` bytes in this frame for a site that does not
    /// escape (gc's `tmpBuf`), else null: the runtime then allocates.
    pub fn stack_buf(&mut self, site: ir::SiteId, size: u64) -> Value {
        if self.md.esc.site_on_heap(site) {
            self.b.ins().iconst(types::I64, 0)
        } else {
            self.temp_bytes(size, size.min(8))
        }
    }

    pub fn str_conv(&mut self, site: ir::SiteId, kind: StrConv, x: &'p ir::Expr) -> CgResult<Val> {
        let v = self.expr(x)?;
        match kind {
            StrConv::RuneToString => {
                let i = self.extend_to_i64(v.one(), x.ty);
                let buf = self.stack_buf(site, 4);
                Ok(Val::Flat(self.call_rt_at(Some(site), rt::INTSTRING, &[buf, i])?))
            }
            StrConv::BytesToString | StrConv::RunesToString => {
                let f = if kind == StrConv::BytesToString { rt::SLICEBYTETOSTRING } else { rt::SLICERUNETOSTRING };
                let buf = self.stack_buf(site, 32);
                Ok(Val::Flat(self.call_rt_at(Some(site), f, &[buf, v.words()[0], v.words()[1]])?))
            }
            // A conversion that neither escapes nor is written through
            // shares the string's bytes (gc's zero-copy conversion).
            StrConv::StringToBytes if self.md.esc.zero_copy(site) => {
                // The empty string's data may be null; a slice of it is not nil.
                let (p, l) = (v.words()[0], v.words()[1]);
                let nonnil = self.zero_object(1)?;
                let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
                let p = self.b.ins().select(is_null, nonnil, p);
                Ok(Val::Flat(vec![p, l, l]))
            }
            StrConv::StringToBytes | StrConv::StringToRunes => {
                let (p, l) = (v.words()[0], v.words()[1]);
                let (f, size) = if kind == StrConv::StringToBytes {
                    (rt::STRINGTOSLICEBYTE, 32)
                } else {
                    (rt::STRINGTOSLICERUNE, 128)
                };
                let buf = self.stack_buf(site, size);
                let out = self.temp_bytes(24, 8);
                self.call_rt_at(Some(site), f, &[buf, p, l, out])?;
                let words =
                    (0..3).map(|i| self.b.ins().load(types::I64, MemFlagsData::trusted(), out, 8 * i)).collect();
                Ok(Val::Flat(words))
            }
        }
    }

    /// `len`, `cap` of a slice or string value.
    pub fn len_cap(&mut self, x: &'p ir::Expr, cap: bool) -> CgResult<Val> {
        let v = self.expr(x)?;
        let types = self.md.types();
        let n = match types.under_kind(x.ty) {
            TypeKind::Array(n, _) => Some(*n),
            TypeKind::Pointer(p) => match types.under_kind(*p) {
                TypeKind::Array(n, _) => Some(*n),
                _ => None,
            },
            _ => None,
        };
        if let Some(n) = n {
            return Ok(Val::scalar(self.b.ins().iconst(types::I64, n as i64)));
        }
        match types.under_kind(x.ty) {
            TypeKind::Map(..) => return self.map_len(v.one()),
            TypeKind::Chan(..) => return self.chan_len_cap(v.one(), cap),
            _ => {}
        }
        Ok(Val::scalar(v.words()[if cap { 2 } else { 1 }]))
    }

    /// Lowers the slice expression kinds.
    pub fn slice_expr(&mut self, e: &'p ir::Expr) -> CgResult<Val> {
        match &e.kind {
            IK::SliceLit { site, len, elems } => self.slice_lit(e, *site, *len, elems),
            IK::MakeSlice { site, len, cap } => self.make_slice(e, *site, len, cap.as_deref()),
            IK::SliceOf { x, lo, hi, max } => self.slice_of(e, x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            IK::Append { site, s, elems } => self.append(e, *site, s, elems),
            IK::AppendSlice { site, s, t } => self.append_slice(e, *site, s, t),
            IK::Copy(d, s) => self.copy(d, s),
            IK::StrConv { site, kind, x } => self.str_conv(*site, *kind, x),
            IK::Cap(x) => self.len_cap(x, true),
            _ => Err("internal compiler error: not a slice expression".into()),
        }
    }
}

/// What a non-escaping append's backing store is shared by: the variable
/// appended to, or else the append itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoreKey {
    Local(ir::LocalId),
    Site(ir::SiteId),
}

fn store_key(site: ir::SiteId, s: &ir::Expr) -> StoreKey {
    match s.kind {
        IK::Local(l) => StoreKey::Local(l),
        _ => StoreKey::Site(site),
    }
}

/// A 32-byte backing store in the frame (K elements) and whether this
/// call of the function has used it.
#[derive(Clone, Copy, Debug)]
pub struct AppendStore {
    slot: cranelift_codegen::ir::StackSlot,
    used: cranelift_frontend::Variable,
    k: u64,
    bytes: u64,
    /// An append site has claimed it (only the first one uses it).
    taken: bool,
}
