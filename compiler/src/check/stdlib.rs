//! The standard-library subset in the checker: `pkg.Name` resolved from
//! the declarations of crate::stdlib. Types are created on first use;
//! every function and method becomes an IR function forwarding to the
//! runtime's implementation, so that library functions are ordinary Go
//! functions: callable, usable as values, and methods in method tables.

use super::operand::{Mode, Operand};
use super::{Checker, Result};
use crate::ir::{self, Callee, ExprKind as IK, ExternId, FuncId, LocalKind};
use crate::source::Pos;
use crate::stdlib::{self, Package};
use crate::syntax::ast;
use crate::types::constant::{self, Value};
use crate::types::{Field, Method, MethodDecl, Named, TypeId, TypeKind, Types};

impl<'a> Checker<'a> {
    /// `pkg.Name` for an imported package of the subset.
    pub fn qualified(&mut self, e: &'a ast::Expr, path: &str, pkg: &str, sel: &ast::Ident) -> Result<Operand<'a>> {
        let name = sel.name.as_str();
        let Some(p) = stdlib::package(path) else {
            return self.undefined_qualified(e, pkg, sel);
        };
        // What a package declares for its own bodies is not exported.
        if name.starts_with(|c: char| !c.is_uppercase()) {
            return self.undefined_qualified(e, pkg, sel);
        }
        if let Some((_, sig)) = p.funcs.iter().find(|(n, _)| *n == name) {
            let fid = self.std_func(p, name, sig)?;
            let t = self.std_type_of(p, sig)?;
            let ir = ir::Expr::new(IK::FuncRef(Callee::Func(fid)), t, e.pos);
            return Ok(Operand::value(e, Mode::Value, ir));
        }
        if p.types.iter().any(|(n, _)| *n == name) {
            let t = self.std_named(p, name)?;
            return Ok(Operand { mode: Mode::TypeExpr, ty: t, val: None, ir: None, src: Some(e) });
        }
        if let Some((_, lit)) = p.consts.iter().find(|(n, _)| *n == name) {
            // `T literal`: a constant of the package's type T.
            let (t, v) = match lit.split_once(' ') {
                Some((ty, lit)) => (self.std_type_of(p, ty)?, std_const(lit).1),
                None => std_const(lit),
            };
            return Ok(Operand::constant(e, t, v));
        }
        if let Some((_, ty)) = p.vars.iter().find(|(n, _)| *n == name) {
            let t = self.std_type_of(p, ty)?;
            let ext = self.extern_id(p.symbol(None, name));
            let ir = ir::Expr::new(IK::ExternVar(ext), t, e.pos);
            return Ok(Operand::value(e, Mode::Variable, ir));
        }
        self.undefined_qualified(e, pkg, sel)
    }

    fn undefined_qualified(&mut self, e: &'a ast::Expr, pkg: &str, sel: &ast::Ident) -> Result<Operand<'a>> {
        if sel.name.starts_with(|c: char| c.is_lowercase()) {
            self.error(sel.pos, format!("name {} not exported by package {pkg}", sel.name))?;
        } else {
            self.error(sel.pos, format!("undefined: {pkg}.{}", sel.name))?;
        }
        Ok(Operand::invalid(e))
    }

    /// The id of a runtime symbol called directly.
    pub fn extern_id(&mut self, symbol: String) -> ExternId {
        if let Some(i) = self.externs.iter().position(|s| *s == symbol) {
            return ExternId(i as u32);
        }
        self.externs.push(symbol);
        ExternId(self.externs.len() as u32 - 1)
    }

    /// The IR function of library function `name` (made on first use).
    fn std_func(&mut self, p: &'static Package, name: &str, sig: &str) -> Result<FuncId> {
        let key = format!("{}.{name}", p.path);
        if let Some(f) = self.std_funcs.get(&key) {
            return Ok(*f);
        }
        let t = self.std_type_of(p, sig)?;
        let (params, results) = self.types.func_parts(t);
        let display = format!("{}.{name}", p.name());
        let f = match stdlib::go_body(p.path, name) {
            Some(body) => self.go_body(p, body, display, params, results)?,
            None => {
                let ext = self.extern_id(p.symbol(None, name));
                let rs = results.clone();
                self.forwarding_func(display.clone(), display, params, results, |c, args| {
                    Some(c.extern_call(ext, args, &rs))
                })
            }
        }
        .unwrap_or(FuncId(0));
        self.funcs[f.index()].variadic = matches!(self.types.kind(t), TypeKind::Func { variadic: true, .. });
        self.std_funcs.insert(key, f);
        Ok(f)
    }

    /// A library function compiled from its Go body (`stdlib::GoBody`).
    fn go_body(
        &mut self,
        p: &'static Package,
        gb: &stdlib::GoBody,
        display: String,
        params: Vec<TypeId>,
        results: Vec<TypeId>,
    ) -> Result<Option<FuncId>> {
        let rt = self.result_type_of(&results);
        let sites_before = self.sites.len();
        let at = Pos::default();
        // A function of package `pkg` by name.
        let func_of = |c: &mut Self, pkg: &'static Package, name: &str| -> Option<FuncId> {
            let (_, sig) = pkg.funcs.iter().find(|(n, _)| *n == name)?;
            c.std_func(pkg, name, sig).ok()
        };
        let f = self.library_func(display.clone(), display, params, results, |c, args, results| match gb.body {
            // `return callee(pkg.Var, params...)`
            stdlib::Body::Forward { callee, first: (vp, var) } => {
                let callee = func_of(c, p, callee)?;
                let vpkg = stdlib::package(vp)?;
                let (_, var_ty) = vpkg.vars.iter().find(|(n, _)| *n == var)?;
                let var_t = c.std_type_of(vpkg, var_ty).ok()?;
                // The callee's first parameter (an `io.Writer`).
                let callee_func = &c.funcs[callee.index()];
                let writer = callee_func.local(*callee_func.params.first()?).ty;
                let ext = c.extern_id(vpkg.symbol(None, var));
                let first =
                    c.convert_to_iface(ir::Expr::new(IK::ExternVar(ext), var_t, at), writer, String::new()).ok()?;
                let call = ir::Expr::new(IK::Call(Callee::Func(callee), [vec![first], args].concat()), rt, at);
                Some(returning(call, results))
            }
            // `if err = callee(params...); err != nil { return err }; return
            // pkg.Func(params[0])`
            stdlib::Body::OrElse { callee, otherwise: (op, name) } => {
                let callee = func_of(c, p, callee)?;
                let otherwise = func_of(c, stdlib::package(op)?, name)?;
                let err = results.first()?.clone();
                let first = args.first()?.clone();
                let call = ir::Expr::new(IK::Call(Callee::Func(callee), args), rt, at);
                let nil = ir::Expr::new(IK::Nil, rt, at);
                let cond =
                    ir::Expr::new(IK::Binary(ir::BinOp::Ne, Box::new(err.clone()), Box::new(nil)), Types::BOOL, at);
                let other = ir::Expr::new(IK::Call(Callee::Func(otherwise), vec![first]), rt, at);
                Some(vec![
                    ir::Stmt::Assign(vec![err.clone()], vec![call]),
                    ir::Stmt::If { cond, then: vec![ir::Stmt::Return(vec![err])], els: Vec::new() },
                    ir::Stmt::Return(vec![other]),
                ])
            }
            // `return r.field` of a method's receiver.
            stdlib::Body::Field { field } => {
                let recv = args.into_iter().next()?;
                let base = c.types.pointer_elem(recv.ty).unwrap_or(recv.ty);
                let fields = c.types.struct_fields(base).unwrap_or_default();
                let index = fields.iter().position(|f| f.name == field)?;
                let ty = fields[index].typ;
                let recv = if base != recv.ty { ir::Expr::new(IK::Deref(Box::new(recv)), base, at) } else { recv };
                Some(returning(ir::Expr::new(IK::Field(Box::new(recv), index), ty, at), results))
            }
            // `return &T{params...}`
            stdlib::Body::NewStruct { typ } => {
                let t = c.std_named(p, typ).ok()?;
                let site = c.new_site(at, t, format!("&{}{{...}}", c.types.gc_string(t)));
                let fields = args.into_iter().enumerate().map(|(i, a)| (i as u64, a)).collect();
                let lit = ir::Expr::new(IK::Composite(fields), t, at);
                let ptr = ir::Expr::new(IK::AddrLit(site, Box::new(lit)), c.types.pointer(t), at);
                Some(returning(c.convert_to_iface(ptr, rt, String::new()).ok()?, results))
            }
        });
        if let Some(f) = f {
            // gc names an inlined body's variables after their package.
            let func = &mut self.funcs[f.index()];
            let qualify = |n: &str| format!("{}.{n}", p.name());
            for (&l, name) in func.params.iter().zip(gb.params).chain(func.results.iter().zip(gb.results)) {
                func.locals[l.index()].name = qualify(name);
            }
            // The body's allocation sites are its own.
            for s in &mut self.sites[sites_before..] {
                s.func = f;
            }
        }
        Ok(f)
    }

    /// A named type of a library package, with its methods (made on first use).
    fn std_named(&mut self, p: &'static Package, name: &str) -> Result<TypeId> {
        let key = format!("{}.{name}", p.path);
        if let Some(t) = self.std_types.get(&key) {
            return Ok(*t);
        }
        let Some((_, def)) = p.types.iter().find(|(n, _)| *n == name) else { return Ok(Types::INVALID) };
        let t = self.types.new_named(Named {
            name: name.to_string(),
            pkg: p.path.to_string(),
            pos: Pos::default(),
            underlying: Types::INVALID,
            methods: Vec::new(),
        });
        self.std_types.insert(key, t);
        let under = self.std_type_of(p, def)?;
        let TypeKind::Named(nid) = *self.types.kind(t) else { return Ok(t) };
        self.types.named[nid.0 as usize].underlying = self.types.under(under);
        for (recv, mname, sig) in p.methods.iter().filter(|(r, _, _)| r.trim_start_matches('*') == name) {
            let pointer = recv.starts_with('*');
            let recv_t = if pointer { self.types.pointer(t) } else { t };
            let msig = self.std_type_of(p, sig)?;
            let (params, results) = self.types.func_parts(msig);
            let ext = self.extern_id(p.symbol(Some(recv), mname));
            let all: Vec<TypeId> = std::iter::once(recv_t).chain(params).collect();
            let display = if pointer {
                format!("{}.(*{name}).{mname}", p.name())
            } else {
                format!("{}.{name}.{mname}", p.name())
            };
            let body = stdlib::go_body(p.path, &format!("({recv}).{mname}"));
            let f = match body {
                Some(gb) => self.go_body(p, gb, display, all, results)?,
                None => {
                    let rs = results.clone();
                    self.forwarding_func(display.clone(), display, all, results, |c, args| {
                        Some(c.extern_call(ext, args, &rs))
                    })
                }
            }
            .unwrap_or(FuncId(0));
            let decl = MethodDecl {
                name: mname.to_string(),
                sig: msig,
                pointer_recv: pointer,
                func: f.0,
                pos: Pos::default(),
            };
            self.types.named[nid.0 as usize].methods.push(decl);
        }
        Ok(t)
    }

    /// A function with these parameters and results whose body evaluates
    /// `call(params)` and returns its results; `None` if `call` fails.
    pub fn forwarding_func(
        &mut self,
        name: String,
        symbol: String,
        params: Vec<TypeId>,
        results: Vec<TypeId>,
        call: impl FnOnce(&mut Self, Vec<ir::Expr>) -> Option<ir::Expr>,
    ) -> Option<FuncId> {
        self.library_func(name, symbol, params, results, |c, args, results| Some(returning(call(c, args)?, results)))
    }

    /// A compiler-made function with these parameters and results; `body`
    /// makes its statements from the parameters and the result variables
    /// (`None`: it cannot).
    fn library_func(
        &mut self,
        name: String,
        symbol: String,
        params: Vec<TypeId>,
        results: Vec<TypeId>,
        body: impl FnOnce(&mut Self, Vec<ir::Expr>, Vec<ir::Expr>) -> Option<Vec<ir::Stmt>>,
    ) -> Option<FuncId> {
        let pos = Pos::default();
        let mut locals = Vec::new();
        let mut local = |name: String, ty: TypeId, kind: LocalKind| {
            locals.push(ir::Local { name, pos, ty, kind, addr_taken: false, init: false });
            ir::LocalId(locals.len() as u32 - 1)
        };
        let param_ls: Vec<ir::LocalId> =
            params.iter().enumerate().map(|(i, &t)| local(format!("p{i}"), t, LocalKind::Param)).collect();
        let result_ls: Vec<ir::LocalId> =
            results.iter().enumerate().map(|(i, &t)| local(format!("~r{i}"), t, LocalKind::Result)).collect();
        let exprs = |ls: &[ir::LocalId], ts: &[TypeId]| -> Vec<ir::Expr> {
            ls.iter().zip(ts).map(|(&l, &t)| ir::Expr::new(IK::Local(l), t, pos)).collect()
        };
        let body = body(self, exprs(&param_ls, &params), exprs(&result_ls, &results))?;
        let fid = self.new_func(name, symbol, ir::FuncOrigin::Wrapper, pos);
        let f = &mut self.funcs[fid.index()];
        f.params = param_ls;
        f.results = result_ls;
        f.locals = locals;
        f.body = body;
        Some(fid)
    }

    /// A call of runtime function `ext` with these arguments.
    fn extern_call(&mut self, ext: ExternId, args: Vec<ir::Expr>, results: &[TypeId]) -> ir::Expr {
        let t = self.result_type_of(results);
        ir::Expr::new(IK::Call(Callee::Extern(ext), args), t, Pos::default())
    }

    /// Resolves a type written in crate::stdlib's syntax.
    fn std_type_of(&mut self, p: &'static Package, text: &str) -> Result<TypeId> {
        let mut parser = TypeText { s: text.as_bytes(), i: 0 };
        let t = self.std_type(p, &mut parser)?;
        Ok(t)
    }

    fn std_type(&mut self, p: &'static Package, tp: &mut TypeText) -> Result<TypeId> {
        tp.skip_space();
        if tp.eat("*") {
            let e = self.std_type(p, tp)?;
            return Ok(self.types.pointer(e));
        }
        if tp.eat("[]") {
            let e = self.std_type(p, tp)?;
            return Ok(self.types.slice(e));
        }
        if tp.eat("[") {
            let n = tp.ident().parse().unwrap_or(0);
            tp.eat("]");
            let e = self.std_type(p, tp)?;
            return Ok(self.types.intern(TypeKind::Array(n, e)));
        }
        let word = tp.ident();
        match word.as_str() {
            "func" => {
                let (params, variadic) = self.std_list(p, tp)?;
                tp.skip_space();
                let results = if tp.peek() == Some(b'(') {
                    self.std_list(p, tp)?.0
                } else if matches!(tp.peek(), None | Some(b',' | b')' | b';' | b'}')) {
                    Vec::new()
                } else {
                    vec![self.std_type(p, tp)?]
                };
                Ok(self.types.intern(TypeKind::Func { params, results, variadic }))
            }
            "interface" => {
                tp.eat("{");
                let mut methods = Vec::new();
                while !tp.eat("}") {
                    let name = tp.ident();
                    let (params, variadic) = self.std_list(p, tp)?;
                    tp.skip_space();
                    let results = if tp.peek() == Some(b'(') {
                        self.std_list(p, tp)?.0
                    } else if matches!(tp.peek(), Some(b';' | b'}')) {
                        Vec::new()
                    } else {
                        vec![self.std_type(p, tp)?]
                    };
                    let sig = self.types.intern(TypeKind::Func { params, results, variadic });
                    methods.push(Method { name, sig });
                    tp.eat(";");
                }
                methods.sort_by(|a, b| a.name.cmp(&b.name));
                Ok(self.types.intern(TypeKind::Interface(methods)))
            }
            "struct" => {
                tp.eat("{");
                let mut fields = Vec::new();
                while !tp.eat("}") {
                    let name = tp.ident();
                    let typ = self.std_type(p, tp)?;
                    fields.push(Field { name, typ, embedded: false, tag: String::new() });
                    tp.eat(";");
                }
                Ok(self.types.intern(TypeKind::Struct(fields)))
            }
            "any" => Ok(Types::ANY),
            "error" => Ok(self.error_type),
            _ if tp.eat(".") => {
                let name = tp.ident();
                match stdlib::PACKAGES.iter().find(|q| q.name() == word) {
                    Some(q) => self.std_named(q, &name),
                    None => Ok(Types::INVALID),
                }
            }
            _ if p.types.iter().any(|(n, _)| *n == word) => self.std_named(p, &word),
            _ => Ok(basic_named(&word)),
        }
    }

    /// `(T, U, ...V)`: the types and whether the last is variadic.
    fn std_list(&mut self, p: &'static Package, tp: &mut TypeText) -> Result<(Vec<TypeId>, bool)> {
        tp.skip_space();
        tp.eat("(");
        let mut out = Vec::new();
        let mut variadic = false;
        while !tp.eat(")") {
            if tp.eat("...") {
                let e = self.std_type(p, tp)?;
                out.push(self.types.slice(e));
                variadic = true;
            } else {
                out.push(self.std_type(p, tp)?);
            }
            tp.eat(",");
        }
        Ok((out, variadic))
    }
}

/// A cursor over a type written in crate::stdlib's syntax.
struct TypeText<'s> {
    s: &'s [u8],
    i: usize,
}

