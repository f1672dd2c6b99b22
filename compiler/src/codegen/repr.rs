//! How Go values are represented in generated code.
//!
//! "Flat" types live in Cranelift values (registers): scalars in one, strings
//! `{ptr, len}` and interfaces `{type, data}` in two, slices
//! `{ptr, len, cap}` in three. Structs and arrays live in memory and are
//! handled through their address. The same split gives the calling
//! convention: flat parameters and results travel as their values,
//! aggregates as a pointer to a copy the caller made (results: a pointer to
//! memory the caller provides).

use cranelift_codegen::ir::{types, Type, Value};

use crate::types::{Basic, TypeId, TypeKind, Types};

/// One word of a flat value: its Cranelift type and byte offset in memory.
pub type Part = (Type, u32);

pub enum Repr {
    Flat(Vec<Part>),
    Mem { size: u64, align: u64 },
}

pub fn repr(types: &Types, t: TypeId) -> Repr {
    let word = types::I64;
    match types.under_kind(t) {
        TypeKind::Basic(b) => match b.canonical() {
            Basic::Bool | Basic::Int8 | Basic::Uint8 => Repr::Flat(vec![(types::I8, 0)]),
            Basic::Int16 | Basic::Uint16 => Repr::Flat(vec![(types::I16, 0)]),
            Basic::Int32 | Basic::Uint32 => Repr::Flat(vec![(types::I32, 0)]),
            Basic::Float32 => Repr::Flat(vec![(types::F32, 0)]),
            Basic::Float64 => Repr::Flat(vec![(types::F64, 0)]),
            Basic::String => Repr::Flat(vec![(word, 0), (word, 8)]),
            Basic::Complex64 | Basic::Complex128 => Repr::Mem { size: types.size_of(t), align: 8 },
            _ => Repr::Flat(vec![(word, 0)]),
        },
        TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func { .. } => {
            Repr::Flat(vec![(word, 0)])
        }
        TypeKind::Slice(_) => Repr::Flat(vec![(word, 0), (word, 8), (word, 16)]),
        TypeKind::Interface(_) => Repr::Flat(vec![(word, 0), (word, 8)]),
        TypeKind::Struct(_) | TypeKind::Array(..) => {
            let (size, align) = types.layout(t);
            Repr::Mem { size, align }
        }
        TypeKind::Tuple(_) | TypeKind::Named(_) => Repr::Flat(Vec::new()),
    }
}

/// A Go value during code generation.
#[derive(Clone, Debug)]
pub enum Val {
    /// The words of a flat value.
    Flat(Vec<Value>),
    /// The address of an aggregate. Readers that keep the value must copy it:
    /// the memory may be a variable that changes later.
    Mem(Value),
}

impl Val {
    pub fn scalar(v: Value) -> Val {
        Val::Flat(vec![v])
    }

    /// The single word of a scalar value.
    pub fn one(&self) -> Value {
        match self {
            Val::Flat(v) => v[0],
            Val::Mem(a) => *a,
        }
    }

    pub fn words(&self) -> &[Value] {
        match self {
            Val::Flat(v) => v,
            Val::Mem(a) => std::slice::from_ref(a),
        }
    }
}
