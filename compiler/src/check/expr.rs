//! Expressions: names, literals, selectors, indexing, operators; constant
//! folding with exact values; untyped values and their conversion to typed
//! ones (types2's `implicitTypeAndValue` and `updateExprType`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::methods::Lookup;
use super::operand::{Mode, Operand};
use super::{Checker, Dep, ObjKind, Result};
use crate::ir::{self, BinOp, ExprKind as IK, FuncId, UnOp};
use crate::source::Pos;
use crate::syntax::ast::{self, ExprKind};
use crate::syntax::printer::expr_string;
use crate::syntax::token::{LitKind, Op};
use crate::types::constant::{self, Repr, Value};
use crate::types::{Basic, TypeId, TypeKind, Types};

impl<'a> Checker<'a> {
    /// Checks an expression that must be a value (or nothing, for calls).
    pub fn expr(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Result<Operand<'a>> {
        let mut x = self.raw_expr(e, hint)?;
        self.exclude_type(&mut x)?;
        Ok(x)
    }

    /// Checks an expression that may also denote a type.
    pub fn expr_or_type(&mut self, e: &'a ast::Expr) -> Result<Operand<'a>> {
        self.raw_expr(e, None)
    }

    fn exclude_type(&mut self, x: &mut Operand<'a>) -> Result<()> {
        if x.mode == Mode::TypeExpr {
            self.error(x.pos(), format!("{} (type) is not an expression", x.text()))?;
            x.invalidate();
        }
        Ok(())
    }

    /// Reports a value used where a single value is expected.
    pub fn single_value(&mut self, x: &mut Operand<'a>) -> Result<()> {
        if x.mode == Mode::NoValue {
            self.error(x.pos(), format!("{} (no value) used as value", x.text()))?;
            x.invalidate();
        } else if x.is_valid() {
            if let TypeKind::Tuple(elems) = self.types.kind(x.ty) {
                let n = elems.len();
                self.error(
                    x.pos(),
                    format!(
                        "multiple-value {} (value of type {}) in single-value context",
                        x.text(),
                        self.type_string(x.ty)
                    ),
                )?;
                let _ = n;
                x.invalidate();
            }
        }
        Ok(())
    }

    fn raw_expr(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Result<Operand<'a>> {
        match &e.kind {
            ExprKind::Bad => Ok(Operand::invalid(e)),
            ExprKind::Name(n) => self.ident(e, n),
            ExprKind::BasicLit { kind, text, bad } => self.basic_lit(e, *kind, text, *bad),
            ExprKind::CompositeLit { typ, elems, .. } => self.composite_lit(e, typ.as_deref(), elems, hint),
            ExprKind::FuncLit { typ, body } => self.func_lit(e, typ, body),
            ExprKind::Paren(x) => {
                let mut o = self.raw_expr(x, hint)?;
                o.src = Some(e);
                Ok(o)
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, index } => self.index_expr(e, x, index),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            ExprKind::TypeAssert { x, typ } => self.type_assert(e, x, typ),
            ExprKind::TypeSwitchGuard { x, .. } => {
                self.error(e.start(), "invalid syntax tree: use of .(type) outside type switch")?;
                self.expr(x, None)?;
                Ok(Operand::invalid(e))
            }
            ExprKind::Call { fun, args, dots, .. } => self.call(e, fun, args, *dots),
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Star(x) => self.star(e, x),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ExprKind::KeyValue { .. } => {
                self.error(e.start(), "no key:value expected")?;
                Ok(Operand::invalid(e))
            }
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr(e)?;
                Ok(Operand { mode: Mode::TypeExpr, ty: t, val: None, ir: None, src: Some(e) })
            }
            ExprKind::DotsType(_) => {
                self.error(e.pos, "invalid use of ...")?;
                Ok(Operand::invalid(e))
            }
        }
    }

    // -----------------------------------------------------------------------
    // Names

    pub fn lookup(&self, name: &str) -> Option<super::ObjId> {
        // The current function, then the functions enclosing a literal.
        for fs in self.fs.iter().chain(self.outer.iter().rev()) {
            for scope in fs.scopes.iter().rev() {
                if let Some(id) = scope.get(name) {
                    return Some(*id);
                }
            }
        }
        if let Some(id) = self.package.get(name) {
            return Some(*id);
        }
        self.universe.get(name).copied()
    }

