//! Memory layout of Go values on amd64, as gc lays them out: sizes,
//! alignments, field offsets, and which words hold pointers (the collector
//! scans heap objects with that bitmap).

use super::{Basic, TypeId, TypeKind, Types};

impl Types {
    pub fn size_of(&self, t: TypeId) -> u64 {
        self.layout(t).0
    }

    /// (size, alignment).
    pub fn layout(&self, t: TypeId) -> (u64, u64) {
        match self.under_kind(t) {
            TypeKind::Basic(b) => match b.canonical() {
                Basic::String => (16, 8),
                Basic::Complex64 => (8, 4),
                Basic::Complex128 => (16, 8),
                b => {
                    let s = b.size();
                    (s, s)
                }
            },
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func { .. } => (8, 8),
            TypeKind::Slice(_) => (24, 8),
            TypeKind::Interface(_) => (16, 8),
            TypeKind::Array(n, e) => {
                let (s, a) = self.layout(*e);
                (s.saturating_mul(*n), a)
            }
            TypeKind::Struct(fields) => {
                let mut off = 0u64;
                let mut align = 1u64;
                let mut last_zero = false;
                for f in fields {
                    let (s, a) = self.layout(f.typ);
                    off = off.div_ceil(a) * a;
                    off = off.saturating_add(s);
                    align = align.max(a);
                    last_zero = s == 0;
                }
                // gc pads a struct ending in a zero-sized field so that a
                // pointer to that field does not point past the object.
                if last_zero && off > 0 {
                    off += 1;
                }
                (off.div_ceil(align) * align, align)
            }
            TypeKind::Tuple(_) | TypeKind::Named(_) => (0, 1),
        }
    }

    /// Byte offsets of a struct's fields.
    pub fn field_offsets(&self, t: TypeId) -> Vec<u64> {
        let mut out = Vec::new();
        if let TypeKind::Struct(fields) = self.under_kind(t) {
            let mut off = 0u64;
            for f in fields {
                let (s, a) = self.layout(f.typ);
                off = off.div_ceil(a) * a;
                out.push(off);
                off += s;
            }
        }
        out
    }

    pub fn has_pointers(&self, t: TypeId) -> bool {
        match self.under_kind(t) {
            TypeKind::Basic(b) => {
                matches!(b, Basic::String | Basic::UnsafePointer | Basic::UntypedNil)
            }
            TypeKind::Array(n, e) => *n > 0 && self.has_pointers(*e),
            TypeKind::Struct(fields) => fields.iter().any(|f| self.has_pointers(f.typ)),
            TypeKind::Tuple(_) | TypeKind::Named(_) => false,
            _ => true,
        }
    }

    /// Whether a value of the type is stored directly in an interface's data
    /// word (gc's `IsDirectIface`): pointers, maps, channels, functions, and
    /// single-field structs and one-element arrays of those.
    pub fn is_direct_iface(&self, t: TypeId) -> bool {
        match self.under_kind(t) {
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func { .. } => true,
            TypeKind::Basic(Basic::UnsafePointer) => true,
            TypeKind::Array(1, e) => self.is_direct_iface(*e),
            TypeKind::Struct(fields) => fields.len() == 1 && self.is_direct_iface(fields[0].typ),
            _ => false,
        }
    }

    /// Offsets (in bytes, multiples of 8) of the words that hold pointers.
    pub fn pointer_words(&self, t: TypeId, base: u64, out: &mut Vec<u64>) {
        match self.under_kind(t) {
            TypeKind::Basic(Basic::String) | TypeKind::Slice(_) => out.push(base),
            TypeKind::Basic(Basic::UnsafePointer)
            | TypeKind::Pointer(_)
            | TypeKind::Map(..)
            | TypeKind::Chan(..)
            | TypeKind::Func { .. } => out.push(base),
            TypeKind::Interface(_) => {
                out.push(base);
                out.push(base + 8);
            }
            TypeKind::Array(n, e) if self.has_pointers(*e) => {
                let s = self.size_of(*e);
                for i in 0..*n {
                    self.pointer_words(*e, base + i * s, out);
                }
            }
            TypeKind::Struct(fields) => {
                let offs = self.field_offsets(t);
                for (f, o) in fields.iter().zip(offs) {
                    self.pointer_words(f.typ, base + o, out);
                }
            }
            _ => {}
        }
    }
}
