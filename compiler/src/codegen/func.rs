//! Lowering one function: storage for its variables, statements and
//! control flow. Expressions are in `expr.rs`.

use std::collections::HashMap;

use cranelift_codegen::ir::{
    types, BlockArg, Function, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, TrapCode, Type, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;

use super::repr::{repr, Repr, Val};
use super::rt::{self, RtSig};
use super::{DescKey, ModCtx};
use crate::ir::{self, ExprKind as IK, LabelId, LocalId, Stmt};
use crate::types::{TypeId, TypeKind};

pub type CgResult<T> = Result<T, String>;

/// Where a variable lives.
#[derive(Clone, Copy)]
pub enum Storage {
    /// Flat and never addressed: Cranelift variables, one per word.
    Vars(usize, usize),
    /// In this function's frame.
    Slot(cranelift_codegen::ir::StackSlot),
    /// At a fixed address: an aggregate parameter, in the caller's copy.
    Fixed(Value),
    /// On the heap: the variable holds the object's address (a new object
    /// each time the declaration runs).
    Heap(Variable),
    /// In a function literal, a captured variable: in the closure object at
    /// this offset, or (by reference) at the address stored there.
    Captured(u64, bool),
}

pub struct FnLower<'m, 'p, 'f> {
    pub md: &'m mut ModCtx<'p>,
    pub b: FunctionBuilder<'f>,
    pub f: &'p ir::Func,
    pub fid: ir::FuncId,
    pub storage: Vec<Storage>,
    /// All Cranelift variables of flat locals, indexed by `Storage::Vars`.
    pub vars: Vec<Variable>,
    /// Per result: the caller-provided address of an aggregate result.
    pub sret: Vec<Option<Value>>,
    /// In a function literal: the closure object.
    pub ctx: Option<Value>,
    /// Break and continue targets of enclosing loops and switches.
    pub targets: HashMap<LabelId, (cranelift_codegen::ir::Block, cranelift_codegen::ir::Block)>,
    func_refs: HashMap<cranelift_module::FuncId, cranelift_codegen::ir::FuncRef>,
    /// Results of the calls of the current statement, evaluated ahead in
    /// gc's order (`order.rs`).
    pub hoisted: HashMap<*const ir::Expr, Vec<Val>>,
    /// Stack backing stores of non-escaping appends (`slice.rs`).
    pub append_stores: HashMap<super::slice::StoreKey, super::slice::AppendStore>,
    /// In a function with `defer` statements: the address of its frame
    /// record, which names this activation in the runtime's list of
    /// deferred calls.
    defer_token: Option<Value>,
    /// The function has `defer` statements (a recovered panic may resume it).
    has_defers: bool,
    /// Pointers checked non-nil in the block last entered by a nil check,
    /// while lowering continues in it.
    non_nil: (Option<cranelift_codegen::ir::Block>, Vec<Value>),
    /// In a type switch's case tests: its operand (a temporary) and the
    /// dynamic type it holds, loaded once before the first test.
    pub switch_type: Option<(LocalId, Value)>,
    /// (slice, index) temporaries of the enclosing range loops whose
    /// condition `index < len(slice)` holds in their bodies.
    ranges: Vec<(LocalId, LocalId)>,
}

/// What a frame resumed by a recovered panic reloads: the frame record,
/// and where the results are. Only explicit stack slots: no value computed
/// before the resumption may be used after it (the register allocator may
/// have reused its location since).
struct ResumePoint {
    block: cranelift_codegen::ir::Block,
    record: cranelift_codegen::ir::StackSlot,
    /// Per result: a slot holding the address of its heap object, if it
    /// lives on the heap.
    heap_homes: Vec<Option<cranelift_codegen::ir::StackSlot>>,
    /// Per result: a slot holding the caller's result address (`sret`).
    sret_homes: Vec<Option<cranelift_codegen::ir::StackSlot>>,
}

pub fn lower(md: &mut ModCtx, func: &mut Function, fbc: &mut FunctionBuilderContext, fid: ir::FuncId) -> CgResult<()> {
    let f = &md.prog.funcs[fid.index()];
    let config = md.m.target_config();
    let mut b = FunctionBuilder::new(func, fbc);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let mut fl = FnLower {
        md,
        b,
        f,
        fid,
        storage: Vec::new(),
        vars: Vec::new(),
        sret: Vec::new(),
        ctx: None,
        targets: HashMap::new(),
        func_refs: HashMap::new(),
        hoisted: HashMap::new(),
        append_stores: HashMap::new(),
        defer_token: None,
        has_defers: false,
        non_nil: (None, Vec::new()),
        switch_type: None,
        ranges: Vec::new(),
    };
    crate::ir::visit_stmts(&f.body, &mut |_| {}, &mut |s| fl.has_defers |= matches!(s, Stmt::Defer { .. }));
    if !small_leaf(fl.md.types(), f) {
        fl.check_stack_bound()?;
    }
    fl.setup(entry)?;
    if f.defer_wrapper {
        fl.md.deferwrap_enter(&mut fl.b)?;
    }
    let resume = fl.setup_defers()?;
    fl.setup_append_stores();
    fl.stmts(&f.body)?;
    // Falling off the end: functions with results cannot (the checker saw
    // to it), so that code is unreachable.
    if f.results.is_empty() {
        fl.run_defers()?;
        fl.ret(&[])?;
    } else {
        fl.b.ins().trap(TrapCode::unwrap_user(1));
    }
    if let Some(r) = resume {
        fl.resume_after_recover(r)?;
    }
    fl.b.seal_all_blocks();
    fl.b.finalize(config);
    Ok(())
}

