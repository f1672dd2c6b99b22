//! Func values: closure objects, calls through them, and the wrappers that
//! let a top-level function or a bound method be called as a func value.
//!
//! A func value points to a closure object: word 0 is the code address,
//! the captured variables follow (a copy when captured by value, the
//! variable's address when captured by reference). Code reached through a
//! func value takes the closure object as a hidden first parameter: function
//! literals read their captures through it; a top-level function gets a
//! wrapper that ignores it; a method value `x.M` is a closure object holding
//! the receiver, whose wrapper passes it to the method.

use cranelift_codegen::ir::{types, AbiParam, InstBuilder, MemFlagsData, Signature, Value};
use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module};

use super::func::{CgResult, FnLower};
use super::repr::{repr, Repr, Val};
use super::{DescKey, ModCtx};
use crate::ir::{self, Capture};
use crate::types::{TypeId, TypeKind};

/// Byte offsets of function literal `f`'s captures in its closure object,
/// and the object's size.
pub fn capture_layout(md: &ModCtx, f: ir::FuncId) -> (Vec<u64>, u64) {
    let captures: &[Capture] = md.prog.funcs[f.index()].closure.as_deref().unwrap_or(&[]);
    let mut off = 8u64;
    let mut offsets = Vec::new();
    for (i, c) in captures.iter().enumerate() {
        let (size, align) = if md.esc.by_ref(f, i) { (8, 8) } else { md.types().layout(c.ty) };
        off = off.div_ceil(align.max(1)) * align.max(1);
        offsets.push(off);
        off += size;
    }
    (offsets, off.div_ceil(8) * 8)
}

