//! Code generation: typed IR to a native object file through Cranelift.
//!
//! This file owns the object module: it declares every Go function, global
//! variable, runtime function, string literal and type descriptor, then
//! lowers each function body (`func.rs` for statements, `expr.rs` for
//! expressions) following the escape analysis' decisions: a site or
//! variable kept local becomes a zeroed stack slot, one that escapes a
//! runtime allocation with its type descriptor (`typedesc.rs`).

mod chan;
mod closure;
mod expr;
mod func;
mod iface;
mod map;
mod order;
mod repr;
mod rt;
mod slice;
mod stdlib;
mod typedesc;

use std::collections::HashMap;

use cranelift_codegen::ir::Signature;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};

use crate::escape::Decisions;
use crate::ir::{self, Program};
use crate::types::{TypeId, TypeKind};

pub use typedesc::DescKey;

/// Module-level state shared by the functions being compiled.
pub struct ModCtx<'p> {
    pub m: ObjectModule,
    pub prog: &'p Program,
    pub esc: &'p Decisions,
    funcs: Vec<ClifFuncId>,
    globals: Vec<DataId>,
    runtime: HashMap<&'static str, ClifFuncId>,
    strings: HashMap<Vec<u8>, DataId>,
    descs: HashMap<DescKey, DataId>,
    /// Descriptors declared and not yet defined (they refer to each other).
    desc_queue: Vec<(DescKey, DataId)>,
    anon: u32,
    /// Read-only closure objects of code that captures nothing.
    static_closures: HashMap<ClifFuncId, DataId>,
    /// Words of the runtime's that compiled code reads or writes, by
    /// symbol, once declared.
    runtime_data: HashMap<&'static str, DataId>,
    /// Wrappers calling top-level functions used as func values, and
    /// (flag set) methods bound to a receiver.
    wrappers: HashMap<(ir::FuncId, bool), ClifFuncId>,
}

/// How compiled code calls `runtime.GC()` (the library function and the
/// runtime's entry point): with no register preserved, so no value of the
/// caller stays in a register across the call. The collector then scans
/// the caller's frame, where everything live is spilled, and not the
/// registers, whose stale words (of an inlined body, say) would keep
/// garbage alive. Winch's convention is Cranelift's that preserves none.
const COLLECTOR_CALL_CONV: cranelift_codegen::isa::CallConv = cranelift_codegen::isa::CallConv::Winch;

/// Compiles a checked, escape-analysed program to an object file.
pub fn compile(prog: &Program, esc: &Decisions) -> Result<Vec<u8>, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    // Frame pointers: `recover` compares the deferred function's caller's.
    flags.set("preserve_frame_pointers", "true").map_err(|e| e.to_string())?;
    flags.set("is_pic", "true").map_err(|e| e.to_string())?;
    flags.set("enable_multi_ret_implicit_sret", "true").map_err(|e| e.to_string())?;
    let isa = cranelift_native::builder()
        .map_err(|e| format!("cranelift: {e}"))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("cranelift: {e}"))?;
    let builder =
        ObjectBuilder::new(isa, "main", cranelift_module::default_libcall_names()).map_err(|e| e.to_string())?;
    let mut md = ModCtx {
        m: ObjectModule::new(builder),
        prog,
        esc,
        funcs: Vec::new(),
        globals: Vec::new(),
        runtime: HashMap::new(),
        strings: HashMap::new(),
        descs: HashMap::new(),
        desc_queue: Vec::new(),
        anon: 0,
        static_closures: HashMap::new(),
        wrappers: HashMap::new(),
        runtime_data: HashMap::new(),
    };
    md.declare_all()?;
    let mut ctx = md.m.make_context();
    let mut fbc = FunctionBuilderContext::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        let id = ir::FuncId(i as u32);
        ctx.func.signature = md.go_signature(f);
        ctx.func.name = cranelift_codegen::ir::UserFuncName::user(0, md.funcs[i].as_u32());
        func::lower(&mut md, &mut ctx.func, &mut fbc, id)?;
        md.m.define_function(md.funcs[i], &mut ctx)
            .map_err(|e| format!("internal compiler error in {}: {e:?}", f.name))?;
        md.m.clear_context(&mut ctx);
    }
    md.define_wrappers()?;
    md.define_site_table()?;
    md.define_gc_roots()?;
    md.define_descriptors()?;
    let product = md.m.finish();
    product.emit().map_err(|e| e.to_string())
}