/// Whether `f` calls nothing (but the panics of failed checks) and keeps
/// only small variables: gc's prologue skips the stack check of such a
/// leaf, and so do we. Its frame fits in the room below the limit
/// (runtime/src/stack.rs), and so does a panic it calls.
fn small_leaf(types: &crate::types::Types, f: &ir::Func) -> bool {
    const MAX_VAR: u64 = 32;
    if f.locals.iter().any(|l| types.size_of(l.ty) > MAX_VAR) {
        return false;
    }
    let (mut expr_calls, mut stmt_calls) = (false, false);
    crate::ir::visit_stmts(
        &f.body,
        &mut |e| {
            expr_calls |= match &e.kind {
                // Comparing strings, interfaces or aggregates calls the runtime.
                IK::Binary(_, x, _) => {
                    types.is_string(x.ty)
                        || types.is_interface(x.ty)
                        || matches!(types.under_kind(x.ty), TypeKind::Struct(..) | TypeKind::Array(..))
                }
                IK::Const(_)
                | IK::Nil
                | IK::Zero
                | IK::Local(_)
                | IK::Global(_)
                | IK::Unary(..)
                | IK::AndAnd(..)
                | IK::OrOr(..)
                | IK::Deref(_)
                | IK::AddrOf(..)
                | IK::Field(..)
                | IK::Index(..)
                | IK::Len(_)
                | IK::Cap(_)
                | IK::SliceOf { .. }
                | IK::MinMax(..)
                | IK::Blank
                | IK::Inlined { .. } => false,
                _ => true,
            }
        },
        &mut |s| {
            stmt_calls |= !matches!(
                s,
                Stmt::Decl(_)
                    | Stmt::Expr(_)
                    | Stmt::Assign(..)
                    | Stmt::If { .. }
                    | Stmt::Loop { .. }
                    | Stmt::Switch { .. }
                    | Stmt::Break(_)
                    | Stmt::Continue(_)
                    | Stmt::Return(_)
                    | Stmt::Block(_)
            )
        },
    );
    !expr_calls && !stmt_calls
}

/// The temporary a type switch tests, if every case test of `cases` is a
/// `TypeIs` of that one variable.
fn type_switch_operand(cases: &[ir::Case]) -> Option<(&ir::Expr, LocalId)> {
    fn tested(c: &ir::Expr) -> Option<(&ir::Expr, LocalId)> {
        match &c.kind {
            IK::TypeIs { x, .. } => match x.kind {
                IK::Local(l) => Some((x.as_ref(), l)),
                _ => None,
            },
            _ => None,
        }
    }
    let mut conds = cases.iter().flat_map(|c| &c.conds);
    let first = tested(conds.next()?)?;
    conds.all(|c| tested(c).is_some_and(|(_, l)| l == first.1)).then_some(first)
}

pub fn block_args(vals: &[Value]) -> Vec<BlockArg> {
    vals.iter().map(|v| BlockArg::Value(*v)).collect()
}

impl<'m, 'p, 'f> FnLower<'m, 'p, 'f> {
    pub fn ty(&self, l: LocalId) -> TypeId {
        self.f.local(l).ty
    }