impl ModCtx<'_> {
    /// The Cranelift signature of Go code with these parameter and result
    /// types (see repr.rs); `ctx` adds the closure parameter first.
    pub fn signature_of(&self, params: &[TypeId], results: &[TypeId], ctx: bool) -> Signature {
        let mut sig = self.m.make_signature();
        let types = &self.prog.types;
        if ctx {
            sig.params.push(AbiParam::new(types::I64));
        }
        for &r in results {
            if let Repr::Mem { .. } = repr(types, r) {
                sig.params.push(AbiParam::new(types::I64));
            }
        }
        for &p in params {
            match repr(types, p) {
                Repr::Flat(parts) => sig.params.extend(parts.iter().map(|(t, _)| AbiParam::new(*t))),
                Repr::Mem { .. } => sig.params.push(AbiParam::new(types::I64)),
            }
        }
        for &r in results {
            if let Repr::Flat(parts) = repr(types, r) {
                sig.returns.extend(parts.iter().map(|(t, _)| AbiParam::new(*t)));
            }
        }
        sig
    }

    /// A read-only closure object `{code}` for code that captures nothing.
    pub fn static_closure(&mut self, code: ClifFuncId) -> CgResult<DataId> {
        if let Some(d) = self.static_closures.get(&code) {
            return Ok(*d);
        }
        self.anon += 1;
        let id = self
            .m
            .declare_data(&format!("cranego.closure.{}", self.anon), Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        let mut d = DataDescription::new();
        // Bytes, not zero-init: zero-init data goes to .bss, where the
        // relocation of the code address could not be applied.
        d.define(vec![0u8; 8].into_boxed_slice());
        d.set_align(8);
        let fref = self.m.declare_func_in_data(code, &mut d);
        d.write_function_addr(0, fref);
        self.m.define_data(id, &d).map_err(|e| e.to_string())?;
        self.static_closures.insert(code, id);
        Ok(id)
    }

    /// The wrapper through which a top-level function is called as a func
    /// value; with `bound`, the function's first parameter (a method's
    /// receiver) comes from the closure object. Declared now, defined at the end.
    pub fn func_value_wrapper(&mut self, f: ir::FuncId, bound: bool) -> CgResult<ClifFuncId> {
        if let Some(w) = self.wrappers.get(&(f, bound)) {
            return Ok(*w);
        }
        let (params, results) = self.wrapper_parts(f, bound);
        let sig = self.signature_of(&params, &results, true);
        let name = format!("{}·{}", self.prog.funcs[f.index()].symbol, if bound { "fm" } else { "f" });
        let id = self.m.declare_function(&name, Linkage::Local, &sig).map_err(|e| e.to_string())?;
        self.wrappers.insert((f, bound), id);
        Ok(id)
    }

    /// The Go parameters and results a wrapper of `f` takes.
    fn wrapper_parts(&self, f: ir::FuncId, bound: bool) -> (Vec<TypeId>, Vec<TypeId>) {
        let func = &self.prog.funcs[f.index()];
        let skip = usize::from(bound);
        let params: Vec<TypeId> = func.params.iter().skip(skip).map(|&p| func.local(p).ty).collect();
        let results: Vec<TypeId> = func.results.iter().map(|&r| func.local(r).ty).collect();
        (params, results)
    }

    /// Defines every wrapper: drop the closure parameter (or load the bound
    /// receiver from it), call the function.
    pub fn define_wrappers(&mut self) -> CgResult<()> {
        let wrappers: Vec<((ir::FuncId, bool), ClifFuncId)> = self.wrappers.iter().map(|(a, b)| (*a, *b)).collect();
        let mut ctx = self.m.make_context();
        let mut fbc = cranelift_frontend::FunctionBuilderContext::new();
        for ((f, bound), id) in wrappers {
            let (params, results) = self.wrapper_parts(f, bound);
            ctx.func.signature = self.signature_of(&params, &results, true);
            ctx.func.name = cranelift_codegen::ir::UserFuncName::user(0, id.as_u32());
            {
                let mut b = cranelift_frontend::FunctionBuilder::new(&mut ctx.func, &mut fbc);
                let entry = b.create_block();
                b.append_block_params_for_function_params(entry);
                b.switch_to_block(entry);
                let mut args: Vec<Value> = b.block_params(entry)[1..].to_vec();
                if bound {
                    let closure = b.block_params(entry)[0];
                    let recv_t = self.prog.funcs[f.index()].local(self.prog.funcs[f.index()].params[0]).ty;
                    let off = bound_receiver_offset(self, recv_t) as i32;
                    let words: Vec<Value> = match repr(&self.prog.types, recv_t) {
                        Repr::Flat(parts) => parts
                            .iter()
                            .map(|(t, o)| b.ins().load(*t, MemFlagsData::trusted(), closure, off + *o as i32))
                            .collect(),
                        Repr::Mem { size, align } => {
                            // The callee may modify its copy: pass a fresh one.
                            let slot = b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
                                cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
                                size as u32,
                                align.trailing_zeros() as u8,
                            ));
                            let dst = b.ins().stack_addr(types::I64, slot, 0);
                            let src = b.ins().iadd_imm_s(closure, off as i64);
                            let a = align.clamp(1, 8) as u8;
                            let config = self.m.target_config();
                            b.emit_small_memory_copy(config, dst, src, size, a, a, true, MemFlagsData::trusted());
                            vec![dst]
                        }
                    };
                    let nmem =
                        results.iter().filter(|&&r| matches!(repr(&self.prog.types, r), Repr::Mem { .. })).count();
                    for (i, w) in words.into_iter().enumerate() {
                        args.insert(nmem + i, w);
                    }
                }
                // Deferred as a func value, the wrapper stands between the
                // panic and the function: it passes the role of "deferred
                // function" on (for `recover`), as a deferwrap does.
                self.deferwrap_enter(&mut b)?;
                let target = self.m.declare_func_in_func(self.func_id(f), b.func);
                let inst = b.ins().call(target, &args);
                let rets = b.inst_results(inst).to_vec();
                b.ins().return_(&rets);
                b.seal_all_blocks();
                b.finalize(self.m.target_config());
            }
            self.m.define_function(id, &mut ctx).map_err(|e| format!("internal compiler error: {e:?}"))?;
            self.m.clear_context(&mut ctx);
        }
        Ok(())
    }
}

/// Where a method value's closure object holds its receiver.
pub fn bound_receiver_offset(md: &ModCtx, recv_t: TypeId) -> u64 {
    let (_, align) = md.types().layout(recv_t);
    8u64.div_ceil(align.max(1)) * align.max(1)
}

impl<'m, 'p, 'f> FnLower<'m, 'p, 'f> {
    /// A top-level function as a value.
    pub fn func_value(&mut self, f: ir::FuncId) -> CgResult<Val> {
        let w = self.md.func_value_wrapper(f, false)?;
        let d = self.md.static_closure(w)?;
        let gv = self.md.m.declare_data_in_func(d, self.b.func);
        Ok(Val::scalar(self.b.ins().symbol_value(types::I64, gv)))
    }

