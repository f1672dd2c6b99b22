//! The runtime library's functions as the generated code calls them: names
//! and C signatures (see `runtime/src`).

use cranelift_codegen::ir::{types, AbiParam, Type};
use cranelift_module::{FuncId, Linkage, Module};

use super::ModCtx;

const P: Type = types::I64;

/// (symbol, parameters, results).
pub type RtSig = (&'static str, &'static [Type], &'static [Type]);

pub const NEW: RtSig = ("cranego_new", &[P], &[P]);
/// (stack buffer or null, parts, count).
pub const CONCAT: RtSig = ("cranego_concatstrings", &[P, P, P], &[P, P]);
pub const CMPSTRING: RtSig = ("cranego_cmpstring", &[P, P, P, P], &[P]);
pub const MEMEQUAL: RtSig = ("cranego_memequal", &[P, P, P], &[types::I8]);
/// (4-byte stack buffer or null, rune).
pub const INTSTRING: RtSig = ("cranego_intstring", &[P, P], &[P, P]);
pub const DECODERUNE: RtSig = ("cranego_decoderune", &[P, P, P], &[P, P]);
pub const PRINTINT: RtSig = ("cranego_printint", &[P], &[]);
pub const PRINTUINT: RtSig = ("cranego_printuint", &[P], &[]);
pub const PRINTFLOAT: RtSig = ("cranego_printfloat", &[types::F64], &[]);
pub const PRINTFLOAT32: RtSig = ("cranego_printfloat32", &[types::F32], &[]);
pub const PRINTBOOL: RtSig = ("cranego_printbool", &[types::I8], &[]);
pub const PRINTSTRING: RtSig = ("cranego_printstring", &[P, P], &[]);
pub const PRINTPOINTER: RtSig = ("cranego_printpointer", &[P], &[]);
pub const PRINTSP: RtSig = ("cranego_printsp", &[], &[]);
pub const PRINTNL: RtSig = ("cranego_printnl", &[], &[]);
pub const PRINTFLUSH: RtSig = ("cranego_printflush", &[], &[]);
/// A bounds error: (code as gc's abi.BoundsErrorCode, index, bound, signed).
pub const PANIC_BOUNDS: RtSig = ("cranego_panic_bounds", &[P, P, P, types::I8], &[]);
pub const MAKESLICE: RtSig = ("cranego_makeslice", &[P, P, P], &[P]);
/// (elem type, ptr, len, cap, new len) -> (ptr, cap).
pub const GROWSLICE: RtSig = ("cranego_growslice", &[P, P, P, P, P], &[P, P]);
/// The conversions take a buffer in the caller's frame (null when the
/// result escapes) first: 32 bytes, or 32 runes for `[]rune(s)`.
pub const SLICEBYTETOSTRING: RtSig = ("cranego_slicebytetostring", &[P, P, P], &[P, P]);
pub const SLICERUNETOSTRING: RtSig = ("cranego_slicerunetostring", &[P, P, P], &[P, P]);
/// (buffer, ptr, len, out *slice).
pub const STRINGTOSLICEBYTE: RtSig = ("cranego_stringtoslicebyte", &[P, P, P, P], &[]);
pub const STRINGTOSLICERUNE: RtSig = ("cranego_stringtoslicerune", &[P, P, P, P], &[]);
/// Interface data words for values gc boxes without allocating when small.
pub const CONVT8: RtSig = ("cranego_convT8", &[types::I8], &[P]);
/// (value bits, size 2, 4 or 8).
pub const CONVT: RtSig = ("cranego_convT", &[P, P], &[P]);
pub const CONVTSTRING: RtSig = ("cranego_convTstring", &[P, P], &[P]);
pub const CONVTSLICE: RtSig = ("cranego_convTslice", &[P, P, P], &[P]);
pub const PANIC_DIVIDE: RtSig = ("cranego_panic_divide", &[], &[]);
pub const PANIC_SHIFT: RtSig = ("cranego_panic_shift", &[], &[]);
pub const PANIC_NIL: RtSig = ("cranego_panic_nil", &[P], &[]);
pub const GOPANIC: RtSig = ("cranego_gopanic", &[P, P], &[]);
/// `(closure, frame record)`: a deferred call (runtime/src/defers.rs).
pub const DEFERPROC: RtSig = ("cranego_deferproc", &[P, P], &[]);
pub const DEFERRETURN: RtSig = ("cranego_deferreturn", &[P], &[]);
/// Fills a frame record: returns 0, and 1 again when a recovered panic
/// resumes the frame.
pub const DEFERFRAME: RtSig = ("cranego_deferframe", &[P], &[P]);
/// `(caller's frame pointer) -> any`.
pub const GORECOVER: RtSig = ("cranego_gorecover", &[P], &[P, P]);
/// `(frame pointer, caller's frame pointer)`: a deferwrap closure starts.
/// Goroutines and channels (runtime/src/sched.rs, chan.rs).
pub const GO: RtSig = ("cranego_go", &[P], &[]);
pub const MAKECHAN: RtSig = ("cranego_makechan", &[P, P], &[P]);
/// `(ch, &elem)`.
pub const CHANSEND: RtSig = ("cranego_chansend", &[P, P], &[]);
/// `(ch, &elem) -> ok`.
pub const CHANRECV: RtSig = ("cranego_chanrecv", &[P, P], &[types::I8]);
pub const CLOSECHAN: RtSig = ("cranego_closechan", &[P], &[]);
/// `(cases, n, block) -> (index, ok)`: `cases` is an array of
/// `{chan, &elem, recv}` (runtime/src/chan.rs `Scase`).
pub const SELECTGO: RtSig = ("cranego_selectgo", &[P, P, types::I8], &[P, types::I8]);
pub const CHANLEN: RtSig = ("cranego_chanlen", &[P], &[P]);
pub const CHANCAP: RtSig = ("cranego_chancap", &[P], &[P]);
/// (interface type, dynamic type) -> itab, null if not implemented.
pub const GETITAB: RtSig = ("cranego_getitab", &[P, P], &[P]);
/// (dynamic type or null, asserted type, static interface type).
pub const PANIC_ASSERT: RtSig = ("cranego_panic_assert", &[P, P, P], &[]);
/// Maps: `t` is the map type's descriptor, keys are passed by address.
/// (t, hint) -> map.
pub const MAKEMAP: RtSig = ("cranego_makemap", &[P, P], &[P]);
pub const MAPLEN: RtSig = ("cranego_maplen", &[P], &[P]);
/// (t, map, key) -> element address (a zero buffer when absent).
pub const MAPACCESS1: RtSig = ("cranego_mapaccess1", &[P, P, P], &[P]);
/// (t, map, key) -> (element address, present).
pub const MAPACCESS2: RtSig = ("cranego_mapaccess2", &[P, P, P], &[P, P]);
/// (t, map, key) -> address to store the element at.
pub const MAPASSIGN: RtSig = ("cranego_mapassign", &[P, P, P], &[P]);
pub const MAPDELETE: RtSig = ("cranego_mapdelete", &[P, P, P], &[]);
pub const MAPCLEAR: RtSig = ("cranego_mapclear", &[P, P], &[]);
/// (t, map, iterator memory).
pub const MAPITERINIT: RtSig = ("cranego_mapiterinit", &[P, P, P], &[]);
pub const MAPITERNEXT: RtSig = ("cranego_mapiternext", &[P], &[]);
pub const EFACEEQ: RtSig = ("cranego_efaceeq", &[P, P, P, P], &[types::I8]);
pub const IFACEEQ: RtSig = ("cranego_ifaceeq", &[P, P, P, P], &[types::I8]);

/// A parameter as C code expects it: LLVM (which compiles the runtime)
/// assumes the caller zero-extends 8- and 16-bit arguments to 32 bits.
pub fn c_param(t: Type) -> AbiParam {
    if t.bits() < 32 && t.is_int() {
        AbiParam::new(t).uext()
    } else {
        AbiParam::new(t)
    }
}

impl ModCtx<'_> {
    /// Declares (once) and returns a runtime function.
    pub fn runtime(&mut self, f: RtSig) -> Result<FuncId, String> {
        if let Some(id) = self.runtime.get(f.0) {
            return Ok(*id);
        }
        let mut sig = self.m.make_signature();
        sig.params.extend(f.1.iter().map(|t| c_param(*t)));
        sig.returns.extend(f.2.iter().map(|t| AbiParam::new(*t)));
        let id = self.m.declare_function(f.0, Linkage::Import, &sig).map_err(|e| e.to_string())?;
        self.runtime.insert(f.0, id);
        Ok(id)
    }
}