    /// Decides every local's storage and receives the parameters.
    fn setup(&mut self, entry: cranelift_codegen::ir::Block) -> CgResult<()> {
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        let mut next = 0;
        let types = self.md.types();
        let capture_offsets = match &self.f.closure {
            Some(_) => {
                self.ctx = Some(params[0]);
                next = 1;
                super::closure::capture_layout(self.md, self.fid).0
            }
            None => Vec::new(),
        };
        // Hidden result pointers come first.
        self.sret = vec![None; self.f.results.len()];
        for (i, &r) in self.f.results.iter().enumerate() {
            if let Repr::Mem { .. } = repr(types, self.ty(r)) {
                self.sret[i] = Some(params[next]);
                next += 1;
            }
        }
        for l in 0..self.f.locals.len() {
            let lid = LocalId(l as u32);
            let local = self.f.local(lid);
            let on_heap = self.md.esc.local_on_heap(self.fid, lid);
            if let ir::LocalKind::Captured(i) = local.kind {
                let by_ref = self.md.esc.by_ref(self.fid, i);
                self.storage.push(Storage::Captured(capture_offsets[i], by_ref));
                continue;
            }
            // A frame resumed after a recovered panic reads its results
            // from memory.
            let in_memory =
                self.md.esc.in_memory(self.fid, lid) || (self.has_defers && local.kind == ir::LocalKind::Result);
            let st = match repr(types, local.ty) {
                _ if on_heap => Storage::Heap(self.b.declare_var(types::I64)),
                Repr::Flat(parts) if !in_memory => {
                    let start = self.vars.len();
                    for (t, _) in &parts {
                        let v = self.b.declare_var(*t);
                        self.vars.push(v);
                    }
                    Storage::Vars(start, parts.len())
                }
                Repr::Mem { .. } if local.kind == ir::LocalKind::Param => Storage::Fixed(params[0]),
                _ => {
                    let (size, align) = types.layout(local.ty);
                    Storage::Slot(self.slot(size, align))
                }
            };
            self.storage.push(st);
        }
        // Parameters: from the incoming values.
        for &p in &self.f.params {
            let t = self.ty(p);
            let val = match repr(types, t) {
                Repr::Flat(parts) => {
                    let v = params[next..next + parts.len()].to_vec();
                    next += parts.len();
                    Val::Flat(v)
                }
                Repr::Mem { .. } => {
                    let v = params[next];
                    next += 1;
                    if let Storage::Fixed(_) = self.storage[p.index()] {
                        self.storage[p.index()] = Storage::Fixed(v);
                        continue;
                    }
                    Val::Mem(v)
                }
            };
            self.decl(p)?;
            self.write_local(p, val)?;
        }
        // Results start as zero values.
        for &r in &self.f.results.clone() {
            self.decl(r)?;
        }
        Ok(())
    }

