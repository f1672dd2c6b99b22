//! gc's order of evaluation within a statement.
//!
//! The spec orders only calls (and receives and `&&`/`||`) among
//! themselves; when a variable is read relative to them is up to the
//! compiler. gc first evaluates every call of a statement, left to right,
//! into a temporary, and only then the rest: in `x = g + f()` or
//! `m[k] = f()`, `g` and `k` are read after `f` ran. Programs whose calls
//! change such variables print what gc makes them print only if we do the
//! same, so before lowering a statement we evaluate its calls in that
//! order and keep their results (`FnLower::hoisted`) for the expression
//! lowering to pick up when it reaches them.
//!
//! Only the parts of an expression that are evaluated unconditionally, in
//! the order written, are searched; `&&` and `||` are evaluated whole, as
//! gc does, since their right side is conditional. So is a map literal,
//! which gc builds entry by entry, each entry ordered like an assignment.
//!
//! gc also copies some operands it passes by address to the runtime in
//! that first pass (its `addrTemp`): map keys of types without a fast
//! map path and values boxed into interfaces by address, when they are
//! not in memory already (local variables it keeps in registers, values
//! of expressions). Those are read early too.

use super::func::{CgResult, FnLower};
use crate::ir::{self, ExprKind as IK};
use crate::types::{Basic, TypeId, TypeKind, Types};

impl<'m, 'p, 'f> FnLower<'m, 'p, 'f> {
    /// Evaluates the calls of value expression `e` in gc's order.
    pub fn order(&mut self, e: &'p ir::Expr) -> CgResult<()> {
        match &e.kind {
            IK::Call(_, args) => {
                self.order_all(args)?;
                self.hoist(e)
            }
            IK::CallValue(f, args) => {
                self.order(f)?;
                self.order_all(args)?;
                self.hoist(e)
            }
            IK::CallIface { recv, args, .. } => {
                self.order(recv)?;
                self.order_all(args)?;
                self.hoist(e)
            }
            IK::Recv { ch, .. } => {
                self.order(ch)?;
                self.hoist(e)
            }
            // gc reads a channel's length and capacity in order with the
            // statement's calls and receives.
            IK::Len(x) | IK::Cap(x) if matches!(self.md.types().under_kind(x.ty), TypeKind::Chan(..)) => {
                self.order(x)?;
                self.hoist(e)
            }
            // A map literal's entries are inserted one by one, each
            // evaluated as a statement (`map_expr`).
            // An inlined call runs where the call would: with the calls.
            IK::WithResults { .. } | IK::Inlined { .. } | IK::AndAnd(..) | IK::OrOr(..) | IK::MapLit { .. } => {
                self.hoist(e)
            }
            IK::ToIface(_, x) => {
                self.order(x)?;
                if boxed_by_address(self.md.types(), x.ty) {
                    self.copy_early(x)?;
                }
                Ok(())
            }
            IK::MapIndex { m, key, .. } | IK::MapDelete(m, key) => {
                self.order(m)?;
                self.order_key(m.ty, key)
            }
            IK::Unary(_, x)
            | IK::Convert(x)
            | IK::Deref(x)
            | IK::Field(x, _)
            | IK::Len(x)
            | IK::Cap(x)
            | IK::TypeAssert { x, .. }
            | IK::TypeIs { x, .. }
            | IK::StrConv { x, .. }
            | IK::AddrLit(_, x)
            | IK::Clear(x)
            | IK::MethodValue { recv: x, .. } => self.order(x),
            IK::AddrOf(x, _) => self.order_place(x),
            IK::Binary(_, x, y) | IK::Copy(x, y) | IK::AppendSlice { s: x, t: y, .. } => {
                self.order(x)?;
                self.order(y)
            }
            IK::Index(x, i) => {
                self.order(x)?;
                self.order(i)
            }
            IK::Composite(elems) | IK::SliceLit { elems, .. } => {
                for (_, v) in elems {
                    self.order(v)?;
                }
                Ok(())
            }
            IK::Concat(_, xs) | IK::VarArgs(_, xs) | IK::MinMax(_, xs) => self.order_all(xs),
            IK::Append { s, elems, .. } => {
                self.order(s)?;
                self.order_all(elems)
            }
            IK::SliceOf { x, lo, hi, max } => {
                self.order(x)?;
                for i in [lo, hi, max].into_iter().flatten() {
                    self.order(i)?;
                }
                Ok(())
            }
            IK::MakeSlice { len, cap, .. } => {
                self.order(len)?;
                match cap {
                    Some(c) => self.order(c),
                    None => Ok(()),
                }
            }
            IK::MakeMap { hint: Some(h), .. } | IK::MakeChan(Some(h)) => self.order(h),
            _ => Ok(()),
        }
    }

    /// Evaluates the calls among the operands of assignment target (or
    /// addressed operand) `e`; the place itself is computed later.
    pub fn order_place(&mut self, e: &'p ir::Expr) -> CgResult<()> {
        match &e.kind {
            IK::Local(_) | IK::Global(_) | IK::Blank => Ok(()),
            IK::Deref(p) => self.order(p),
            IK::Field(x, _) => self.order_place(x),
            IK::Index(x, i) => {
                if let TypeKind::Array(..) = self.md.types().under_kind(x.ty) {
                    self.order_place(x)?;
                } else {
                    self.order(x)?;
                }
                self.order(i)
            }
            IK::MapIndex { m, key, .. } => {
                self.order(m)?;
                self.order_key(m.ty, key)
            }
            _ => self.order(e),
        }
    }

