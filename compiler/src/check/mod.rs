//! The type checker: syntax trees in, typed IR out, gc's error messages on
//! the way.
//!
//! It follows `cmd/compile/internal/types2` in what it checks, in which order
//! it finds errors and in the wording of every message, because users compare
//! our output with gc's. Structure:
//!
//! * this file: the checker's state, package-level objects (collected from
//!   all files, then resolved lazily in source order, with cycle detection),
//!   function bodies, unused imports, and package initialisation order;
//! * `typexpr`: type expressions to [`TypeId`]s;
//! * `expr`: expressions to operands (constants folded exactly), conversion
//!   of untyped values, binary and unary operators;
//! * `call`: calls, builtins, conversions and the standard-library subset;
//! * `stmt`: statements, scopes, `missing return`, `declared and not used`;
//! * `assign`: assignments and declarations, assignability;
//! * `operand`: operands and their descriptions in messages.
//!
//! Instead of recording types beside the tree, each checked expression
//! becomes an [`ir::Expr`]; statements become [`ir::Stmt`]s.

mod assign;
mod call;
mod chan;
mod defer;
mod expr;
mod methods;
mod operand;
mod stdlib;
mod stmt;
mod typeswitch;
mod typexpr;

use std::collections::{HashMap, HashSet};

use crate::diag::{Diagnostics, TooManyErrors};
use crate::ir::{self, FuncId, GlobalId, LocalId, Program, SiteId};
use crate::source::{Pos, SourceMap};
use crate::syntax::ast;
use crate::types::constant::Value;
use crate::types::{Named, TypeId, TypeKind, Types};

/// Stops checking when gc would (the tenth error).
pub type Result<T> = std::result::Result<T, TooManyErrors>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinFn {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl BuiltinFn {
    pub fn name(self) -> &'static str {
        match self {
            BuiltinFn::Append => "append",
            BuiltinFn::Cap => "cap",
            BuiltinFn::Clear => "clear",
            BuiltinFn::Close => "close",
            BuiltinFn::Complex => "complex",
            BuiltinFn::Copy => "copy",
            BuiltinFn::Delete => "delete",
            BuiltinFn::Imag => "imag",
            BuiltinFn::Len => "len",
            BuiltinFn::Make => "make",
            BuiltinFn::Max => "max",
            BuiltinFn::Min => "min",
            BuiltinFn::New => "new",
            BuiltinFn::Panic => "panic",
            BuiltinFn::Print => "print",
            BuiltinFn::Println => "println",
            BuiltinFn::Real => "real",
            BuiltinFn::Recover => "recover",
        }
    }
}

/// What a name denotes.
#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A package-level declaration not resolved yet.
    Pending,
    Const(TypeId, Value),
    Global(GlobalId),
    /// A local variable of the given function.
    Local(FuncId, LocalId),
    Type(TypeId),
    Func(FuncId, TypeId),
    Builtin(BuiltinFn),
    Nil,
    /// `iota` inside a constant declaration.
    Iota,
}

