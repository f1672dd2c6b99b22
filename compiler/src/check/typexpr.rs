//! Type expressions: `int`, `*T`, `[3]P`, `struct{...}`, `func(int) bool`.

use std::collections::HashSet;

use super::operand::Mode;
use super::{Checker, ObjKind, Result};
use crate::syntax::ast::{self, ExprKind};
use crate::types::{Field, Method, TypeId, TypeKind, Types};

impl<'a> Checker<'a> {
    /// Resolves a type expression; reports and returns `INVALID` on error.
    pub fn type_expr(&mut self, e: &'a ast::Expr) -> Result<TypeId> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Selector { .. } | ExprKind::Paren(_) => {
                let x = self.expr_or_type(e)?;
                match x.mode {
                    Mode::TypeExpr => Ok(x.ty),
                    Mode::Invalid => Ok(Types::INVALID),
                    _ => {
                        self.error(e.start(), format!("{} is not a type", x.text()))?;
                        Ok(Types::INVALID)
                    }
                }
            }
            ExprKind::Star(elem) => {
                let t = self.type_expr(elem)?;
                Ok(self.types.pointer(t))
            }
            ExprKind::ArrayType { len, elem } => {
                let Some(len) = len else {
                    self.error(e.pos, "invalid use of [...] array (outside a composite literal)")?;
                    return Ok(Types::INVALID);
                };
                let n = self.array_length(len)?;
                let t = self.type_expr(elem)?;
                match n {
                    Some(n) => Ok(self.types.intern(TypeKind::Array(n, t))),
                    None => Ok(Types::INVALID),
                }
            }
            ExprKind::SliceType(elem) => {
                let t = self.type_expr(elem)?;
                Ok(self.types.slice(t))
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::FuncType(ft) => self.signature(ft),
            ExprKind::InterfaceType(methods) => self.interface_type(methods),
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key)?;
                let v = self.type_expr(value)?;
                self.map_keys.push((k, key.start()));
                // Inside a type declaration the key may be a type not
                // complete yet (`type T struct{ m map[T]int }`).
                if self.type_path.is_empty() {
                    self.check_map_keys()?;
                }
                Ok(self.types.intern(TypeKind::Map(k, v)))
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.type_expr(elem)?;
                let d = match dir {
                    ast::ChanDir::Both => crate::types::ChanDir::Both,
                    ast::ChanDir::Send => crate::types::ChanDir::Send,
                    ast::ChanDir::Recv => crate::types::ChanDir::Recv,
                };
                Ok(self.types.intern(TypeKind::Chan(d, t)))
            }
            ExprKind::Bad => Ok(Types::INVALID),
            _ => {
                let text = crate::syntax::printer::expr_string(e);
                self.error(e.start(), format!("{text} is not a type"))?;
                Ok(Types::INVALID)
            }
        }
    }

    /// Reports the map key types seen so far that are not comparable.
    pub(super) fn check_map_keys(&mut self) -> Result<()> {
        for (k, pos) in std::mem::take(&mut self.map_keys) {
            if !self.types.is_invalid(k) && !self.types.comparable(k) {
                self.error(pos, format!("invalid map key type {}", self.type_string(k)))?;
            }
        }
        Ok(())
    }

    /// The length of an array type: a non-negative constant integer.
    fn array_length(&mut self, len: &'a ast::Expr) -> Result<Option<u64>> {
        let x = self.expr(len, None)?;
        if !x.is_valid() {
            return Ok(None);
        }
        if x.mode != Mode::Constant {
            let msg = if x.mode == Mode::TypeExpr {
                format!("invalid array length {}", x.text())
            } else {
                format!("array length {} must be constant", self.describe(&x))
            };
            self.error(x.pos(), msg)?;
            return Ok(None);
        }
        let v = x.val.clone().and_then(|v| v.as_bigint());
        if !self.types.is_untyped(x.ty) && !self.types.is_integer(x.ty) {
            self.error(x.pos(), format!("array length {} must be integer", self.describe(&x)))?;
            return Ok(None);
        }
        match v.and_then(|v| num_traits::ToPrimitive::to_i64(&v)) {
            Some(n) if n >= 0 => Ok(Some(n as u64)),
            _ => {
                self.error(x.pos(), format!("invalid array length {}", x.text()))?;
                Ok(None)
            }
        }
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> Result<TypeId> {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        for f in fields {
            let t = self.type_expr(&f.typ)?;
            let (name, embedded) = match &f.name {
                Some(n) => (n.name.clone(), false),
                None => {
                    // Embedded field: its name is the type name.
                    let base = match &f.typ.kind {
                        ExprKind::Star(x) => x,
                        _ => &f.typ,
                    };
                    let name = match &base.kind {
                        ExprKind::Name(n) => n.clone(),
                        ExprKind::Selector { sel, .. } => sel.name.clone(),
                        _ => "_".into(),
                    };
                    (name, true)
                }
            };
            if name != "_" && !seen.insert(name.clone()) {
                let pos = f.name.as_ref().map(|n| n.pos).unwrap_or(f.typ.start());
                self.error(pos, format!("{name} redeclared"))?;
            }
            let tag = f
                .tag
                .as_deref()
                .and_then(crate::types::constant::parse_string)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            out.push(Field { name, typ: t, embedded, tag });
        }
        Ok(self.types.intern(TypeKind::Struct(out)))
    }

    /// An interface type: its methods and those of embedded interfaces,
    /// sorted by name (types2's `computeInterfaceTypeSet`).
    fn interface_type(&mut self, elems: &'a [ast::Field]) -> Result<TypeId> {
        let mut methods: Vec<(Method, crate::source::Pos)> = Vec::new();
        let mut embedded: Vec<(Method, crate::source::Pos)> = Vec::new();
        for f in elems {
            match &f.name {
                Some(n) => {
                    let ExprKind::FuncType(ft) = &f.typ.kind else { continue };
                    let sig = self.signature(ft)?;
                    if n.name == "_" {
                        self.error(n.pos, "methods must have a unique non-blank name")?;
                        continue;
                    }
                    if let Some((_, other)) = methods.iter().find(|(m, _)| m.name == n.name) {
                        let other = self.pos_string(*other);
                        let msg =
                            format!("duplicate method {}\n\t{other}: other declaration of method {}", n.name, n.name);
                        self.error(n.pos, msg)?;
                        continue;
                    }
                    methods.push((Method { name: n.name.clone(), sig }, n.pos));
                }
                None => {
                    let t = self.type_expr(&f.typ)?;
                    if self.types.is_invalid(t) {
                        continue;
                    }
                    let TypeKind::Interface(ms) = self.types.under_kind(t).clone() else {
                        self.unsupported(f.typ.start(), "type constraints (non-interface elements in interfaces) are")?;
                        continue;
                    };
                    let at = f.typ.start();
                    embedded.extend(ms.into_iter().map(|m| (m, at)));
                }
            }
        }
        // Embedded methods may repeat with identical signatures.
        for (m, at) in embedded {
            match methods.iter().find(|(x, _)| x.name == m.name) {
                Some((x, _)) if self.types.identical(x.sig, m.sig) => {}
                Some((_, other)) => {
                    let other = self.pos_string(*other);
                    let msg = format!("duplicate method {}\n\t{other}: other declaration of method {}", m.name, m.name);
                    self.error(at, msg)?;
                }
                None => methods.push((m, at)),
            }
        }
        if methods.is_empty() {
            return Ok(Types::EMPTY_INTERFACE);
        }
        let mut ms: Vec<Method> = methods.into_iter().map(|(m, _)| m).collect();
        ms.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(self.types.intern(TypeKind::Interface(ms)))
    }

    /// A function signature.
    pub fn signature(&mut self, ft: &'a ast::FuncType) -> Result<TypeId> {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, p) in ft.params.iter().enumerate() {
            if let ExprKind::DotsType(elem) = &p.typ.kind {
                let t = self.type_expr(elem)?;
                params.push(self.types.slice(t));
                variadic = i + 1 == ft.params.len();
            } else {
                params.push(self.type_expr(&p.typ)?);
            }
        }
        let mut results = Vec::new();
        for r in &ft.results {
            results.push(self.type_expr(&r.typ)?);
        }
        Ok(self.types.intern(TypeKind::Func { params, results, variadic }))
    }

    /// The type a name denotes, if it denotes one (for composite literals and conversions).
    pub fn lookup_type_name(&mut self, name: &str) -> Option<TypeId> {
        let id = self.lookup(name)?;
        match self.obj(id).kind {
            ObjKind::Type(t) => Some(t),
            _ => None,
        }
    }
}
