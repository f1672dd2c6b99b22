//! The typed intermediate representation, between the type checker and code
//! generation.
//!
//! Every expression carries its type; constants are already converted to
//! their final type; implicit operations are explicit (interface boxing,
//! the slice behind a `...` argument, dereferences of `p.f`). Above all, every
//! place that may allocate is an allocation *site* ([`Site`]) with its source
//! position and the text gc's `-m` prints for it: `new(T)`, `&T{...}`,
//! string concatenation, interface conversion, variadic argument slices; and
//! every variable whose address is taken is marked. The escape analysis reads
//! this IR and decides, per site and per variable, heap or stack; code
//! generation follows those decisions.

pub mod scc;
pub mod text;

use crate::source::Pos;
use crate::types::constant::Value;
use crate::types::{TypeId, Types};

macro_rules! id {
    ($($name:ident),*) => {$(
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize { self.0 as usize }
        }
    )*};
}
id!(LocalId, FuncId, GlobalId, SiteId);

/// A loop or switch, as the target of `break` and `continue`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LabelId(pub u32);

pub struct Program {
    pub types: Types,
    pub funcs: Vec<Func>,
    /// For every type with methods: its method set, sorted by name, each
    /// with the function an interface calls (receiver: the data word).
    pub methods: std::collections::HashMap<TypeId, Vec<MethodEntry>>,
    /// The predeclared `error` type (its descriptor is the runtime's).
    pub error_type: TypeId,
    /// Symbols of the runtime functions `Callee::Extern` calls.
    pub externs: Vec<String>,
    /// Where the source statements of assignments and returns are, by the
    /// position of their first value (`-m=2` explanations print them).
    pub stmt_notes: std::collections::HashMap<Pos, StmtNote>,
    /// Where the values assigned by `x op= y` and `x++` statements are
    /// (gc's single `OASOP` node, which the IR spells `x = x op y`): the
    /// inliner's cost model counts them as gc does, and prints them.
    pub op_assigns: std::collections::HashMap<Pos, OpAssign>,
    /// Interface calls whose devirtualization is reported already (gc's
    /// devirtualization pass before inlining, `inline/`), by position.
    pub devirtualized: std::collections::HashSet<Pos>,
    pub globals: Vec<Global>,
    pub sites: Vec<Site>,
    /// Package initialisation: variable initialisers in dependency order.
    pub init: FuncId,
    pub main: FuncId,
}