impl TypeText<'_> {
    fn skip_space(&mut self) {
        while self.s.get(self.i).is_some_and(|c| c.is_ascii_whitespace()) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, tok: &str) -> bool {
        self.skip_space();
        if self.s[self.i..].starts_with(tok.as_bytes()) {
            self.i += tok.len();
            return true;
        }
        false
    }

    fn ident(&mut self) -> String {
        self.skip_space();
        let start = self.i;
        while self.s.get(self.i).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_') {
            self.i += 1;
        }
        String::from_utf8_lossy(&self.s[start..self.i]).into_owned()
    }
}

/// The predeclared types the declarations use.
fn basic_named(name: &str) -> TypeId {
    match name {
        "bool" => Types::BOOL,
        "int" => Types::INT,
        "int64" => Types::INT64,
        "uint64" => Types::UINT64,
        "uint32" => Types::UINT32,
        "float64" => Types::FLOAT64,
        "string" => Types::STRING,
        "byte" => Types::BYTE,
        "rune" => Types::RUNE,
        _ => Types::INVALID,
    }
}

/// An untyped constant from its literal: a rune in quotes, a float, or an
/// integer (optionally negative).
fn std_const(lit: &str) -> (TypeId, Value) {
    let invalid = (Types::INVALID, Value::int(0));
    if lit.starts_with('\'') {
        return match constant::parse_rune(lit) {
            Some(r) => (Types::UNTYPED_RUNE, Value::int(r as i64)),
            None => invalid,
        };
    }
    let (neg, digits) = match lit.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, lit),
    };
    let is_float = digits.contains('.') || digits.contains('p') || (!digits.starts_with("0x") && digits.contains('e'));
    if is_float {
        return match constant::parse_float(digits) {
            Some(r) => (Types::UNTYPED_FLOAT, Value::Float(if neg { -r } else { r })),
            None => invalid,
        };
    }
    match constant::parse_int(digits) {
        Some(i) => (Types::UNTYPED_INT, Value::Int(if neg { -i } else { i })),
        None => invalid,
    }
}

/// `return value` of a function with these result variables: the value as
/// a statement without results, assigned to them when it has several.
fn returning(value: ir::Expr, results: Vec<ir::Expr>) -> Vec<ir::Stmt> {
    match results.len() {
        0 => vec![ir::Stmt::Expr(value)],
        1 => vec![ir::Stmt::Return(vec![value])],
        _ => vec![ir::Stmt::AssignTuple(results, value), ir::Stmt::Return(Vec::new())],
    }
}
