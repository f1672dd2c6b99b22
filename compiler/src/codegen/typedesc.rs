//! Type descriptors: the data the runtime reads to allocate, print and
//! (later) collect values. Their layout is `runtime/src/abi.rs`, included
//! here so that every offset comes from the runtime's own definition.

use std::mem::{offset_of, size_of};

use cranelift_module::{DataDescription, DataId, Linkage, Module};

use super::ModCtx;
use crate::types::{Basic, TypeId, TypeKind, Types};

#[path = "../../../runtime/src/abi.rs"]
pub(super) mod abi;

/// What a descriptor describes: a program type, or an array type the
/// compiler needs without the program naming it (the array behind `...`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DescKey {
    Type(TypeId),
    Array(u64, TypeId),
    /// The closure object of a function literal (code word, then captures).
    Closure(crate::ir::FuncId),
    /// The closure object of a method value with this receiver type.
    MethodValue(TypeId),
    /// Not a type: the itab of (interface type, concrete type).
    Itab(TypeId, TypeId),
}

impl ModCtx<'_> {
    /// The descriptor of a type, declared now and defined at the end.
    pub fn descriptor(&mut self, key: DescKey) -> Result<DataId, String> {
        let key = match key {
            DescKey::Type(t) if self.runtime_descriptor(t).is_some() => {
                // `error`'s and some library types' descriptors are the
                // runtime's, which values made by the runtime carry.
                if let Some(id) = self.descs.get(&key) {
                    return Ok(*id);
                }
                let symbol = self.runtime_descriptor(t).unwrap_or_default();
                let id = self.m.declare_data(&symbol, Linkage::Import, false, false).map_err(|e| e.to_string())?;
                self.descs.insert(key, id);
                return Ok(id);
            }
            DescKey::Type(t) => DescKey::Type(self.canonical_for_desc(t)),
            DescKey::Array(n, t) => DescKey::Array(n, self.canonical_for_desc(t)),
            k => k,
        };
        if let Some(id) = self.descs.get(&key) {
            return Ok(*id);
        }
        let n = self.descs.len();
        let id = self
            .m
            .declare_data(&format!("cranego.type.{n}"), Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        self.descs.insert(key, id);
        self.desc_queue.push((key, id));
        Ok(id)
    }

    /// The runtime symbol of `t`'s descriptor, when the runtime defines it.
    fn runtime_descriptor(&self, t: TypeId) -> Option<String> {
        if t == self.prog.error_type {
            return Some("cranego_type_error".into());
        }
        let types = self.types();
        let (base, pointer) = match types.kind(t) {
            TypeKind::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let named = types.named_info(base)?;
        crate::stdlib::runtime_descriptor(&named.pkg, &named.name, pointer)
    }

    /// Identical types share a descriptor, as in Go: `[]byte` and
    /// `[]uint8`, `[]any` and `[]interface{}` (`%T` prints uint8 and
    /// `interface {}` for them).
    fn canonical_for_desc(&self, t: TypeId) -> TypeId {
        self.prog.types.canonical(t)
    }

    /// Defines every declared descriptor (defining one may declare more).
    pub fn define_descriptors(&mut self) -> Result<(), String> {
        while let Some((key, id)) = self.desc_queue.pop() {
            self.define_descriptor(key, id)?;
        }
        Ok(())
    }

    fn define_descriptor(&mut self, key: DescKey, id: DataId) -> Result<(), String> {
        if let DescKey::Itab(iface, t) = key {
            return self.define_itab(iface, t, id);
        }
        let types: &Types = self.types();
        let (size, align, kind, flags, name, elem, len, fields, ptr_words) = match key {
            DescKey::Type(t) => {
                let (size, align) = types.layout(t);
                let mut words = Vec::new();
                types.pointer_words(t, 0, &mut words);
                let named = types.is_named(t);
                let mut flags = 0u8;
                if named {
                    flags |= abi::FLAG_NAMED;
                }
                if types.is_direct_iface(t) {
                    flags |= abi::FLAG_DIRECT_IFACE;
                }
                if types.comparable(t) {
                    flags |= abi::FLAG_COMPARABLE;
                }
                let (elem, len, fields) = match types.under_kind(t) {
                    TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Chan(_, e) => (Some(*e), 0, Vec::new()),
                    TypeKind::Array(n, e) => (Some(*e), *n, Vec::new()),
                    TypeKind::Map(_, v) => (Some(*v), 0, Vec::new()),
                    TypeKind::Interface(ms) => (None, ms.len() as u64, Vec::new()),
                    TypeKind::Struct(fs) => {
                        let offs = types.field_offsets(t);
                        let fields: Vec<(String, TypeId, u64, bool)> =
                            fs.iter().zip(offs).map(|(f, o)| (f.name.clone(), f.typ, o, f.embedded)).collect();
                        (None, fields.len() as u64, fields)
                    }
                    _ => (None, 0, Vec::new()),
                };
                (size, align, kind_of(types, t), flags, types.runtime_string(t), elem, len, fields, words)
            }
            DescKey::Closure(f) => {
                let captures = self.prog.funcs[f.index()].closure.clone().unwrap_or_default();
                let (offsets, size) = super::closure::capture_layout(self, f);
                let mut words = Vec::new();
                for (i, (c, off)) in captures.iter().zip(offsets).enumerate() {
                    if self.esc.by_ref(f, i) {
                        words.push(off);
                    } else {
                        types.pointer_words(c.ty, off, &mut words);
                    }
                }
                let name = format!("closure of {}", self.prog.funcs[f.index()].name);
                (size, 8, abi::kind::STRUCT, 0, name, None, 0, Vec::new(), words)
            }
            DescKey::MethodValue(recv) => {
                let off = super::closure::bound_receiver_offset(self, recv);
                let size = (off + types.size_of(recv)).div_ceil(8) * 8;
                let mut words = Vec::new();
                types.pointer_words(recv, off, &mut words);
                let name = format!("method value of {}", types.runtime_string(recv));
                (size, 8, abi::kind::STRUCT, 0, name, None, 0, Vec::new(), words)
            }
            DescKey::Itab(..) => return Err("internal compiler error: itab as a type".into()),
            DescKey::Array(n, e) => {
                let (es, ea) = types.layout(e);
                let mut words = Vec::new();
                for i in 0..n {
                    types.pointer_words(e, i * es, &mut words);
                }
                let name = format!("[{n}]{}", types.runtime_string(e));
                (es * n, ea, abi::kind::ARRAY, 0, name, Some(e), n, Vec::new(), words)
            }
        };
        let ptrdata = ptr_words.last().map(|w| w + 8).unwrap_or(0);
        let mut bytes = vec![0u8; size_of::<abi::Type>()];
        let put = |bytes: &mut Vec<u8>, off: usize, v: u64, n: usize| {
            bytes[off..off + n].copy_from_slice(&v.to_le_bytes()[..n]);
        };
        put(&mut bytes, offset_of!(abi::Type, size), size, 8);
        put(&mut bytes, offset_of!(abi::Type, ptrdata), ptrdata, 8);
        put(&mut bytes, offset_of!(abi::Type, kind), kind as u64, 1);
        put(&mut bytes, offset_of!(abi::Type, align), align, 1);
        put(&mut bytes, offset_of!(abi::Type, flags), flags as u64, 1);
        put(&mut bytes, offset_of!(abi::Type, hash), name_hash(name.as_bytes()) as u64, 4);
        let name_off = offset_of!(abi::Type, name);
        put(&mut bytes, name_off + offset_of!(abi::GoString, len), name.len() as u64, 8);
        put(&mut bytes, offset_of!(abi::Type, len), len, 8);
        let mut relocs: Vec<(u32, DataId)> = Vec::new();
        let name_data = self.string_data(name.as_bytes())?;
        relocs.push(((name_off + offset_of!(abi::GoString, ptr)) as u32, name_data));
        if let Some(e) = elem {
            let ed = self.descriptor(DescKey::Type(e))?;
            relocs.push((offset_of!(abi::Type, elem) as u32, ed));
        }
        if !fields.is_empty() {
            let fd = self.field_table(&fields)?;
            relocs.push((offset_of!(abi::Type, fields) as u32, fd));
        }
        if let DescKey::Type(t) = key {
            if let TypeKind::Map(k, _) = self.types().under_kind(t) {
                let kd = self.descriptor(DescKey::Type(*k))?;
                relocs.push((offset_of!(abi::Type, key) as u32, kd));
            }
            let methods = self.method_list(t);
            if !methods.is_empty() {
                put(&mut bytes, offset_of!(abi::Type, nmethods), methods.len() as u64, 8);
                let md = self.method_table(&methods)?;
                relocs.push((offset_of!(abi::Type, methods) as u32, md));
            }
        }
        if ptrdata > 0 {
            let mut mask = vec![0u8; (ptrdata / 8).div_ceil(8) as usize];
            for w in &ptr_words {
                let i = (w / 8) as usize;
                mask[i / 8] |= 1 << (i % 8);
            }
            let md = self.anon_data(&mask, 1, Vec::new())?;
            relocs.push((offset_of!(abi::Type, gcmask) as u32, md));
        }
        let mut d = DataDescription::new();
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        for (off, target) in relocs {
            let gv = self.m.declare_data_in_data(target, &mut d);
            d.write_data_addr(off, gv, 0);
        }
        self.m.define_data(id, &d).map_err(|e| e.to_string())
    }

    /// A type's methods for its descriptor: (name, signature, code). The
    /// code is null for interface types.
    fn method_list(&self, t: TypeId) -> Vec<MethodInfo> {
        let types = self.types();
        if types.is_interface(t) {
            return types.iface_methods(t).iter().map(|m| (m.name.clone(), m.sig, None)).collect();
        }
        match self.prog.methods.get(&t) {
            Some(ms) => ms.iter().map(|m| (m.name.clone(), m.sig, Some((m.func, m.derefs)))).collect(),
            None => Vec::new(),
        }
    }

    fn method_table(&mut self, methods: &[MethodInfo]) -> Result<DataId, String> {
        let msize = size_of::<abi::Method>();
        let mut bytes = vec![0u8; msize * methods.len()];
        let mut relocs = Vec::new();
        let mut funcs = Vec::new();
        for (i, (name, sig, func)) in methods.iter().enumerate() {
            let base = i * msize;
            let name_off = base + offset_of!(abi::Method, name);
            bytes[name_off + offset_of!(abi::GoString, len)..][..8].copy_from_slice(&(name.len() as u64).to_le_bytes());
            let nd = self.string_data(name.as_bytes())?;
            relocs.push(((name_off + offset_of!(abi::GoString, ptr)) as u32, nd));
            let sd = self.descriptor(DescKey::Type(*sig))?;
            relocs.push(((base + offset_of!(abi::Method, mtyp)) as u32, sd));
            if let Some((f, derefs)) = func {
                funcs.push(((base + offset_of!(abi::Method, ifn)) as u32, self.func_id(*f)));
                bytes[base + offset_of!(abi::Method, derefs)] = *derefs as u8;
            }
        }
        self.data_with_funcs(&bytes, relocs, funcs)
    }

    /// The itab of concrete type `t` for interface type `iface`.
    fn define_itab(&mut self, iface: TypeId, t: TypeId, id: DataId) -> Result<(), String> {
        let names: Vec<String> = self.types().iface_methods(iface).iter().map(|m| m.name.clone()).collect();
        let bytes = vec![0u8; offset_of!(abi::Itab, fun) + 8 * names.len().max(1)];
        let inter = self.descriptor(DescKey::Type(iface))?;
        let typ = self.descriptor(DescKey::Type(t))?;
        let relocs = vec![(offset_of!(abi::Itab, inter) as u32, inter), (offset_of!(abi::Itab, typ) as u32, typ)];
        let table = self.prog.methods.get(&t);
        let mut funcs = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let f = table.and_then(|ms| ms.iter().find(|m| &m.name == name)).ok_or_else(|| {
                format!("internal compiler error: {} lacks method {name}", self.types().type_string(t))
            })?;
            funcs.push(((offset_of!(abi::Itab, fun) + 8 * i) as u32, self.func_id(f.func)));
        }
        self.define_with_funcs(id, &bytes, relocs, funcs)
    }

    /// A new read-only object with data and function-address relocations.
    fn data_with_funcs(
        &mut self,
        bytes: &[u8],
        relocs: Vec<(u32, DataId)>,
        funcs: Vec<(u32, cranelift_module::FuncId)>,
    ) -> Result<DataId, String> {
        self.anon += 1;
        let id = self
            .m
            .declare_data(&format!("cranego.data.{}", self.anon), Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        self.define_with_funcs(id, bytes, relocs, funcs)?;
        Ok(id)
    }

    fn define_with_funcs(
        &mut self,
        id: DataId,
        bytes: &[u8],
        relocs: Vec<(u32, DataId)>,
        funcs: Vec<(u32, cranelift_module::FuncId)>,
    ) -> Result<(), String> {
        let mut d = DataDescription::new();
        d.define(bytes.to_vec().into_boxed_slice());
        d.set_align(8);
        for (off, target) in relocs {
            let gv = self.m.declare_data_in_data(target, &mut d);
            d.write_data_addr(off, gv, 0);
        }
        for (off, f) in funcs {
            let fr = self.m.declare_func_in_data(f, &mut d);
            d.write_function_addr(off, fr);
        }
        self.m.define_data(id, &d).map_err(|e| e.to_string())
    }

    fn field_table(&mut self, fields: &[(String, TypeId, u64, bool)]) -> Result<DataId, String> {
        let fsize = size_of::<abi::Field>();
        let mut bytes = vec![0u8; fsize * fields.len()];
        let mut relocs = Vec::new();
        for (i, (name, t, off, embedded)) in fields.iter().enumerate() {
            let base = i * fsize;
            let name_off = base + offset_of!(abi::Field, name);
            bytes[name_off + offset_of!(abi::GoString, len)..][..8].copy_from_slice(&(name.len() as u64).to_le_bytes());
            bytes[base + offset_of!(abi::Field, offset)..][..8].copy_from_slice(&off.to_le_bytes());
            bytes[base + offset_of!(abi::Field, embedded)..][..8].copy_from_slice(&(*embedded as u64).to_le_bytes());
            let nd = self.string_data(name.as_bytes())?;
            relocs.push(((name_off + offset_of!(abi::GoString, ptr)) as u32, nd));
            let td = self.descriptor(DescKey::Type(*t))?;
            relocs.push(((base + offset_of!(abi::Field, typ)) as u32, td));
        }
        self.anon_data(&bytes, 8, relocs)
    }
}

/// A method table entry: name, signature, and (for concrete types) the
/// function and whether it dereferences its receiver.
type MethodInfo = (String, TypeId, Option<(crate::ir::FuncId, bool)>);

fn kind_of(types: &Types, t: TypeId) -> u8 {
    use abi::kind::*;
    match types.under_kind(t) {
        TypeKind::Basic(b) => match b.canonical() {
            Basic::Bool => BOOL,
            Basic::Int => INT,
            Basic::Int8 => INT8,
            Basic::Int16 => INT16,
            Basic::Int32 => INT32,
            Basic::Int64 => INT64,
            Basic::Uint => UINT,
            Basic::Uint8 => UINT8,
            Basic::Uint16 => UINT16,
            Basic::Uint32 => UINT32,
            Basic::Uint64 => UINT64,
            Basic::Uintptr => UINTPTR,
            Basic::Float32 => FLOAT32,
            Basic::Float64 => FLOAT64,
            Basic::Complex64 => COMPLEX64,
            Basic::Complex128 => COMPLEX128,
            Basic::String => STRING,
            Basic::UnsafePointer => UNSAFE_POINTER,
            _ => 0,
        },
        TypeKind::Pointer(_) => POINTER,
        TypeKind::Array(..) => ARRAY,
        TypeKind::Slice(_) => SLICE,
        TypeKind::Struct(_) => STRUCT,
        TypeKind::Func { .. } => FUNC,
        TypeKind::Map(..) => MAP,
        TypeKind::Chan(..) => CHAN,
        TypeKind::Interface(_) => INTERFACE,
        _ => 0,
    }
}

/// A hash of the type's name, stable across builds (std's SipHash with its
/// fixed default keys): the descriptor's hash, for maps of interfaces later.
fn name_hash(b: &[u8]) -> u32 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    b.hash(&mut h);
    h.finish() as u32
}