/// Where a package-level object is declared, for lazy resolution.
#[derive(Clone, Copy, Debug)]
enum DeclRef {
    None,
    /// File, declaration index, spec index, name index.
    Const(usize, usize, usize, usize),
    Var(usize, usize, usize),
    Type(usize, usize, usize),
    Func(usize, usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Color {
    White,
    Grey,
    Black,
}

pub struct Obj {
    pub name: String,
    pub pos: Pos,
    pub kind: ObjKind,
    decl: DeclRef,
    color: Color,
    /// Locals: read somewhere (for `declared and not used`).
    pub used: bool,
}

/// An import in one file.
struct Import {
    path: &'static str,
    name: String,
    pos: Pos,
    used: bool,
}

/// A dependency of a package-level variable initialiser or function body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Dep {
    Global(GlobalId),
    Func(FuncId),
}

/// A package-level variable declaration to run at initialisation.
struct GlobalInit {
    lhs: Vec<GlobalId>,
    stmt: ir::Stmt,
    deps: HashSet<Dep>,
    pos: Pos,
}

/// The state of the function whose body is being checked.
struct FuncState {
    id: FuncId,
    locals: Vec<ir::Local>,
    scopes: Vec<HashMap<String, ObjId>>,
    result_types: Vec<TypeId>,
    results: Vec<LocalId>,
    named_results: bool,
    /// Enclosing breakable statements, innermost last: (label name, id, is loop).
    targets: Vec<(Option<String>, ir::LabelId, bool)>,
    /// The labeled statements' names.
    labels: Vec<(ir::LabelId, String)>,
    next_label: u32,
    /// Local variables declared, with their scope, to report those never
    /// used.
    declared: Vec<(ObjId, usize)>,
    /// The scopes open, innermost last, as indices into `scope_children`.
    scope_ids: Vec<usize>,
    /// Per scope (the function's is 0), the scopes opened in it, in order.
    scope_children: Vec<Vec<usize>>,
    deps: HashSet<Dep>,
    /// For a function literal: what it captures, and the capture local for
    /// each (function, variable) of an enclosing function.
    captures: Vec<ir::Capture>,
    capture_map: HashMap<(FuncId, LocalId), LocalId>,
    /// Function literals declared directly in this function so far.
    literals: u32,
    /// Wrappers made for `defer` statements so far (their names' numbers).
    wrappers: u32,
}

impl FuncState {
    fn new(id: FuncId, result_types: Vec<TypeId>, named_results: bool) -> FuncState {
        FuncState {
            id,
            locals: Vec::new(),
            scopes: vec![HashMap::new()],
            result_types,
            results: Vec::new(),
            named_results,
            targets: Vec::new(),
            labels: Vec::new(),
            next_label: 0,
            declared: Vec::new(),
            scope_ids: vec![0],
            scope_children: vec![Vec::new()],
            deps: HashSet::new(),
            captures: Vec::new(),
            capture_map: HashMap::new(),
            literals: 0,
            wrappers: 0,
        }
    }
}

pub struct Checker<'a> {
    src: &'a SourceMap,
    diags: &'a mut Diagnostics,
    files: &'a [ast::File],
    types: Types,
    objs: Vec<Obj>,
    universe: HashMap<String, ObjId>,
    package: HashMap<String, ObjId>,
    imports: Vec<HashMap<String, Import>>,
    /// The file whose declarations are being checked.
    cur_file: usize,
    funcs: Vec<ir::Func>,
    globals: Vec<ir::Global>,
    sites: Vec<ir::Site>,
    /// The source statements of assignments and returns, by the position
    /// of their first value.
    stmt_notes: HashMap<Pos, ir::StmtNote>,
    op_assigns: std::collections::HashMap<Pos, ir::OpAssign>,
    inits: Vec<GlobalInit>,
    func_deps: HashMap<FuncId, HashSet<Dep>>,
    fs: Option<FuncState>,
    /// Dependencies recorded while checking a package-level initialiser.
    init_deps: Option<HashSet<Dep>>,
    /// The value of `iota` in the constant declaration being checked.
    iota: Option<u64>,
    /// Type declarations in progress, for cycle reports.
    type_path: Vec<ObjId>,
    /// Map key types to check once the type declarations in progress are
    /// complete (types2 delays the check likewise): (key type, position).
    map_keys: Vec<(TypeId, Pos)>,
    main: Option<FuncId>,
    error_type: TypeId,
    /// Package-level objects in declaration order.
    pkg_order: Vec<ObjId>,
    /// Declarations of `_`, checked but not declared.
    blank_decls: Vec<ObjId>,
    /// Function bodies to check after all package-level declarations:
    /// (function, file, declaration, signature).
    pending_bodies: Vec<(FuncId, usize, usize, TypeId)>,
    /// The functions enclosing the function literal being checked, outermost first.
    outer: Vec<FuncState>,
    /// Standard-library functions and named types made so far, by `path.Name`.
    std_funcs: HashMap<String, FuncId>,
    std_types: HashMap<String, TypeId>,
    /// Runtime symbols called directly (`Callee::Extern`).
    externs: Vec<String>,
    /// Function literals in package-level initialisers so far.
    glob_literals: u32,
    /// Synthesized method wrappers by (receiver type, method type, name).
    wrappers: HashMap<(TypeId, TypeId, String), FuncId>,
    /// Set while comparing a case value with a switch tag (the tag's text):
    /// errors then use types2's switch wording.
    switch_case: Option<String>,
}

/// Checks a package; returns its IR when there were no errors.
pub fn check(files: &[ast::File], src: &SourceMap, diags: &mut Diagnostics) -> Result<Option<Program>> {
    let mut c = Checker::new(files, src, diags);
    c.run()?;
    if c.diags.has_errors() {
        return Ok(None);
    }
    Ok(Some(c.finish()))
}