impl<'p> ModCtx<'p> {
    fn declare_all(&mut self) -> Result<(), String> {
        let prog = self.prog;
        for (i, f) in prog.funcs.iter().enumerate() {
            let linkage = if ir::FuncId(i as u32) == prog.main || ir::FuncId(i as u32) == prog.init {
                Linkage::Export
            } else {
                Linkage::Local
            };
            let sig = self.go_signature(f);
            let id = self.m.declare_function(&f.symbol, linkage, &sig).map_err(|e| e.to_string())?;
            self.funcs.push(id);
        }
        for (i, g) in prog.globals.iter().enumerate() {
            let id = self
                .m
                .declare_data(&format!("main.{}·{i}", g.name), Linkage::Local, true, false)
                .map_err(|e| e.to_string())?;
            let (size, align) = prog.types.layout(g.ty);
            let mut d = DataDescription::new();
            d.define_zeroinit(size.max(1) as usize);
            d.set_align(align.max(1));
            self.m.define_data(id, &d).map_err(|e| e.to_string())?;
            self.globals.push(id);
        }
        Ok(())
    }

    /// The Cranelift signature of a Go function (see `repr.rs`).
    pub fn go_signature(&self, f: &ir::Func) -> Signature {
        let params: Vec<TypeId> = f.params.iter().map(|&p| f.local(p).ty).collect();
        let results: Vec<TypeId> = f.results.iter().map(|&r| f.local(r).ty).collect();
        let mut sig = self.signature_of(&params, &results, f.closure.is_some());
        if f.origin == ir::FuncOrigin::Wrapper && stdlib::collects(&f.name) {
            sig.call_conv = COLLECTOR_CALL_CONV;
        }
        sig
    }