impl Program {
    /// Concrete type `t`'s own method `name`: its function and whether it
    /// is a value method reached through a pointer (devirtualized calls).
    pub fn method_of(&self, t: TypeId, name: &str) -> Option<(FuncId, bool)> {
        let (base, pointer) = match self.types.kind(t) {
            crate::types::TypeKind::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let m = self.types.named_info(base)?.methods.iter().find(|m| m.name == name)?;
        if m.pointer_recv && !pointer {
            return None;
        }
        Some((FuncId(m.func), pointer && !m.pointer_recv))
    }
}

/// A source statement `x op= y`, `x++` or `x--`.
#[derive(Clone, Copy, Debug)]
pub struct OpAssign {
    /// The operator: `+` for `x += y` and `x++`.
    pub op: &'static str,
    /// Written `x++` or `x--`.
    pub inc_dec: bool,
}

/// A source statement behind IR assignments or a return.
#[derive(Clone, Copy, Debug)]
pub struct StmtNote {
    /// The operator's (`=`, `:=`, `+=`) or `return`'s position.
    pub pos: Pos,
    pub op: StmtOp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StmtOp {
    Assign,
    /// Several values assigned at once by gc's own statement (`OAS2`):
    /// `.autotmp_3, .autotmp_4 = x, &y` for a `go`/`defer` statement.
    AssignPair,
    Define,
    OpAssign(&'static str),
    Return,
}

pub struct MethodEntry {
    pub name: String,
    /// The signature without receiver.
    pub sig: TypeId,
    pub func: FuncId,
    /// `func` dereferences the receiver pointer (a value method, or one
    /// promoted through an embedded field): a nil receiver panics.
    pub derefs: bool,
}

pub struct Global {
    pub name: String,
    pub ty: TypeId,
}

#[derive(Clone)]
pub struct Func {
    /// The name as gc prints it in `-m` lines and panics: `main.f`, `main.(*T).M`.
    pub name: String,
    /// Where it comes from; declared functions are ordered by `pos`.
    pub origin: FuncOrigin,
    /// Where gc places it: the declaration's name, a method's `(` before
    /// its receiver, a function literal's `func` keyword.
    pub pos: Pos,
    /// The symbol in the object file.
    pub symbol: String,
    /// For a function literal: the variables it captures. Its code then takes
    /// the closure object as a hidden first parameter.
    pub closure: Option<Vec<Capture>>,
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    /// The wrapper of a `defer` statement (gc's `deferwrapN`): the function
    /// it calls is the deferred function, the one `recover` may be called
    /// from directly.
    pub defer_wrapper: bool,
    /// Marked `//go:noinline`: never inlined.
    pub noinline: bool,
    /// The last parameter is `...T` (a slice).
    pub variadic: bool,
    /// The names of labeled statements (gc prints them).
    pub labels: Vec<(LabelId, String)>,
    /// For a function literal: the function whose body makes its closure.
    pub enclosing: Option<FuncId>,
}

impl Func {
    pub fn local(&self, l: LocalId) -> &Local {
        &self.locals[l.index()]
    }

    /// The name as gc's `-m` lines print it: `f`, `T.M`, `(*T).M`,
    /// `f.func1`, `fmt.Println`.
    pub fn m_name(&self) -> &str {
        self.name.strip_prefix("main.").unwrap_or(&self.name)
    }

    /// The wrapper a `go` or `defer` statement calls (gc's `f.gowrap1`,
    /// `f.deferwrap1`): it calls what the statement evaluated.
    pub fn is_go_defer_wrapper(&self) -> bool {
        let last = self.name.rsplit('.').next().unwrap_or("");
        self.origin == FuncOrigin::Literal && (last.starts_with("deferwrap") || last.starts_with("gowrap"))
    }

    /// A declared method (or its wrapper): its receiver is the first
    /// parameter, and gc calls it through a method expression.
    pub fn is_method(&self) -> bool {
        let rest = self.name.split_once('.').map_or("", |(_, r)| r);
        matches!(self.origin, FuncOrigin::Decl | FuncOrigin::Wrapper) && rest.contains('.')
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncOrigin {
    /// A function or method declared in the program.
    Decl,
    /// A function literal.
    Literal,
    /// Made by the compiler: method wrappers, standard-library entry points.
    Wrapper,
    /// The package initialiser.
    Init,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalKind {
    Param,
    Result,
    Var,
    /// A compiler temporary.
    Temp,
    /// In a function literal: a variable of an enclosing function, the
    /// closure's capture with this index.
    Captured(usize),
}

/// A variable a function literal captures from its enclosing function.
#[derive(Clone, Debug)]
pub struct Capture {
    pub ty: TypeId,
    /// The variable in the enclosing function (itself possibly captured).
    /// Whether the closure holds a copy or the variable's address is the
    /// escape analysis' decision (gc's rule).
    pub outer: LocalId,
    /// The first reference to it in the literal.
    pub pos: Pos,
}

#[derive(Clone)]
pub struct Local {
    pub name: String,
    /// The declaring name (`Pos::default()` for temporaries).
    pub pos: Pos,
    pub ty: TypeId,
    pub kind: LocalKind,
    /// `&x` appears somewhere (or the variable is otherwise addressed).
    pub addr_taken: bool,
    /// Declared with an initial value (`x := e`, `var x = e`): the first
    /// assignment after its `Decl` defines it, which gc does not count as
    /// a reassignment when deciding how closures capture it.
    pub init: bool,
}

/// An allocation site.
pub struct Site {
    pub pos: Pos,
    /// The type of the allocated object.
    pub ty: TypeId,
    /// The expression as gc's `-m` prints it (`&Point{...}`, `new(int)`, `x`).
    pub text: String,
    pub func: FuncId,
    /// Made by the compiler where gc prints nothing (the closure of a
    /// deferred call): decided like any site, never reported.
    pub silent: bool,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    /// Declares a local here, zeroed: each execution gets a fresh variable.
    Decl(LocalId),
    Expr(Expr),
    /// All right-hand sides (and operands of the left-hand places) are
    /// evaluated before any assignment; `Blank` places discard.
    Assign(Vec<Expr>, Vec<Expr>),
    /// `a, b = f()`: a call with several results, assigned in order.
    AssignTuple(Vec<Expr>, Expr),
    If {
        cond: Expr,
        then: Vec<Stmt>,
        els: Vec<Stmt>,
    },
    /// Tests `cond` before every iteration; `continue` runs `post`.
    /// `fresh` lists per-iteration loop variables (Go 1.22): each iteration
    /// after the first copies them into new variables before `post`.
    Loop {
        label: LabelId,
        cond: Option<Expr>,
        body: Vec<Stmt>,
        post: Vec<Stmt>,
        fresh: Vec<LocalId>,
    },
    /// Cases are tried in order; `default` (if any) runs when none matches.
    Switch {
        label: LabelId,
        cases: Vec<Case>,
        default: Option<usize>,
    },
    Break(LabelId),
    Continue(LabelId),
    /// Returns the given values, or the result variables when empty.
    Return(Vec<Expr>),
    Block(Vec<Stmt>),
    /// `go`: starts a goroutine running the func value (a closure calling
    /// the `go` statement's call with its operands evaluated now).
    Go(Expr),
    /// `ch <- value`.
    Send {
        ch: Expr,
        value: Expr,
        /// The statement's `<-` (gc's `-m=2` notes show it there).
        pos: Pos,
    },
    /// `select`: the channel operands and values to send of every case
    /// are evaluated in order, then one ready case runs (the default when
    /// none is, else it blocks until one is); `break` leaves it.
    Select {
        label: LabelId,
        cases: Vec<SelectCase>,
    },
    /// `defer`: pushes the func value (a closure calling the deferred call
    /// with its operands evaluated now) on the function's defer list; it
    /// runs when the function returns or a panic passes through it.
    /// `in_loop`: the statement may run more than once per call.
    Defer {
        call: Expr,
        in_loop: bool,
    },
    /// `for range m`: runs `body` once per entry of map `m` (evaluated
    /// once), with the entry copied into the temporaries `key` and `elem`
    /// first; `continue` advances to the next entry.
    RangeMap {
        label: LabelId,
        m: Expr,
        key: Option<LocalId>,
        elem: Option<LocalId>,
        body: Vec<Stmt>,
    },
}

#[derive(Clone, Debug)]
pub struct SelectCase {
    pub comm: SelectComm,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub enum SelectComm {
    Send {
        ch: Expr,
        value: Expr,
    },
    /// The received element and whether it was sent go to the temporaries
    /// `elem` and `ok`; the case's body assigns them to its variables.
    Recv {
        ch: Expr,
        elem: LocalId,
        ok: LocalId,
    },
    Default,
}

#[derive(Clone, Debug)]
pub struct Case {
    /// The case matches if any of these is true (empty for `default`).
    pub conds: Vec<Expr>,
    pub body: Vec<Stmt>,
    /// The body ends in `fallthrough`.
    pub fallthrough: bool,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: TypeId,
    pub pos: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    BitNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    pub fn is_comparison(self) -> bool {
        matches!(self, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrConv {
    /// `[]byte(s)`.
    StringToBytes,
    /// `[]rune(s)`.
    StringToRunes,
    /// `string(b)` of a `[]byte`.
    BytesToString,
    /// `string(r)` of a `[]rune`.
    RunesToString,
    /// `string(r)` of an integer (a rune; invalid ones become U+FFFD).
    RuneToString,
}

/// Functions provided by the runtime library, with Go signatures.
/// A runtime function the standard library's IR functions call, by index
/// into `Program::externs` (its symbol).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExternId(pub u32);

/// The builtins that survive type checking as calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Print,
    Println,
    Panic,
    Recover,
    Close,
}

/// Helpers of the runtime that lowered constructs call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RtFn {
    /// `(s string, i int) (r rune, next int)`: the rune at byte `i` of `s`,
    /// for `range` over strings.
    DecodeRune,
    /// `(i interface)`: panics as a nil dereference if `i` is nil (the
    /// method value of a deferred interface call, evaluated at the defer).
    CheckIfaceNotNil,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Callee {
    Func(FuncId),
    Extern(ExternId),
    Builtin(Builtin),
    Runtime(RtFn),
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A constant of the expression's (typed) type.
    Const(Value),
    /// The zero value of a pointer, slice, map, channel, function or interface type.
    Nil,
    /// The zero value of any type (`T{}` with no elements, zero-initialised results).
    Zero,
    Local(LocalId),
    Global(GlobalId),
    /// A standard-library package variable, defined by the runtime.
    ExternVar(ExternId),
    /// A function as the callee of a call (function values are not in the subset yet).
    FuncRef(Callee),
    /// The blank identifier as an assignment target.
    Blank,
    Unary(UnOp, Box<Expr>),
    /// Operands have the same type, except for shifts (right operand: any integer).
    Binary(BinOp, Box<Expr>, Box<Expr>),
    AndAnd(Box<Expr>, Box<Expr>),
    OrOr(Box<Expr>, Box<Expr>),
    /// A conversion to the expression's type.
    Convert(Box<Expr>),
    /// Results: the expression's type, a tuple for several.
    Call(Callee, Vec<Expr>),
    /// `*p`, with a nil check.
    Deref(Box<Expr>),
    /// `&x` of an addressable expression (a local must be `addr_taken`).
    /// `&x`; `false` when gc's address-of is implicit (a pointer method's
    /// receiver, a sliced array), which `-m` lines do not show.
    AddrOf(Box<Expr>, bool),
    /// A struct field by index.
    Field(Box<Expr>, usize),
    /// Array, slice or string element, with a bounds check.
    Index(Box<Expr>, Box<Expr>),
    /// `len` of a string, slice, map or array (evaluating the operand).
    Len(Box<Expr>),
    /// `cap` of a slice or array.
    Cap(Box<Expr>),
    /// A slice literal: a backing array of `len` elements at `site`, with
    /// (index, value) pairs set and the other elements zero.
    SliceLit {
        site: SiteId,
        len: u64,
        elems: Vec<(u64, Expr)>,
    },
    /// `make([]T, len, cap)`: the backing array at `site`.
    MakeSlice {
        site: SiteId,
        len: Box<Expr>,
        cap: Option<Box<Expr>>,
    },
    /// `x[lo:hi:max]` of a string, a slice, or an array through a pointer.
    SliceOf {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `append(s, elems...)`: a new backing array at `site` if `s` is full.
    Append {
        site: SiteId,
        s: Box<Expr>,
        elems: Vec<Expr>,
    },
    /// `append(s, t...)`; `t` is a slice of the same type, or a string when
    /// `s` is a `[]byte`.
    AppendSlice {
        site: SiteId,
        s: Box<Expr>,
        t: Box<Expr>,
    },
    /// `copy(dst, src)`: the number of elements copied (`src` may be a
    /// string when `dst` is a `[]byte`).
    Copy(Box<Expr>, Box<Expr>),
    /// A conversion between strings and byte or rune slices, whose result
    /// is new memory at `site`.
    StrConv {
        site: SiteId,
        kind: StrConv,
        x: Box<Expr>,
    },
    /// `new(T)`: a zeroed object at `site`.
    New(SiteId),
    /// A struct or array value: (field or element index, value) pairs; the
    /// others are zero.
    Composite(Vec<(u64, Expr)>),
    /// `&T{...}`: the literal stored in a new object at `site`.
    AddrLit(SiteId, Box<Expr>),
    /// String concatenation of the operands into a new string at `site`.
    /// For `s += t` the site's text is empty: gc's escape analysis treats
    /// that as the assignment `s = t`, with no allocation site.
    Concat(SiteId, Vec<Expr>),
    /// Conversion of a non-interface value to the interface type; boxes at `site`.
    ToIface(SiteId, Box<Expr>),
    /// The slice built for a `...` parameter from individual arguments.
    VarArgs(SiteId, Vec<Expr>),
    /// `min`/`max` over operands of one type.
    MinMax(bool, Vec<Expr>),
    /// A top-level function as a value.
    FuncValue(FuncId),
    /// A function literal: its closure object (at `site` when it captures).
    Closure {
        site: SiteId,
        func: FuncId,
    },
    /// A call through a func value.
    CallValue(Box<Expr>, Vec<Expr>),
    /// `<-ch`; with `comma_ok` the tuple (element, bool).
    Recv {
        ch: Box<Expr>,
        comma_ok: bool,
    },
    /// `make(chan T, size)`: channels always live on the heap (gc reports
    /// nothing for them).
    MakeChan(Option<Box<Expr>>),
    /// A method selected for a call (`x.M` as a callee): the call passes
    /// `recv` as the first argument of `func`. Never a value.
    BoundMethod {
        recv: Box<Expr>,
        func: FuncId,
    },
    /// Method `index` of interface value `recv` selected for a call; the
    /// call becomes `CallIface`. Never a value.
    IfaceMethodRef {
        recv: Box<Expr>,
        index: usize,
    },
    /// A method value `x.M`: a closure at `site` holding the receiver
    /// (evaluated now) and calling `func` with it.
    MethodValue {
        site: SiteId,
        recv: Box<Expr>,
        func: FuncId,
    },
    /// A call of method `index` (in the interface's sorted method list)
    /// of an interface value.
    CallIface {
        recv: Box<Expr>,
        index: usize,
        args: Vec<Expr>,
    },
    /// `x.(T)` for the expression's type T; with `comma_ok` the result is
    /// the tuple (T, bool) and a failed assertion gives (zero, false).
    TypeAssert {
        x: Box<Expr>,
        comma_ok: bool,
    },
    /// Whether the dynamic type of interface value `x` is `ty` (or, for an
    /// interface `ty`, implements it): type switch cases.
    TypeIs {
        x: Box<Expr>,
        ty: TypeId,
    },
    /// `m[key]`: the element, or its zero value when absent; with
    /// `comma_ok`, the tuple (element, present). As an assignment target:
    /// the element's slot, created when absent (a nil map panics then).
    MapIndex {
        m: Box<Expr>,
        key: Box<Expr>,
        comma_ok: bool,
    },
    /// `make(map[K]V, hint)`: a new map at `site`. (The runtime allocates
    /// every map, so only the escape analysis reads the site.)
    MakeMap {
        site: SiteId,
        hint: Option<Box<Expr>>,
    },
    /// A map literal: a new map at `site`, entries inserted in order.
    MapLit {
        site: SiteId,
        entries: Vec<(Expr, Expr)>,
    },
    /// `delete(m, key)`.
    MapDelete(Box<Expr>, Box<Expr>),
    /// `clear(x)` of a map (removes every entry) or a slice (zeroes its elements).
    Clear(Box<Expr>),
    /// `f(g())`: evaluates the multi-value `call`, stores its results in
    /// `temps`, then evaluates `body`, which reads them.
    WithResults {
        call: Box<Expr>,
        temps: Vec<LocalId>,
        body: Box<Expr>,
    },
    /// A call of `callee` inlined as gc inlines it (its `InlinedCallExpr`,
    /// made by `inline/`): `body` runs here. It first assigns the arguments
    /// to the callee's parameters, now locals of this function as all the
    /// callee's variables are; each `return` assigns `results` and leaves
    /// with `Break(label)`. The value is `results` (a tuple for several).
    Inlined {
        callee: FuncId,
        label: LabelId,
        body: Vec<Stmt>,
        results: Vec<LocalId>,
    },
}

impl Expr {
    pub fn new(kind: ExprKind, ty: TypeId, pos: Pos) -> Expr {
        Expr { kind, ty, pos }
    }
}

/// `children` and `children_mut`: one match for `&` and `&mut`.
macro_rules! children_fn {
    ($(#[$doc:meta])* $name:ident, [$($m:tt)?], $iter:ident, $as_ref:ident, $as_deref:ident) => {
        $(#[$doc])*
        pub fn $name(e: &$($m)? Expr) -> Vec<&$($m)? Expr> {
            use ExprKind as K;
            match &$($m)? e.kind {
                K::Const(_)
                | K::Nil
                | K::Zero
                | K::Local(_)
                | K::Global(_)
                | K::ExternVar(_)
                | K::FuncRef(_)
                | K::Blank
                | K::New(_)
                | K::FuncValue(_)
                | K::Closure { .. }
                | K::Inlined { .. } => Vec::new(),
                K::Unary(_, x)
                | K::Convert(x)
                | K::Deref(x)
                | K::AddrOf(x, _)
                | K::Field(x, _)
                | K::Len(x)
                | K::Cap(x)
                | K::StrConv { x, .. }
                | K::AddrLit(_, x)
                | K::ToIface(_, x)
                | K::TypeAssert { x, .. }
                | K::TypeIs { x, .. }
                | K::Clear(x)
                | K::Recv { ch: x, .. } => vec![x.$as_ref()],
                K::Binary(_, x, y)
                | K::AndAnd(x, y)
                | K::OrOr(x, y)
                | K::Index(x, y)
                | K::Copy(x, y)
                | K::AppendSlice { s: x, t: y, .. }
                | K::WithResults { call: x, body: y, .. }
                | K::MapIndex { m: x, key: y, .. }
                | K::MapDelete(x, y) => vec![x.$as_ref(), y.$as_ref()],
                K::Call(_, args) | K::Concat(_, args) | K::VarArgs(_, args) | K::MinMax(_, args) => {
                    args.$iter().collect()
                }
                K::SliceLit { elems, .. } | K::Composite(elems) => elems.$iter().map(|(_, v)| v).collect(),
                K::MakeSlice { len, cap, .. } => std::iter::once(len.$as_ref()).chain(cap.$as_deref()).collect(),
                K::SliceOf { x, lo, hi, max } => std::iter::once(x.$as_ref())
                    .chain(lo.$as_deref())
                    .chain(hi.$as_deref())
                    .chain(max.$as_deref())
                    .collect(),
                K::Append { s, elems, .. } => std::iter::once(s.$as_ref()).chain(elems.$iter()).collect(),
                K::CallValue(x, args) | K::CallIface { recv: x, args, .. } => {
                    std::iter::once(x.$as_ref()).chain(args.$iter()).collect()
                }
                K::BoundMethod { recv, .. } | K::IfaceMethodRef { recv, .. } | K::MethodValue { recv, .. } => {
                    vec![recv.$as_ref()]
                }
                K::MakeMap { hint: x, .. } | K::MakeChan(x) => x.$iter().map(|h| h.$as_ref()).collect(),
                K::MapLit { entries, .. } => entries.$iter().flat_map(|(k, v)| [k, v]).collect(),
            }
        }
    };
}

children_fn!(
    /// The expressions directly inside `e`, in evaluation order.
    children, [], iter, as_ref, as_deref
);
children_fn!(
    /// The expressions directly inside `e`, in evaluation order, to change.
    children_mut, [mut], iter_mut, as_mut, as_deref_mut
);

/// Calls `on_expr` for every expression and `on_stmt` for every statement
/// of a body, nested ones included (function literals' bodies excluded).
pub fn visit_stmts(list: &[Stmt], on_expr: &mut dyn FnMut(&Expr), on_stmt: &mut dyn FnMut(&Stmt)) {
    for s in list {
        on_stmt(s);
        match s {
            Stmt::Decl(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::Expr(e) => walk_expr(e, on_expr, on_stmt),
            Stmt::Assign(l, r) => {
                for e in l.iter().chain(r) {
                    walk_expr(e, on_expr, on_stmt);
                }
            }
            Stmt::AssignTuple(l, e) => {
                for x in l {
                    walk_expr(x, on_expr, on_stmt);
                }
                walk_expr(e, on_expr, on_stmt);
            }
            Stmt::If { cond, then, els } => {
                walk_expr(cond, on_expr, on_stmt);
                visit_stmts(then, on_expr, on_stmt);
                visit_stmts(els, on_expr, on_stmt);
            }
            Stmt::Loop { cond, body, post, .. } => {
                if let Some(c) = cond {
                    walk_expr(c, on_expr, on_stmt);
                }
                visit_stmts(body, on_expr, on_stmt);
                visit_stmts(post, on_expr, on_stmt);
            }
            Stmt::Switch { cases, .. } => {
                for c in cases {
                    for e in &c.conds {
                        walk_expr(e, on_expr, on_stmt);
                    }
                    visit_stmts(&c.body, on_expr, on_stmt);
                }
            }
            Stmt::Return(v) => {
                for e in v {
                    walk_expr(e, on_expr, on_stmt);
                }
            }
            Stmt::Block(b) => visit_stmts(b, on_expr, on_stmt),
            Stmt::Defer { call, .. } | Stmt::Go(call) => walk_expr(call, on_expr, on_stmt),
            Stmt::Send { ch, value, .. } => {
                walk_expr(ch, on_expr, on_stmt);
                walk_expr(value, on_expr, on_stmt);
            }
            Stmt::Select { cases, .. } => {
                for c in cases {
                    match &c.comm {
                        SelectComm::Send { ch, value } => {
                            walk_expr(ch, on_expr, on_stmt);
                            walk_expr(value, on_expr, on_stmt);
                        }
                        SelectComm::Recv { ch, .. } => walk_expr(ch, on_expr, on_stmt),
                        SelectComm::Default => {}
                    }
                    visit_stmts(&c.body, on_expr, on_stmt);
                }
            }
            Stmt::RangeMap { m, body, .. } => {
                walk_expr(m, on_expr, on_stmt);
                visit_stmts(body, on_expr, on_stmt);
            }
        }
    }
}

/// Calls `f` for `e` and every expression inside it, also in the
/// statements of inlined calls.
pub fn visit_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    walk_expr(e, f, &mut |_| {});
}

fn walk_expr(e: &Expr, on_expr: &mut dyn FnMut(&Expr), on_stmt: &mut dyn FnMut(&Stmt)) {
    on_expr(e);
    if let ExprKind::Inlined { body, .. } = &e.kind {
        visit_stmts(body, on_expr, on_stmt);
    }
    for c in children(e) {
        walk_expr(c, on_expr, on_stmt);
    }
}

/// A part of a statement: an expression, or a list of statements in it.
pub enum PartMut<'a> {
    Expr(&'a mut Expr),
    Body(&'a mut Vec<Stmt>),
}

/// The expressions and statement lists directly inside `s`, in order, to
/// change.
pub fn parts_mut(s: &mut Stmt) -> Vec<PartMut<'_>> {
    use PartMut::{Body, Expr as E};
    match s {
        Stmt::Decl(_) | Stmt::Break(_) | Stmt::Continue(_) => Vec::new(),
        Stmt::Expr(e) | Stmt::Go(e) | Stmt::Defer { call: e, .. } => vec![E(e)],
        Stmt::Assign(l, r) => l.iter_mut().chain(r.iter_mut()).map(E).collect(),
        Stmt::AssignTuple(l, e) => l.iter_mut().chain(std::iter::once(e)).map(E).collect(),
        Stmt::If { cond, then, els } => vec![E(cond), Body(then), Body(els)],
        Stmt::Loop { cond, body, post, .. } => cond.iter_mut().map(E).chain([Body(body), Body(post)]).collect(),
        Stmt::Switch { cases, .. } => {
            cases.iter_mut().flat_map(|c| c.conds.iter_mut().map(E).chain(std::iter::once(Body(&mut c.body)))).collect()
        }
        Stmt::Return(vals) => vals.iter_mut().map(E).collect(),
        Stmt::Block(list) => vec![Body(list)],
        Stmt::Send { ch, value, .. } => vec![E(ch), E(value)],
        Stmt::Select { cases, .. } => cases
            .iter_mut()
            .flat_map(|c| {
                let comm: Vec<PartMut> = match &mut c.comm {
                    SelectComm::Send { ch, value } => vec![E(ch), E(value)],
                    SelectComm::Recv { ch, .. } => vec![E(ch)],
                    SelectComm::Default => Vec::new(),
                };
                comm.into_iter().chain(std::iter::once(Body(&mut c.body)))
            })
            .collect(),
        Stmt::RangeMap { m, body, .. } => vec![E(m), Body(body)],
    }
}