impl<'a> Checker<'a> {
    fn new(files: &'a [ast::File], src: &'a SourceMap, diags: &'a mut Diagnostics) -> Checker<'a> {
        let mut types = Types::new();
        let error_sig = types.intern(TypeKind::Func { params: vec![], results: vec![Types::STRING], variadic: false });
        let error_iface =
            types.intern(TypeKind::Interface(vec![crate::types::Method { name: "Error".into(), sig: error_sig }]));
        let error_type = types.new_named(Named {
            name: "error".into(),
            pkg: String::new(),
            pos: Pos::default(),
            underlying: error_iface,
            methods: Vec::new(),
        });
        let mut c = Checker {
            src,
            diags,
            files,
            types,
            objs: Vec::new(),
            universe: HashMap::new(),
            package: HashMap::new(),
            imports: Vec::new(),
            cur_file: 0,
            funcs: Vec::new(),
            globals: Vec::new(),
            sites: Vec::new(),
            inits: Vec::new(),
            func_deps: HashMap::new(),
            fs: None,
            init_deps: None,
            iota: None,
            type_path: Vec::new(),
            map_keys: Vec::new(),
            main: None,
            error_type,
            pkg_order: Vec::new(),
            blank_decls: Vec::new(),
            pending_bodies: Vec::new(),
            switch_case: None,
            outer: Vec::new(),
            wrappers: HashMap::new(),
            stmt_notes: HashMap::new(),
            op_assigns: Default::default(),
            glob_literals: 0,
            std_funcs: HashMap::new(),
            std_types: HashMap::new(),
            externs: Vec::new(),
        };
        c.declare_universe();
        c
    }

    fn declare_universe(&mut self) {
        use crate::types::Basic;
        let basics: [(&str, TypeId); 20] = [
            ("bool", Types::BOOL),
            ("int", Types::INT),
            ("int8", Types::INT8),
            ("int16", Types::INT16),
            ("int32", Types::INT32),
            ("int64", Types::INT64),
            ("uint", Types::UINT),
            ("uint8", Types::UINT8),
            ("uint16", Types::UINT16),
            ("uint32", Types::UINT32),
            ("uint64", Types::UINT64),
            ("uintptr", Types::UINTPTR),
            ("float32", Types::FLOAT32),
            ("float64", Types::FLOAT64),
            ("complex64", TypeId(Basic::Complex64 as u32)),
            ("complex128", TypeId(Basic::Complex128 as u32)),
            ("string", Types::STRING),
            ("byte", Types::BYTE),
            ("rune", Types::RUNE),
            ("any", Types::ANY),
        ];
        for (name, t) in basics {
            self.universe_obj(name, ObjKind::Type(t));
        }
        self.universe_obj("error", ObjKind::Type(self.error_type));
        self.universe_obj("true", ObjKind::Const(Types::UNTYPED_BOOL, Value::Bool(true)));
        self.universe_obj("false", ObjKind::Const(Types::UNTYPED_BOOL, Value::Bool(false)));
        self.universe_obj("iota", ObjKind::Iota);
        self.universe_obj("nil", ObjKind::Nil);
        use BuiltinFn::*;
        for b in [
            Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println,
            Real, Recover,
        ] {
            self.universe_obj(b.name(), ObjKind::Builtin(b));
        }
    }

    fn universe_obj(&mut self, name: &str, kind: ObjKind) {
        let id = self.new_obj(name, Pos::default(), kind, DeclRef::None);
        self.objs[id.0 as usize].color = Color::Black;
        self.universe.insert(name.to_string(), id);
    }

    fn new_obj(&mut self, name: &str, pos: Pos, kind: ObjKind, decl: DeclRef) -> ObjId {
        let id = ObjId(self.objs.len() as u32);
        self.objs.push(Obj { name: name.to_string(), pos, kind, decl, color: Color::White, used: false });
        id
    }

    fn obj(&self, id: ObjId) -> &Obj {
        &self.objs[id.0 as usize]
    }

    fn obj_mut(&mut self, id: ObjId) -> &mut Obj {
        &mut self.objs[id.0 as usize]
    }

    // -----------------------------------------------------------------------
    // Errors

    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) -> Result<()> {
        self.diags.error(self.src, pos, msg)
    }

    /// An error for a construct outside the language cranego compiles.
    pub fn unsupported(&mut self, pos: Pos, what: &str) -> Result<()> {
        self.error(pos, format!("{what} not supported by cranego"))
    }

