//! Methods: declarations, the selector lookup that finds fields and methods
//! through embedded fields (types2's `lookupFieldOrMethod`), method sets,
//! interface satisfaction with types2's explanations, and the wrapper
//! functions through which interfaces call methods.

use super::{Checker, Result};
use crate::ir::{self, Callee, ExprKind as IK, FuncId};
use crate::source::Pos;
use crate::syntax::ast::{self, ExprKind};
use crate::types::{MethodDecl, TypeId, TypeKind, Types};

/// What a selector `x.name` denotes. Paths are field indices from `x`'s
/// type; a pointer met on the way is dereferenced before selecting.
#[derive(Clone, Debug)]
pub enum Lookup {
    Field(Vec<usize>),
    /// A method declared on named type `owner`, reached through the embedded
    /// fields of `path`. `indirect`: the path (or `x`) is a pointer, so
    /// pointer methods are callable even on an unaddressable value.
    Method {
        path: Vec<usize>,
        owner: TypeId,
        method: MethodDecl,
        indirect: bool,
    },
    /// Method `index` of the interface type `iface` reached through `path`.
    IfaceMethod {
        path: Vec<usize>,
        iface: TypeId,
        index: usize,
    },
    Ambiguous,
    NotFound,
}

impl<'a> Checker<'a> {
    /// Associates the package's method declarations with their receiver
    /// base types, once all types are declared (types2's `collectMethods`).
    pub fn declare_methods(&mut self) -> Result<()> {
        let files = self.files;
        for (fi, file) in files.iter().enumerate() {
            for (di, decl) in file.decls.iter().enumerate() {
                let ast::Decl::Func(fd) = decl else { continue };
                let Some(recv) = &fd.recv else { continue };
                self.cur_file = fi;
                self.method_decl(fi, di, fd, recv)?;
            }
        }
        Ok(())
    }

    fn method_decl(&mut self, fi: usize, di: usize, fd: &'a ast::FuncDecl, recv: &'a ast::Field) -> Result<()> {
        let (base_expr, pointer) = match &recv.typ.unparen().kind {
            ExprKind::Star(x) => (x.unparen(), true),
            _ => (recv.typ.unparen(), false),
        };
        let rt = self.type_expr(&recv.typ)?;
        let sig = self.signature(&fd.typ)?;
        if self.types.is_invalid(rt) {
            return Ok(());
        }
        let base = if pointer { self.types.pointer_elem(rt).unwrap_or(Types::INVALID) } else { rt };
        let rtext = self.type_string(base);
        let at = base_expr.start();
        let Some(named) = self.types.named_info(base).cloned() else {
            if self.types.basic(base).is_some() {
                return self.error(at, format!("cannot define new methods on non-local type {rtext}"));
            }
            return self.error(at, format!("invalid receiver type {}", self.type_string(rt)));
        };
        if named.pkg != "main" {
            return self.error(at, format!("cannot define new methods on non-local type {rtext}"));
        }
        if matches!(self.types.under_kind(base), TypeKind::Pointer(_) | TypeKind::Interface(_)) {
            return self.error(at, format!("invalid receiver type {rtext} (pointer or interface type)"));
        }
        let name = fd.name.name.clone();
        if name == "_" {
            return Ok(());
        }
        if let Some(alt) = named.methods.iter().find(|m| m.name == name) {
            let other = self.pos_string(alt.pos);
            return self.error(fd.name.pos, format!("method {}.{name} already declared at {other}", named.name));
        }
        if let Some(field_pos) = self.field_pos(base, &name) {
            let other = self.pos_string(field_pos);
            let msg = format!("field and method with the same name {name}\n\t{other}: other declaration of {name}");
            self.error(fd.name.pos, msg)?;
        }
        let fname =
            if pointer { format!("main.(*{}).{name}", named.name) } else { format!("main.{}.{name}", named.name) };
        let fid = self.new_func(fname.clone(), fname, ir::FuncOrigin::Decl, fd.recv_pos.unwrap_or(fd.name.pos));
        self.funcs[fid.index()].noinline = self.src.has_directive(fd.name.pos, "go:noinline");
        let decl = MethodDecl { name, sig, pointer_recv: pointer, func: fid.0, pos: fd.name.pos };
        if let TypeKind::Named(n) = *self.types.kind(base) {
            self.types.named[n.0 as usize].methods.push(decl);
        }
        // The body is checked with the functions; its signature starts with the receiver.
        let TypeKind::Func { params, results, variadic } = self.types.kind(sig).clone() else { return Ok(()) };
        let mut all = vec![rt];
        all.extend(params);
        let full = self.types.intern(TypeKind::Func { params: all, results, variadic });
        self.pending_bodies.push((fid, fi, di, full));
        Ok(())
    }