    /// A function literal's closure object.
    pub fn closure(&mut self, site: ir::SiteId, f: ir::FuncId) -> CgResult<Val> {
        let captures = self.md.prog.funcs[f.index()].closure.clone().unwrap_or_default();
        let code = self.md.func_id(f);
        if captures.is_empty() {
            let d = self.md.static_closure(code)?;
            let gv = self.md.m.declare_data_in_func(d, self.b.func);
            return Ok(Val::scalar(self.b.ins().symbol_value(types::I64, gv)));
        }
        let (offsets, size) = capture_layout(self.md, f);
        let obj = self.alloc(Some(site), DescKey::Closure(f), size, 8)?;
        let r = self.func_ref(code);
        let addr = self.b.ins().func_addr(types::I64, r);
        self.b.ins().store(MemFlagsData::trusted(), addr, obj, 0);
        for (i, (c, off)) in captures.iter().zip(offsets).enumerate() {
            let slot = self.b.ins().iadd_imm_s(obj, off as i64);
            if self.md.esc.by_ref(f, i) {
                let a = self.local_addr(c.outer).ok_or("internal compiler error: captured variable not in memory")?;
                self.b.ins().store(MemFlagsData::trusted(), a, slot, 0);
            } else {
                let v = self.read_local(c.outer);
                self.store_val(slot, c.ty, &v);
            }
        }
        Ok(Val::scalar(obj))
    }

    /// A method value: a closure object holding the receiver, evaluated now.
    pub fn method_value(&mut self, site: ir::SiteId, recv: &'p ir::Expr, f: ir::FuncId) -> CgResult<Val> {
        let code = self.md.func_value_wrapper(f, true)?;
        let off = bound_receiver_offset(self.md, recv.ty);
        let size = (off + self.md.types().size_of(recv.ty)).div_ceil(8) * 8;
        let v = self.expr(recv)?;
        let obj = self.alloc(Some(site), DescKey::MethodValue(recv.ty), size, 8)?;
        let r = self.func_ref(code);
        let addr = self.b.ins().func_addr(types::I64, r);
        self.b.ins().store(MemFlagsData::trusted(), addr, obj, 0);
        let slot = self.b.ins().iadd_imm_s(obj, off as i64);
        self.store_val(slot, recv.ty, &v);
        Ok(Val::scalar(obj))
    }

    /// A call through a func value: nil check, load the code, pass the
    /// closure object first.
    pub fn call_value(&mut self, fe: &'p ir::Expr, args: &'p [ir::Expr]) -> CgResult<Vec<Val>> {
        let (params, results) = match self.md.types().under_kind(fe.ty) {
            TypeKind::Func { params, results, .. } => (params.clone(), results.clone()),
            _ => return Err("internal compiler error: call of a non-function".into()),
        };
        let fv = self.expr(fe)?.one();
        let (mut argv, result_mem) = self.call_args(&results, args)?;
        self.nil_check(fv)?;
        let code = self.b.ins().load(types::I64, MemFlagsData::trusted(), fv, 0);
        argv.insert(0, fv);
        let sig = self.md.signature_of(&params, &results, true);
        let sigref = self.b.import_signature(sig);
        let inst = self.b.ins().call_indirect(sigref, code, &argv);
        let words = self.b.inst_results(inst).to_vec();
        Ok(self.call_results(&results, &result_mem, &words))
    }

    /// Arguments of a Go call: result memory for aggregate results first,
    /// then the argument words (aggregates as pointers to fresh copies).
    pub fn call_args(
        &mut self,
        results: &[TypeId],
        args: &'p [ir::Expr],
    ) -> CgResult<(Vec<Value>, Vec<Option<Value>>)> {
        let types = self.md.types();
        let mut argv = Vec::new();
        let mut result_mem = Vec::new();
        for &t in results {
            if let Repr::Mem { .. } = repr(types, t) {
                let a = self.temp(t);
                argv.push(a);
                result_mem.push(Some(a));
            } else {
                result_mem.push(None);
            }
        }
        for a in args {
            let v = self.expr(a)?;
            match self.snapshot(v, a.ty) {
                Val::Flat(w) => argv.extend(w),
                Val::Mem(addr) => argv.push(addr),
            }
        }
        Ok((argv, result_mem))
    }

    /// A call's results as values, from its result words and result memory.
    pub fn call_results(&mut self, results: &[TypeId], result_mem: &[Option<Value>], words: &[Value]) -> Vec<Val> {
        let types = self.md.types();
        let mut out = Vec::new();
        let mut next = 0;
        for (i, &t) in results.iter().enumerate() {
            match result_mem[i] {
                Some(a) => out.push(Val::Mem(a)),
                None => {
                    let n = match repr(types, t) {
                        Repr::Flat(parts) => parts.len(),
                        Repr::Mem { .. } => 0,
                    };
                    out.push(Val::Flat(words[next..next + n].to_vec()));
                    next += n;
                }
            }
        }
        out
    }
}