    fn ident(&mut self, e: &'a ast::Expr, name: &str) -> Result<Operand<'a>> {
        if name == "_" {
            self.error(e.pos, "cannot use _ as value or type")?;
            return Ok(Operand::invalid(e));
        }
        let Some(id) = self.lookup(name) else {
            if let Some(imp) = self.imports.get_mut(self.cur_file).and_then(|m| m.get_mut(name)) {
                imp.used = true;
                self.error(e.pos, format!("use of package {name} without selector"))?;
                return Ok(Operand::invalid(e));
            }
            self.error(e.pos, format!("undefined: {name}"))?;
            return Ok(Operand::invalid(e));
        };
        if matches!(self.obj(id).kind, ObjKind::Pending) {
            self.resolve(id)?;
        } else if self.obj(id).color == super::Color::Grey {
            // A reference to a declaration in progress.
            self.cycle(id)?;
        }
        self.obj_mut(id).used = true;
        let kind = self.obj(id).kind.clone();
        Ok(match kind {
            ObjKind::Pending => Operand::invalid(e),
            ObjKind::Const(t, v) => {
                if self.types.is_invalid(t) {
                    Operand::invalid(e)
                } else {
                    Operand::constant(e, t, v)
                }
            }
            ObjKind::Iota => match self.iota {
                Some(i) => Operand::constant(e, Types::UNTYPED_INT, Value::int(i as i64)),
                None => {
                    self.error(e.pos, "cannot use iota outside constant declaration")?;
                    Operand::invalid(e)
                }
            },
            ObjKind::Global(g) => {
                self.record_dep(Dep::Global(g));
                let ty = self.globals[g.index()].ty;
                if self.types.is_invalid(self.types.under(ty)) {
                    return Ok(Operand::invalid(e));
                }
                Operand::value(e, Mode::Variable, ir::Expr::new(IK::Global(g), ty, e.pos))
            }
            ObjKind::Local(f, l) => {
                // A variable of an enclosing function: captured.
                let l = if self.fs.as_ref().is_some_and(|fs| fs.id != f) { self.capture(f, l, e.pos) } else { l };
                let ty = self.local_type(l);
                if self.types.is_invalid(self.types.under(ty)) {
                    return Ok(Operand::invalid(e));
                }
                Operand::value(e, Mode::Variable, ir::Expr::new(IK::Local(l), ty, e.pos))
            }
            ObjKind::Type(t) => {
                if self.types.is_invalid(t) {
                    return Ok(Operand::invalid(e));
                }
                Operand { mode: Mode::TypeExpr, ty: t, val: None, ir: None, src: Some(e) }
            }
            ObjKind::Func(f, sig) => {
                self.record_dep(Dep::Func(f));
                Operand::value(e, Mode::Value, ir::Expr::new(IK::FuncRef(ir::Callee::Func(f)), sig, e.pos))
            }
            ObjKind::Builtin(b) => {
                Operand { mode: Mode::Builtin(b), ty: Types::INVALID, val: None, ir: None, src: Some(e) }
            }
            ObjKind::Nil => Operand { mode: Mode::Nil, ty: Types::UNTYPED_NIL, val: None, ir: None, src: Some(e) },
        })
    }

    pub fn local_type(&self, l: ir::LocalId) -> TypeId {
        self.fs.as_ref().map(|fs| fs.locals[l.index()].ty).unwrap_or(Types::INVALID)
    }

    fn basic_lit(&mut self, e: &'a ast::Expr, kind: LitKind, text: &str, bad: bool) -> Result<Operand<'a>> {
        if bad {
            return Ok(Operand::invalid(e));
        }
        let (ty, val) = match kind {
            LitKind::Int => match constant::parse_int(text) {
                Some(i) => (Types::UNTYPED_INT, Value::Int(i)),
                None => return Ok(Operand::invalid(e)),
            },
            LitKind::Float => match constant::parse_float(text) {
                Some(f) => (Types::UNTYPED_FLOAT, Value::Float(f)),
                None => {
                    self.error(e.pos, format!("malformed constant: {text}"))?;
                    return Ok(Operand::invalid(e));
                }
            },
            LitKind::Imag => {
                self.unsupported(e.pos, "complex numbers are")?;
                return Ok(Operand::invalid(e));
            }
            LitKind::Rune => match constant::parse_rune(text) {
                Some(r) => (Types::UNTYPED_RUNE, Value::int(r as i64)),
                None => return Ok(Operand::invalid(e)),
            },
            LitKind::String => match constant::parse_string(text) {
                Some(s) => (Types::UNTYPED_STRING, Value::String(s)),
                None => return Ok(Operand::invalid(e)),
            },
        };
        Ok(Operand::constant(e, ty, val))
    }

    // -----------------------------------------------------------------------
    // Composite literals

    fn composite_lit(
        &mut self,
        e: &'a ast::Expr,
        typ: Option<&'a ast::Expr>,
        elems: &'a [ast::Expr],
        hint: Option<TypeId>,
    ) -> Result<Operand<'a>> {
        let t = match typ {
            Some(ast::Expr { kind: ExprKind::ArrayType { len: None, elem }, .. }) => {
                // [...]T: the length is the literal's.
                let et = self.type_expr(elem)?;
                let n = self.array_literal_len(elems)?;
                self.types.intern(TypeKind::Array(n, et))
            }
            Some(t) => self.type_expr(t)?,
            None => match hint {
                Some(h) => {
                    // `{...}` for `*T` elements means `&T{...}`.
                    h
                }
                None => {
                    self.error(e.pos, "invalid composite literal type: missing type")?;
                    return Ok(Operand::invalid(e));
                }
            },
        };
        if self.types.is_invalid(t) {
            for el in elems {
                let v = match &el.kind {
                    ExprKind::KeyValue { value, .. } => value,
                    _ => el,
                };
                if !matches!(v.kind, ExprKind::CompositeLit { .. }) {
                    self.expr(v, None)?;
                }
            }
            return Ok(Operand::invalid(e));
        }
        // An elided `&T` element type: the literal is `&T{...}`.
        if typ.is_none() {
            if let Some(base) = self.types.pointer_elem(t) {
                let lit = self.composite_value(e, base, elems)?;
                let Some(lit) = lit else {
                    return Ok(Operand::invalid(e));
                };
                let site = self.new_site(e.pos, base, format!("&{}", self.lit_text(base, elems)));
                let ir = ir::Expr::new(IK::AddrLit(site, Box::new(lit)), t, e.pos);
                return Ok(Operand::value(e, Mode::Value, ir));
            }
        }
        match self.composite_value(e, t, elems)? {
            Some(ir) => Ok(Operand::value(e, Mode::Value, ir)),
            None => Ok(Operand::invalid(e)),
        }
    }

    /// The text gc's `-m` gives a composite literal: `T{...}` or `T{}`.
    pub fn lit_text(&self, t: TypeId, elems: &[ast::Expr]) -> String {
        let name = self.types.gc_string(t);
        if elems.is_empty() {
            format!("{name}{{}}")
        } else {
            format!("{name}{{...}}")
        }
    }

    fn array_literal_len(&mut self, elems: &'a [ast::Expr]) -> Result<u64> {
        let mut idx: u64 = 0;
        let mut max: u64 = 0;
        for el in elems {
            if let ExprKind::KeyValue { key, .. } = &el.kind {
                let k = self.expr(key, None)?;
                if let Some(v) = k.val.as_ref().and_then(|v| v.to_i64()) {
                    if v >= 0 {
                        idx = v as u64;
                    }
                }
            }
            idx += 1;
            max = max.max(idx);
        }
        Ok(max)
    }

    fn composite_value(&mut self, e: &'a ast::Expr, t: TypeId, elems: &'a [ast::Expr]) -> Result<Option<ir::Expr>> {
        let under = self.types.under_kind(t).clone();
        match under {
            TypeKind::Struct(fields) => {
                let mut out = Vec::new();
                if elems.is_empty() {
                    return Ok(Some(ir::Expr::new(IK::Composite(out), t, e.pos)));
                }
                let keyed = matches!(elems[0].kind, ExprKind::KeyValue { .. });
                if keyed {
                    let mut seen = std::collections::HashSet::new();
                    for el in elems {
                        let ExprKind::KeyValue { key, value } = &el.kind else {
                            self.error(el.start(), "mixture of field:value and value elements in struct literal")?;
                            continue;
                        };
                        let ExprKind::Name(fname) = &key.kind else {
                            self.error(
                                key.start(),
                                format!("invalid field name {} in struct literal", expr_string(key)),
                            )?;
                            self.expr(value, None)?;
                            continue;
                        };
                        let Some(i) = fields.iter().position(|f| &f.name == fname) else {
                            self.error(
                                key.pos,
                                format!("unknown field {fname} in struct literal of type {}", self.type_string(t)),
                            )?;
                            self.expr(value, None)?;
                            continue;
                        };
                        if !seen.insert(i) {
                            self.error(key.pos, format!("duplicate field name {fname} in struct literal"))?;
                            continue;
                        }
                        let ft = fields[i].typ;
                        let v = self.expr(value, Some(ft))?;
                        if let Some(v) = self.assign_to(v, ft, "struct literal")? {
                            out.push((i as u64, v));
                        }
                    }
                } else {
                    for (i, el) in elems.iter().enumerate() {
                        if let ExprKind::KeyValue { value, .. } = &el.kind {
                            self.error(el.start(), "mixture of field:value and value elements in struct literal")?;
                            self.expr(value, None)?;
                            continue;
                        }
                        if i >= fields.len() {
                            self.error(
                                el.start(),
                                format!("too many values in struct literal of type {}", self.type_string(t)),
                            )?;
                            break;
                        }
                        let ft = fields[i].typ;
                        let v = self.expr(el, Some(ft))?;
                        if let Some(v) = self.assign_to(v, ft, "struct literal")? {
                            out.push((i as u64, v));
                        }
                    }
                    if elems.len() < fields.len() {
                        if let ast::ExprKind::CompositeLit { rbrace, .. } = &e.kind {
                            self.error(
                                *rbrace,
                                format!("too few values in struct literal of type {}", self.type_string(t)),
                            )?;
                        }
                    }
                }
                Ok(Some(ir::Expr::new(IK::Composite(out), t, e.pos)))
            }
            TypeKind::Array(n, et) => {
                let (out, _) = self.indexed_elements(elems, et, Some(n))?;
                Ok(Some(ir::Expr::new(IK::Composite(out), t, e.pos)))
            }
            TypeKind::Slice(et) => {
                let (out, len) = self.indexed_elements(elems, et, None)?;
                let text = self.lit_text(t, elems);
                let site = self.new_site(e.pos, t, text);
                Ok(Some(ir::Expr::new(IK::SliceLit { site, len, elems: out }, t, e.pos)))
            }
            TypeKind::Map(k, v) => {
                let entries = self.map_entries(elems, k, v)?;
                let text = self.lit_text(t, elems);
                let site = self.new_site(e.pos, t, text);
                Ok(Some(ir::Expr::new(IK::MapLit { site, entries }, t, e.pos)))
            }
            _ => {
                self.error(e.pos, format!("invalid composite literal type {}", self.type_string(t)))?;
                Ok(None)
            }
        }
    }

    /// The elements of an array or slice literal, with optional constant
    /// keys; returns (index, value) pairs and the literal's length.
    fn indexed_elements(
        &mut self,
        elems: &'a [ast::Expr],
        et: TypeId,
        max: Option<u64>,
    ) -> Result<(Vec<(u64, ir::Expr)>, u64)> {
        let mut out = Vec::new();
        let mut idx: u64 = 0;
        let mut len: u64 = 0;
        let mut seen = std::collections::HashSet::new();
        for el in elems {
            let value = match &el.kind {
                ExprKind::KeyValue { key, value } => {
                    let k = self.expr(key, None)?;
                    match (&k.mode, k.val.as_ref().and_then(|v| v.as_bigint())) {
                        (Mode::Constant, Some(v)) if self.types.is_integer(k.ty) || self.types.is_untyped(k.ty) => {
                            match v.to_u64() {
                                Some(v) => idx = v,
                                None => {
                                    self.error(
                                        k.pos(),
                                        format!("index {} must be non-negative integer constant", k.text()),
                                    )?;
                                }
                            }
                        }
                        _ if k.is_valid() => {
                            self.error(k.pos(), format!("index {} must be integer constant", k.text()))?;
                        }
                        _ => {}
                    }
                    value
                }
                _ => el,
            };
            let in_bounds = max.is_none_or(|n| idx < n);
            if !in_bounds {
                let n = max.unwrap_or(0);
                self.error(value.start(), format!("index {idx} out of bounds [0:{n}]"))?;
            } else if !seen.insert(idx) {
                self.error(el.start(), format!("duplicate index {idx} in array or slice literal"))?;
            }
            let v = self.expr(value, Some(et))?;
            if let Some(v) = self.assign_to(v, et, "array or slice literal")? {
                if in_bounds {
                    out.push((idx, v));
                }
            }
            idx += 1;
            len = len.max(idx);
        }
        Ok((out, len))
    }

    /// The entries of a map literal (types2's order of checks: key, its
    /// duplicates, then the value, which a duplicate key skips).
    fn map_entries(&mut self, elems: &'a [ast::Expr], kt: TypeId, vt: TypeId) -> Result<Vec<(ir::Expr, ir::Expr)>> {
        let mut out = Vec::new();
        // Constant keys seen so far, with their types when the key type is
        // an interface (1 and int8(1) are then different keys).
        let key_is_iface = self.types.is_interface(kt);
        let mut seen: Vec<(KeyVal, Option<TypeId>)> = Vec::new();
        let mut ok = true;
        for el in elems {
            let ExprKind::KeyValue { key, value } = &el.kind else {
                self.error(el.start(), "missing key in map literal")?;
                ok = false;
                continue;
            };
            let kx = self.expr(key, Some(kt))?;
            let kpos = kx.pos();
            let k = self.assign_to(kx, kt, "map literal")?;
            if let Some((v, t)) = k.as_ref().and_then(constant_key) {
                let id = (key_val(&v), if key_is_iface { Some(t) } else { None });
                let dup = seen.iter().any(|(kv, t)| {
                    *kv == id.0
                        && match (t, id.1) {
                            (Some(a), Some(b)) => self.types.identical(*a, b),
                            _ => true,
                        }
                });
                if dup {
                    let text = super::operand::value_string(&v);
                    self.error(kpos, format!("duplicate key {text} in map literal"))?;
                    ok = false;
                    continue;
                }
                seen.push(id);
            }
            let vx = self.expr(value, Some(vt))?;
            let v = self.assign_to(vx, vt, "map literal")?;
            match (k, v) {
                (Some(k), Some(v)) => out.push((k, v)),
                _ => ok = false,
            }
        }
        if !ok {
            out.clear();
        }
        Ok(out)
    }

    // -----------------------------------------------------------------------
    // Selectors and indexing

    fn selector(&mut self, e: &'a ast::Expr, xe: &'a ast::Expr, sel: &ast::Ident) -> Result<Operand<'a>> {
        // A package-qualified name?
        if let ExprKind::Name(pkg) = &xe.kind {
            if self.lookup(pkg).is_none() {
                let file = self.cur_file;
                if let Some(imp) = self.imports.get_mut(file).and_then(|m| m.get_mut(pkg.as_str())) {
                    imp.used = true;
                    let path = imp.path;
                    return self.qualified(e, path, pkg, sel);
                }
            }
        }
        let x = self.expr_or_type(xe)?;
        if !x.is_valid() {
            return Ok(Operand::invalid(e));
        }
        if x.mode == Mode::TypeExpr {
            return self.method_expr(e, xe, x.ty, sel);
        }
        let mut x = x;
        self.single_value(&mut x)?;
        if !x.is_valid() || self.types.is_invalid(self.types.under(x.ty)) {
            return Ok(Operand::invalid(e));
        }
        let xt = x.ty;
        let xtext = x.text();
        let addressable = x.mode == Mode::Variable;
        match self.lookup_selector(xt, &sel.name) {
            Lookup::Field(path) => {
                let recv = self.materialize(x)?;
                let (cur, addressable) = self.follow_path(recv, addressable, &path, e.pos);
                Ok(Operand::value(e, if addressable { Mode::Variable } else { Mode::Value }, cur))
            }
            Lookup::Method { path, owner, method, indirect } => {
                if method.pointer_recv && !indirect && !addressable {
                    let msg = format!("cannot call pointer method {} on {}", sel.name, self.type_string(xt));
                    self.error(sel.pos, msg)?;
                    return Ok(Operand::invalid(e));
                }
                let recv = self.materialize(x)?;
                let (r, addressable) = self.follow_path(recv, addressable, &path, e.pos);
                let Some(r) = self.receiver(r, addressable, &method, owner, e.pos) else {
                    let msg = format!("cannot call pointer method {} on {}", sel.name, self.type_string(xt));
                    self.error(sel.pos, msg)?;
                    return Ok(Operand::invalid(e));
                };
                let bound = IK::BoundMethod { recv: Box::new(r), func: FuncId(method.func) };
                Ok(Operand::value(e, Mode::Value, ir::Expr::new(bound, method.sig, e.pos)))
            }
            Lookup::IfaceMethod { path, iface, index } => {
                let recv = self.materialize(x)?;
                let (r, _) = self.follow_path(recv, addressable, &path, e.pos);
                let sig = self.types.iface_methods(iface).get(index).map(|m| m.sig).unwrap_or(Types::INVALID);
                let sel = IK::IfaceMethodRef { recv: Box::new(r), index };
                Ok(Operand::value(e, Mode::Value, ir::Expr::new(sel, sig, e.pos)))
            }
            Lookup::Ambiguous => {
                self.error(sel.pos, format!("ambiguous selector {xtext}.{}", sel.name))?;
                Ok(Operand::invalid(e))
            }
            Lookup::NotFound => {
                let why = self.lookup_error(xt, &sel.name);
                self.error(sel.pos, format!("{xtext}.{} undefined ({why})", sel.name))?;
                Ok(Operand::invalid(e))
            }
        }
    }

