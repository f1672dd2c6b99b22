//! The syntax tree, with positions where gc's syntax package puts them:
//! a binary expression at its operator, a call at its `(`, a selector at its
//! `.`, a composite literal at its `{`, an assignment at its `=`/`:=`. Later
//! stages report errors and `-m` lines at these positions.
//!
//! Types are expressions here, as in gc: `[]int{1}`, `T(x)` and `(*T)(p)` mix
//! the two, and only the checker can tell them apart.

use super::token::{LitKind, Op};
use crate::source::Pos;

#[derive(Clone, Debug)]
pub struct Ident {
    pub name: String,
    pub pos: Pos,
}

#[derive(Debug)]
pub struct File {
    pub file: u32,
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
}

#[derive(Debug)]
pub struct Import {
    pub name: Option<Ident>,
    /// The import path, unquoted.
    pub path: String,
    pub pos: Pos,
}

#[derive(Debug)]
pub enum Decl {
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    Func(Box<FuncDecl>),
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    /// Empty when the spec repeats the previous one's expressions.
    pub values: Vec<Expr>,
    /// The spec's index in its group: the value of `iota`.
    pub iota: u64,
    /// True when this spec starts a new group element list (has its own values or type).
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub alias: bool,
    pub typ: Expr,
}

#[derive(Debug)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    /// A method's `(` before its receiver (gc's position of a method).
    pub recv_pos: Option<Pos>,
    pub name: Ident,
    pub typ: FuncType,
    pub body: Option<Block>,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: Option<Ident>,
    pub typ: Expr,
    /// Struct fields only: the tag literal, unquoted.
    pub tag: Option<String>,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub pos: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A syntax error was reported here.
    Bad,
    Name(String),
    BasicLit {
        kind: LitKind,
        text: String,
        bad: bool,
    },
    /// `T{...}`; `typ` is absent for elided types inside another literal.
    CompositeLit {
        typ: Option<Box<Expr>>,
        elems: Vec<Expr>,
        rbrace: Pos,
    },
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    FuncLit {
        typ: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
    },
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    TypeAssert {
        x: Box<Expr>,
        typ: Box<Expr>,
    },
    /// `[bind :=] x.(type)` in a type switch header.
    TypeSwitchGuard {
        bind: Option<Ident>,
        x: Box<Expr>,
    },
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        dots: bool,
        rparen: Pos,
    },
    /// Unary operators, including `&x` and `<-ch`.
    Unary {
        op: Op,
        x: Box<Expr>,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Binary {
        op: Op,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `[N]T`, or `[...]T` when `len` is `None`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    /// `...T` in a parameter list.
    DotsType(Box<Expr>),
    StructType(Vec<Field>),
    FuncType(FuncType),
    InterfaceType(Vec<Field>),
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

impl Expr {
    pub fn new(kind: ExprKind, pos: Pos) -> Expr {
        Expr { kind, pos }
    }

    pub fn bad(pos: Pos) -> Expr {
        Expr { kind: ExprKind::Bad, pos }
    }

    /// Strips parentheses.
    pub fn unparen(&self) -> &Expr {
        match &self.kind {
            ExprKind::Paren(x) => x.unparen(),
            _ => self,
        }
    }

    /// gc's `syntax.StartPos`: the position of the expression's first token.
    pub fn start(&self) -> Pos {
        match &self.kind {
            ExprKind::CompositeLit { typ: Some(t), .. } => t.start(),
            ExprKind::KeyValue { key, .. } => key.start(),
            ExprKind::Selector { x, .. }
            | ExprKind::Index { x, .. }
            | ExprKind::Slice { x, .. }
            | ExprKind::TypeAssert { x, .. }
            | ExprKind::Binary { x, .. } => x.start(),
            ExprKind::TypeSwitchGuard { bind: Some(b), .. } => b.pos,
            ExprKind::TypeSwitchGuard { x, .. } => x.start(),
            ExprKind::Call { fun, .. } => fun.start(),
            _ => self.pos,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Empty(Pos),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Block(Block),
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
        pos: Pos,
    },
    /// `x++` / `x--`, at the operator.
    IncDec {
        x: Expr,
        inc: bool,
        pos: Pos,
    },
    /// `=`, `:=` (`define`) or `op=` (`op`), at the operator.
    Assign {
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
        op: Option<Op>,
        define: bool,
        pos: Pos,
    },
    /// `go call`: `call` is the expression after the keyword.
    Go {
        pos: Pos,
        call: Expr,
    },
    /// `defer call`.
    Defer {
        pos: Pos,
        call: Expr,
    },
    Return {
        results: Vec<Expr>,
        pos: Pos,
    },
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
        pos: Pos,
    },
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
        pos: Pos,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
        pos: Pos,
    },
    /// `for k, v := range x` / `for k, v = range x` / `for range x`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// A third iteration variable: an error.
        extra: Option<Box<Expr>>,
        define: bool,
        x: Expr,
        body: Block,
        pos: Pos,
        range_pos: Pos,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        pos: Pos,
    },
    /// `switch [init;] [bind :=] x.(type)`; case expressions are types or `nil`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Box<Expr>,
        clauses: Vec<CaseClause>,
        pos: Pos,
    },
    Select {
        clauses: Vec<CommClause>,
        pos: Pos,
    },
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Empty for `default`.
    pub exprs: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// The send or receive statement; None for `default`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub pos: Pos,
}

impl Stmt {
    pub fn pos(&self) -> Pos {
        match self {
            Stmt::Empty(p) => *p,
            Stmt::Labeled { label, .. } => label.pos,
            Stmt::Block(b) => b.pos,
            Stmt::Expr(e) => e.pos,
            Stmt::Send { pos, .. }
            | Stmt::IncDec { pos, .. }
            | Stmt::Assign { pos, .. }
            | Stmt::Go { pos, .. }
            | Stmt::Defer { pos, .. }
            | Stmt::Return { pos, .. }
            | Stmt::Branch { pos, .. }
            | Stmt::If { pos, .. }
            | Stmt::For { pos, .. }
            | Stmt::Range { pos, .. }
            | Stmt::Switch { pos, .. }
            | Stmt::TypeSwitch { pos, .. }
            | Stmt::Select { pos, .. } => *pos,
            Stmt::Const(specs) => specs.first().map(|s| s.pos).unwrap_or_default(),
            Stmt::Var(specs) => specs.first().map(|s| s.pos).unwrap_or_default(),
            Stmt::Type(specs) => specs.first().map(|s| s.name.pos).unwrap_or_default(),
        }
    }
}
