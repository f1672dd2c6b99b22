//! Assignability, assignments and declarations with initialisers
//! (types2's `assignments.go` and the variable parts of `decl.go`).

use super::operand::{Mode, Operand};
use super::{Checker, ObjId, ObjKind, Result};
use crate::ir::{self, ExprKind as IK, GlobalId, LocalId, LocalKind};
use crate::source::Pos;
use crate::syntax::ast::{self, ExprKind};
use crate::syntax::printer::expr_string;
use crate::types::constant::Value;
use crate::types::{ChanDir, TypeId, TypeKind, Types};

impl<'a> Checker<'a> {
    /// Whether `x` may be assigned to a variable of type `t` (the spec's
    /// assignability, types2's `assignableTo`).
    pub fn assignable(&self, x: &Operand<'a>, t: TypeId) -> bool {
        let v = x.ty;
        if self.types.identical(v, t) || self.types.is_invalid(v) || self.types.is_invalid(t) {
            return true;
        }
        if self.types.is_untyped(v) {
            if x.mode == Mode::Nil {
                return self.has_nil(t);
            }
            if self.types.is_interface(t) {
                return self.implements(self.types.default_type(v), t);
            }
            return self.implicit_type_and_value(x, t).is_ok();
        }
        let (vu, tu) = (self.types.under(v), self.types.under(t));
        if self.types.identical(vu, tu) && (!self.types.is_named(v) || !self.types.is_named(t)) {
            return true;
        }
        if self.types.is_interface(t) {
            return self.implements(v, t);
        }
        // A bidirectional channel where a directional one (of the same
        // element type) is expected, when one of the types is unnamed.
        if let (TypeKind::Chan(ChanDir::Both, ve), TypeKind::Chan(_, te)) = (self.types.kind(vu), self.types.kind(tu)) {
            return self.types.identical(*ve, *te) && (!self.types.is_named(v) || !self.types.is_named(t));
        }
        false
    }

    /// Whether type `v` implements interface `t`.
    pub fn implements(&self, v: TypeId, t: TypeId) -> bool {
        self.types.is_interface(t) && self.missing_method(v, t).is_none()
    }

    /// types2's explanation of a failed interface assignment, appended to
    /// `cannot use …`: `: T does not implement I (missing method M)`.
    pub fn not_implemented(&self, v: TypeId, t: TypeId) -> String {
        // An interface value for a concrete type that implements it.
        if self.types.is_interface(v) && !self.types.is_interface(t) && self.missing_method(t, v).is_none() {
            return ": need type assertion".into();
        }
        match self.missing_method(v, t) {
            Some(cause) if !self.types.is_untyped(v) => {
                format!(": {} does not implement {} {cause}", self.type_string(v), self.type_string(t))
            }
            _ => String::new(),
        }
    }