    /// `x.(T)`: a single value, or `(T, bool)` where two are wanted.
    fn type_assert(&mut self, e: &'a ast::Expr, xe: &'a ast::Expr, te: &'a ast::Expr) -> Result<Operand<'a>> {
        let mut x = self.expr(xe, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(Operand::invalid(e));
        }
        if !self.types.is_interface(x.ty) {
            self.error(x.pos(), format!("invalid operation: {} is not an interface", self.describe(&x)))?;
            return Ok(Operand::invalid(e));
        }
        let t = self.type_expr(te)?;
        if self.types.is_invalid(t) {
            return Ok(Operand::invalid(e));
        }
        if let Some(cause) = self.impossible_assertion(x.ty, t) {
            let msg = format!(
                "impossible type assertion: {}\n\t{} does not implement {} {cause}",
                expr_string(e),
                self.type_string(t),
                self.type_string(x.ty)
            );
            self.error(e.start(), msg)?;
            return Ok(Operand::invalid(e));
        }
        let xi = self.materialize(x)?;
        let ir = ir::Expr::new(IK::TypeAssert { x: Box::new(xi), comma_ok: false }, t, e.pos);
        Ok(Operand::value(e, Mode::CommaOk, ir))
    }

    /// types2's `assertableTo`: why a value of interface type `v` can never
    /// hold a `t` (`None` if it can).
    pub fn impossible_assertion(&self, v: TypeId, t: TypeId) -> Option<String> {
        if self.types.is_interface(t) {
            return None;
        }
        self.missing_method(t, v)
    }

    /// The two-value form of a comma-ok expression where two values are
    /// wanted (`v, ok := x.(T)`, `v, ok = m[k]`).
    pub fn comma_ok(&mut self, mut x: Operand<'a>, wanted: usize) -> Operand<'a> {
        if !matches!(x.mode, Mode::CommaOk | Mode::MapIndex) || wanted != 2 {
            return x;
        }
        let tuple = self.types.tuple(vec![x.ty, Types::BOOL]);
        if let Some(ir) = &mut x.ir {
            if let IK::TypeAssert { comma_ok, .. } | IK::MapIndex { comma_ok, .. } | IK::Recv { comma_ok, .. } =
                &mut ir.kind
            {
                *comma_ok = true;
            }
            ir.ty = tuple;
        }
        x.mode = Mode::Value;
        x.ty = tuple;
        x
    }

    /// A method expression `T.M`: a function taking the receiver first.
    fn method_expr(&mut self, e: &'a ast::Expr, xe: &ast::Expr, t: TypeId, sel: &ast::Ident) -> Result<Operand<'a>> {
        let tt = self.type_string(t);
        let name = &sel.name;
        let sig = match self.lookup_selector(t, name) {
            Lookup::Method { method, indirect, .. } => {
                if method.pointer_recv && !indirect {
                    let msg = format!("invalid method expression {tt}.{name} (needs pointer receiver (*{tt}).{name})");
                    self.error(sel.pos, msg)?;
                    return Ok(Operand::invalid(e));
                }
                method.sig
            }
            Lookup::IfaceMethod { iface, index, .. } => {
                self.types.iface_methods(iface).get(index).map(|m| m.sig).unwrap_or(Types::INVALID)
            }
            Lookup::Field(_) => {
                let msg = format!("operand for field selector {name} must be value of type {tt}");
                self.error(e.start(), msg)?;
                return Ok(Operand::invalid(e));
            }
            Lookup::Ambiguous => {
                self.error(sel.pos, format!("ambiguous selector {}", expr_string(e)))?;
                return Ok(Operand::invalid(e));
            }
            Lookup::NotFound => {
                let why = self.lookup_error(t, name);
                self.error(sel.pos, format!("{}.{name} undefined ({why})", expr_string(xe)))?;
                return Ok(Operand::invalid(e));
            }
        };
        let TypeKind::Func { params, results, variadic } = self.types.kind(sig).clone() else {
            return Ok(Operand::invalid(e));
        };
        let full =
            self.types.intern(TypeKind::Func { params: std::iter::once(t).chain(params).collect(), results, variadic });
        let Some(f) = self.receiver_first(t, name) else { return Ok(Operand::invalid(e)) };
        Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::FuncValue(f), full, e.pos)))
    }