    pub fn slot(&mut self, size: u64, align: u64) -> cranelift_codegen::ir::StackSlot {
        let shift = align.max(1).trailing_zeros() as u8;
        self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size.max(1) as u32, shift))
    }

    /// A zeroed temporary in the frame; returns its address.
    pub fn temp(&mut self, t: TypeId) -> Value {
        let (size, align) = self.md.types().layout(t);
        self.temp_bytes(size, align)
    }

    pub fn temp_bytes(&mut self, size: u64, align: u64) -> Value {
        let s = self.slot(size, align);
        let a = self.b.ins().stack_addr(types::I64, s, 0);
        self.memzero(a, size, align);
        a
    }

    // -----------------------------------------------------------------------
    // Calls into the runtime

    pub fn func_ref(&mut self, id: cranelift_module::FuncId) -> cranelift_codegen::ir::FuncRef {
        if let Some(r) = self.func_refs.get(&id) {
            return *r;
        }
        let r = self.md.m.declare_func_in_func(id, self.b.func);
        self.func_refs.insert(id, r);
        r
    }

    pub fn call_rt(&mut self, f: RtSig, args: &[Value]) -> CgResult<Vec<Value>> {
        let id = self.md.runtime(f)?;
        let r = self.func_ref(id);
        let inst = self.b.ins().call(r, args);
        Ok(self.b.inst_results(inst).to_vec())
    }

    /// Calls a runtime function that allocates for allocation site `site`:
    /// the runtime counts what it allocates meanwhile against the site
    /// (`GODEBUG=allocsites=1`, runtime/src/sites.rs).
    pub fn call_rt_at(&mut self, site: Option<ir::SiteId>, f: RtSig, args: &[Value]) -> CgResult<Vec<Value>> {
        let Some(site) = site else { return self.call_rt(f, args) };
        self.set_cur_site(site.0 as i64 + 1)?;
        let r = self.call_rt(f, args)?;
        self.set_cur_site(0)?;
        Ok(r)
    }

    fn set_cur_site(&mut self, v: i64) -> CgResult<()> {
        let a = self.runtime_word("cranego_cur_site")?;
        let v = self.b.ins().iconst(types::I32, v);
        self.b.ins().store(MemFlagsData::trusted(), v, a, 0);
        Ok(())
    }

    /// The address of a word of the runtime's.
    fn runtime_word(&mut self, symbol: &'static str) -> CgResult<Value> {
        let id = self.md.runtime_data(symbol)?;
        let gv = self.md.m.declare_data_in_func(id, self.b.func);
        Ok(self.b.ins().symbol_value(types::I64, gv))
    }

    /// Go's stack check: traps when the frame just made lies below the
    /// running goroutine's stack limit (runtime/src/stack.rs), which the
    /// runtime reports as Go's `fatal error: stack overflow`. gc checks
    /// before making the frame and grows the stack; ours cannot move, so
    /// its slot has room below the limit instead.
    fn check_stack_bound(&mut self) -> CgResult<()> {
        let a = self.runtime_word("cranego_stack_limit")?;
        let limit = self.b.ins().load(types::I64, MemFlagsData::trusted(), a, 0);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let below = self.b.ins().icmp(cranelift_codegen::ir::condcodes::IntCC::UnsignedLessThan, sp, limit);
        self.b.ins().trapnz(below, TrapCode::STACK_OVERFLOW);
        Ok(())
    }

    /// Calls a runtime function that does not return (a panic, `os.Exit`).
    pub fn call_rt_noreturn(&mut self, f: RtSig, args: &[Value]) -> CgResult<()> {
        self.call_rt(f, args)?;
        self.b.ins().trap(TrapCode::unwrap_user(2));
        self.unreachable_block();
        Ok(())
    }

    /// Continues in a fresh block after a terminator: what follows is dead.
    pub fn unreachable_block(&mut self) {
        let blk = self.b.create_block();
        self.b.switch_to_block(blk);
        // Nothing jumps here: sealed now, the block is known dead, and
        // `jump_if_reachable` leaves it so.
        self.b.seal_block(blk);
    }

    /// A range loop's condition `idx < len(tmp)` over its own temporaries,
    /// which only the loop's `post` changes (the index) and nothing changes
    /// (the slice): in the body, `tmp[idx]` is in bounds, as gc's prove
    /// pass knows.
    fn range_condition(&self, cond: &ir::Expr) -> Option<(LocalId, LocalId)> {
        let IK::Binary(ir::BinOp::Lt, i, n) = &cond.kind else { return None };
        let (IK::Local(idx), IK::Len(s)) = (&i.kind, &n.kind) else { return None };
        let IK::Local(tmp) = s.kind else { return None };
        let temp = |l: LocalId| self.f.local(l).kind == ir::LocalKind::Temp;
        (temp(*idx) && temp(tmp) && matches!(self.md.types().under_kind(s.ty), TypeKind::Slice(_)))
            .then_some((tmp, *idx))
    }

    /// Whether `s[i]` is a range loop's element (`range_condition`).
    pub fn in_range_loop(&self, s: &ir::Expr, i: &ir::Expr) -> bool {
        match (&s.kind, &i.kind) {
            (IK::Local(tmp), IK::Local(idx)) => self.ranges.contains(&(*tmp, *idx)),
            _ => false,
        }
    }

    /// Continues in `blk`, whose predecessors are all known: sealing it now
    /// lets the SSA construction resolve its variables at once, without
    /// block parameters that only pass a value around a loop (and the
    /// moves the register allocator then makes for them every iteration).
    pub fn enter_sealed(&mut self, blk: cranelift_codegen::ir::Block) {
        self.b.switch_to_block(blk);
        self.b.seal_block(blk);
    }

    /// Ends the current block with a jump to `to`, unless nothing reaches
    /// it: a jump from dead code would give `to` a predecessor whose
    /// variables are undefined (zero), so block parameters where one
    /// value would do, and the moves they cost in loops.
    pub fn jump_if_reachable(&mut self, to: cranelift_codegen::ir::Block) {
        if self.b.is_unreachable() {
            self.b.ins().trap(TrapCode::unwrap_user(1));
        } else {
            self.b.ins().jump(to, &[]);
        }
    }

    /// `if cond { panic }` with the panic in a cold block.
    pub fn check(&mut self, fails: Value, panic: RtSig, args: &[Value]) -> CgResult<()> {
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.ins().brif(fails, fail, &[], ok, &[]);
        self.b.switch_to_block(fail);
        self.call_rt(panic, args)?;
        self.b.ins().trap(TrapCode::unwrap_user(2));
        self.b.switch_to_block(ok);
        Ok(())
    }

    /// Panics with Go's nil-dereference error if `p` is nil.
    pub fn nil_check(&mut self, p: Value) -> CgResult<()> {
        // Checked already since the last block switch (`p.x + p.y`): the
        // first check dominates this one.
        let here = self.b.current_block();
        if self.non_nil.0 == here {
            if self.non_nil.1.contains(&p) {
                return Ok(());
            }
        } else {
            self.non_nil.1.clear();
        }
        let is_nil = self.b.ins().icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::Equal, p, 0);
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.ins().brif(is_nil, fail, &[], ok, &[]);
        self.enter_sealed(fail);
        // The function's own address stands for the faulting pc.
        let me = self.md.funcs[self.fid.index()];
        let r = self.func_ref(me);
        let pc = self.b.ins().func_addr(types::I64, r);
        self.call_rt(rt::PANIC_NIL, &[pc])?;
        self.b.ins().trap(TrapCode::unwrap_user(2));
        self.enter_sealed(ok);
        self.non_nil.0 = Some(ok);
        self.non_nil.1.push(p);
        Ok(())
    }

    /// A new object of type `t` for allocation site `site`: a runtime
    /// allocation if the site escapes, a zeroed frame slot otherwise.
    pub fn alloc(&mut self, site: Option<ir::SiteId>, key: DescKey, size: u64, align: u64) -> CgResult<Value> {
        let heap = site.is_none_or(|s| self.md.esc.site_on_heap(s));
        if heap {
            let d = self.desc_value(key)?;
            Ok(self.call_rt_at(site, rt::NEW, &[d])?[0])
        } else {
            Ok(self.temp_bytes(size, align))
        }
    }

    // -----------------------------------------------------------------------
    // Memory

    pub fn memcpy(&mut self, dst: Value, src: Value, size: u64, align: u64) {
        if size == 0 {
            return;
        }
        let config = self.md.m.target_config();
        let a = align.clamp(1, 8) as u8;
        self.b.emit_small_memory_copy(config, dst, src, size, a, a, true, MemFlagsData::trusted());
    }

    pub fn memzero(&mut self, dst: Value, size: u64, align: u64) {
        if size == 0 {
            return;
        }
        // Up to 512 bytes, 16-byte stores: a call to memset (what
        // Cranelift emits past 32 bytes) in a loop makes every value live
        // across it go to the stack, floating-point ones for lack of
        // callee-saved registers.
        if size.is_multiple_of(16) && size <= 512 {
            let zero = self.b.ins().iconst(types::I64, 0);
            let zero = self.b.ins().splat(types::I64X2, zero);
            // Not `aligned`: the buffer may be only 8-byte aligned.
            let mut flags = MemFlagsData::new();
            flags.set_notrap();
            for off in (0..size).step_by(16) {
                self.b.ins().store(flags, zero, dst, off as i32);
            }
            return;
        }
        let config = self.md.m.target_config();
        // Cranelift stores in units of the largest power of two dividing
        // `size`, and wants the alignment no larger than that unit.
        let a = align.clamp(1, 8).min(1 << size.trailing_zeros()) as u8;
        self.b.emit_small_memset(config, dst, 0, size, a, MemFlagsData::trusted());
    }

    pub fn load_val(&mut self, addr: Value, t: TypeId) -> Val {
        match repr(self.md.types(), t) {
            Repr::Flat(parts) => {
                let v = parts
                    .iter()
                    .map(|(ty, off)| self.b.ins().load(*ty, MemFlagsData::trusted(), addr, *off as i32))
                    .collect();
                Val::Flat(v)
            }
            Repr::Mem { .. } => Val::Mem(addr),
        }
    }

    pub fn store_val(&mut self, addr: Value, t: TypeId, v: &Val) {
        match (repr(self.md.types(), t), v) {
            (Repr::Flat(parts), Val::Flat(words)) => {
                for ((_, off), w) in parts.iter().zip(words) {
                    self.b.ins().store(MemFlagsData::trusted(), *w, addr, *off as i32);
                }
            }
            (Repr::Mem { size, align }, Val::Mem(src)) => self.memcpy(addr, *src, size, align),
            _ => {}
        }
    }

    /// A copy of an aggregate value in a fresh temporary (flat values are
    /// copies already).
    pub fn snapshot(&mut self, v: Val, t: TypeId) -> Val {
        match v {
            Val::Mem(src) => {
                let (size, align) = self.md.types().layout(t);
                let s = self.slot(size, align);
                let a = self.b.ins().stack_addr(types::I64, s, 0);
                self.memcpy(a, src, size, align);
                Val::Mem(a)
            }
            flat => flat,
        }
    }

    pub fn zero_words(&mut self, t: TypeId) -> Val {
        match repr(self.md.types(), t) {
            Repr::Flat(parts) => Val::Flat(parts.iter().map(|(ty, _)| self.zero_of(*ty)).collect()),
            Repr::Mem { .. } => {
                let a = self.temp(t);
                Val::Mem(a)
            }
        }
    }

    pub fn zero_of(&mut self, ty: Type) -> Value {
        if ty == types::F32 {
            self.b.ins().f32const(0.0)
        } else if ty == types::F64 {
            self.b.ins().f64const(0.0)
        } else {
            self.b.ins().iconst(ty, 0)
        }
    }

    // -----------------------------------------------------------------------
    // Variables

    /// The address of a variable kept in memory.
    pub fn local_addr(&mut self, l: LocalId) -> Option<Value> {
        match self.storage[l.index()] {
            Storage::Vars(..) => None,
            Storage::Slot(s) => Some(self.b.ins().stack_addr(types::I64, s, 0)),
            Storage::Fixed(v) => Some(v),
            Storage::Heap(var) => Some(self.b.use_var(var)),
            Storage::Captured(off, by_ref) => {
                let ctx = self.ctx.expect("captured variables are in function literals");
                Some(if by_ref {
                    self.b.ins().load(types::I64, MemFlagsData::trusted(), ctx, off as i32)
                } else {
                    self.b.ins().iadd_imm_s(ctx, off as i64)
                })
            }
        }
    }

    pub fn read_local(&mut self, l: LocalId) -> Val {
        match self.storage[l.index()] {
            Storage::Vars(start, n) => Val::Flat((start..start + n).map(|i| self.b.use_var(self.vars[i])).collect()),
            _ => {
                let a = self.local_addr(l).expect("memory variable");
                let t = self.ty(l);
                self.load_val(a, t)
            }
        }
    }

    pub fn write_local(&mut self, l: LocalId, v: Val) -> CgResult<()> {
        match self.storage[l.index()] {
            Storage::Vars(start, n) => {
                let Val::Flat(words) = v else { return Err("internal compiler error: aggregate in registers".into()) };
                for (i, w) in (start..start + n).zip(words) {
                    self.b.def_var(self.vars[i], w);
                }
            }
            _ => {
                let a = self.local_addr(l).expect("memory variable");
                let t = self.ty(l);
                self.store_val(a, t, &v);
            }
        }
        Ok(())
    }

    /// Runs a declaration: the variable becomes a fresh zero value.
    fn decl(&mut self, l: LocalId) -> CgResult<()> {
        let t = self.ty(l);
        match self.storage[l.index()] {
            Storage::Vars(..) => {
                let z = self.zero_words(t);
                self.write_local(l, z)?;
            }
            Storage::Slot(s) => {
                let (size, align) = self.md.types().layout(t);
                let a = self.b.ins().stack_addr(types::I64, s, 0);
                self.memzero(a, size, align);
            }
            Storage::Fixed(_) | Storage::Captured(..) => {}
            Storage::Heap(var) => {
                let (size, align) = self.md.types().layout(t);
                let p = self.alloc(None, DescKey::Type(t), size, align)?;
                self.b.def_var(var, p);
            }
        }
        Ok(())
    }

    // -----------------------------------------------------------------------
    // Statements

    pub fn stmts(&mut self, list: &'p [Stmt]) -> CgResult<()> {
        for s in list {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'p Stmt) -> CgResult<()> {
        let r = self.stmt_ordered(s);
        self.hoisted.clear();
        r
    }

    /// A statement, its calls evaluated first (`order.rs`).
    fn stmt_ordered(&mut self, s: &'p Stmt) -> CgResult<()> {
        match s {
            Stmt::Expr(e) | Stmt::If { cond: e, .. } | Stmt::RangeMap { m: e, .. } => self.order(e)?,
            Stmt::Assign(lhs, rhs) => {
                for l in lhs {
                    self.order_place(l)?;
                }
                for r in rhs {
                    self.order(r)?;
                }
            }
            Stmt::AssignTuple(lhs, call) => {
                for l in lhs {
                    self.order_place(l)?;
                }
                self.order(call)?;
            }
            Stmt::Return(vals) => {
                for v in vals {
                    self.order(v)?;
                }
            }
            _ => {}
        }
        match s {
            Stmt::Decl(l) => self.decl(*l),
            Stmt::Expr(e) => {
                self.expr_multi(e)?;
                Ok(())
            }
            Stmt::Assign(lhs, rhs) => self.assign(lhs, rhs),
            Stmt::AssignTuple(lhs, call) => {
                let places = lhs.iter().map(|p| self.place(p)).collect::<CgResult<Vec<_>>>()?;
                let vals = self.expr_multi(call)?;
                for ((p, e), v) in places.into_iter().zip(lhs).zip(vals) {
                    self.write_place(p, e.ty, v)?;
                }
                Ok(())
            }
            Stmt::If { cond, then, els } => {
                let c = self.expr(cond)?.one();
                let t = self.b.create_block();
                let e = self.b.create_block();
                let join = self.b.create_block();
                self.b.ins().brif(c, t, &[], e, &[]);
                self.enter_sealed(t);
                self.stmts(then)?;
                self.jump_if_reachable(join);
                self.enter_sealed(e);
                self.stmts(els)?;
                self.jump_if_reachable(join);
                self.enter_sealed(join);
                Ok(())
            }
            Stmt::Loop { label, cond, body, post, fresh } => {
                let header = self.b.create_block();
                let body_blk = self.b.create_block();
                let cont = self.b.create_block();
                let exit = self.b.create_block();
                self.jump_if_reachable(header);
                self.b.switch_to_block(header);
                match cond {
                    Some(c) => {
                        self.order(c)?;
                        let c = self.expr(c)?.one();
                        self.b.ins().brif(c, body_blk, &[], exit, &[]);
                    }
                    None => {
                        self.b.ins().jump(body_blk, &[]);
                    }
                }
                self.enter_sealed(body_blk);
                self.targets.insert(*label, (exit, cont));
                let range = cond.as_ref().and_then(|c| self.range_condition(c));
                self.ranges.extend(range);
                self.stmts(body)?;
                if range.is_some() {
                    self.ranges.pop();
                }
                self.jump_if_reachable(cont);
                self.enter_sealed(cont);
                // Go 1.22: the next iteration gets fresh copies of the loop
                // variables (only observable for variables on the heap).
                for &l in fresh {
                    if let Storage::Heap(var) = self.storage[l.index()] {
                        let t = self.ty(l);
                        let old = self.b.use_var(var);
                        let (size, align) = self.md.types().layout(t);
                        let new = self.alloc(None, DescKey::Type(t), size, align)?;
                        self.memcpy(new, old, size, align);
                        self.b.def_var(var, new);
                    }
                }
                self.stmts(post)?;
                self.jump_if_reachable(header);
                self.b.seal_block(header);
                self.enter_sealed(exit);
                Ok(())
            }
            Stmt::Switch { label, cases, default } => {
                let exit = self.b.create_block();
                let bodies: Vec<_> = cases.iter().map(|_| self.b.create_block()).collect();
                // A type switch loads its operand's dynamic type once.
                let saved = self.switch_type.take();
                if let Some((x, l)) = type_switch_operand(cases) {
                    let v = self.expr(x)?;
                    self.switch_type = Some((l, self.dyn_type(&v, x.ty)));
                }
                for (i, c) in cases.iter().enumerate() {
                    for cond in &c.conds {
                        self.order(cond)?;
                        let v = self.expr(cond)?.one();
                        let next = self.b.create_block();
                        self.b.ins().brif(v, bodies[i], &[], next, &[]);
                        self.b.switch_to_block(next);
                    }
                }
                self.switch_type = saved;
                match default {
                    Some(d) => self.b.ins().jump(bodies[*d], &[]),
                    None => self.b.ins().jump(exit, &[]),
                };
                // A switch is only a `break` target: `continue` names its loop.
                self.targets.insert(*label, (exit, exit));
                for (i, c) in cases.iter().enumerate() {
                    self.b.switch_to_block(bodies[i]);
                    self.stmts(&c.body)?;
                    let next = if c.fallthrough && i + 1 < bodies.len() { bodies[i + 1] } else { exit };
                    self.jump_if_reachable(next);
                }
                self.b.switch_to_block(exit);
                Ok(())
            }
            Stmt::Break(l) => {
                let (exit, _) = self.targets[l];
                self.b.ins().jump(exit, &[]);
                self.unreachable_block();
                Ok(())
            }
            Stmt::Continue(l) => {
                let (_, cont) = self.targets[l];
                self.jump_if_reachable(cont);
                self.unreachable_block();
                Ok(())
            }
            Stmt::Return(vals) => {
                let mut out = Vec::new();
                if vals.len() == 1 && self.f.results.len() > 1 {
                    out = self.expr_multi(&vals[0])?;
                } else {
                    for v in vals {
                        out.push(self.expr(v)?);
                    }
                }
                if self.defer_token.is_some() {
                    // Deferred calls see (and may change) the results.
                    for (&r, v) in self.f.results.iter().zip(out.drain(..)) {
                        self.write_local(r, v)?;
                    }
                    self.run_defers()?;
                }
                if out.is_empty() {
                    out = self.f.results.iter().map(|&r| self.read_local(r)).collect();
                }
                self.ret(&out)
            }
            Stmt::Go(call) => self.go_stmt(call),
            Stmt::Select { label, cases } => self.select(*label, cases),
            Stmt::Send { ch, value, .. } => self.send(ch, value),
            Stmt::Defer { call, .. } => {
                let fv = self.expr(call)?.one();
                let token = self.defer_token.ok_or("internal compiler error: defer without a frame token")?;
                self.call_rt(rt::DEFERPROC, &[fv, token])?;
                Ok(())
            }
            Stmt::Block(list) => self.stmts(list),
            Stmt::RangeMap { label, m, key, elem, body } => self.range_map(*label, m, *key, *elem, body),
        }
    }

    /// This function's frame pointer and its caller's (compiled code keeps
    /// frame pointers: `recover` checks who called the deferred function).
    pub fn frame_pointers(&mut self) -> (Value, Value) {
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let caller = self.b.ins().load(types::I64, MemFlagsData::trusted(), fp, 0);
        (fp, caller)
    }

    /// Functions with `defer` statements: the frame record, filled on
    /// entry; the branch to the code resuming the frame after a recovered
    /// panic, which `resume_after_recover` emits at the end.
    fn setup_defers(&mut self) -> CgResult<Option<ResumePoint>> {
        if !self.has_defers {
            return Ok(None);
        }
        let words = super::typedesc::abi::DEFER_FRAME_WORDS as u64;
        let record = self.slot(words * 8, 16);
        let token = self.b.ins().stack_addr(types::I64, record, 0);
        self.defer_token = Some(token);
        let home = |fl: &mut Self, v: Value| {
            let s = fl.slot(8, 8);
            fl.b.ins().stack_store(types::I64, v, s, 0);
            Some(s)
        };
        let mut heap_homes = Vec::new();
        let mut sret_homes = Vec::new();
        for (i, &r) in self.f.results.clone().iter().enumerate() {
            heap_homes.push(match self.storage[r.index()] {
                Storage::Heap(var) => {
                    let p = self.b.use_var(var);
                    home(self, p)
                }
                _ => None,
            });
            sret_homes.push(match self.sret[i] {
                Some(p) => home(self, p),
                None => None,
            });
        }
        let resumed = self.call_rt(rt::DEFERFRAME, &[token])?[0];
        let block = self.b.create_block();
        let body = self.b.create_block();
        self.b.ins().brif(resumed, block, &[], body, &[]);
        self.b.switch_to_block(body);
        Ok(Some(ResumePoint { block, record, heap_homes, sret_homes }))
    }

    /// The frame resumed after one of its deferred calls recovered a panic:
    /// the remaining deferred calls run, and the function returns its
    /// results as they are.
    fn resume_after_recover(&mut self, r: ResumePoint) -> CgResult<()> {
        self.b.switch_to_block(r.block);
        let token = self.b.ins().stack_addr(types::I64, r.record, 0);
        self.call_rt(rt::DEFERRETURN, &[token])?;
        let mut vals = Vec::new();
        for (i, &res) in self.f.results.clone().iter().enumerate() {
            let addr = match (self.storage[res.index()], r.heap_homes[i]) {
                (_, Some(home)) => self.b.ins().stack_load(types::I64, types::I64, home, 0),
                (Storage::Slot(s), None) => self.b.ins().stack_addr(types::I64, s, 0),
                _ => return Err("internal compiler error: a result of a deferring function not in memory".into()),
            };
            let t = self.ty(res);
            vals.push(self.load_val(addr, t));
            if let Some(home) = r.sret_homes[i] {
                self.sret[i] = Some(self.b.ins().stack_load(types::I64, types::I64, home, 0));
            }
        }
        self.ret(&vals)
    }

    /// Runs this activation's deferred calls (on the way out).
    fn run_defers(&mut self) -> CgResult<()> {
        if let Some(token) = self.defer_token {
            self.call_rt(rt::DEFERRETURN, &[token])?;
        }
        Ok(())
    }

    fn ret(&mut self, vals: &[Val]) -> CgResult<()> {
        let mut words = Vec::new();
        for (i, v) in vals.iter().enumerate() {
            match (self.sret[i], v) {
                (Some(dst), _) => {
                    let t = self.ty(self.f.results[i]);
                    self.store_val(dst, t, v);
                }
                (None, Val::Flat(w)) => words.extend_from_slice(w),
                (None, Val::Mem(_)) => return Err("internal compiler error: aggregate result without memory".into()),
            }
        }
        self.b.ins().return_(&words);
        self.unreachable_block();
        Ok(())
    }

    /// Assignment in Go's two phases: places and values first, then stores.
    fn assign(&mut self, lhs: &'p [ir::Expr], rhs: &'p [ir::Expr]) -> CgResult<()> {
        if lhs.len() == 1 {
            let p = self.place(&lhs[0])?;
            let v = self.expr(&rhs[0])?;
            return self.write_place(p, rhs[0].ty, v);
        }
        let mut places = Vec::new();
        for l in lhs {
            places.push(self.place(l)?);
        }
        let mut vals = Vec::new();
        for r in rhs {
            let v = self.expr(r)?;
            // Aggregates read from variables must not see earlier stores.
            vals.push(self.snapshot(v, r.ty));
        }
        for ((p, r), v) in places.into_iter().zip(rhs).zip(vals) {
            self.write_place(p, r.ty, v)?;
        }
        Ok(())
    }

    pub fn write_place(&mut self, p: Place, t: TypeId, v: Val) -> CgResult<()> {
        match p {
            Place::Blank => Ok(()),
            Place::Local(l) => self.write_local(l, v),
            Place::Addr(a) => {
                self.store_val(a, t, &v);
                Ok(())
            }
            Place::MapElem { desc, map, key } => self.store_map_elem(desc, map, key, t, v),
        }
    }

    /// Where an assignable expression's value lives.
    pub fn place(&mut self, e: &'p ir::Expr) -> CgResult<Place> {
        match &e.kind {
            IK::Blank => Ok(Place::Blank),
            IK::Local(l) => match self.storage[l.index()] {
                Storage::Vars(..) => Ok(Place::Local(*l)),
                _ => Ok(Place::Addr(self.local_addr(*l).expect("memory variable"))),
            },
            IK::MapIndex { m, key, .. } => self.map_place(m, key),
            _ => Ok(Place::Addr(self.addr_of(e)?)),
        }
    }
}

/// The destination of an assignment.
pub enum Place {
    Blank,
    Local(LocalId),
    Addr(Value),
    /// `m[k]`: the map type's descriptor, the map and the key's address.
    MapElem {
        desc: Value,
        map: Value,
        key: Value,
    },
}