    pub fn type_string(&self, t: TypeId) -> String {
        self.types.type_string(t)
    }

    pub(super) fn pos_string(&self, p: Pos) -> String {
        self.src.format(p)
    }

    // -----------------------------------------------------------------------
    // The package

    fn run(&mut self) -> Result<()> {
        self.collect_objects()?;
        self.resolve_package_objects()?;
        self.check_bodies()?;
        self.check_main()?;
        self.unused_imports()?;
        Ok(())
    }

    /// Declares every package-level name of every file (types2's `collectObjects`).
    fn collect_objects(&mut self) -> Result<()> {
        let files = self.files;
        for (fi, file) in files.iter().enumerate() {
            let mut imports = HashMap::new();
            for imp in &file.imports {
                let Some(path) = crate::stdlib::package(&imp.path).map(|p| p.path) else {
                    self.unsupported(imp.pos, &format!("package {} is", imp.path))?;
                    continue;
                };
                let name = match &imp.name {
                    // A blank import only runs the package's initialisation.
                    Some(n) if n.name == "_" => continue,
                    Some(n) if n.name == "." => {
                        self.unsupported(n.pos, "dot imports are")?;
                        continue;
                    }
                    Some(n) => n.name.clone(),
                    None => path.rsplit('/').next().unwrap_or(path).to_string(),
                };
                imports.insert(name.clone(), Import { path, name, pos: imp.pos, used: false });
            }
            self.imports.push(imports);
            for (di, decl) in file.decls.iter().enumerate() {
                match decl {
                    ast::Decl::Const(specs) => {
                        for (si, spec) in specs.iter().enumerate() {
                            for (ni, n) in spec.names.iter().enumerate() {
                                self.declare_pkg(n, DeclRef::Const(fi, di, si, ni))?;
                            }
                            if !spec.values.is_empty() || spec.typ.is_some() {
                                let nv = spec.values.len();
                                let nn = spec.names.len();
                                if nv > nn {
                                    let e = &spec.values[nn];
                                    self.error(
                                        e.pos,
                                        format!("extra init expr {}", crate::syntax::printer::expr_string(e)),
                                    )?;
                                } else if nv < nn && nv > 0 {
                                    let n = &spec.names[nv];
                                    self.error(n.pos, format!("missing init expr for {}", n.name))?;
                                }
                            }
                        }
                    }
                    ast::Decl::Var(specs) => {
                        for (si, spec) in specs.iter().enumerate() {
                            for n in &spec.names {
                                self.declare_pkg(n, DeclRef::Var(fi, di, si))?;
                            }
                        }
                    }
                    ast::Decl::Type(specs) => {
                        for (si, spec) in specs.iter().enumerate() {
                            self.declare_pkg(&spec.name, DeclRef::Type(fi, di, si))?;
                        }
                    }
                    ast::Decl::Func(f) => {
                        if f.recv.is_some() {
                            // Associated with their types once types are resolved.
                            continue;
                        }
                        if f.name.name == "init" {
                            self.unsupported(f.name.pos, "init functions are")?;
                            continue;
                        }
                        if f.name.name == "_" {
                            continue;
                        }
                        self.declare_pkg(&f.name, DeclRef::Func(fi, di))?;
                    }
                }
            }
        }
        Ok(())
    }

    fn declare_pkg(&mut self, n: &ast::Ident, decl: DeclRef) -> Result<()> {
        if n.name == "_" {
            // Blank declarations are still checked, but declare nothing.
            let id = self.new_obj("_", n.pos, ObjKind::Pending, decl);
            self.blank_decls.push(id);
            return Ok(());
        }
        if let Some(&alt) = self.package.get(&n.name) {
            let other = self.pos_string(self.obj(alt).pos);
            return self.error(
                n.pos,
                format!("{} redeclared in this block\n\t{}: other declaration of {}", n.name, other, n.name),
            );
        }
        if n.name == "main" && !matches!(decl, DeclRef::Func(..)) {
            // types2: "cannot declare main - must be func"
            self.error(n.pos, "cannot declare main - must be func")?;
        }
        let id = self.new_obj(&n.name, n.pos, ObjKind::Pending, decl);
        self.package.insert(n.name.clone(), id);
        self.pkg_order.push(id);
        Ok(())
    }