    fn index_expr(&mut self, e: &'a ast::Expr, xe: &'a ast::Expr, ie: &'a ast::Expr) -> Result<Operand<'a>> {
        let mut x = self.expr(xe, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            self.expr(ie, None)?;
            return Ok(Operand::invalid(e));
        }
        // Strings: constant strings index to constants only with constant indices? No:
        // indexing a constant string yields a byte value (not constant).
        if self.types.is_string(x.ty) {
            let len = x.val.as_ref().and_then(|v| match v {
                Value::String(s) => Some(s.len() as u64),
                _ => None,
            });
            let Some(i) = self.index_value(ie, len)? else {
                return Ok(Operand::invalid(e));
            };
            let s = self.materialize_default(x)?;
            let ir = ir::Expr::new(IK::Index(Box::new(s), Box::new(i)), Types::UINT8, e.pos);
            return Ok(Operand::value(e, Mode::Value, ir));
        }
        let (arr, mode, len, elem) = match self.types.under_kind(x.ty).clone() {
            TypeKind::Array(n, elem) => {
                let mode = if x.mode == Mode::Variable { Mode::Variable } else { Mode::Value };
                (self.materialize(x)?, mode, n, elem)
            }
            TypeKind::Pointer(p) => match self.types.under_kind(p).clone() {
                TypeKind::Array(n, elem) => {
                    let px = self.materialize(x)?;
                    (ir::Expr::new(IK::Deref(Box::new(px)), p, e.pos), Mode::Variable, n, elem)
                }
                _ => {
                    self.error(x.pos(), format!("invalid operation: cannot index {}", self.describe(&x)))?;
                    self.expr(ie, None)?;
                    return Ok(Operand::invalid(e));
                }
            },
            TypeKind::Slice(elem) => (self.materialize(x)?, Mode::Variable, u64::MAX, elem),
            TypeKind::Map(k, v) => return self.map_index(e, x, ie, k, v),
            _ => {
                self.error(x.pos(), format!("invalid operation: cannot index {}", self.describe(&x)))?;
                self.expr(ie, None)?;
                return Ok(Operand::invalid(e));
            }
        };
        let len = if len == u64::MAX { None } else { Some(len) };
        let Some(i) = self.index_value(ie, len)? else {
            return Ok(Operand::invalid(e));
        };
        let ir = ir::Expr::new(IK::Index(Box::new(arr), Box::new(i)), elem, e.pos);
        Ok(Operand::value(e, mode, ir))
    }

    /// `x[lo:hi:max]` (types2's `sliceExpr`).
    fn slice_expr(
        &mut self,
        e: &'a ast::Expr,
        xe: &'a ast::Expr,
        lo: Option<&'a ast::Expr>,
        hi: Option<&'a ast::Expr>,
        max: Option<&'a ast::Expr>,
    ) -> Result<Operand<'a>> {
        let mut x = self.expr(xe, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.expr(i, None)?;
            }
            return Ok(Operand::invalid(e));
        }
        let mut length: Option<u64> = None;
        let (base, ty) = match self.types.under_kind(x.ty).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if max.is_some() {
                    let at = max.map(|m| m.start()).unwrap_or(e.start());
                    self.error(at, "invalid operation: 3-index slice of string")?;
                    return Ok(Operand::invalid(e));
                }
                if let (Mode::Constant, Some(Value::String(s))) = (x.mode, &x.val) {
                    length = Some(s.len() as u64);
                }
                let ty = if self.types.is_untyped(x.ty) { Types::STRING } else { x.ty };
                let v = self.materialize_default(x)?;
                (v, ty)
            }
            TypeKind::Array(n, elem) => {
                if x.mode != Mode::Variable {
                    self.error(x.pos(), format!("cannot slice unaddressable value {}", self.describe(&x)))?;
                    return Ok(Operand::invalid(e));
                }
                length = Some(n);
                let pt = self.types.pointer(x.ty);
                let v = self.materialize(x)?;
                self.mark_addr_taken(&v);
                // gc's implicit `&a` is at the slice expression.
                (ir::Expr::new(IK::AddrOf(Box::new(v), false), pt, e.pos), self.types.slice(elem))
            }
            TypeKind::Pointer(p) => match self.types.under_kind(p).clone() {
                TypeKind::Array(n, elem) => {
                    length = Some(n);
                    (self.materialize(x)?, self.types.slice(elem))
                }
                _ => {
                    self.error(x.pos(), format!("cannot slice {}", self.describe(&x)))?;
                    return Ok(Operand::invalid(e));
                }
            },
            TypeKind::Slice(_) => {
                let t = x.ty;
                (self.materialize(x)?, t)
            }
            _ => {
                self.error(x.pos(), format!("cannot slice {}", self.describe(&x)))?;
                return Ok(Operand::invalid(e));
            }
        };
        // Indices: constant ones must be in range and in order.
        let bound = length.map(|n| n + 1);
        let mut consts: [Option<u64>; 3] = [Some(0), length, length];
        let mut irs: [Option<Box<ir::Expr>>; 3] = [None, None, None];
        let mut ok = true;
        for (i, idx) in [lo, hi, max].into_iter().enumerate() {
            let Some(idx) = idx else { continue };
            consts[i] = None;
            match self.index_value(idx, bound)? {
                Some(v) => {
                    if let IK::Const(c) = &v.kind {
                        consts[i] = c.to_i64().map(|c| c as u64);
                    }
                    irs[i] = Some(Box::new(v));
                }
                None => ok = false,
            }
        }
        let exprs = [lo, hi, max];
        'outer: for i in 0..2 {
            let Some(x) = consts[i] else { continue };
            if x == 0 {
                continue;
            }
            for j in i + 1..3 {
                if let (Some(y), Some(ye)) = (consts[j], exprs[j]) {
                    if y < x {
                        self.error(ye.start(), format!("invalid slice indices: {y} < {x}"))?;
                        ok = false;
                        break 'outer;
                    }
                }
            }
        }
        if !ok {
            return Ok(Operand::invalid(e));
        }
        let [l, h, m] = irs;
        let ir = ir::Expr::new(IK::SliceOf { x: Box::new(base), lo: l, hi: h, max: m }, ty, e.pos);
        Ok(Operand::value(e, Mode::Value, ir))
    }

    /// `m[k]`: the key must be assignable to the key type. A wrong key is
    /// reported and the expression keeps the element type, as in types2.
    fn map_index(
        &mut self,
        e: &'a ast::Expr,
        x: Operand<'a>,
        ie: &'a ast::Expr,
        k: TypeId,
        v: TypeId,
    ) -> Result<Operand<'a>> {
        let key = self.expr(ie, None)?;
        let key_pos = key.node_pos();
        // A wrong key is reported; the element type is known all the same.
        let key = match self.assign_to(key, k, "map index")? {
            Some(key) => key,
            None => ir::Expr::new(IK::Zero, k, key_pos),
        };
        let m = self.materialize(x)?;
        let ir = ir::Expr::new(IK::MapIndex { m: Box::new(m), key: Box::new(key), comma_ok: false }, v, e.pos);
        Ok(Operand::value(e, Mode::MapIndex, ir))
    }

    /// Checks an index: an integer, non-negative, below `len` if constant.
    pub fn index_value(&mut self, ie: &'a ast::Expr, len: Option<u64>) -> Result<Option<ir::Expr>> {
        let mut x = self.expr(ie, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(None);
        }
        // A constant index that is untyped is given type int.
        if self.types.is_untyped(x.ty) {
            self.convert_untyped(&mut x, Types::INT)?;
        }
        if !x.is_valid() {
            return Ok(None);
        }
        if !self.types.is_integer(x.ty) {
            self.error(x.pos(), format!("invalid argument: index {} must be integer", self.describe(&x)))?;
            return Ok(None);
        }
        if let (Mode::Constant, Some(v)) = (x.mode, x.val.as_ref().and_then(|v| v.as_bigint())) {
            if v.is_negative() {
                self.error(x.pos(), format!("invalid argument: index {} must not be negative", self.describe(&x)))?;
                return Ok(None);
            }
            if let Some(n) = len {
                if v >= BigInt::from(n) {
                    self.error(x.pos(), format!("invalid argument: index {v} out of bounds [0:{n}]"))?;
                    return Ok(None);
                }
            }
        }
        Ok(Some(self.materialize(x)?))
    }

    // -----------------------------------------------------------------------
    // Operators

    fn star(&mut self, e: &'a ast::Expr, xe: &'a ast::Expr) -> Result<Operand<'a>> {
        let mut x = self.expr_or_type(xe)?;
        match x.mode {
            Mode::Invalid => Ok(Operand::invalid(e)),
            Mode::TypeExpr => {
                let t = self.types.pointer(x.ty);
                Ok(Operand { mode: Mode::TypeExpr, ty: t, val: None, ir: None, src: Some(e) })
            }
            Mode::Nil => {
                self.error(x.pos(), "invalid operation: cannot indirect nil")?;
                Ok(Operand::invalid(e))
            }
            _ => {
                self.single_value(&mut x)?;
                if !x.is_valid() {
                    return Ok(Operand::invalid(e));
                }
                match self.types.pointer_elem(x.ty) {
                    Some(elem) => {
                        let p = self.materialize(x)?;
                        Ok(Operand::value(e, Mode::Variable, ir::Expr::new(IK::Deref(Box::new(p)), elem, e.pos)))
                    }
                    None => {
                        self.error(x.pos(), format!("invalid operation: cannot indirect {}", self.describe(&x)))?;
                        Ok(Operand::invalid(e))
                    }
                }
            }
        }
    }

    /// Reports gc's error when `op` is not defined on `x`'s type (`ok`
    /// says whether it is); returns `ok`.
    fn operator_defined(&mut self, ok: bool, op: Op, x: &Operand<'a>) -> Result<bool> {
        if !ok {
            self.error(
                x.pos(),
                format!("invalid operation: operator {} not defined on {}", op.as_str(), self.describe(x)),
            )?;
        }
        Ok(ok)
    }

    fn unary(&mut self, e: &'a ast::Expr, op: Op, xe: &'a ast::Expr) -> Result<Operand<'a>> {
        if op == Op::And {
            return self.address_of(e, xe);
        }
        if op == Op::Recv {
            return self.receive(e, xe);
        }
        let mut x = self.expr(xe, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(Operand::invalid(e));
        }
        if op == Op::Tilde {
            self.error(e.start(), "cannot use ~ outside of interface or type constraint")?;
            return Ok(Operand::invalid(e));
        }
        let ok = match op {
            Op::Add | Op::Sub => self.types.is_numeric(x.ty),
            Op::Xor => self.types.is_integer(x.ty),
            Op::Not => self.types.is_boolean(x.ty),
            _ => false,
        };
        if !self.operator_defined(ok, op, &x)? {
            return Ok(Operand::invalid(e));
        }
        if x.mode == Mode::Constant {
            let v = x.val.clone().unwrap_or(Value::int(0));
            let r = match (op, &v) {
                (Op::Add, _) => v,
                (Op::Sub, Value::Int(i)) => Value::Int(-i),
                (Op::Sub, Value::Float(f)) => Value::Float(-f),
                (Op::Not, Value::Bool(b)) => Value::Bool(!b),
                (Op::Xor, Value::Int(i)) => {
                    if self.types.is_unsigned(x.ty) {
                        let bits = self.types.size_of(x.ty) * 8;
                        let mask = (BigInt::one() << bits) - 1;
                        Value::Int(i ^ mask)
                    } else {
                        Value::Int(-i - 1)
                    }
                }
                _ => v,
            };
            let mut o = Operand::constant(e, x.ty, r);
            self.overflow(&mut o, e.pos)?;
            return Ok(o);
        }
        let ty = x.ty;
        let inner = self.materialize_keep_untyped(x)?;
        let ir = match op {
            Op::Add => inner,
            Op::Sub => ir::Expr::new(IK::Unary(UnOp::Neg, Box::new(inner)), ty, e.pos),
            Op::Not => ir::Expr::new(IK::Unary(UnOp::Not, Box::new(inner)), ty, e.pos),
            _ => ir::Expr::new(IK::Unary(UnOp::BitNot, Box::new(inner)), ty, e.pos),
        };
        Ok(Operand::value(e, Mode::Value, ir))
    }

    fn address_of(&mut self, e: &'a ast::Expr, xe: &'a ast::Expr) -> Result<Operand<'a>> {
        let inner = xe.unparen();
        if let ExprKind::CompositeLit { typ, elems, .. } = &inner.kind {
            let x = self.composite_lit(inner, typ.as_deref(), elems, None)?;
            if !x.is_valid() {
                return Ok(Operand::invalid(e));
            }
            let t = x.ty;
            let pt = self.types.pointer(t);
            let text = format!("&{}", self.lit_text(t, elems));
            let site = self.new_site(e.pos, t, text);
            let lit = self.materialize(x)?;
            return Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::AddrLit(site, Box::new(lit)), pt, e.pos)));
        }
        let mut x = self.expr(xe, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(Operand::invalid(e));
        }
        if x.mode != Mode::Variable {
            self.error(x.pos(), format!("invalid operation: cannot take address of {}", self.describe(&x)))?;
            return Ok(Operand::invalid(e));
        }
        let pt = self.types.pointer(x.ty);
        let target = self.materialize(x)?;
        self.mark_addr_taken(&target);
        Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::AddrOf(Box::new(target), true), pt, e.pos)))
    }

    /// Marks the variable at the root of an addressed expression (`&x`, `&x.f`, `&a[i]`).
    pub fn mark_addr_taken(&mut self, e: &ir::Expr) {
        match &e.kind {
            IK::Local(l) => {
                if let Some(fs) = &mut self.fs {
                    fs.locals[l.index()].addr_taken = true;
                }
            }
            IK::Field(x, _) | IK::Index(x, _) => self.mark_addr_taken(x),
            _ => {}
        }
    }

    fn binary(&mut self, e: &'a ast::Expr, op: Op, xe: &'a ast::Expr, ye: &'a ast::Expr) -> Result<Operand<'a>> {
        let x = self.expr(xe, None)?;
        let y = self.expr(ye, None)?;
        self.binary_op(e, &expr_string(e), e.pos, op, x, y)
    }

    /// A binary operation on checked operands. `e` is the expression the
    /// result stands for (for `x op= y`, the left operand), `text` how
    /// messages quote the operation, `pos` the operator's position.
    pub fn binary_op(
        &mut self,
        e: &'a ast::Expr,
        text: &str,
        pos: Pos,
        op: Op,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Result<Operand<'a>> {
        self.single_value(&mut x)?;
        self.single_value(&mut y)?;
        if !x.is_valid() {
            return Ok(Operand::invalid(e));
        }
        if !y.is_valid() {
            return Ok(Operand::invalid(e));
        }
        if matches!(op, Op::Shl | Op::Shr) {
            return self.shift(e, pos, op, x, y);
        }
        self.match_types(&mut x, &mut y)?;
        if !x.is_valid() || !y.is_valid() {
            return Ok(Operand::invalid(e));
        }
        if matches!(op, Op::Eql | Op::Neq | Op::Lss | Op::Leq | Op::Gtr | Op::Geq) {
            return self.comparison(e, pos, op, x, y);
        }
        if !self.types.identical(x.ty, y.ty) {
            if !self.types.is_invalid(x.ty) && !self.types.is_invalid(y.ty) {
                self.error(
                    x.pos(),
                    format!(
                        "invalid operation: {text} (mismatched types {} and {})",
                        self.type_string(x.ty),
                        self.type_string(y.ty)
                    ),
                )?;
            }
            return Ok(Operand::invalid(e));
        }
        let ok = match op {
            Op::Add => self.types.is_numeric(x.ty) || self.types.is_string(x.ty),
            Op::Sub | Op::Mul | Op::Div => self.types.is_numeric(x.ty),
            Op::Rem | Op::And | Op::Or | Op::Xor | Op::AndNot => self.types.is_integer(x.ty),
            Op::AndAnd | Op::OrOr => self.types.is_boolean(x.ty),
            _ => false,
        };
        if !self.operator_defined(ok, op, &x)? {
            return Ok(Operand::invalid(e));
        }
        if matches!(op, Op::Div | Op::Rem)
            && (x.mode == Mode::Constant || self.types.is_integer(x.ty))
            && y.mode == Mode::Constant
            && y.val.as_ref().is_some_and(Value::is_zero)
        {
            self.error(y.pos(), "invalid operation: division by zero")?;
            return Ok(Operand::invalid(e));
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let (Some(a), Some(b)) = (x.val.clone(), y.val.clone()) else {
                return Ok(Operand::invalid(e));
            };
            let int_div = self.types.is_integer(x.ty);
            let v = binary_const(op, &a, &b, int_div);
            let mut o = Operand::constant(e, x.ty, v);
            self.overflow(&mut o, pos)?;
            return Ok(o);
        }
        let ty = x.ty;
        // String concatenation: one allocation site for a whole `a + b + c` chain.
        if op == Op::Add && self.types.is_string(ty) {
            let mut parts = Vec::new();
            let inner = self.concat_operands(x, &mut parts)?;
            let inner2 = self.concat_operands(y, &mut parts)?;
            let text = text.to_string();
            let site = match inner.or(inner2) {
                Some(site) => {
                    let s = &mut self.sites[site.index()];
                    s.pos = pos;
                    s.text = text;
                    site
                }
                None => self.new_site(pos, Types::STRING, text),
            };
            let ty = self.types.default_type(ty);
            return Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::Concat(site, parts), ty, pos)));
        }
        let a = self.materialize_keep_untyped(x)?;
        let b = self.materialize_keep_untyped(y)?;
        let ir = match op {
            Op::AndAnd => IK::AndAnd(Box::new(a), Box::new(b)),
            Op::OrOr => IK::OrOr(Box::new(a), Box::new(b)),
            _ => IK::Binary(arith_op(op), Box::new(a), Box::new(b)),
        };
        Ok(Operand::value(e, Mode::Value, ir::Expr::new(ir, ty, pos)))
    }

    /// Flattens nested concatenations into one operand list; returns the
    /// site of an inner concatenation, which the outer one takes over (gc
    /// makes one node for `a + b + c`).
    fn concat_operands(&mut self, x: Operand<'a>, out: &mut Vec<ir::Expr>) -> Result<Option<ir::SiteId>> {
        let e = self.materialize_default(x)?;
        match e.kind {
            IK::Concat(site, parts) => {
                out.extend(parts);
                Ok(Some(site))
            }
            _ => {
                out.push(e);
                Ok(None)
            }
        }
    }

    fn shift(
        &mut self,
        e: &'a ast::Expr,
        pos: Pos,
        op: Op,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Result<Operand<'a>> {
        // The left operand must be an integer, or an untyped constant representable as one.
        let xval_int = x.val.as_ref().and_then(|v| v.as_bigint());
        if self.types.is_integer(x.ty)
            || (self.types.is_untyped(x.ty) && x.mode == Mode::Constant && xval_int.is_some())
        {
        } else {
            self.error(x.pos(), format!("invalid operation: shifted operand {} must be integer", self.describe(&x)))?;
            return Ok(Operand::invalid(e));
        }
        // The right operand: an integer, or an untyped constant representable as uint.
        if y.mode == Mode::Constant {
            let yv = y.val.as_ref().and_then(|v| v.as_bigint());
            if let Some(v) = &yv {
                if v.is_negative() {
                    self.error(y.pos(), format!("invalid operation: negative shift count {}", self.describe(&y)))?;
                    return Ok(Operand::invalid(e));
                }
            }
            if self.types.is_untyped(y.ty) {
                if yv.is_none() || y.val.as_ref().map(|v| v.representable(Basic::Uint)).is_some_and(|r| r.is_err()) {
                    self.error(
                        y.pos(),
                        format!("cannot use {} as uint value in shift count (truncated)", self.describe(&y)),
                    )?;
                    return Ok(Operand::invalid(e));
                }
            } else if !self.types.is_integer(y.ty) {
                self.error(y.pos(), format!("invalid operation: shift count {} must be integer", self.describe(&y)))?;
                return Ok(Operand::invalid(e));
            }
        } else if self.types.is_integer(y.ty) {
        } else if self.types.is_untyped(y.ty) {
            self.convert_untyped(&mut y, Types::UINT)?;
            if !y.is_valid() {
                return Ok(Operand::invalid(e));
            }
        } else {
            self.error(y.pos(), format!("invalid operation: shift count {} must be integer", self.describe(&y)))?;
            return Ok(Operand::invalid(e));
        }
        if x.mode == Mode::Constant {
            if y.mode == Mode::Constant {
                let s = y.val.as_ref().and_then(|v| v.as_bigint()).and_then(|v| v.to_u64()).unwrap_or(u64::MAX);
                if s > 1023 - 1 + 52 {
                    self.error(y.pos(), format!("invalid operation: invalid shift count {}", self.describe(&y)))?;
                    return Ok(Operand::invalid(e));
                }
                let xi = xval_int.unwrap_or_default();
                let v = if op == Op::Shl { xi << s } else { xi >> s };
                let ty = if self.types.is_integer(x.ty) { x.ty } else { Types::UNTYPED_INT };
                let mut o = Operand::constant(e, ty, Value::Int(v));
                self.overflow(&mut o, pos)?;
                return Ok(o);
            }
            if self.types.is_untyped(x.ty) {
                // `1 << n`: the constant gets its type from the context.
                if !self.types.is_integer(x.ty) {
                    x.ty = Types::UNTYPED_INT;
                    x.val = x.val.as_ref().and_then(|v| v.as_bigint()).map(Value::Int);
                }
                let ty = x.ty;
                let a = self.materialize_keep_untyped(x)?;
                let b = self.materialize(y)?;
                let ir = ir::Expr::new(IK::Binary(arith_op(op), Box::new(a), Box::new(b)), ty, pos);
                return Ok(Operand::value(e, Mode::Value, ir));
            }
        }
        if !self.types.is_integer(x.ty) {
            self.error(x.pos(), format!("invalid operation: shifted operand {} must be integer", self.describe(&x)))?;
            return Ok(Operand::invalid(e));
        }
        let ty = x.ty;
        let a = self.materialize(x)?;
        // gc gives an untyped constant count the type uint (`x << uint(2)`).
        if self.types.is_untyped(y.ty) {
            self.convert_untyped(&mut y, Types::UINT)?;
        }
        let b = self.materialize(y)?;
        Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::Binary(arith_op(op), Box::new(a), Box::new(b)), ty, pos)))
    }

    fn comparison(
        &mut self,
        e: &'a ast::Expr,
        pos: Pos,
        op: Op,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Result<Operand<'a>> {
        let x_to_y = self.assignable(&x, y.ty);
        let ok = x_to_y || self.assignable(&y, x.ty);
        let mut err: Option<(Pos, String)> = None;
        if !ok {
            err =
                Some((y.pos(), format!("mismatched types {} and {}", self.type_string(x.ty), self.type_string(y.ty))));
        } else {
            match op {
                Op::Eql | Op::Neq => {
                    if x.mode == Mode::Nil || y.mode == Mode::Nil {
                        let t = if x.mode == Mode::Nil { y.ty } else { x.ty };
                        if !self.has_nil(t) {
                            err = Some((y.pos(), self.not_defined(op, y.ty)));
                        }
                    } else if !self.types.comparable(x.ty) {
                        err = Some((x.pos(), self.incomparable(op, x.ty)));
                    } else if !self.types.comparable(y.ty) {
                        err = Some((y.pos(), self.incomparable(op, y.ty)));
                    }
                }
                _ => {
                    if !self.ordered(x.ty) {
                        err = Some((x.pos(), self.not_defined(op, x.ty)));
                    } else if !self.ordered(y.ty) {
                        err = Some((y.pos(), self.not_defined(op, y.ty)));
                    }
                }
            }
        }
        if let Some((pos, cause)) = err {
            let msg = match &self.switch_case {
                // In a switch, errors are at the case value.
                Some(tag) => {
                    let at = x.pos();
                    return self
                        .error(at, format!("invalid case {} in switch on {tag} ({cause})", x.text()))
                        .map(|_| Operand::invalid(e));
                }
                None => format!("invalid operation: {} {} {} ({cause})", x.text(), op.as_str(), y.text()),
            };
            self.error(pos, msg)?;
            return Ok(Operand::invalid(e));
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let (Some(a), Some(b)) = (x.val.clone(), y.val.clone()) else {
                return Ok(Operand::invalid(e));
            };
            return Ok(Operand::constant(e, Types::UNTYPED_BOOL, Value::Bool(compare_const(op, &a, &b))));
        }
        // Operands get their final (default) types; the result stays untyped bool.
        if x.mode == Mode::Nil {
            x.ty = y.ty;
        }
        if y.mode == Mode::Nil {
            y.ty = x.ty;
        }
        let a = self.materialize_default(x)?;
        let b = self.materialize_default(y)?;
        let a_ty = a.ty;
        let (a, b) = if !self.types.identical(a.ty, b.ty) {
            // Comparison of a value with an interface it is assignable to.
            if self.types.is_interface(a_ty) {
                let b = self.convert_to_iface(b, a_ty, String::new())?;
                (a, b)
            } else if self.types.is_interface(b.ty) {
                let bt = b.ty;
                let a = self.convert_to_iface(a, bt, String::new())?;
                (a, b)
            } else {
                // A bidirectional channel and a directional one: same values.
                let (bt, at) = (b.ty, a.pos);
                (ir::Expr::new(IK::Convert(Box::new(a)), bt, at), b)
            }
        } else {
            (a, b)
        };
        let ir = ir::Expr::new(IK::Binary(arith_op(op), Box::new(a), Box::new(b)), Types::UNTYPED_BOOL, pos);
        Ok(Operand::value(e, Mode::Value, ir))
    }

    fn not_defined(&self, op: Op, t: TypeId) -> String {
        let what =
            super::operand::composite_kind(&self.types, t).map(str::to_string).unwrap_or_else(|| self.type_string(t));
        format!("operator {} not defined on {what}", op.as_str())
    }

    /// types2's `incomparableCause`.
    fn incomparable(&self, op: Op, t: TypeId) -> String {
        match self.types.under_kind(t) {
            TypeKind::Slice(_) => "slice can only be compared to nil".into(),
            TypeKind::Map(..) => "map can only be compared to nil".into(),
            TypeKind::Func { .. } => "func can only be compared to nil".into(),
            _ => self.incomparable_part(t).unwrap_or_else(|| self.not_defined(op, t)),
        }
    }

    /// types2's `comparableType` explanation: which part of a struct or
    /// array type cannot be compared.
    fn incomparable_part(&self, t: TypeId) -> Option<String> {
        match self.types.under_kind(t) {
            TypeKind::Struct(fields) => fields
                .iter()
                .find(|f| !self.types.comparable(f.typ))
                .map(|f| format!("struct containing {} cannot be compared", self.type_string(f.typ))),
            TypeKind::Array(_, e) if !self.types.comparable(*e) => {
                Some(format!("{} cannot be compared", self.type_string(t)))
            }
            _ => None,
        }
    }

    fn ordered(&self, t: TypeId) -> bool {
        self.types.basic(t).is_some_and(|b| b.is_integer() || b.is_float() || b.is_string())
    }

    pub fn has_nil(&self, t: TypeId) -> bool {
        matches!(
            self.types.under_kind(t),
            TypeKind::Pointer(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Func { .. }
                | TypeKind::Interface(_)
                | TypeKind::Basic(Basic::UnsafePointer)
        )
    }

    /// types2's `matchTypes`: converts an untyped operand to the other's type.
    fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) -> Result<()> {
        let may_convert = |c: &Self, x: &Operand, y: &Operand| -> bool {
            if !c.types.is_untyped(x.ty) && !c.types.is_untyped(y.ty) {
                return false;
            }
            if c.types.is_numeric(x.ty) != c.types.is_numeric(y.ty) {
                return false;
            }
            if c.types.is_interface(x.ty) || c.types.is_interface(y.ty) {
                return true;
            }
            if c.types.is_boolean(x.ty) != c.types.is_boolean(y.ty) {
                return false;
            }
            if c.types.is_string(x.ty) != c.types.is_string(y.ty) {
                return false;
            }
            if x.mode == Mode::Nil {
                return c.has_nil(y.ty);
            }
            if y.mode == Mode::Nil {
                return c.has_nil(x.ty);
            }
            if c.types.is_pointer(x.ty) || c.types.is_pointer(y.ty) {
                return false;
            }
            true
        };
        if may_convert(self, x, y) {
            let yt = y.ty;
            self.convert_untyped_or_report(x, yt)?;
            if !x.is_valid() {
                return Ok(());
            }
            let xt = x.ty;
            self.convert_untyped_or_report(y, xt)?;
            if !y.is_valid() {
                x.invalidate();
            }
        }
        Ok(())
    }

    fn convert_untyped_or_report(&mut self, x: &mut Operand<'a>, target: TypeId) -> Result<()> {
        match self.implicit_type_and_value(x, target) {
            Ok((t, v)) => {
                if let Some(v) = v {
                    x.val = Some(v);
                }
                self.set_operand_type(x, t);
            }
            Err(code) => {
                let t = if self.types.is_untyped(target) { target } else { self.types.under(target) };
                self.invalid_conversion(code, x, t)?;
                x.invalidate();
            }
        }
        Ok(())
    }

    /// Converts an untyped operand to `target` (types2's `convertUntyped`).
    pub fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) -> Result<()> {
        self.convert_untyped_or_report(x, target)
    }

    fn invalid_conversion(&mut self, code: Repr, x: &Operand<'a>, t: TypeId) -> Result<()> {
        let msg = match code {
            Repr::Truncated => format!("{} truncated to {}", self.describe(x), self.type_string(t)),
            Repr::Overflow => format!("{} overflows {}", self.describe(x), self.type_string(t)),
            Repr::Invalid => format!("cannot convert {} to type {}", self.describe(x), self.type_string(t)),
        };
        self.error(x.pos(), msg)
    }

    /// types2's `implicitTypeAndValue`: the type (and rounded value) an untyped
    /// operand takes in a context of type `target`.
    pub fn implicit_type_and_value(
        &self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> std::result::Result<(TypeId, Option<Value>), Repr> {
        if !x.is_valid() || !self.types.is_untyped(x.ty) || self.types.is_invalid(target) {
            return Ok((x.ty, None));
        }
        if self.types.is_untyped(target) {
            // Both untyped: the "larger" kind.
            if x.mode == Mode::Nil || target == Types::UNTYPED_NIL {
                return if x.ty == target { Ok((target, None)) } else { Err(Repr::Invalid) };
            }
            let rank = |t: TypeId| match self.types.basic(t) {
                Some(Basic::UntypedInt) => 1,
                Some(Basic::UntypedRune) => 2,
                Some(Basic::UntypedFloat) => 3,
                _ => 0,
            };
            let (rx, rt) = (rank(x.ty), rank(target));
            if rx > 0 && rt > 0 {
                return Ok((if rx >= rt { x.ty } else { target }, None));
            }
            return if x.ty == target { Ok((target, None)) } else { Err(Repr::Invalid) };
        }
        if x.mode == Mode::Nil {
            return if self.has_nil(target) { Ok((target, None)) } else { Err(Repr::Invalid) };
        }
        match self.types.under_kind(target).clone() {
            TypeKind::Basic(b) => {
                if x.mode == Mode::Constant {
                    let v = x.val.as_ref().ok_or(Repr::Invalid)?;
                    return match v.representable(b) {
                        Ok(v) => Ok((target, Some(v))),
                        Err(Repr::Invalid) => Err(Repr::Invalid),
                        Err(r) => {
                            if self.types.is_numeric(x.ty) && b.is_numeric() {
                                if !self.types.is_integer(x.ty) && b.is_integer() {
                                    Err(Repr::Truncated)
                                } else {
                                    Err(Repr::Overflow)
                                }
                            } else {
                                Err(r)
                            }
                        }
                    };
                }
                let ok = match self.types.basic(x.ty) {
                    Some(Basic::UntypedBool) => b.is_boolean(),
                    Some(Basic::UntypedInt | Basic::UntypedRune | Basic::UntypedFloat) => b.is_numeric(),
                    Some(Basic::UntypedString) => b.is_string(),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(Repr::Invalid)
                }
            }
            TypeKind::Interface(methods) => {
                if !methods.is_empty() {
                    return Err(Repr::Invalid);
                }
                Ok((self.types.default_type(x.ty), None))
            }
            _ => Err(Repr::Invalid),
        }
    }

    /// Gives an operand its final type, retyping untyped parts of its IR.
    fn set_operand_type(&mut self, x: &mut Operand<'a>, t: TypeId) {
        if x.ty == t {
            return;
        }
        x.ty = t;
        if let Some(e) = &mut x.ir {
            retype(&self.types, e, t);
        }
    }

    /// Checks constant overflow after an operation (types2's `overflow`).
    pub fn overflow(&mut self, x: &mut Operand<'a>, op_pos: Pos) -> Result<()> {
        if !self.types.is_untyped(x.ty) {
            if let (Some(b), Some(v)) = (self.types.basic(x.ty), x.val.clone()) {
                match v.representable(b) {
                    Ok(v) => x.val = Some(v),
                    Err(code) => {
                        let t = self.types.under(x.ty);
                        self.invalid_conversion(code, x, t)?;
                        x.invalidate();
                    }
                }
            }
            return Ok(());
        }
        if let Some(Value::Int(i)) = &x.val {
            if i.bits() > 512 {
                let name = match x.src.map(|e| &e.kind) {
                    Some(ExprKind::Binary { op: Op::Add, .. }) => "addition ",
                    Some(ExprKind::Binary { op: Op::Sub, .. }) => "subtraction ",
                    Some(ExprKind::Binary { op: Op::Xor, .. }) => "bitwise XOR ",
                    Some(ExprKind::Binary { op: Op::Mul, .. }) => "multiplication ",
                    Some(ExprKind::Binary { op: Op::Shl, .. }) => "shift ",
                    Some(ExprKind::Unary { op: Op::Xor, .. }) => "bitwise complement ",
                    _ => "",
                };
                self.error(op_pos, format!("constant {name}overflow"))?;
                x.invalidate();
            }
        }
        Ok(())
    }

    // -----------------------------------------------------------------------
    // Materialisation: operands to IR

    /// The operand's IR with its current type; untyped constants keep their
    /// untyped type (retyped later by the context).
    fn materialize_keep_untyped(&mut self, x: Operand<'a>) -> Result<ir::Expr> {
        let pos = x.node_pos();
        match x.mode {
            Mode::Constant => Ok(ir::Expr::new(IK::Const(x.val.unwrap_or(Value::int(0))), x.ty, pos)),
            Mode::Nil => Ok(ir::Expr::new(IK::Nil, x.ty, pos)),
            _ => Ok(x.ir.unwrap_or_else(|| ir::Expr::new(IK::Zero, Types::INVALID, pos))),
        }
    }

    /// The operand's IR with a typed type: untyped operands get their default type.
    pub fn materialize_default(&mut self, mut x: Operand<'a>) -> Result<ir::Expr> {
        if self.types.is_untyped(x.ty) && x.mode != Mode::Nil {
            let t = self.types.default_type(x.ty);
            self.convert_untyped(&mut x, t)?;
        }
        self.materialize(x)
    }

    /// The IR of an operand already converted to its final type.
    pub fn materialize(&mut self, x: Operand<'a>) -> Result<ir::Expr> {
        let text = x.text();
        let mut e = self.materialize_keep_untyped(x)?;
        // A function used as a value (not called).
        match e.kind {
            IK::FuncRef(ir::Callee::Func(f)) => e.kind = IK::FuncValue(f),
            IK::FuncRef(_) => {
                self.unsupported(e.pos, "standard-library functions as values are")?;
            }
            IK::BoundMethod { .. } | IK::IfaceMethodRef { .. } => e = self.method_value(e, text),
            _ => {}
        }
        if self.types.is_untyped(e.ty) && e.ty != Types::UNTYPED_NIL {
            let t = self.types.default_type(e.ty);
            retype(&self.types, &mut e, t);
        }
        Ok(e)
    }

    /// Boxes a typed value into interface type `iface`: an allocation site
    /// whose `-m` text is `text` for an explicit conversion; empty for an
    /// implicit one, which gc prints as its operand.
    pub fn convert_to_iface(&mut self, e: ir::Expr, iface: TypeId, text: String) -> Result<ir::Expr> {
        if self.types.is_interface(e.ty) {
            let pos = e.pos;
            return Ok(ir::Expr::new(IK::Convert(Box::new(e)), iface, pos));
        }
        let pos = e.pos;
        let site = self.new_site(pos, e.ty, text);
        Ok(ir::Expr::new(IK::ToIface(site, Box::new(e)), iface, pos))
    }
}