    /// Where field `name` of named struct type `t` is declared, if it has one.
    fn field_pos(&self, t: TypeId, name: &str) -> Option<Pos> {
        let at = self.types.named_info(t)?.pos;
        let spec = self.files.iter().flat_map(|f| &f.decls).find_map(|d| match d {
            ast::Decl::Type(specs) => specs.iter().find(|s| s.name.pos == at),
            _ => None,
        })?;
        let ExprKind::StructType(fields) = &spec.typ.kind else { return None };
        fields.iter().find_map(|f| match &f.name {
            Some(n) if n.name == name => Some(n.pos),
            _ => None,
        })
    }

    /// A new, empty IR function.
    pub fn new_func(&mut self, name: String, symbol: String, origin: ir::FuncOrigin, pos: Pos) -> FuncId {
        let fid = FuncId(self.funcs.len() as u32);
        self.funcs.push(ir::Func {
            name,
            origin,
            pos,
            symbol,
            closure: None,
            params: Vec::new(),
            results: Vec::new(),
            locals: Vec::new(),
            body: Vec::new(),
            defer_wrapper: false,
            noinline: false,
            variadic: false,
            labels: Vec::new(),
            enclosing: None,
        });
        fid
    }

    /// types2's `lookupFieldOrMethod`: breadth-first over embedded fields;
    /// the shallowest match wins, two at one depth are ambiguous.
    pub fn lookup_selector(&self, t: TypeId, name: &str) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        let (start, start_ptr) = match self.types.kind(t) {
            TypeKind::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        if let TypeKind::Interface(methods) = self.types.under_kind(start) {
            if start_ptr {
                return Lookup::NotFound;
            }
            return match methods.iter().position(|m| m.name == name) {
                Some(index) => Lookup::IfaceMethod { path: Vec::new(), iface: start, index },
                None => Lookup::NotFound,
            };
        }
        let mut level: Vec<(TypeId, Vec<usize>, bool)> = vec![(start, Vec::new(), start_ptr)];
        let mut seen: Vec<TypeId> = Vec::new();
        while !level.is_empty() {
            let mut found: Vec<Lookup> = Vec::new();
            let mut next = Vec::new();
            for (ty, path, indirect) in level {
                if seen.contains(&ty) {
                    continue;
                }
                seen.push(ty);
                if let Some(m) = self.types.named_info(ty).and_then(|n| n.methods.iter().find(|m| m.name == name)) {
                    found.push(Lookup::Method { path: path.clone(), owner: ty, method: m.clone(), indirect });
                    continue;
                }
                match self.types.under_kind(ty) {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let mut p = path.clone();
                            p.push(i);
                            if f.name == name {
                                found.push(Lookup::Field(p));
                            } else if f.embedded {
                                match self.types.kind(f.typ) {
                                    TypeKind::Pointer(e) => next.push((*e, p, true)),
                                    _ => next.push((f.typ, p, indirect)),
                                }
                            }
                        }
                    }
                    TypeKind::Interface(methods) if !path.is_empty() => {
                        if let Some(index) = methods.iter().position(|m| m.name == name) {
                            found.push(Lookup::IfaceMethod { path, iface: ty, index });
                        }
                    }
                    _ => {}
                }
            }
            match found.len() {
                0 => {}
                1 => return found.pop().unwrap_or(Lookup::NotFound),
                _ => return Lookup::Ambiguous,
            }
            level = next;
        }
        Lookup::NotFound
    }

    /// The IR of `x` followed by a path of field selections, dereferencing
    /// pointers on the way; and whether the result is addressable.
    pub fn follow_path(&self, mut cur: ir::Expr, mut addressable: bool, path: &[usize], pos: Pos) -> (ir::Expr, bool) {
        for &idx in path {
            if let Some(elem) = self.types.pointer_elem(cur.ty) {
                cur = ir::Expr::new(IK::Deref(Box::new(cur)), elem, pos);
                addressable = true;
            }
            let ft = self.types.struct_fields(cur.ty).and_then(|f| f.get(idx)).map(|f| f.typ).unwrap_or(Types::INVALID);
            cur = ir::Expr::new(IK::Field(Box::new(cur), idx), ft, pos);
        }
        (cur, addressable)
    }

    /// The receiver argument for calling `method` (declared on `owner`) on
    /// `recv`: the value, its address, or the value it points to. `None`
    /// when a pointer method is called on an unaddressable value.
    pub fn receiver(
        &mut self,
        recv: ir::Expr,
        addressable: bool,
        method: &MethodDecl,
        owner: TypeId,
        at: Pos,
    ) -> Option<ir::Expr> {
        let pos = recv.pos;
        let is_ptr = self.types.is_pointer(recv.ty);
        if method.pointer_recv {
            if is_ptr {
                return Some(recv);
            }
            if !addressable {
                return None;
            }
            self.mark_addr_taken(&recv);
            let pt = self.types.pointer(owner);
            // gc's implicit `&x` is at the selector.
            return Some(ir::Expr::new(IK::AddrOf(Box::new(recv), false), pt, at));
        }
        if is_ptr {
            return Some(ir::Expr::new(IK::Deref(Box::new(recv)), owner, pos));
        }
        Some(recv)
    }

    /// The names in `t`'s method set, sorted: what an interface holding a
    /// `t` can call.
    pub fn method_set(&self, t: TypeId) -> Vec<(String, TypeId)> {
        let mut names: Vec<String> = Vec::new();
        self.collect_method_names(t, &mut names, 0);
        names.sort();
        names.dedup();
        names.into_iter().filter_map(|n| self.method_in_set(t, &n).map(|sig| (n, sig))).collect()
    }

    fn collect_method_names(&self, t: TypeId, out: &mut Vec<String>, depth: usize) {
        if depth > 16 {
            return;
        }
        let base = self.types.pointer_elem(t).unwrap_or(t);
        if let TypeKind::Interface(ms) = self.types.under_kind(base) {
            if base == t {
                out.extend(ms.iter().map(|m| m.name.clone()));
            }
            return;
        }
        if let Some(n) = self.types.named_info(base) {
            out.extend(n.methods.iter().map(|m| m.name.clone()));
        }
        if let Some(fields) = self.types.struct_fields(base) {
            for f in fields.iter().filter(|f| f.embedded) {
                self.collect_method_names(f.typ, out, depth + 1);
            }
        }
    }

    /// The signature of method `name` if it is in `t`'s method set.
    pub fn method_in_set(&self, t: TypeId, name: &str) -> Option<TypeId> {
        match self.lookup_selector(t, name) {
            Lookup::Method { method, indirect, .. } => (!method.pointer_recv || indirect).then_some(method.sig),
            Lookup::IfaceMethod { iface, index, .. } => match self.types.under_kind(iface) {
                TypeKind::Interface(ms) => Some(ms[index].sig),
                _ => None,
            },
            _ => None,
        }
    }

    /// types2's `missingMethod`: `None` if `v` implements interface `t`,
    /// else the cause in parentheses (`(missing method M)`, …).
    pub fn missing_method(&self, v: TypeId, t: TypeId) -> Option<String> {
        let TypeKind::Interface(methods) = self.types.under_kind(t).clone() else { return None };
        if self.types.is_invalid(self.types.under(v)) {
            return None;
        }
        if let TypeKind::Interface(vm) = self.types.under_kind(v).clone() {
            for m in &methods {
                match vm.iter().find(|x| x.name == m.name) {
                    None => return Some(format!("(missing method {})", m.name)),
                    Some(f) if !self.types.identical(f.sig, m.sig) => {
                        return Some(self.wrong_type(&m.name, f.sig, m.sig))
                    }
                    _ => {}
                }
            }
            return None;
        }
        for m in &methods {
            let sig = match self.lookup_selector(v, &m.name) {
                Lookup::Method { method, indirect, .. } => {
                    if method.pointer_recv && !indirect {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                    method.sig
                }
                Lookup::IfaceMethod { iface, index, .. } => match self.types.under_kind(iface) {
                    TypeKind::Interface(ms) => ms[index].sig,
                    _ => return None,
                },
                Lookup::Field(_) => {
                    return Some(format!("({}.{} is a field, not a method)", self.type_string(v), m.name))
                }
                Lookup::Ambiguous => return Some(format!("(ambiguous selector {}.{})", self.type_string(v), m.name)),
                Lookup::NotFound => {
                    if self.types.pointer_elem(v).is_some_and(|p| self.types.is_interface(p)) {
                        return Some(format!("(type {} is pointer to interface, not interface)", self.type_string(v)));
                    }
                    // A method of another case: types2 shows both.
                    let mut names = Vec::new();
                    self.collect_method_names(v, &mut names, 0);
                    let other = names.into_iter().find(|n| n.to_lowercase() == m.name.to_lowercase());
                    if let Some(other) = other {
                        if let Lookup::Method { method, .. } = self.lookup_selector(v, &other) {
                            return Some(format!(
                                "(missing method {})\n\t\thave {other}{}\n\t\twant {}{}",
                                m.name,
                                self.sig_string(method.sig),
                                m.name,
                                self.sig_string(m.sig)
                            ));
                        }
                    }
                    return Some(format!("(missing method {})", m.name));
                }
            };
            if !self.types.identical(sig, m.sig) {
                return Some(self.wrong_type(&m.name, sig, m.sig));
            }
        }
        None
    }

    fn wrong_type(&self, name: &str, have: TypeId, want: TypeId) -> String {
        format!(
            "(wrong type for method {name})\n\t\thave {name}{}\n\t\twant {name}{}",
            self.sig_string(have),
            self.sig_string(want)
        )
    }

    /// A signature without `func`, as types2's `funcString` writes it.
    pub fn sig_string(&self, sig: TypeId) -> String {
        self.type_string(sig).trim_start_matches("func").to_string()
    }

    /// The IR of calling method `name` on `recv`, found by lookup; `None` if
    /// there is no such callable method.
    pub fn method_call_ir(
        &mut self,
        recv: ir::Expr,
        addressable: bool,
        name: &str,
        args: Vec<ir::Expr>,
        pos: Pos,
    ) -> Option<ir::Expr> {
        match self.lookup_selector(recv.ty, name) {
            Lookup::Method { path, owner, method, .. } => {
                let (r, addressable) = self.follow_path(recv, addressable, &path, pos);
                let result = self.result_type(method.sig);
                let r = self.receiver(r, addressable, &method, owner, pos)?;
                let mut all = vec![r];
                all.extend(args);
                Some(ir::Expr::new(IK::Call(Callee::Func(FuncId(method.func)), all), result, pos))
            }
            Lookup::IfaceMethod { path, index, iface } => {
                let (r, _) = self.follow_path(recv, addressable, &path, pos);
                let sig = match self.types.under_kind(iface) {
                    TypeKind::Interface(ms) => ms[index].sig,
                    _ => return None,
                };
                let result = self.result_type(sig);
                Some(ir::Expr::new(IK::CallIface { recv: Box::new(r), index, args }, result, pos))
            }
            _ => None,
        }
    }

    /// A method selected as a value (`x.M` not called): a closure binding
    /// the receiver, evaluated now.
    pub fn method_value(&mut self, e: ir::Expr, text: String) -> ir::Expr {
        let (pos, ty) = (e.pos, e.ty);
        let (recv, func) = match e.kind {
            IK::BoundMethod { recv, func } => (recv, Some(func)),
            IK::IfaceMethodRef { recv, index } => {
                let name = self.types.iface_methods(recv.ty).get(index).map(|m| m.name.clone()).unwrap_or_default();
                let f = self.receiver_first(recv.ty, &name);
                (recv, f)
            }
            kind => return ir::Expr::new(kind, ty, pos),
        };
        let Some(func) = func else { return ir::Expr::new(IK::Zero, ty, pos) };
        let site = self.new_site(pos, ty, text);
        ir::Expr::new(IK::MethodValue { site, recv, func }, ty, pos)
    }

    /// The type of a call's result: one type, a tuple, or none.
    pub fn result_type(&mut self, sig: TypeId) -> TypeId {
        let (_, results) = self.types.func_parts(sig);
        self.result_type_of(&results)
    }

    pub fn result_type_of(&mut self, results: &[TypeId]) -> TypeId {
        match results.len() {
            0 => Types::INVALID,
            1 => results[0],
            _ => self.types.tuple(results.to_vec()),
        }
    }

    // -----------------------------------------------------------------------
    // Wrappers

    /// types2's `lookupError`: why `t.sel` does not exist, mentioning a
    /// field or method whose name differs only in case.
    pub fn lookup_error(&self, t: TypeId, sel: &str) -> String {
        let ts = self.type_string(t);
        if self.types.pointer_elem(t).is_some_and(|p| self.types.is_interface(p)) {
            return format!("type {ts} is pointer to interface, not interface");
        }
        let mut names = Vec::new();
        self.collect_member_names(t, &mut names, 0);
        let lower = sel.to_lowercase();
        match names.into_iter().find(|(n, _)| n.to_lowercase() == lower) {
            Some((alt, what)) => format!("type {ts} has no field or method {sel}, but does have {what} {alt}"),
            None => format!("type {ts} has no field or method {sel}"),
        }
    }

    /// Field and method names reachable from `t`, breadth-first.
    fn collect_member_names(&self, t: TypeId, out: &mut Vec<(String, &'static str)>, depth: usize) {
        if depth > 16 {
            return;
        }
        let base = self.types.pointer_elem(t).unwrap_or(t);
        if let Some(n) = self.types.named_info(base) {
            out.extend(n.methods.iter().map(|m| (m.name.clone(), "method")));
        }
        match self.types.under_kind(base) {
            TypeKind::Interface(ms) => out.extend(ms.iter().map(|m| (m.name.clone(), "method"))),
            TypeKind::Struct(fields) => {
                out.extend(fields.iter().map(|f| (f.name.clone(), "field")));
                for f in fields.iter().filter(|f| f.embedded) {
                    self.collect_member_names(f.typ, out, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// The function an interface calls for method `name` of concrete type
    /// `c`, taking the interface's data word as receiver: a pointer to the
    /// value, or the value itself for pointer-shaped types.
    pub fn iface_method(&mut self, c: TypeId, name: &str) -> Option<FuncId> {
        if self.types.is_direct_iface(c) {
            if self.one_word(c) {
                return self.receiver_first(c, name);
            }
            // A struct or array holding one pointer: the data word is that
            // pointer, not the address of the value.
            let leaf = self.direct_leaf(c);
            return self.wrapper(leaf, c, name);
        }
        let p = self.types.pointer(c);
        self.receiver_first(p, name)
    }

    /// The function for method `name` with a receiver of type `recv_t`
    /// passed first: the method itself when declared with exactly that
    /// receiver, else a wrapper (method expressions, interface calls).
    pub fn receiver_first(&mut self, recv_t: TypeId, name: &str) -> Option<FuncId> {
        if let Lookup::Method { path, owner, method, .. } = self.lookup_selector(recv_t, name) {
            let declared = if method.pointer_recv { self.types.pointer(owner) } else { owner };
            if path.is_empty() && declared == recv_t {
                return Some(FuncId(method.func));
            }
        }
        self.wrapper(recv_t, recv_t, name)
    }

    /// The pointer inside a pointer-shaped struct or array type.
    fn direct_leaf(&self, t: TypeId) -> TypeId {
        match self.types.under_kind(t) {
            TypeKind::Struct(fields) if fields.len() == 1 => self.direct_leaf(fields[0].typ),
            TypeKind::Array(1, e) => self.direct_leaf(*e),
            _ => t,
        }
    }

    /// Rebuilds a pointer-shaped struct or array value from its pointer.
    fn rebuild_from_leaf(&self, t: TypeId, leaf: ir::Expr) -> ir::Expr {
        let pos = leaf.pos;
        match self.types.under_kind(t) {
            TypeKind::Struct(fields) if fields.len() == 1 => {
                let inner = self.rebuild_from_leaf(fields[0].typ, leaf);
                ir::Expr::new(IK::Composite(vec![(0, inner)]), t, pos)
            }
            TypeKind::Array(1, e) => {
                let inner = self.rebuild_from_leaf(*e, leaf);
                ir::Expr::new(IK::Composite(vec![(0, inner)]), t, pos)
            }
            _ => leaf,
        }
    }

    /// A cached wrapper (see `method_wrapper`).
    fn wrapper(&mut self, recv_t: TypeId, c: TypeId, name: &str) -> Option<FuncId> {
        if let Some(f) = self.wrappers.get(&(recv_t, c, name.to_string())) {
            return Some(*f);
        }
        let f = self.method_wrapper(recv_t, c, name)?;
        self.wrappers.insert((recv_t, c, name.to_string()), f);
        Some(f)
    }

    /// Whether values of `t` are one word in registers.
    fn one_word(&self, t: TypeId) -> bool {
        matches!(
            self.types.under_kind(t),
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func { .. }
        )
    }

    /// Synthesizes `func(recv recv_t, params...) results { return
    /// recv.name(params...) }` calling the method on a `c` made from `recv`:
    /// `recv` itself, `*recv`, or a pointer-shaped `c` rebuilt from its pointer.
    fn method_wrapper(&mut self, recv_t: TypeId, c: TypeId, name: &str) -> Option<FuncId> {
        let sig = self.method_in_set(c, name)?;
        let (params, results) = self.types.func_parts(sig);
        let tname = self.types.runtime_string(recv_t);
        let tname = match tname.strip_prefix('*') {
            Some(t) => format!("(*{t})"),
            None => tname,
        };
        let all: Vec<TypeId> = std::iter::once(recv_t).chain(params).collect();
        let name = name.to_string();
        // Several wrappers may share a name (method expressions, interface
        // tables): the function index keeps their symbols apart.
        let symbol = format!("{tname}.{name}·i{}", self.funcs.len());
        self.forwarding_func(format!("{tname}.{name}"), symbol, all, results, |ck, mut args| {
            // gc's wrappers are `<autogenerated>:1`, and so is what is
            // inlined into them.
            let pos = Pos::AUTOGENERATED;
            let mut recv = args.remove(0);
            if recv_t != c {
                recv = if ck.types.pointer_elem(recv_t) == Some(c) {
                    ir::Expr::new(IK::Deref(Box::new(recv)), c, pos)
                } else {
                    ck.rebuild_from_leaf(c, recv)
                };
            }
            // Only a dereferenced pointer is addressable here; the receiver
            // parameter itself never has its address taken.
            let addressable = matches!(recv.kind, IK::Deref(_));
            ck.method_call_ir(recv, addressable, &name, args, pos)
        })
    }
}