    /// Resolves package-level objects in source order: types first, as types2 does.
    fn resolve_package_objects(&mut self) -> Result<()> {
        let order: Vec<ObjId> = self.pkg_order.clone();
        for &id in &order {
            if matches!(self.obj(id).decl, DeclRef::Type(..)) {
                self.resolve(id)?;
            }
        }
        self.declare_methods()?;
        for &id in &order {
            self.resolve(id)?;
        }
        let blanks = self.blank_decls.clone();
        for id in blanks {
            self.resolve(id)?;
        }
        Ok(())
    }

    /// Resolves a package-level object on first use (types2's `objDecl`).
    fn resolve(&mut self, id: ObjId) -> Result<()> {
        match self.obj(id).color {
            Color::Black => return Ok(()),
            Color::Grey => {
                return self.cycle(id);
            }
            Color::White => {}
        }
        self.obj_mut(id).color = Color::Grey;
        let decl = self.obj(id).decl;
        let saved_file = self.cur_file;
        // A package-level declaration is checked outside any function.
        let saved_fs = self.fs.take();
        let saved_iota = self.iota.take();
        let saved_deps = self.init_deps.take();
        let r = match decl {
            DeclRef::Const(f, d, s, n) => {
                self.cur_file = f;
                self.const_decl(id, f, d, s, n)
            }
            DeclRef::Var(f, d, s) => {
                self.cur_file = f;
                self.global_var_decl(id, f, d, s)
            }
            DeclRef::Type(f, d, s) => {
                self.cur_file = f;
                self.type_decl(id, f, d, s)
            }
            DeclRef::Func(f, d) => {
                self.cur_file = f;
                self.func_decl(id, f, d)
            }
            DeclRef::None => Ok(()),
        };
        self.cur_file = saved_file;
        self.fs = saved_fs;
        self.iota = saved_iota;
        self.init_deps = saved_deps;
        self.obj_mut(id).color = Color::Black;
        r
    }

    /// A reference to an object whose declaration is being checked.
    fn cycle(&mut self, id: ObjId) -> Result<()> {
        match self.obj(id).decl {
            DeclRef::Type(..) => {
                // Reported by the validity check of the type.
                Ok(())
            }
            DeclRef::Func(..) => Ok(()),
            _ => {
                if matches!(self.obj(id).kind, ObjKind::Pending) {
                    let name = self.obj(id).name.clone();
                    let pos = self.obj(id).pos;
                    self.obj_mut(id).kind = ObjKind::Const(Types::INVALID, Value::int(0));
                    return self.error(pos, format!("initialization cycle or invalid recursive reference to {name}"));
                }
                Ok(())
            }
        }
    }

    fn const_decl(&mut self, id: ObjId, f: usize, d: usize, s: usize, n: usize) -> Result<()> {
        let files = self.files;
        let ast::Decl::Const(specs) = &files[f].decls[d] else {
            return Ok(());
        };
        let (typ, value) = self.const_spec(specs, s, n)?;
        self.obj_mut(id).kind = ObjKind::Const(typ, value);
        Ok(())
    }

    /// Evaluates name `n` of constant spec `s` of a group, repeating the last
    /// spec with values when this one has none. Returns (type, value).
    fn const_spec(&mut self, specs: &'a [ast::ConstSpec], s: usize, n: usize) -> Result<(TypeId, Value)> {
        let spec = &specs[s];
        // The spec providing the expressions: this one or the last with values.
        let src_spec = specs[..=s].iter().rev().find(|sp| !sp.values.is_empty() || sp.typ.is_some()).unwrap_or(spec);
        let typ = match &src_spec.typ {
            Some(t) => {
                let t = self.type_expr(t)?;
                if !self.types.is_invalid(t) && !matches!(self.types.under_kind(t), TypeKind::Basic(_)) {
                    let pos = src_spec.typ.as_ref().map(|t| t.pos).unwrap_or(spec.pos);
                    self.error(pos, format!("invalid constant type {}", self.type_string(t)))?;
                    return Ok((Types::INVALID, Value::int(0)));
                }
                Some(t)
            }
            None => None,
        };
        let Some(e) = src_spec.values.get(n) else {
            if src_spec.values.is_empty() && n == 0 {
                let name = &spec.names[0];
                self.error(name.pos, format!("missing init expr for {}", name.name))?;
            }
            return Ok((Types::INVALID, Value::int(0)));
        };
        let saved = self.iota.replace(spec.iota);
        let x = self.expr(e, None)?;
        self.iota = saved;
        let r = self.init_const(x, typ)?;
        Ok(r)
    }