pub fn arith_op(op: Op) -> BinOp {
    match op {
        Op::Add => BinOp::Add,
        Op::Sub => BinOp::Sub,
        Op::Mul => BinOp::Mul,
        Op::Div => BinOp::Div,
        Op::Rem => BinOp::Rem,
        Op::And => BinOp::And,
        Op::Or => BinOp::Or,
        Op::Xor => BinOp::Xor,
        Op::AndNot => BinOp::AndNot,
        Op::Shl => BinOp::Shl,
        Op::Shr => BinOp::Shr,
        Op::Eql => BinOp::Eq,
        Op::Neq => BinOp::Ne,
        Op::Lss => BinOp::Lt,
        Op::Leq => BinOp::Le,
        Op::Gtr => BinOp::Gt,
        Op::Geq => BinOp::Ge,
        _ => BinOp::Add,
    }
}

/// types2's `updateExprType`: gives an untyped expression tree its final type.
pub fn retype(types: &Types, e: &mut ir::Expr, t: TypeId) {
    if !types.is_untyped(e.ty) {
        return;
    }
    let old = e.ty;
    e.ty = t;
    match &mut e.kind {
        IK::Const(v) => {
            if let Some(b) = types.basic(t) {
                if let Some(c) = v.convert_kind(b) {
                    *v = c.representable(b).unwrap_or(c);
                }
            }
        }
        IK::Unary(_, x) => retype(types, x, t),
        IK::Binary(op, x, y) => {
            if op.is_comparison() {
                // Operands already have their types; only the result changes.
            } else if matches!(op, BinOp::Shl | BinOp::Shr) {
                retype(types, x, t);
            } else {
                retype(types, x, t);
                retype(types, y, t);
            }
        }
        IK::AndAnd(x, y) | IK::OrOr(x, y) => {
            retype(types, x, t);
            retype(types, y, t);
        }
        _ => {
            let _ = old;
        }
    }
}

