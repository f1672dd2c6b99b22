//! Go types: an interning table, so that identical types get the same
//! [`TypeId`] and type identity is an integer comparison. Named types are
//! never interned: each declaration makes a new one.
//!
//! Also here: the names types get in messages (types2's qualified-relative
//! form: `Point`, `[]int`, `struct{x int}`), and at run time (`%T`, reflect's
//! form: `main.Point`, `struct { X int }`).

pub mod constant;
pub mod layout;

use std::collections::HashMap;

use crate::source::Pos;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
    /// The type of an expression that already produced an error.
    Invalid,
    /// `byte` and `rune`: identical to uint8 and int32, but printed by their
    /// own names where the source used them (types2 keeps the alias names).
    Byte,
    Rune,
}

impl Basic {
    pub fn name(self) -> &'static str {
        match self {
            Basic::Bool => "bool",
            Basic::Int => "int",
            Basic::Int8 => "int8",
            Basic::Int16 => "int16",
            Basic::Int32 => "int32",
            Basic::Int64 => "int64",
            Basic::Uint => "uint",
            Basic::Uint8 => "uint8",
            Basic::Uint16 => "uint16",
            Basic::Uint32 => "uint32",
            Basic::Uint64 => "uint64",
            Basic::Uintptr => "uintptr",
            Basic::Float32 => "float32",
            Basic::Float64 => "float64",
            Basic::Complex64 => "complex64",
            Basic::Complex128 => "complex128",
            Basic::String => "string",
            Basic::UnsafePointer => "unsafe.Pointer",
            Basic::UntypedBool => "untyped bool",
            Basic::UntypedInt => "untyped int",
            Basic::UntypedRune => "untyped rune",
            Basic::UntypedFloat => "untyped float",
            Basic::UntypedString => "untyped string",
            Basic::UntypedNil => "untyped nil",
            Basic::Invalid => "invalid type",
            Basic::Byte => "byte",
            Basic::Rune => "rune",
        }
    }

    /// uint8 for byte, int32 for rune, the kind itself otherwise.
    pub fn canonical(self) -> Basic {
        match self {
            Basic::Byte => Basic::Uint8,
            Basic::Rune => Basic::Int32,
            b => b,
        }
    }

    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            Basic::UntypedBool
                | Basic::UntypedInt
                | Basic::UntypedRune
                | Basic::UntypedFloat
                | Basic::UntypedString
                | Basic::UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Basic::Int
                | Basic::Int8
                | Basic::Int16
                | Basic::Int32
                | Basic::Int64
                | Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
                | Basic::UntypedInt
                | Basic::UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        matches!(self, Basic::Uint | Basic::Uint8 | Basic::Uint16 | Basic::Uint32 | Basic::Uint64 | Basic::Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    /// Size in bytes of integer and float kinds (amd64).
    pub fn size(self) -> u64 {
        match self {
            Basic::Bool | Basic::Int8 | Basic::Uint8 => 1,
            Basic::Int16 | Basic::Uint16 => 2,
            Basic::Int32 | Basic::Uint32 | Basic::Float32 => 4,
            Basic::Int
            | Basic::Int64
            | Basic::Uint
            | Basic::Uint64
            | Basic::Uintptr
            | Basic::Float64
            | Basic::Complex64
            | Basic::UnsafePointer => 8,
            Basic::Complex128 | Basic::String => 16,
            _ => 8,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub typ: TypeId,
    pub embedded: bool,
    pub tag: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    /// The method's signature without receiver.
    pub sig: TypeId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Basic(Basic),
    Pointer(TypeId),
    Array(u64, TypeId),
    Slice(TypeId),
    Struct(Vec<Field>),
    /// Parameters, results, variadic (the last parameter is a slice).
    Func {
        params: Vec<TypeId>,
        results: Vec<TypeId>,
        variadic: bool,
    },
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    /// Methods sorted by name, embedded interfaces already flattened.
    Interface(Vec<Method>),
    /// Several values, as produced by a call with several results.
    Tuple(Vec<TypeId>),
    Named(NamedId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NamedId(pub u32);

/// A declared type `type T U`.
#[derive(Clone, Debug)]
pub struct Named {
    pub name: String,
    /// `main` for the package's own types, `""` for predeclared ones (`error`),
    /// the package path for the standard library's.
    pub pkg: String,
    pub pos: Pos,
    /// Set once the declaration is resolved; `Invalid` until then.
    pub underlying: TypeId,
    /// Methods declared with this type (or a pointer to it) as receiver.
    pub methods: Vec<MethodDecl>,
}

/// A method declared on a named type.
#[derive(Clone, Debug)]
pub struct MethodDecl {
    pub name: String,
    /// The signature without the receiver.
    pub sig: TypeId,
    pub pointer_recv: bool,
    /// The function implementing it (an index into the IR's functions).
    pub func: u32,
    pub pos: Pos,
}

/// All types of a compilation.
pub struct Types {
    kinds: Vec<TypeKind>,
    /// Each type with `byte`/`rune` replaced by uint8/int32: identical types
    /// have the same canonical id.
    canon: Vec<TypeId>,
    interned: HashMap<TypeKind, TypeId>,
    pub named: Vec<Named>,
}

macro_rules! basic_ids {
    ($($name:ident = $basic:ident),* $(,)?) => {
        /// The ids of the basic types, allocated first in this order.
        impl Types {
            $(pub const $name: TypeId = TypeId(Basic::$basic as u32);)*
        }
    };
}

basic_ids!(
    BOOL = Bool,
    INT = Int,
    INT8 = Int8,
    INT16 = Int16,
    INT32 = Int32,
    INT64 = Int64,
    UINT = Uint,
    UINT8 = Uint8,
    UINT16 = Uint16,
    UINT32 = Uint32,
    UINT64 = Uint64,
    UINTPTR = Uintptr,
    FLOAT32 = Float32,
    FLOAT64 = Float64,
    STRING = String,
    UNTYPED_BOOL = UntypedBool,
    UNTYPED_INT = UntypedInt,
    UNTYPED_RUNE = UntypedRune,
    UNTYPED_FLOAT = UntypedFloat,
    UNTYPED_STRING = UntypedString,
    UNTYPED_NIL = UntypedNil,
    INVALID = Invalid,
    BYTE = Byte,
    RUNE = Rune,
);

const ALL_BASICS: [Basic; 27] = [
    Basic::Bool,
    Basic::Int,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Uint,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uintptr,
    Basic::Float32,
    Basic::Float64,
    Basic::Complex64,
    Basic::Complex128,
    Basic::String,
    Basic::UnsafePointer,
    Basic::UntypedBool,
    Basic::UntypedInt,
    Basic::UntypedRune,
    Basic::UntypedFloat,
    Basic::UntypedString,
    Basic::UntypedNil,
    Basic::Invalid,
    Basic::Byte,
    Basic::Rune,
];

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    /// `interface{}`.
    pub const EMPTY_INTERFACE: TypeId = TypeId(ALL_BASICS.len() as u32);
    /// `any`: identical to `interface{}` (its canonical type), but gc and
    /// types2 print it as written.
    pub const ANY: TypeId = TypeId(ALL_BASICS.len() as u32 + 1);

    pub fn new() -> Types {
        let mut t = Types { kinds: Vec::new(), canon: Vec::new(), interned: HashMap::new(), named: Vec::new() };
        for (i, b) in ALL_BASICS.iter().enumerate() {
            let id = t.intern(TypeKind::Basic(*b));
            debug_assert_eq!(id.0 as usize, i);
            debug_assert_eq!(*b as usize, i);
        }
        let empty = t.intern(TypeKind::Interface(Vec::new()));
        debug_assert_eq!(empty, Self::EMPTY_INTERFACE);
        // Not interned: `interface{}` written out stays the other one.
        t.kinds.push(TypeKind::Interface(Vec::new()));
        t.canon.push(empty);
        t
    }

    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(id) = self.interned.get(&kind) {
            return *id;
        }
        let canon_kind = self.canonical_kind(&kind);
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.canon.push(id);
        self.interned.insert(kind.clone(), id);
        if canon_kind != kind {
            let c = self.intern(canon_kind);
            self.canon[id.0 as usize] = c;
        }
        id
    }

    fn canonical_kind(&self, kind: &TypeKind) -> TypeKind {
        let c = |t: &TypeId| self.canon[t.0 as usize];
        match kind {
            TypeKind::Basic(b) => TypeKind::Basic(b.canonical()),
            TypeKind::Pointer(e) => TypeKind::Pointer(c(e)),
            TypeKind::Array(n, e) => TypeKind::Array(*n, c(e)),
            TypeKind::Slice(e) => TypeKind::Slice(c(e)),
            TypeKind::Struct(fields) => {
                TypeKind::Struct(fields.iter().map(|f| Field { typ: c(&f.typ), ..f.clone() }).collect())
            }
            TypeKind::Func { params, results, variadic } => TypeKind::Func {
                params: params.iter().map(c).collect(),
                results: results.iter().map(c).collect(),
                variadic: *variadic,
            },
            TypeKind::Map(k, v) => TypeKind::Map(c(k), c(v)),
            TypeKind::Chan(d, e) => TypeKind::Chan(*d, c(e)),
            TypeKind::Interface(ms) => {
                TypeKind::Interface(ms.iter().map(|m| Method { sig: c(&m.sig), ..m.clone() }).collect())
            }
            TypeKind::Tuple(ts) => TypeKind::Tuple(ts.iter().map(c).collect()),
            TypeKind::Named(n) => TypeKind::Named(*n),
        }
    }

    /// Type identity (spec): `[]byte` and `[]uint8` are identical.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.canon[a.0 as usize] == self.canon[b.0 as usize]
    }

    /// The canonical representative of `t` (byte and rune replaced).
    pub fn canonical(&self, t: TypeId) -> TypeId {
        self.canon[t.0 as usize]
    }

    pub fn new_named(&mut self, named: Named) -> TypeId {
        let nid = NamedId(self.named.len() as u32);
        self.named.push(named);
        self.intern(TypeKind::Named(nid))
    }

    /// The methods of interface type `t`, sorted by name (none for other types).
    pub fn iface_methods(&self, t: TypeId) -> &[Method] {
        match self.under_kind(t) {
            TypeKind::Interface(ms) => ms,
            _ => &[],
        }
    }

    /// The parameter and result types of func type `t`.
    pub fn func_parts(&self, t: TypeId) -> (Vec<TypeId>, Vec<TypeId>) {
        match self.under_kind(t) {
            TypeKind::Func { params, results, .. } => (params.clone(), results.clone()),
            _ => (Vec::new(), Vec::new()),
        }
    }

    /// The number of types so far (ids are 0..count).
    pub fn count(&self) -> usize {
        self.kinds.len()
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(elems))
    }

    /// The type of declared named type `n` (an index into `named`).
    pub fn named_type(&self, n: usize) -> Option<TypeId> {
        self.interned.get(&TypeKind::Named(NamedId(n as u32))).copied()
    }

    pub fn named_info(&self, t: TypeId) -> Option<&Named> {
        match self.kind(t) {
            TypeKind::Named(n) => Some(&self.named[n.0 as usize]),
            _ => None,
        }
    }

    /// The underlying type: follows named types.
    pub fn under(&self, t: TypeId) -> TypeId {
        let mut t = t;
        if let TypeKind::Basic(b @ (Basic::Byte | Basic::Rune)) = self.kind(t) {
            return TypeId(b.canonical() as u32);
        }
        // A chain of named types is resolved at declaration; one step suffices,
        // but loop defensively for types under construction.
        for _ in 0..64 {
            match self.kind(t) {
                TypeKind::Named(n) => t = self.named[n.0 as usize].underlying,
                _ => return t,
            }
        }
        Types::INVALID
    }

    pub fn under_kind(&self, t: TypeId) -> &TypeKind {
        self.kind(self.under(t))
    }

    /// The basic kind of `t`'s underlying type (byte as uint8, rune as int32).
    pub fn basic(&self, t: TypeId) -> Option<Basic> {
        match self.under_kind(t) {
            TypeKind::Basic(b) => Some(b.canonical()),
            _ => None,
        }
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named(_))
    }

    pub fn is_invalid(&self, t: TypeId) -> bool {
        t == Types::INVALID
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(b) if b.is_untyped())
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic(t).is_some_and(Basic::is_integer)
    }

    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic(t).is_some_and(Basic::is_unsigned)
    }

    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic(t).is_some_and(Basic::is_float)
    }

    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.basic(t).is_some_and(Basic::is_numeric)
    }

    pub fn is_string(&self, t: TypeId) -> bool {
        self.basic(t).is_some_and(Basic::is_string)
    }

    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.basic(t).is_some_and(Basic::is_boolean)
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under_kind(t), TypeKind::Interface(_))
    }

    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.under_kind(t), TypeKind::Pointer(_))
    }

    pub fn pointer_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.under_kind(t) {
            TypeKind::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    pub fn slice_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.under_kind(t) {
            TypeKind::Slice(e) => Some(*e),
            _ => None,
        }
    }

    pub fn struct_fields(&self, t: TypeId) -> Option<&[Field]> {
        match self.under_kind(t) {
            TypeKind::Struct(f) => Some(f),
            _ => None,
        }
    }

    /// Whether values of the type can be compared with `==` (spec: comparable).
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.under_kind(t) {
            TypeKind::Basic(b) => *b != Basic::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface(_) => true,
            TypeKind::Struct(fields) => fields.iter().all(|f| self.comparable(f.typ)),
            TypeKind::Array(_, e) => self.comparable(*e),
            _ => false,
        }
    }

    /// The default type of an untyped constant kind.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Basic(Basic::UntypedBool) => Types::BOOL,
            TypeKind::Basic(Basic::UntypedInt) => Types::INT,
            TypeKind::Basic(Basic::UntypedRune) => Types::RUNE,
            TypeKind::Basic(Basic::UntypedFloat) => Types::FLOAT64,
            TypeKind::Basic(Basic::UntypedString) => Types::STRING,
            _ => t,
        }
    }

    /// The type as types2 prints it in messages, relative to package `main`.
    pub fn type_string(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Form::Checker);
        s
    }

    /// The type as gc's `-m` lines print it: names relative to `main`,
    /// `struct { X int }` spaced as reflect spaces it.
    pub fn gc_string(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Form::Compiler);
        s
    }

    /// The type as the run time prints it (`%T`, `%v` of types): reflect's form.
    pub fn runtime_string(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Form::Runtime);
        s
    }

    fn write_type(&self, s: &mut String, t: TypeId, form: Form) {
        if t == Self::ANY && form != Form::Runtime {
            s.push_str("any");
            return;
        }
        match self.kind(t) {
            TypeKind::Basic(b) => {
                // byte and rune are aliases: types2 prints uint8/int32.
                s.push_str(b.name());
            }
            TypeKind::Named(n) => {
                let named = &self.named[n.0 as usize];
                // Messages leave the package's own types unqualified; run-time names qualify all.
                let qualify = !named.pkg.is_empty() && (form == Form::Runtime || named.pkg != "main");
                if qualify {
                    s.push_str(named.pkg.rsplit('/').next().unwrap_or(&named.pkg));
                    s.push('.');
                }
                s.push_str(&named.name);
            }
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, form);
            }
            TypeKind::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write_type(s, *e, form);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, form);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write_type(s, *k, form);
                s.push(']');
                self.write_type(s, *v, form);
            }
            TypeKind::Chan(dir, e) => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren = *dir == ChanDir::Both && matches!(self.kind(*e), TypeKind::Chan(ChanDir::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write_type(s, *e, form);
                if paren {
                    s.push(')');
                }
            }
            TypeKind::Struct(fields) => {
                s.push_str(if form != Form::Checker { "struct {" } else { "struct{" });
                for (i, f) in fields.iter().enumerate() {
                    s.push_str(if i > 0 {
                        "; "
                    } else if form != Form::Checker {
                        " "
                    } else {
                        ""
                    });
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.typ, form);
                    if !f.tag.is_empty() {
                        s.push_str(&format!(" {:?}", f.tag));
                    }
                }
                if form != Form::Checker && !fields.is_empty() {
                    s.push(' ');
                }
                s.push('}');
            }
            TypeKind::Func { params, results, variadic } => {
                s.push_str("func");
                self.write_signature(s, params, results, *variadic, form);
            }
            TypeKind::Interface(methods) => {
                if methods.is_empty() {
                    s.push_str(if form != Form::Checker { "interface {}" } else { "interface{}" });
                    return;
                }
                s.push_str(if form != Form::Checker { "interface { " } else { "interface{" });
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(&m.name);
                    if let TypeKind::Func { params, results, variadic } = self.kind(m.sig) {
                        self.write_signature(s, params, results, *variadic, form);
                    }
                }
                s.push_str(if form != Form::Checker { " }" } else { "}" });
            }
            TypeKind::Tuple(elems) => {
                s.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *e, form);
                }
                s.push(')');
            }
        }
    }

    fn write_signature(&self, s: &mut String, params: &[TypeId], results: &[TypeId], variadic: bool, form: Form) {
        s.push('(');
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if variadic && i + 1 == params.len() {
                s.push_str("...");
                let elem = match self.kind(*p) {
                    TypeKind::Slice(e) => *e,
                    _ => *p,
                };
                self.write_type(s, elem, form);
            } else {
                self.write_type(s, *p, form);
            }
        }
        s.push(')');
        match results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(s, results[0], form);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *r, form);
                }
                s.push(')');
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// types2's messages.
    Checker,
    /// gc's `-m` lines.
    Compiler,
    /// reflect (`%T`).
    Runtime,
}