    fn global_var_decl(&mut self, id: ObjId, f: usize, d: usize, s: usize) -> Result<()> {
        let files = self.files;
        let ast::Decl::Var(specs) = &files[f].decls[d] else {
            return Ok(());
        };
        let spec = &specs[s];
        // All names of the spec are declared together.
        let ids: Vec<Option<ObjId>> = spec
            .names
            .iter()
            .map(|n| if n.name == "_" { None } else { self.package.get(&n.name).copied() })
            .map(|o| o.filter(|o| matches!(self.obj(*o).decl, DeclRef::Var(ff, dd, ss) if (ff, dd, ss) == (f, d, s))))
            .collect();
        let ids: Vec<ObjId> = spec
            .names
            .iter()
            .zip(ids)
            .map(|(n, o)| match o {
                Some(o) => o,
                None if n.name == "_" && self.obj(id).name == "_" && self.obj(id).pos == n.pos => id,
                None => self.new_obj("_", n.pos, ObjKind::Pending, DeclRef::None),
            })
            .collect();
        for &o in &ids {
            self.obj_mut(o).color = Color::Grey;
        }
        self.init_deps = Some(HashSet::new());
        let r = self.var_spec_global(spec, &ids);
        self.init_deps = None;
        for &o in &ids {
            self.obj_mut(o).color = Color::Black;
        }
        r
    }

    fn type_decl(&mut self, id: ObjId, f: usize, d: usize, s: usize) -> Result<()> {
        let files = self.files;
        let ast::Decl::Type(specs) = &files[f].decls[d] else {
            return Ok(());
        };
        let spec = &specs[s];
        self.declare_type(id, spec)
    }

    /// Declares a named type (or alias) for `spec` as object `id`.
    fn declare_type(&mut self, id: ObjId, spec: &'a ast::TypeSpec) -> Result<()> {
        if spec.alias {
            self.obj_mut(id).kind = ObjKind::Type(Types::INVALID);
            let t = self.type_expr(&spec.typ)?;
            self.obj_mut(id).kind = ObjKind::Type(t);
            return Ok(());
        }
        let t = self.types.new_named(Named {
            name: spec.name.name.clone(),
            pkg: "main".into(),
            pos: spec.name.pos,
            underlying: Types::INVALID,
            methods: Vec::new(),
        });
        self.obj_mut(id).kind = ObjKind::Type(t);
        self.type_path.push(id);
        let u = self.type_expr(&spec.typ)?;
        self.type_path.pop();
        let u = self.types.under(u);
        if let TypeKind::Named(n) = self.types.kind(t).clone() {
            self.types.named[n.0 as usize].underlying = u;
        }
        self.valid_type(t, spec.name.pos)?;
        if self.type_path.is_empty() {
            self.check_map_keys()?;
        }
        Ok(())
    }

    /// Reports types that contain themselves without indirection
    /// (types2's `validType`): `type T struct{ next T }`.
    fn valid_type(&mut self, t: TypeId, pos: Pos) -> Result<()> {
        let mut path = Vec::new();
        if let Some(cycle) = self.find_cycle(t, t, &mut path) {
            let names: Vec<String> = cycle.iter().map(|t| self.type_string(*t)).collect();
            if names.len() == 1 {
                self.error(pos, format!("invalid recursive type: {} refers to itself", names[0]))?;
            } else {
                let mut msg = format!("invalid recursive type {}", names[0]);
                for i in 0..names.len() {
                    msg.push_str(&format!(
                        "\n\t{}: {} refers to {}",
                        self.pos_string(self.named_pos(cycle[i])),
                        names[i],
                        names[(i + 1) % names.len()]
                    ));
                }
                self.error(pos, msg)?;
            }
            // Break the cycle so that layout computations terminate.
            if let TypeKind::Named(n) = self.types.kind(t).clone() {
                self.types.named[n.0 as usize].underlying = Types::INVALID;
            }
        }
        Ok(())
    }

    fn named_pos(&self, t: TypeId) -> Pos {
        self.types.named_info(t).map(|n| n.pos).unwrap_or_default()
    }