/// Folds a binary operation on constants.
pub fn binary_const(op: Op, a: &Value, b: &Value, int_div: bool) -> Value {
    use Value::*;
    match (a, b) {
        (Bool(x), Bool(y)) => Bool(match op {
            Op::AndAnd => *x && *y,
            Op::OrOr => *x || *y,
            _ => false,
        }),
        (String(x), String(y)) => {
            let mut s = x.clone();
            s.extend_from_slice(y);
            String(s)
        }
        (Int(x), Int(y)) => match op {
            Op::Add => Int(x + y),
            Op::Sub => Int(x - y),
            Op::Mul => Int(x * y),
            Op::Div if int_div => Int(trunc_div(x, y)),
            Op::Div => Float(BigRational::new(x.clone(), y.clone())),
            Op::Rem => Int(x - trunc_div(x, y) * y),
            Op::And => Int(x & y),
            Op::Or => Int(x | y),
            Op::Xor => Int(x ^ y),
            Op::AndNot => Int(x & !y),
            _ => Int(BigInt::zero()),
        },
        _ => {
            let (Some(x), Some(y)) = (a.to_rational(), b.to_rational()) else {
                return Int(BigInt::zero());
            };
            match op {
                Op::Add => Float(x + y),
                Op::Sub => Float(x - y),
                Op::Mul => Float(x * y),
                Op::Div if int_div => Int(trunc_div(&x.to_integer(), &y.to_integer())),
                Op::Div => Float(x / y),
                _ => Float(x),
            }
        }
    }
}