    /// A map key: gc's map calls without a fast path take the key by
    /// address (`mapKeyTemp`).
    fn order_key(&mut self, map_t: crate::types::TypeId, key: &'p ir::Expr) -> CgResult<()> {
        self.order(key)?;
        let types = self.md.types();
        let TypeKind::Map(kt, vt) = types.under_kind(map_t) else { return Ok(()) };
        // gc's `mapfast`: string keys and 4- or 8-byte plain keys, for
        // elements of at most 128 bytes.
        let fast = types.size_of(*vt) <= 128
            && (types.is_string(*kt) || (plain_memory(types, *kt) && matches!(types.size_of(*kt), 4 | 8)));
        if !fast {
            self.copy_early(key)?;
        }
        Ok(())
    }

    /// gc's `addrTemp`: an operand passed by address is copied now unless
    /// it is in memory: constants are static data, variables that gc keeps
    /// in registers (small locals) are copied, other variables are not.
    fn copy_early(&mut self, e: &'p ir::Expr) -> CgResult<()> {
        let key = e as *const ir::Expr;
        if self.hoisted.contains_key(&key) {
            return Ok(());
        }
        let mut root = e;
        loop {
            match &root.kind {
                IK::Field(x, _) => root = x,
                IK::Index(x, _) if matches!(self.md.types().under_kind(x.ty), TypeKind::Array(..)) => root = x,
                _ => break,
            }
        }
        let copy = match &root.kind {
            IK::Const(_) | IK::Nil | IK::Zero => false,
            IK::Local(l) => can_ssa(self.md.types(), self.f.local(*l).ty),
            IK::Global(_) | IK::Deref(_) | IK::Index(..) => false,
            _ => true,
        };
        if copy {
            let v = self.expr(e)?;
            let v = self.snapshot(v, e.ty);
            self.hoisted.insert(key, vec![v]);
        }
        Ok(())
    }

    fn order_all(&mut self, es: &'p [ir::Expr]) -> CgResult<()> {
        for e in es {
            self.order(e)?;
        }
        Ok(())
    }

    /// Evaluates `e` now; its lowering later returns these values.
    fn hoist(&mut self, e: &'p ir::Expr) -> CgResult<()> {
        let vals = self.expr_multi(e)?;
        self.hoisted.insert(e as *const ir::Expr, vals);
        Ok(())
    }

    /// The values of an expression evaluated ahead by `order`, once.
    pub fn take_hoisted(&mut self, e: &'p ir::Expr) -> Option<Vec<super::repr::Val>> {
        if self.hoisted.is_empty() {
            return None;
        }
        self.hoisted.remove(&(e as *const ir::Expr))
    }
}

/// Whether gc's interface conversion of a `t` takes the value by address
/// (its `dataWordFuncName` says `needsaddr`).
fn boxed_by_address(types: &Types, t: TypeId) -> bool {
    let (size, align) = types.layout(t);
    let pointers = types.has_pointers(t);
    if (size == 2 && align == 2) || (size == 4 && align == 4 && !pointers) || (size == 8 && align == 8 && !pointers) {
        return false;
    }
    // A sole component: the type itself, or that of a one-field struct or
    // a one-element array.
    let mut sole = t;
    loop {
        match types.under_kind(sole) {
            TypeKind::Struct(fs) if fs.len() == 1 => sole = fs[0].typ,
            TypeKind::Array(1, e) => sole = *e,
            _ => break,
        }
    }
    !(types.is_string(sole) || matches!(types.under_kind(sole), TypeKind::Slice(_)))
}

/// gc's `ssa.CanSSA`: values it may keep in registers.
fn can_ssa(types: &Types, t: TypeId) -> bool {
    if types.size_of(t) > 32 {
        return false;
    }
    match types.under_kind(t) {
        TypeKind::Array(n, e) => *n <= 1 && can_ssa(types, *e),
        TypeKind::Struct(fs) => fs.len() <= 4 && fs.iter().all(|f| can_ssa(types, f.typ)),
        _ => true,
    }
}

/// Keys hashed as plain memory (the runtime's `typeops::is_plain`).
fn plain_memory(types: &Types, t: TypeId) -> bool {
    match types.under_kind(t) {
        TypeKind::Basic(b) => {
            let b = b.canonical();
            b.is_integer() || b == Basic::Bool || b == Basic::UnsafePointer
        }
        TypeKind::Pointer(_) | TypeKind::Chan(..) => true,
        TypeKind::Array(n, e) => *n == 0 || plain_memory(types, *e),
        TypeKind::Struct(fs) => {
            let offsets = types.field_offsets(t);
            let mut end = 0;
            for (f, off) in fs.iter().zip(offsets) {
                if f.name == "_" || off != end || !plain_memory(types, f.typ) {
                    return false;
                }
                end += types.size_of(f.typ);
            }
            end == types.size_of(t)
        }
        _ => false,
    }
}