    fn find_cycle(&self, root: TypeId, t: TypeId, path: &mut Vec<TypeId>) -> Option<Vec<TypeId>> {
        if path.len() > 64 {
            return None;
        }
        let kind = self.types.kind(t).clone();
        match kind {
            TypeKind::Named(n) => {
                if !path.is_empty() && t == root {
                    return Some(path.clone());
                }
                if path.contains(&t) {
                    return None;
                }
                path.push(t);
                let u = self.types.named[n.0 as usize].underlying;
                let r = self.find_cycle(root, u, path);
                path.pop();
                r
            }
            TypeKind::Array(_, e) => self.find_cycle(root, e, path),
            TypeKind::Struct(fields) => fields.iter().find_map(|f| self.find_cycle(root, f.typ, path)),
            _ => None,
        }
    }

    fn func_decl(&mut self, id: ObjId, f: usize, d: usize) -> Result<()> {
        let files = self.files;
        let ast::Decl::Func(fd) = &files[f].decls[d] else {
            return Ok(());
        };
        let sig = self.signature(&fd.typ)?;
        let fid = FuncId(self.funcs.len() as u32);
        self.funcs.push(ir::Func {
            name: format!("main.{}", fd.name.name),
            origin: ir::FuncOrigin::Decl,
            pos: fd.name.pos,
            symbol: format!("main.{}", fd.name.name),
            closure: None,
            params: Vec::new(),
            results: Vec::new(),
            locals: Vec::new(),
            body: Vec::new(),
            defer_wrapper: false,
            noinline: self.src.has_directive(fd.name.pos, "go:noinline"),
            variadic: false,
            labels: Vec::new(),
            enclosing: None,
        });
        self.obj_mut(id).kind = ObjKind::Func(fid, sig);
        if fd.name.name == "main" {
            self.main = Some(fid);
        }
        self.pending_bodies.push((fid, f, d, sig));
        Ok(())
    }

    fn check_bodies(&mut self) -> Result<()> {
        let mut i = 0;
        while i < self.pending_bodies.len() {
            let (fid, f, d, sig) = self.pending_bodies[i];
            i += 1;
            let files = self.files;
            let ast::Decl::Func(fd) = &files[f].decls[d] else {
                continue;
            };
            self.cur_file = f;
            if fd.name.name == "main" && fd.recv.is_none() {
                if let TypeKind::Func { params, results, .. } = self.types.kind(sig) {
                    if !params.is_empty() || !results.is_empty() {
                        self.error(fd.name.pos, "func main must have no arguments and no return values")?;
                    }
                }
            }
            match &fd.body {
                Some(body) => self.func_body(fid, fd.recv.as_ref(), &fd.typ, sig, body)?,
                None => self.error(fd.name.pos, "missing function body")?,
            }
        }
        Ok(())
    }

    fn check_main(&mut self) -> Result<()> {
        if self.main.is_none() && !self.diags.has_errors() {
            // gc reports this at link time, without a position.
            self.diags.link_error("function main is undeclared in the main package");
        }
        Ok(())
    }

    fn unused_imports(&mut self) -> Result<()> {
        let mut unused: Vec<(Pos, String)> = Vec::new();
        for imports in &self.imports {
            for imp in imports.values() {
                if !imp.used {
                    let msg = if imp.name == imp.path.rsplit('/').next().unwrap_or(imp.path) {
                        format!("{:?} imported and not used", imp.path)
                    } else {
                        format!("{:?} imported as {} and not used", imp.path, imp.name)
                    };
                    unused.push((imp.pos, msg));
                }
            }
        }
        unused.sort();
        for (p, m) in unused {
            self.error(p, m)?;
        }
        Ok(())
    }

    // -----------------------------------------------------------------------
    // Allocation sites and functions

    pub fn new_site(&mut self, pos: Pos, ty: TypeId, text: String) -> SiteId {
        let func = self.fs.as_ref().map(|f| f.id).unwrap_or(FuncId(u32::MAX));
        let id = SiteId(self.sites.len() as u32);
        self.sites.push(ir::Site { pos, ty, text, func, silent: false });
        id
    }

    fn record_dep(&mut self, dep: Dep) {
        if let Some(fs) = &mut self.fs {
            fs.deps.insert(dep);
        } else if let Some(d) = &mut self.init_deps {
            d.insert(dep);
        }
    }