fn trunc_div(x: &BigInt, y: &BigInt) -> BigInt {
    if y.is_zero() {
        return BigInt::zero();
    }
    let (q, _) = x.div_rem(y);
    q
}

pub fn compare_const(op: Op, a: &Value, b: &Value) -> bool {
    use std::cmp::Ordering;
    let ord = match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        _ => match (a.to_rational(), b.to_rational()) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => Ordering::Equal,
        },
    };
    match op {
        Op::Eql => ord == Ordering::Equal,
        Op::Neq => ord != Ordering::Equal,
        Op::Lss => ord == Ordering::Less,
        Op::Leq => ord != Ordering::Greater,
        Op::Gtr => ord == Ordering::Greater,
        Op::Geq => ord != Ordering::Less,
        _ => false,
    }
}

/// A constant map key, compared as types2's `keyVal` does: numbers by
/// value whatever their kind (`1` and `1.0` are the same float key).
#[derive(PartialEq)]
enum KeyVal {
    Num(BigRational),
    Str(Vec<u8>),
    Bool(bool),
}

fn key_val(v: &Value) -> KeyVal {
    match v {
        Value::Bool(b) => KeyVal::Bool(*b),
        Value::String(s) => KeyVal::Str(s.clone()),
        _ => KeyVal::Num(v.to_rational().unwrap_or_else(BigRational::zero)),
    }
}

/// The constant and its type behind a checked key: a constant, possibly
/// boxed into an interface key.
fn constant_key(e: &ir::Expr) -> Option<(Value, TypeId)> {
    match &e.kind {
        IK::Const(v) => Some((v.clone(), e.ty)),
        IK::ToIface(_, x) | IK::Convert(x) => constant_key(x),
        _ => None,
    }
}