    /// types2's `assignment`: converts `x` for a variable of type `t`,
    /// reporting `cannot use … as … value in <context>`. Returns the IR.
    pub fn assign_to(&mut self, mut x: Operand<'a>, t: TypeId, context: &str) -> Result<Option<ir::Expr>> {
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(None);
        }
        // types2's `exclude`, which its assignments run first.
        if matches!(x.mode, Mode::TypeExpr | Mode::Builtin(_)) {
            let what = if x.mode == Mode::TypeExpr { "is not an expression" } else { "must be called" };
            self.error(x.pos(), format!("{} {what}", self.describe(&x)))?;
            return Ok(None);
        }
        if self.types.is_untyped(x.ty) {
            let target =
                if x.mode != Mode::Nil && self.types.is_interface(t) { self.types.default_type(x.ty) } else { t };
            match self.implicit_type_and_value(&x, target) {
                Ok((nt, v)) => {
                    if let Some(v) = v {
                        x.val = Some(v);
                    }
                    if nt != x.ty {
                        let mut y = x.clone();
                        self.convert_untyped(&mut y, nt)?;
                        x = y;
                    }
                }
                Err(code) => {
                    let mut msg =
                        format!("cannot use {} as {} value in {context}", self.describe(&x), self.type_string(target));
                    match code {
                        crate::types::constant::Repr::Truncated => msg.push_str(" (truncated)"),
                        crate::types::constant::Repr::Overflow => msg.push_str(" (overflows)"),
                        _ => {}
                    }
                    self.error(x.pos(), msg)?;
                    return Ok(None);
                }
            }
        }
        if !self.assignable(&x, t) {
            let cause = self.not_implemented(x.ty, t);
            let msg = format!("cannot use {} as {} value in {context}{cause}", self.describe(&x), self.type_string(t));
            self.error(x.pos(), msg)?;
            return Ok(None);
        }
        let xt = x.ty;
        let e = if x.mode == Mode::Nil { ir::Expr::new(IK::Nil, t, x.node_pos()) } else { self.materialize(x)? };
        if self.types.is_interface(t) && !self.types.identical(xt, t) {
            // Boxes a value; between interface types, converts the first word.
            return Ok(Some(self.convert_to_iface(e, t, String::new())?));
        }
        Ok(Some(retag(e, t)))
    }

    /// A constant declaration's value (types2's `initConst`).
    pub fn init_const(&mut self, mut x: Operand<'a>, typ: Option<TypeId>) -> Result<(TypeId, Value)> {
        let invalid = (Types::INVALID, Value::int(0));
        if !x.is_valid() || typ.is_some_and(|t| self.types.is_invalid(t)) {
            return Ok(invalid);
        }
        if x.mode != Mode::Constant {
            self.error(x.pos(), format!("{} is not constant", self.describe(&x)))?;
            return Ok(invalid);
        }
        let t = typ.unwrap_or(x.ty);
        if typ.is_some() {
            let target = t;
            match self.implicit_type_and_value(&x, target) {
                Ok((_, v)) => {
                    if let Some(v) = v {
                        x.val = Some(v);
                    }
                }
                Err(code) => {
                    let mut msg = format!(
                        "cannot use {} as {} value in constant declaration",
                        self.describe(&x),
                        self.type_string(target)
                    );
                    match code {
                        crate::types::constant::Repr::Truncated => msg.push_str(" (truncated)"),
                        crate::types::constant::Repr::Overflow => msg.push_str(" (overflows)"),
                        _ => {}
                    }
                    self.error(x.pos(), msg)?;
                    return Ok(invalid);
                }
            }
            if !self.types.is_untyped(x.ty) && !self.assignable(&x, target) {
                self.error(
                    x.pos(),
                    format!(
                        "cannot use {} as {} value in constant declaration",
                        self.describe(&x),
                        self.type_string(target)
                    ),
                )?;
                return Ok(invalid);
            }
        }
        let v = x.val.unwrap_or(Value::int(0));
        let v = match self.types.basic(t) {
            Some(b) => v.convert_kind(b).unwrap_or(v),
            None => v,
        };
        Ok((t, v))
    }

    /// Checks a package-level `var` spec whose names are objects `ids`.
    pub fn var_spec_global(&mut self, spec: &'a ast::VarSpec, ids: &[ObjId]) -> Result<()> {
        let typ = match &spec.typ {
            Some(t) => Some(self.type_expr(t)?),
            None => None,
        };
        let values = self.init_values(spec, typ)?;
        let mut globals = Vec::new();
        let mut lhs = Vec::new();
        for (i, (n, &id)) in spec.names.iter().zip(ids).enumerate() {
            let t = values.types.get(i).copied().flatten().or(typ).unwrap_or(Types::INVALID);
            if n.name == "_" {
                lhs.push(ir::Expr::new(IK::Blank, t, n.pos));
                continue;
            }
            let g = GlobalId(self.globals.len() as u32);
            self.globals.push(ir::Global { name: n.name.clone(), ty: t });
            self.obj_mut(id).kind = ObjKind::Global(g);
            globals.push(g);
            lhs.push(ir::Expr::new(IK::Global(g), t, n.pos));
        }
        let stmts = self.init_stmts(values, lhs)?;
        if !stmts.is_empty() {
            let deps = self.init_deps.clone().unwrap_or_default();
            let stmt = ir::Stmt::Block(stmts);
            self.inits.push(super::GlobalInit { lhs: globals, stmt, deps, pos: spec.pos });
        }
        Ok(())
    }

    /// Checks a local `var` spec: declares its variables after evaluating the
    /// initialisers (their scope starts after the spec).
    pub fn var_spec_local(&mut self, spec: &'a ast::VarSpec, out: &mut Vec<ir::Stmt>) -> Result<()> {
        let typ = match &spec.typ {
            Some(t) => Some(self.type_expr(t)?),
            None => None,
        };
        let values = self.init_values(spec, typ)?;
        let mut lhs = Vec::new();
        let mut decls = Vec::new();
        for (i, n) in spec.names.iter().enumerate() {
            let t = values.types.get(i).copied().flatten().or(typ).unwrap_or(Types::INVALID);
            if n.name == "_" {
                lhs.push(ir::Expr::new(IK::Blank, t, n.pos));
                continue;
            }
            let (l, obj) = self.new_local_var(&n.name, t, n.pos, LocalKind::Var);
            self.mark_init(l, !spec.values.is_empty());
            decls.push((n, obj));
            out.push(ir::Stmt::Decl(l));
            lhs.push(ir::Expr::new(IK::Local(l), t, n.pos));
        }
        let stmts = self.init_stmts(values, lhs)?;
        out.extend(stmts);
        for (n, obj) in decls {
            self.declare_local(n, obj)?;
        }
        Ok(())
    }

    /// Evaluates a var spec's initialisers for its names: the types of the
    /// variables (when inferred) and the assignment IR.
    fn init_values(&mut self, spec: &'a ast::VarSpec, typ: Option<TypeId>) -> Result<InitValues> {
        let l = spec.names.len();
        let r = spec.values.len();
        let mut iv = InitValues { types: vec![None; l], values: Vec::new(), tuple: None, failed: false };
        if r == 0 {
            if typ.is_none() {
                iv.failed = true;
            }
            return Ok(iv);
        }
        let is_call = r == 1 && matches!(spec.values[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call || (r != 1 && l != r) {
            for (i, e) in spec.values.iter().enumerate() {
                let name = spec.names.get(i);
                let x = self.expr(e, None)?;
                if name.is_none() {
                    continue;
                }
                match self.init_var(x, typ, "variable declaration")? {
                    Some(v) => {
                        iv.types[i] = Some(v.ty);
                        iv.values.push(v);
                    }
                    None => {
                        iv.failed = true;
                        iv.types[i] = Some(typ.unwrap_or(Types::INVALID));
                    }
                }
            }
            if r > l {
                let e = &spec.values[l];
                self.error(e.start(), format!("extra init expr {}", expr_string(e)))?;
                iv.failed = true;
            } else if l > r {
                let n = &spec.names[r];
                self.error(n.pos, format!("missing init expr for {}", n.name))?;
                iv.failed = true;
            }
            if iv.failed {
                iv.values.clear();
            }
            return Ok(iv);
        }
        // One expression for several variables: a multi-value call.
        let x = self.expr(&spec.values[0], None)?;
        let x = self.comma_ok(x, l);
        if !x.is_valid() {
            iv.failed = true;
            return Ok(iv);
        }
        let tuple_types = match self.types.kind(x.ty) {
            TypeKind::Tuple(ts) if x.mode == Mode::Value => Some(ts.clone()),
            _ => None,
        };
        let nvals = match (&tuple_types, x.mode) {
            (Some(ts), _) => ts.len(),
            (None, Mode::NoValue) => 0,
            _ => 1,
        };
        if nvals != l {
            if x.mode == Mode::NoValue {
                self.error(x.pos(), format!("{} (no value) used as value", x.text()))?;
            } else {
                self.assign_error(&spec.values, l, nvals)?;
            }
            iv.failed = true;
            return Ok(iv);
        }
        if l == 1 {
            match self.init_var(x, typ, "variable declaration")? {
                Some(v) => {
                    iv.types[0] = Some(v.ty);
                    iv.values.push(v);
                }
                None => iv.failed = true,
            }
            return Ok(iv);
        }
        let ts = tuple_types.unwrap_or_default();
        for (i, t) in ts.iter().enumerate() {
            let vt = typ.unwrap_or(*t);
            if typ.is_some() && !self.assignable_type(*t, vt) {
                let desc = format!("{} (value of type {})", expr_string(&spec.values[0]), self.type_string(*t));
                self.error(
                    spec.values[0].start(),
                    format!("cannot use {desc} as {} value in assignment", self.type_string(vt)),
                )?;
                iv.failed = true;
            }
            iv.types[i] = Some(vt);
        }
        iv.tuple = x.ir;
        Ok(iv)
    }

    /// Assignability between two typed types (for values from a tuple).
    pub fn assignable_type(&self, v: TypeId, t: TypeId) -> bool {
        let x = Operand { mode: Mode::Value, ty: v, val: None, ir: None, src: None };
        self.assignable(&x, t)
    }

    /// types2's `initVar`: the value for a variable of type `typ` (or of the
    /// value's default type when `typ` is `None`).
    fn init_var(&mut self, x: Operand<'a>, typ: Option<TypeId>, context: &str) -> Result<Option<ir::Expr>> {
        if !x.is_valid() {
            return Ok(None);
        }
        let t = match typ {
            Some(t) => t,
            None => {
                let mut t = x.ty;
                if self.types.is_untyped(t) {
                    if x.mode == Mode::Nil {
                        self.error(x.pos(), format!("use of untyped nil in {context}"))?;
                        return Ok(None);
                    }
                    t = self.types.default_type(t);
                }
                if let TypeKind::Tuple(_) = self.types.kind(t) {
                    let mut y = x;
                    self.single_value(&mut y)?;
                    return Ok(None);
                }
                if x.mode == Mode::NoValue {
                    let mut y = x;
                    self.single_value(&mut y)?;
                    return Ok(None);
                }
                t
            }
        };
        self.assign_to(x, t, context)
    }

    /// The types of the values a single right-hand side `x` gives `l`
    /// left-hand sides (a call's results, or `x` itself); `None` after
    /// reporting that the counts differ.
    fn result_types(&mut self, x: &Operand<'a>, rhs: &'a [ast::Expr], l: usize) -> Result<Option<Vec<TypeId>>> {
        let ts = match self.types.kind(x.ty) {
            TypeKind::Tuple(ts) if x.mode == Mode::Value => ts.clone(),
            _ if x.mode == Mode::NoValue => Vec::new(),
            _ => vec![x.ty],
        };
        if ts.len() == l {
            return Ok(Some(ts));
        }
        if x.mode == Mode::NoValue {
            self.error(x.pos(), format!("{} (no value) used as value", x.text()))?;
        } else {
            self.assign_error(rhs, l, ts.len())?;
        }
        Ok(None)
    }

    /// types2's `assignError`.
    pub fn assign_error(&mut self, rhs: &'a [ast::Expr], l: usize, r: usize) -> Result<()> {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let rhs0 = &rhs[0];
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &rhs0.unparen().kind {
                return self.error(
                    rhs0.start(),
                    format!("assignment mismatch: {vars} but {} returns {vals}", expr_string(fun)),
                );
            }
        }
        self.error(rhs0.start(), format!("assignment mismatch: {vars} but {vals}"))
    }

    /// Creates a local variable and its (not yet declared) object.
    pub fn new_local_var(&mut self, name: &str, t: TypeId, pos: Pos, kind: LocalKind) -> (LocalId, ObjId) {
        let l = self.new_local(name, t, kind);
        if let Some(fs) = self.fs.as_mut() {
            fs.locals[l.index()].pos = pos;
        }
        let fid = self.fs.as_ref().map(|f| f.id).unwrap_or(ir::FuncId(0));
        let obj = self.new_obj(name, pos, ObjKind::Local(fid, l), super::DeclRef::None);
        self.obj_mut(obj).color = super::Color::Black;
        (l, obj)
    }

    pub fn new_local(&mut self, name: &str, t: TypeId, kind: LocalKind) -> LocalId {
        let fs = self.fs.as_mut().expect("locals exist only inside functions");
        let l = LocalId(fs.locals.len() as u32);
        fs.locals.push(ir::Local {
            name: name.to_string(),
            pos: Pos::default(),
            ty: t,
            kind,
            addr_taken: false,
            init: false,
        });
        l
    }

    /// Declares a local object in the innermost scope.
    pub fn declare_local(&mut self, n: &ast::Ident, obj: ObjId) -> Result<()> {
        if n.name == "_" {
            return Ok(());
        }
        let Some(fs) = self.fs.as_mut() else {
            return Ok(());
        };
        let scope = fs.scopes.last_mut().expect("a function has a scope");
        if let Some(&alt) = scope.get(&n.name) {
            let other = self.pos_string(self.obj(alt).pos);
            return self.error(
                n.pos,
                format!("{} redeclared in this block\n\t{}: other declaration of {}", n.name, other, n.name),
            );
        }
        scope.insert(n.name.clone(), obj);
        if let ObjKind::Local(_, l) = self.obj(obj).kind {
            let kind = self.fs.as_ref().map(|fs| fs.locals[l.index()].kind);
            if kind == Some(LocalKind::Var) {
                if let Some(fs) = self.fs.as_mut() {
                    let scope = fs.scope_ids.last().copied().unwrap_or(0);
                    fs.declared.push((obj, scope));
                }
            }
        }
        Ok(())
    }

    /// Records whether a new local is declared with an initial value.
    /// Places a compiler temporary (gc prints where its own are).
    pub fn set_local_pos(&mut self, l: LocalId, pos: Pos) {
        if let Some(fs) = self.fs.as_mut() {
            fs.locals[l.index()].pos = pos;
        }
    }

    pub fn mark_init(&mut self, l: LocalId, init: bool) {
        if let Some(fs) = self.fs.as_mut() {
            fs.locals[l.index()].init = init;
        }
    }

    /// Exempts a local from the per-variable `declared and not used` check
    /// (type switch variables are checked together).
    pub fn forget_declared(&mut self, obj: ObjId) {
        if let Some(fs) = self.fs.as_mut() {
            fs.declared.retain(|&(o, _)| o != obj);
        }
    }

    /// The left-hand side of an assignment: an addressable expression or `_`
    /// (types2's `lhsVar`); reading a variable here is not a use.
    pub fn lhs_var(&mut self, e: &'a ast::Expr) -> Result<Option<ir::Expr>> {
        if let ExprKind::Name(n) = &e.unparen().kind {
            if n == "_" {
                return Ok(Some(ir::Expr::new(IK::Blank, Types::INVALID, e.pos)));
            }
        }
        let ident = match &e.unparen().kind {
            ExprKind::Name(n) => self.lookup(n),
            _ => None,
        };
        let was_used = ident.map(|id| self.obj(id).used);
        let x = self.expr(e, None)?;
        if let (Some(id), Some(u)) = (ident, was_used) {
            self.obj_mut(id).used = u;
        }
        if !x.is_valid() {
            return Ok(None);
        }
        if !matches!(x.mode, Mode::Variable | Mode::MapIndex) {
            let msg = self.unassignable(e, &x);
            self.error(x.pos(), msg)?;
            return Ok(None);
        }
        let place = self.materialize(x)?;
        Ok(Some(place))
    }

    /// Why `x` (the checked `e`) cannot be assigned to: a field of a
    /// struct in a map gets its own message (types2's `lhsVar`).
    fn unassignable(&self, e: &ast::Expr, x: &Operand<'a>) -> String {
        let text = x.text();
        if let (ExprKind::Selector { x: base, .. }, Some(ir)) = (&e.kind, &x.ir) {
            let mut inner = ir;
            while let IK::Field(b, _) = &inner.kind {
                inner = b;
            }
            if matches!(inner.kind, IK::MapIndex { .. }) && matches!(base.unparen().kind, ExprKind::Index { .. }) {
                return format!("cannot assign to struct field {text} in map");
            }
        }
        format!("cannot assign to {text} (neither addressable nor a map index expression)")
    }

    /// `lhs = rhs` with several values (types2's `assignVars`).
    pub fn assign_vars(&mut self, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr], out: &mut Vec<ir::Stmt>) -> Result<()> {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if l > 1 { "multiple assignment" } else { "assignment" };
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            let mut places = Vec::new();
            let mut values = Vec::new();
            let mut ok = true;
            for (le, re) in lhs.iter().zip(rhs) {
                let place = self.lhs_var(le)?;
                let x = self.expr(re, None)?;
                let Some(place) = place else {
                    ok = false;
                    continue;
                };
                let v = if matches!(place.kind, IK::Blank) {
                    let ctx = if context == "assignment" { "assignment to _ identifier" } else { context };
                    self.assign_blank(x, ctx)?
                } else {
                    self.assign_to(x, place.ty, context)?
                };
                match v {
                    Some(v) => {
                        let place = if matches!(place.kind, IK::Blank) {
                            ir::Expr::new(IK::Blank, v.ty, place.pos)
                        } else {
                            place
                        };
                        places.push(place);
                        values.push(v);
                    }
                    None => ok = false,
                }
            }
            if ok {
                out.push(ir::Stmt::Assign(places, values));
            }
            return Ok(());
        }
        if r != 1 {
            let mut ok = true;
            for le in lhs {
                ok &= self.lhs_var(le)?.is_some();
            }
            for re in rhs {
                ok &= self.expr(re, None)?.is_valid();
            }
            if ok {
                self.assign_error(rhs, l, r)?;
            }
            return Ok(());
        }
        let x = self.expr(&rhs[0], None)?;
        let x = self.comma_ok(x, l);
        let mut places = Vec::new();
        for le in lhs {
            places.push(self.lhs_var(le)?);
        }
        if !x.is_valid() {
            return Ok(());
        }
        let Some(ts) = self.result_types(&x, rhs, l)? else {
            return Ok(());
        };
        if l == 1 {
            let Some(place) = places.pop().flatten() else {
                return Ok(());
            };
            let v = if matches!(place.kind, IK::Blank) {
                self.assign_blank(x, "assignment to _ identifier")?
            } else {
                self.assign_to(x, place.ty, context)?
            };
            if let Some(v) = v {
                let place =
                    if matches!(place.kind, IK::Blank) { ir::Expr::new(IK::Blank, v.ty, place.pos) } else { place };
                out.push(ir::Stmt::Assign(vec![place], vec![v]));
            }
            return Ok(());
        }
        let mut ok = true;
        let mut final_places = Vec::new();
        for (p, t) in places.into_iter().zip(&ts) {
            let Some(p) = p else {
                ok = false;
                continue;
            };
            if matches!(p.kind, IK::Blank) {
                final_places.push(ir::Expr::new(IK::Blank, *t, p.pos));
                continue;
            }
            if !self.assignable_type(*t, p.ty) {
                let desc = format!("{} (value of type {})", expr_string(&rhs[0]), self.type_string(*t));
                self.error(
                    rhs[0].start(),
                    format!("cannot use {desc} as {} value in assignment", self.type_string(p.ty)),
                )?;
                ok = false;
            }
            final_places.push(p);
        }
        if ok {
            if let Some(call) = x.ir {
                self.assign_tuple(final_places, call, out)?;
            }
        }
        Ok(())
    }

    /// `places = call` for a multi-value call or comma-ok expression. The
    /// values of interface variables are converted through temporaries
    /// (`AssignTuple` stores each value as it is).
    pub fn assign_tuple(&mut self, places: Vec<ir::Expr>, call: ir::Expr, out: &mut Vec<ir::Stmt>) -> Result<()> {
        let ts = match self.types.kind(call.ty) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ => vec![call.ty],
        };
        let converts = |c: &Self, p: &ir::Expr, t: TypeId| {
            !matches!(p.kind, IK::Blank) && c.types.is_interface(p.ty) && !c.types.identical(p.ty, t)
        };
        if !places.iter().zip(&ts).any(|(p, &t)| converts(self, p, t)) {
            out.push(ir::Stmt::AssignTuple(places, call));
            return Ok(());
        }
        if self.fs.is_none() {
            // Package initialisation has no temporaries.
            return self.unsupported(call.pos, "package-level multi-value assignments to interface variables are");
        }
        let mut temps = Vec::new();
        let mut values = Vec::new();
        for (p, &t) in places.iter().zip(&ts) {
            let l = self.new_local(".autotmp", t, LocalKind::Temp);
            out.push(ir::Stmt::Decl(l));
            let tmp = ir::Expr::new(IK::Local(l), t, p.pos);
            temps.push(tmp.clone());
            values.push(if converts(self, p, t) { self.convert_to_iface(tmp, p.ty, String::new())? } else { tmp });
        }
        out.push(ir::Stmt::AssignTuple(temps, call));
        out.push(ir::Stmt::Assign(places, values));
        Ok(())
    }

    /// The statements initialising a var spec's variables `lhs`.
    fn init_stmts(&mut self, values: InitValues, lhs: Vec<ir::Expr>) -> Result<Vec<ir::Stmt>> {
        let mut out = Vec::new();
        if values.failed {
            return Ok(out);
        }
        if let Some(call) = values.tuple {
            self.assign_tuple(lhs, call, &mut out)?;
        } else if !values.values.is_empty() {
            out.push(ir::Stmt::Assign(lhs, values.values));
        }
        Ok(out)
    }

    /// A value assigned to `_`: any typed value, or an untyped one (not nil) in its default type.
    fn assign_blank(&mut self, mut x: Operand<'a>, context: &str) -> Result<Option<ir::Expr>> {
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(None);
        }
        if x.mode == Mode::Nil {
            self.error(x.pos(), format!("use of untyped nil in {context}"))?;
            return Ok(None);
        }
        if matches!(x.mode, Mode::TypeExpr | Mode::Builtin(_)) {
            self.error(x.pos(), format!("cannot assign {} to _ in {context}", self.describe(&x)))?;
            return Ok(None);
        }
        Ok(Some(self.materialize_default(x)?))
    }

    /// `a, b := …` (types2's `shortVarDecl`).
    pub fn short_var_decl(
        &mut self,
        pos: Pos,
        lhs: &'a [ast::Expr],
        rhs: &'a [ast::Expr],
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        // Which names are new, which are redeclared in this scope.
        let mut seen = std::collections::HashSet::new();
        let mut targets: Vec<Option<(Option<ObjId>, &'a ast::Expr)>> = Vec::new();
        let mut new_count = 0;
        let mut has_err = false;
        for le in lhs {
            let ExprKind::Name(name) = &le.kind else {
                self.lhs_var(le)?;
                self.error(le.start(), format!("non-name {} on left side of :=", expr_string(le)))?;
                has_err = true;
                targets.push(None);
                continue;
            };
            if name != "_" && !seen.insert(name.clone()) {
                self.error(le.start(), format!("{name} repeated on left side of :="))?;
                has_err = true;
                targets.push(None);
                continue;
            }
            let existing = self.fs.as_ref().and_then(|fs| fs.scopes.last().and_then(|s| s.get(name).copied()));
            match existing {
                Some(id) => {
                    if matches!(self.obj(id).kind, ObjKind::Local(..)) {
                        targets.push(Some((Some(id), le)));
                    } else {
                        self.error(le.start(), format!("cannot assign to {name}"))?;
                        has_err = true;
                        targets.push(None);
                    }
                }
                None => {
                    if name != "_" {
                        new_count += 1;
                    }
                    targets.push(Some((None, le)));
                }
            }
        }
        // Evaluate the right-hand side with the variables' types as targets.
        let l = lhs.len();
        let r = rhs.len();
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        let mut values: Vec<Option<ir::Expr>> = Vec::new();
        let mut tuple: Option<(ir::Expr, Vec<TypeId>)> = None;
        let mut failed = false;
        if l == r && !is_call {
            for (i, re) in rhs.iter().enumerate() {
                let x = self.expr(re, None)?;
                let existing_t = match targets[i] {
                    Some((Some(id), _)) => match self.obj(id).kind {
                        ObjKind::Local(_, lid) => Some(self.local_type(lid)),
                        _ => None,
                    },
                    _ => None,
                };
                let v = self.init_var(x, existing_t, "assignment")?;
                failed |= v.is_none();
                values.push(v);
            }
        } else if r != 1 {
            let mut ok = true;
            for re in rhs {
                ok &= self.expr(re, None)?.is_valid();
            }
            if ok {
                self.assign_error(rhs, l, r)?;
            }
            failed = true;
        } else {
            let x = self.expr(&rhs[0], None)?;
            let x = self.comma_ok(x, l);
            if x.is_valid() {
                match self.result_types(&x, rhs, l)? {
                    None => failed = true,
                    Some(_) if l == 1 => {
                        let existing_t = match targets[0] {
                            Some((Some(id), _)) => match self.obj(id).kind {
                                ObjKind::Local(_, lid) => Some(self.local_type(lid)),
                                _ => None,
                            },
                            _ => None,
                        };
                        let v = self.init_var(x, existing_t, "assignment")?;
                        failed |= v.is_none();
                        values.push(v);
                    }
                    Some(ts) => {
                        if let Some(ir) = x.ir {
                            tuple = Some((ir, ts));
                        }
                    }
                }
            } else {
                failed = true;
            }
        }
        // Declare the new variables; build the assignment.
        let mut places = Vec::new();
        let mut new_objs = Vec::new();
        for (i, t) in targets.iter().enumerate() {
            let vt = match (&tuple, values.get(i)) {
                (Some((_, ts)), _) => ts.get(i).copied().unwrap_or(Types::INVALID),
                (None, Some(Some(v))) => v.ty,
                _ => Types::INVALID,
            };
            match t {
                None => places.push(None),
                Some((Some(id), le)) => {
                    let ObjKind::Local(_, lid) = self.obj(*id).kind else {
                        places.push(None);
                        continue;
                    };
                    let lt = self.local_type(lid);
                    if tuple.is_some() && !self.assignable_type(vt, lt) {
                        let desc = format!("{} (value of type {})", expr_string(&rhs[0]), self.type_string(vt));
                        self.error(
                            rhs[0].start(),
                            format!("cannot use {desc} as {} value in assignment", self.type_string(lt)),
                        )?;
                        failed = true;
                    }
                    let place = ir::Expr::new(IK::Local(lid), lt, le.pos);
                    places.push(Some(place));
                }
                Some((None, le)) => {
                    let ExprKind::Name(name) = &le.kind else {
                        continue;
                    };
                    if name == "_" {
                        places.push(Some(ir::Expr::new(IK::Blank, vt, le.pos)));
                        continue;
                    }
                    let (lid, obj) = self.new_local_var(name, vt, le.pos, LocalKind::Var);
                    self.mark_init(lid, true);
                    out.push(ir::Stmt::Decl(lid));
                    new_objs.push((ast::Ident { name: name.clone(), pos: le.pos }, obj));
                    places.push(Some(ir::Expr::new(IK::Local(lid), vt, le.pos)));
                }
            }
        }
        if new_count == 0 && !has_err {
            self.error(pos, "no new variables on left side of :=")?;
        }
        for (n, obj) in new_objs {
            self.declare_local(&n, obj)?;
        }
        if failed || has_err {
            return Ok(());
        }
        let places: Vec<ir::Expr> = places.into_iter().flatten().collect();
        match tuple {
            Some((call, _)) => self.assign_tuple(places, call, out)?,
            None => {
                let values: Vec<ir::Expr> = values.into_iter().flatten().collect();
                out.push(ir::Stmt::Assign(places, values));
            }
        }
        Ok(())
    }

    /// `x op= y`.
    pub fn op_assign(
        &mut self,
        pos: Pos,
        op: crate::syntax::token::Op,
        lhs: &'a ast::Expr,
        rhs: &'a ast::Expr,
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        let text = format!("{} {}= {}", expr_string(lhs), op.as_str(), expr_string(rhs));
        let mut x = self.expr(lhs, None)?;
        self.single_value(&mut x)?;
        let (pre, place) = self.stable_place(&mut x)?;
        let y = self.expr(rhs, None)?;
        self.op_assign_operands(pos, (op, false), lhs, &text, x, y, place, pre, out)
    }

    /// Evaluates the operands of an assignable operand once: index and
    /// pointer operands that are not plain variables go to temporaries, so
    /// that `a[f()] += 1` calls `f` once. Returns the statements computing
    /// them and the place; the operand now reads the same place.
    fn stable_place(&mut self, x: &mut Operand<'a>) -> Result<(Vec<ir::Stmt>, Option<ir::Expr>)> {
        if !x.is_valid() || !matches!(x.mode, Mode::Variable | Mode::MapIndex) {
            return Ok((Vec::new(), None));
        }
        let Some(mut e) = x.ir.take() else {
            return Ok((Vec::new(), None));
        };
        let mut pre = Vec::new();
        self.stabilize(&mut e, &mut pre);
        x.ir = Some(e.clone());
        Ok((pre, Some(e)))
    }

    fn stabilize(&mut self, e: &mut ir::Expr, pre: &mut Vec<ir::Stmt>) {
        match &mut e.kind {
            IK::Field(x, _) => self.stabilize(x, pre),
            IK::Index(x, i) => {
                self.stabilize(x, pre);
                self.hoist_to_temp(i, pre);
            }
            IK::Deref(p) => self.hoist_to_temp(p, pre),
            // The map is read and written through the same map value and key.
            IK::MapIndex { m, key, .. } => {
                self.hoist_to_temp(m, pre);
                self.hoist_to_temp(key, pre);
            }
            _ => {}
        }
    }

    /// Replaces a non-trivial expression by a temporary holding its value.
    fn hoist_to_temp(&mut self, e: &mut ir::Expr, pre: &mut Vec<ir::Stmt>) {
        if matches!(e.kind, IK::Local(_) | IK::Const(_) | IK::Global(_)) {
            return;
        }
        let t = self.new_local(".autotmp", e.ty, LocalKind::Temp);
        let tmp = ir::Expr::new(IK::Local(t), e.ty, e.pos);
        let value = std::mem::replace(e, tmp.clone());
        pre.push(ir::Stmt::Decl(t));
        pre.push(ir::Stmt::Assign(vec![tmp], vec![value]));
    }

    #[allow(clippy::too_many_arguments)]
    fn op_assign_operands(
        &mut self,
        pos: Pos,
        (op, inc_dec): (crate::syntax::token::Op, bool),
        lhs: &'a ast::Expr,
        text: &str,
        x: Operand<'a>,
        y: Operand<'a>,
        place: Option<ir::Expr>,
        pre: Vec<ir::Stmt>,
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        if !x.is_valid() {
            return Ok(());
        }
        let xmode = x.mode;
        let why = self.unassignable(lhs, &x);
        let r = self.binary_op(lhs, text, pos, op, x, y)?;
        if !r.is_valid() {
            return Ok(());
        }
        // gc treats `s += t` as the assignment `s = t`: no allocation site
        // of its own (an empty text marks it, see `ir::ExprKind::Concat`).
        if let Some(ir::Expr { kind: IK::Concat(site, _), .. }) = &r.ir {
            self.sites[site.index()].text.clear();
        }
        let Some(place) = place.filter(|_| matches!(xmode, Mode::Variable | Mode::MapIndex)) else {
            self.error(lhs.start(), why)?;
            return Ok(());
        };
        if let Some(v) = self.assign_to(r, place.ty, "assignment")? {
            self.op_assigns.insert(v.pos, ir::OpAssign { op: op.as_str(), inc_dec });
            out.extend(pre);
            out.push(ir::Stmt::Assign(vec![place], vec![v]));
        }
        Ok(())
    }

    /// `x++` / `x--`: `x += 1` with an untyped constant 1.
    pub fn inc_dec(&mut self, pos: Pos, inc: bool, xe: &'a ast::Expr, out: &mut Vec<ir::Stmt>) -> Result<()> {
        let op = if inc { crate::syntax::token::Op::Add } else { crate::syntax::token::Op::Sub };
        let mut x = self.expr(xe, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(());
        }
        if !self.types.is_numeric(x.ty) {
            let word = if inc { "++" } else { "--" };
            self.error(
                x.pos(),
                format!("invalid operation: {}{word} (non-numeric type {})", x.text(), self.type_string(x.ty)),
            )?;
            return Ok(());
        }
        let (pre, place) = self.stable_place(&mut x)?;
        let one =
            Operand { mode: Mode::Constant, ty: Types::UNTYPED_INT, val: Some(Value::int(1)), ir: None, src: None };
        let text = format!("{}{}", expr_string(xe), if inc { "++" } else { "--" });
        self.op_assign_operands(pos, (op, true), xe, &text, x, one, place, pre, out)
    }
}

/// Values for the names of a var spec.
struct InitValues {
    /// The type of each variable, when known from its value.
    types: Vec<Option<TypeId>>,
    values: Vec<ir::Expr>,
    /// A multi-value call initialising all names.
    tuple: Option<ir::Expr>,
    failed: bool,
}

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// Gives an expression of an identical underlying type the variable's type.
fn retag(mut e: ir::Expr, t: TypeId) -> ir::Expr {
    if e.ty != t {
        e.ty = t;
    }
    e
}