    /// Builds the program: package initialisation in the spec's order.
    fn finish(mut self) -> Program {
        let order = self.init_order();
        let mut body = Vec::new();
        for i in order {
            body.push(self.inits[i].stmt.clone());
        }
        let init = FuncId(self.funcs.len() as u32);
        self.funcs.push(ir::Func {
            name: "main.init".into(),
            origin: ir::FuncOrigin::Init,
            pos: Pos::default(),
            symbol: "main.init".into(),
            closure: None,
            params: Vec::new(),
            results: Vec::new(),
            // Package-level initialisers need no temporaries.
            locals: Vec::new(),
            body,
            defer_wrapper: false,
            noinline: false,
            variadic: false,
            labels: Vec::new(),
            enclosing: None,
        });
        // Package-level literals and sites belong to init.
        for f in &mut self.funcs {
            if f.origin == ir::FuncOrigin::Literal && f.enclosing.is_none() {
                f.enclosing = Some(init);
            }
        }
        for s in &mut self.sites {
            if s.func.0 == u32::MAX {
                s.func = init;
            }
        }
        let methods = self.method_tables();
        let mut program = Program {
            methods,
            error_type: self.error_type,
            externs: self.externs,
            stmt_notes: self.stmt_notes,
            op_assigns: self.op_assigns,
            devirtualized: Default::default(),
            types: self.types,
            funcs: self.funcs,
            globals: self.globals,
            sites: self.sites,
            init,
            main: self.main.unwrap_or(FuncId(0)),
        };
        ir::text::name_temporaries(&mut program);
        program
    }

    /// The method tables of every named type of the package and of the
    /// pointers to them, with the functions interfaces call.
    fn method_tables(&mut self) -> HashMap<TypeId, Vec<ir::MethodEntry>> {
        let mut out = HashMap::new();
        let named: Vec<TypeId> =
            (0..self.types.count()).map(|i| TypeId(i as u32)).filter(|t| self.types.is_named(*t)).collect();
        for t in named {
            if self.types.is_invalid(self.types.under(t)) {
                continue;
            }
            let p = self.types.pointer(t);
            for c in [t, p] {
                let set = self.method_set(c);
                if set.is_empty() || self.types.is_interface(c) {
                    continue;
                }
                let mut entries = Vec::new();
                for (name, sig) in set {
                    let derefs = c == p
                        && match self.lookup_selector(c, &name) {
                            methods::Lookup::Method { path, method, .. } => !path.is_empty() || !method.pointer_recv,
                            _ => true,
                        };
                    if let Some(func) = self.iface_method(c, &name) {
                        entries.push(ir::MethodEntry { name, sig, func, derefs });
                    }
                }
                out.insert(c, entries);
            }
        }
        out
    }

    /// The spec's initialisation order: repeatedly the earliest declared
    /// variable whose initialiser depends on no uninitialised variable
    /// (dependencies through called functions included).
    fn init_order(&self) -> Vec<usize> {
        let transitive = |deps: &HashSet<Dep>| -> HashSet<GlobalId> {
            let mut out = HashSet::new();
            let mut seen = HashSet::new();
            let mut stack: Vec<Dep> = deps.iter().copied().collect();
            while let Some(d) = stack.pop() {
                if !seen.insert(d) {
                    continue;
                }
                match d {
                    Dep::Global(g) => {
                        out.insert(g);
                    }
                    Dep::Func(f) => {
                        if let Some(fd) = self.func_deps.get(&f) {
                            stack.extend(fd.iter().copied());
                        }
                    }
                }
            }
            out
        };
        let needs: Vec<HashSet<GlobalId>> = self.inits.iter().map(|i| transitive(&i.deps)).collect();
        let mut initialised: HashSet<GlobalId> = HashSet::new();
        // Variables without initialiser are ready from the start.
        let with_init: HashSet<GlobalId> = self.inits.iter().flat_map(|i| i.lhs.iter().copied()).collect();
        for g in 0..self.globals.len() {
            let g = GlobalId(g as u32);
            if !with_init.contains(&g) {
                initialised.insert(g);
            }
        }
        let mut done = vec![false; self.inits.len()];
        let mut order = Vec::new();
        let mut idx: Vec<usize> = (0..self.inits.len()).collect();
        idx.sort_by_key(|i| self.inits[*i].pos);
        loop {
            let next = idx.iter().copied().find(|&i| {
                !done[i] && needs[i].iter().all(|g| initialised.contains(g) || self.inits[i].lhs.contains(g))
            });
            let Some(i) = next.or_else(|| idx.iter().copied().find(|&i| !done[i])) else {
                break;
            };
            done[i] = true;
            initialised.extend(self.inits[i].lhs.iter().copied());
            order.push(i);
        }
        order
    }
}