    /// What a `deferwrap` closure (or a func value's wrapper) does on
    /// entry: if the panic running deferred calls called it (its caller's
    /// frame is the expected one), the function it calls is the deferred
    /// function, so it passes the role on (`recover` checks it). A few
    /// instructions, not a call: every call through a func value runs them.
    pub fn deferwrap_enter(&mut self, b: &mut cranelift_frontend::FunctionBuilder) -> Result<(), String> {
        use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, MemFlagsData};
        let id = self.runtime_data("CRANEGO_DEFERRED_CALLER")?;
        let gv = self.m.declare_data_in_func(id, b.func);
        let expected = b.ins().symbol_value(types::I64, gv);
        let fp = b.ins().get_frame_pointer(types::I64);
        let caller = b.ins().load(types::I64, MemFlagsData::trusted(), fp, 0);
        let cur = b.ins().load(types::I64, MemFlagsData::trusted(), expected, 0);
        let called_by_panic = b.ins().icmp(IntCC::Equal, cur, caller);
        let new = b.ins().select(called_by_panic, fp, cur);
        b.ins().store(MemFlagsData::trusted(), new, expected, 0);
        Ok(())
    }

    /// A read-only data object holding `bytes` (string literals, constants).
    pub fn string_data(&mut self, bytes: &[u8]) -> Result<DataId, String> {
        if let Some(id) = self.strings.get(bytes) {
            return Ok(*id);
        }
        let id = self.anon_data(bytes, 1, Vec::new())?;
        self.strings.insert(bytes.to_vec(), id);
        Ok(id)
    }

    /// An anonymous read-only data object with relocations (offset, target).
    pub fn anon_data(&mut self, bytes: &[u8], align: u64, relocs: Vec<(u32, DataId)>) -> Result<DataId, String> {
        self.anon += 1;
        let id = self
            .m
            .declare_data(&format!("cranego.data.{}", self.anon), Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        let mut d = DataDescription::new();
        d.define(bytes.to_vec().into_boxed_slice());
        d.set_align(align.max(1));
        for (off, target) in relocs {
            let gv = self.m.declare_data_in_data(target, &mut d);
            d.write_data_addr(off, gv, 0);
        }
        self.m.define_data(id, &d).map_err(|e| e.to_string())?;
        Ok(id)
    }

    /// A word of the runtime's: `cranego_cur_site`, the current allocation
    /// site (runtime/src/sites.rs); `cranego_stack_limit`, the running
    /// goroutine's stack bound (runtime/src/stack.rs);
    /// `CRANEGO_DEFERRED_CALLER`, whom `recover` must be called by
    /// (runtime/src/defers.rs).
    pub fn runtime_data(&mut self, symbol: &'static str) -> Result<DataId, String> {
        if let Some(&id) = self.runtime_data.get(symbol) {
            return Ok(id);
        }
        let id = self.m.declare_data(symbol, Linkage::Import, true, false).map_err(|e| e.to_string())?;
        self.runtime_data.insert(symbol, id);
        Ok(id)
    }

    /// The table of allocation sites the runtime reports with
    /// `GODEBUG=allocsites=1`: per site its position, its `-m` text and
    /// the analysis' decision (0 none, 1 escapes, 2 does not escape).
    fn define_site_table(&mut self) -> Result<(), String> {
        use std::mem::{offset_of, size_of};
        use typedesc::abi::{GoString, SiteInfo};
        let prog = self.prog;
        let n = prog.sites.len();
        let size = size_of::<SiteInfo>();
        let mut bytes = vec![0u8; size * n.max(1)];
        let mut relocs = Vec::new();
        for i in 0..n {
            let s = ir::SiteId(i as u32);
            let (pos, text, decision) = self.esc.site_report(s);
            let base = i * size;
            for (field, value) in [(offset_of!(SiteInfo, pos), pos), (offset_of!(SiteInfo, text), text)] {
                let len_off = base + field + offset_of!(GoString, len);
                bytes[len_off..len_off + 8].copy_from_slice(&(value.len() as u64).to_le_bytes());
                let d = self.string_data(value.as_bytes())?;
                relocs.push(((base + field + offset_of!(GoString, ptr)) as u32, d));
            }
            let d_off = base + offset_of!(SiteInfo, decision);
            bytes[d_off..d_off + 8].copy_from_slice(&(decision as u64).to_le_bytes());
        }
        let table = self.anon_data(&bytes, 8, relocs)?;
        self.define_table_header("cranego_sites", table, n)
    }

    /// The exported `{ table, count }` header through which the runtime
    /// finds a table the compiler emits.
    fn define_table_header(&mut self, symbol: &str, table: DataId, count: usize) -> Result<(), String> {
        let id = self.m.declare_data(symbol, Linkage::Export, false, false).map_err(|e| e.to_string())?;
        let mut head = vec![0u8; 16];
        head[8..].copy_from_slice(&(count as u64).to_le_bytes());
        let mut d = DataDescription::new();
        d.define(head.into_boxed_slice());
        d.set_align(8);
        let gv = self.m.declare_data_in_data(table, &mut d);
        d.write_data_addr(0, gv, 0);
        self.m.define_data(id, &d).map_err(|e| e.to_string())
    }

    /// The collector's table of package variables that hold pointers
    /// (`cranego_gcroots`: `{ *const GcRoot, count }`): per variable its
    /// address and its type's descriptor, whose pointer mask says which
    /// words to scan.
    fn define_gc_roots(&mut self) -> Result<(), String> {
        use std::mem::{offset_of, size_of};
        use typedesc::abi::GcRoot;
        let prog = self.prog;
        let mut roots = Vec::new();
        for (i, g) in prog.globals.iter().enumerate() {
            if prog.types.has_pointers(g.ty) {
                roots.push((self.globals[i], self.descriptor(typedesc::DescKey::Type(g.ty))?));
            }
        }
        let size = size_of::<GcRoot>();
        let mut d = DataDescription::new();
        d.define(vec![0u8; size * roots.len().max(1)].into_boxed_slice());
        d.set_align(8);
        for (i, (var, desc)) in roots.iter().enumerate() {
            let base = (i * size) as u32;
            let gv = self.m.declare_data_in_data(*var, &mut d);
            d.write_data_addr(base + offset_of!(GcRoot, addr) as u32, gv, 0);
            let gv = self.m.declare_data_in_data(*desc, &mut d);
            d.write_data_addr(base + offset_of!(GcRoot, typ) as u32, gv, 0);
        }
        let table = self.m.declare_anonymous_data(false, false).map_err(|e| e.to_string())?;
        self.m.define_data(table, &d).map_err(|e| e.to_string())?;
        self.define_table_header("cranego_gcroots", table, roots.len())
    }

    /// A read-only block of `size` zero bytes, one per size.
    pub fn zero_data(&mut self, size: u64) -> Result<DataId, String> {
        // Aligned for any value: boxed zero values are read through it.
        self.anon_data(&vec![0u8; size as usize], 8, Vec::new())
    }

    pub fn m_config(&self) -> cranelift_codegen::isa::TargetFrontendConfig {
        self.m.target_config()
    }

    pub fn global_data(&self, g: ir::GlobalId) -> DataId {
        self.globals[g.index()]
    }

    pub fn func_id(&self, f: ir::FuncId) -> ClifFuncId {
        self.funcs[f.index()]
    }

    pub fn types(&self) -> &'p crate::types::Types {
        &self.prog.types
    }

    /// The element type of an array or pointer type.
    pub fn elem_of(&self, t: TypeId) -> TypeId {
        match self.prog.types.under_kind(t) {
            TypeKind::Array(_, e) | TypeKind::Pointer(e) | TypeKind::Slice(e) => *e,
            _ => crate::types::Types::INVALID,
        }
    }
}
