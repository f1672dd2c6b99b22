//! Calls of the runtime's standard-library functions (`Callee::Extern`),
//! with the C-level convention runtime/src/abi.rs describes:
//!
//! * arguments: each Go value flattened into its words (a string is
//!   `ptr, len`, a slice `ptr, len, cap`, an interface two words), an
//!   aggregate as a pointer to it;
//! * results: a single result of at most two words comes back in
//!   registers; several results of two words in all come back as two
//!   integer words; anything larger is written through a pointer passed
//!   last, each result at the next 8-byte-aligned offset.

use cranelift_codegen::ir::{types, AbiParam, InstBuilder, Type, Value};
use cranelift_module::{Linkage, Module};

use super::func::{CgResult, FnLower};
use super::repr::{repr, Part, Repr, Val};
use crate::ir::{self, ExternId};
use crate::types::{TypeId, TypeKind};

/// How a call's results come back.
enum Results {
    /// In registers, with these Cranelift types.
    Regs(Vec<Type>),
    /// Through a pointer to this many bytes.
    Memory(u64),
}

impl<'m, 'p, 'f> FnLower<'m, 'p, 'f> {
    /// The words of result `t` and its size in the out-memory layout.
    fn result_parts(&self, t: TypeId) -> (Vec<Part>, u64) {
        match repr(self.md.types(), t) {
            Repr::Flat(parts) => {
                let words = parts.len() as u64;
                (parts, 8 * words)
            }
            Repr::Mem { size, .. } => (Vec::new(), size.div_ceil(8) * 8),
        }
    }

    fn results_convention(&self, results: &[TypeId]) -> Results {
        let parts: Vec<Vec<Part>> = results.iter().map(|&t| self.result_parts(t).0).collect();
        let words: usize = parts.iter().map(|p| p.len()).sum();
        let all_flat = results.iter().all(|&t| matches!(repr(self.md.types(), t), Repr::Flat(_)));
        if all_flat && words <= 2 {
            if results.len() == 1 {
                return Results::Regs(parts[0].iter().map(|p| p.0).collect());
            }
            return Results::Regs(vec![types::I64; words]);
        }
        Results::Memory(results.iter().map(|&t| self.result_parts(t).1).sum())
    }

    /// A call of runtime function `ext`; `ty` is the call's result type
    /// (a tuple for several).
    pub fn call_extern(&mut self, ext: ExternId, args: &'p [ir::Expr], ty: TypeId) -> CgResult<Vec<Val>> {
        if let Some(v) = self.math_instruction(ext, args)? {
            return Ok(vec![Val::scalar(v)]);
        }
        let results: Vec<TypeId> = match self.md.types().kind(ty) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ if self.md.types().is_invalid(ty) => Vec::new(),
            _ => vec![ty],
        };
        let mut sig = self.md.m.make_signature();
        let mut argv: Vec<Value> = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            match v {
                Val::Flat(words) => {
                    if let Repr::Flat(parts) = repr(self.md.types(), a.ty) {
                        sig.params.extend(parts.iter().map(|p| super::rt::c_param(p.0)));
                    }
                    argv.extend(words);
                }
                Val::Mem(addr) => {
                    sig.params.push(AbiParam::new(types::I64));
                    argv.push(addr);
                }
            }
        }
        let convention = self.results_convention(&results);
        let out = match convention {
            Results::Regs(ref regs) => {
                sig.returns.extend(regs.iter().map(|t| AbiParam::new(*t)));
                None
            }
            Results::Memory(size) => {
                let mem = self.temp_bytes(size, 8);
                sig.params.push(AbiParam::new(types::I64));
                argv.push(mem);
                Some(mem)
            }
        };
        let symbol = &self.md.prog.externs[ext.0 as usize];
        if collects(&self.f.name) {
            sig.call_conv = super::COLLECTOR_CALL_CONV;
        }
        let id = self.md.m.declare_function(symbol, Linkage::Import, &sig).map_err(|e| e.to_string())?;
        let r = self.func_ref(id);
        let inst = self.b.ins().call(r, &argv);
        let words = self.b.inst_results(inst).to_vec();
        let mut vals = Vec::new();
        match out {
            None if results.len() == 1 => vals.push(Val::Flat(words)),
            None => {
                // Each result is one integer word, narrowed to its type.
                for (&t, w) in results.iter().zip(words) {
                    let want = match repr(self.md.types(), t) {
                        Repr::Flat(parts) => parts[0].0,
                        Repr::Mem { .. } => types::I64,
                    };
                    let v = if want == types::I64 { w } else { self.b.ins().ireduce(want, w) };
                    vals.push(Val::scalar(v));
                }
            }
            Some(mem) => {
                let mut off = 0u64;
                for &t in &results {
                    let (_, size) = self.result_parts(t);
                    let a = self.b.ins().iadd_imm_s(mem, off as i64);
                    let v = self.load_val(a, t);
                    vals.push(v);
                    off += size;
                }
            }
        }
        Ok(vals)
    }
}

/// Whether library function `name` (`runtime.GC`) enters the collector
/// with the stack scanned from its caller's frame (`COLLECTOR_CALL_CONV`).
pub fn collects(name: &str) -> bool {
    name == "runtime.GC"
}

impl<'m, 'p, 'f> FnLower<'m, 'p, 'f> {
    /// `math.Sqrt`, `Abs`, `Floor`, `Ceil` and `Trunc` as the one
    /// instruction each is, as gc compiles them (its intrinsics), instead
    /// of a call into the runtime.
    fn math_instruction(&mut self, ext: ExternId, args: &'p [ir::Expr]) -> CgResult<Option<Value>> {
        let name = self.md.prog.externs[ext.0 as usize].strip_prefix("cranego_math_");
        let op = match name {
            Some(op @ ("Sqrt" | "Abs" | "Floor" | "Ceil" | "Trunc")) => op,
            _ => return Ok(None),
        };
        let x = self.expr(&args[0])?.one();
        let ins = self.b.ins();
        Ok(Some(match op {
            "Sqrt" => ins.sqrt(x),
            "Abs" => ins.fabs(x),
            "Floor" => ins.floor(x),
            "Ceil" => ins.ceil(x),
            _ => ins.trunc(x),
        }))
    }
}
