//! The parser: tokens to a syntax tree, with gc's syntax errors.
//!
//! Go is LL(1) apart from a few places gc resolves with state, and gc's error
//! messages and recovery are part of what we must match, so the grammar
//! follows gc's `syntax/parser.go` production by production. Each production
//! is a chumsky parser; the mutually recursive ones (expressions, types,
//! statement lists) are `Recursive` parsers, binary expressions are a chumsky
//! `pratt` parser, and gc's error machinery (`want`, `list`, `advance`) is a
//! handful of `custom` combinators. Productions never fail: like gc's, they
//! report an error, skip to a synchronising token and return a `Bad` node.
//!
//! Parser state (chumsky's `State`) carries what gc keeps in its parser:
//! `xnest` (composite literals of bare type names are not allowed in
//! `if`/`for`/`switch` headers unless parenthesised), `fnest` (inside a
//! function body, statement keywords stop error recovery) and the error count.

use chumsky::extra::SimpleState;
use chumsky::input::InputRef;
use chumsky::pratt::{infix, left};
use chumsky::prelude::*;
use chumsky::recursive::Indirect;

use super::ast::*;
use super::branches;
use super::lexer::Spanned;
use super::token::{Keyword, LitKind, Op, Semi, Tok, K};
use super::SyntaxErr;
use crate::source::Pos;

pub struct PState<'a> {
    file: u32,
    /// Renders positions quoted inside messages (`label L already defined at …`).
    fmt_pos: super::branches::PosFormatter<'a>,
    xnest: i32,
    fnest: u32,
    /// Syntax errors reported so far.
    errors: usize,
    /// Where the lexer reported errors: gc's scanner reports them when the
    /// parser reaches them, so they count as "reported so far" from there on.
    lex_errors: Vec<usize>,
    /// Branch-check errors, reported separately because they are not syntax errors.
    branch_errors: Vec<SyntaxErr>,
}

type In<'a> = &'a [Spanned];
type Extra<'a> = extra::Full<SyntaxErr, SimpleState<PState<'a>>, ()>;
type Inp<'a, 'p> = InputRef<'a, 'p, In<'a>, Extra<'a>>;
type Rec<'a, O> = Recursive<Indirect<'a, 'a, In<'a>, O, Extra<'a>>>;

static EOF: Spanned = Spanned { tok: Tok::Eof, start: 0, end: 0 };

/// Parses a file's tokens (which end with [`Tok::Eof`]).
pub fn parse<'a>(
    file: u32,
    tokens: &'a [Spanned],
    lex_errors: Vec<usize>,
    fmt_pos: super::branches::PosFormatter<'a>,
) -> (Option<File>, Vec<SyntaxErr>) {
    let mut state =
        SimpleState(PState { file, fmt_pos, xnest: 0, fnest: 0, errors: 0, lex_errors, branch_errors: Vec::new() });
    let g = Grammar::new();
    let result = g.file.parse_with_state(tokens, &mut state);
    let (out, mut errs) = result.into_output_errors();
    errs.retain(|e| !e.msg.is_empty());
    errs.append(&mut state.0.branch_errors);
    (out.flatten(), errs)
}

// ---------------------------------------------------------------------------
// gc's parser primitives on chumsky's input

fn peek<'a>(inp: &mut Inp<'a, '_>) -> &'a Spanned {
    inp.peek_ref().unwrap_or(&EOF)
}

fn kind(inp: &mut Inp<'_, '_>) -> K {
    peek(inp).tok.kind()
}

fn pos(inp: &mut Inp<'_, '_>) -> Pos {
    let start = peek(inp).start;
    Pos::new(inp.state().file as usize, start)
}

/// Errors reported before the current token, lexical ones included (gc's `p.errcnt`).
fn error_count(inp: &mut Inp<'_, '_>) -> usize {
    let at = peek(inp).start;
    let st = inp.state();
    st.errors + st.lex_errors.iter().filter(|&&o| o <= at).count()
}

/// Whether any error was reported so far (gc's `p.first != nil`).
fn reported(inp: &mut Inp<'_, '_>) -> bool {
    error_count(inp) > 0
}

fn next(inp: &mut Inp<'_, '_>) {
    if kind(inp) != K::Eof {
        inp.skip();
    }
}

fn got(inp: &mut Inp<'_, '_>, k: K) -> bool {
    if kind(inp) == k {
        next(inp);
        true
    } else {
        false
    }
}

/// A plain (non-syntax) error, like gc's `p.error`.
fn error_at(inp: &mut Inp<'_, '_>, at: Pos, msg: String) {
    inp.state().errors += 1;
    inp.emit(SyntaxErr::new(at.offset as usize, msg));
}

/// gc's `syntaxErrorAt`: messages starting with `in `, `at `, `after ` or
/// `expected ` are completed with the token found.
fn syntax_error_at(inp: &mut Inp<'_, '_>, at: Pos, msg: &str) {
    let cur = &peek(inp).tok;
    if *cur == Tok::Eof && reported(inp) {
        return;
    }
    let tail = if msg.is_empty() {
        String::new()
    } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
        format!(" {msg}")
    } else if msg.starts_with("expected ") {
        format!(", {msg}")
    } else {
        error_at(inp, at, format!("syntax error: {msg}"));
        return;
    };
    let found = cur.describe();
    error_at(inp, at, format!("syntax error: unexpected {found}{tail}"));
}

fn syntax_error(inp: &mut Inp<'_, '_>, msg: &str) {
    let at = pos(inp);
    syntax_error_at(inp, at, msg);
}

const STOPSET: [K; 14] = [
    K::Kw(Keyword::Break),
    K::Kw(Keyword::Const),
    K::Kw(Keyword::Continue),
    K::Kw(Keyword::Defer),
    K::Kw(Keyword::Fallthrough),
    K::Kw(Keyword::For),
    K::Kw(Keyword::Go),
    K::Kw(Keyword::Goto),
    K::Kw(Keyword::If),
    K::Kw(Keyword::Return),
    K::Kw(Keyword::Select),
    K::Kw(Keyword::Switch),
    K::Kw(Keyword::Type),
    K::Kw(Keyword::Var),
];

/// gc's `advance`: skip to a token of the follow list (or, in a function
/// body, a statement keyword); with an empty list skip exactly one token.
fn advance(inp: &mut Inp<'_, '_>, follow: &[K]) {
    if follow.is_empty() {
        next(inp);
        return;
    }
    let in_func = inp.state().fnest > 0;
    loop {
        let k = kind(inp);
        if k == K::Eof || follow.contains(&k) || in_func && STOPSET.contains(&k) {
            return;
        }
        next(inp);
    }
}

fn want(inp: &mut Inp<'_, '_>, k: K) {
    if !got(inp, k) {
        syntax_error(inp, &format!("expected {}", k.tokstring()));
        advance(inp, &[]);
    }
}

/// gc's `list`: `[ f { sep f } [sep] ] close`; returns the position of `close`.
fn list<'a>(
    inp: &mut Inp<'a, '_>,
    context: &str,
    sep: K,
    close: K,
    mut f: impl FnMut(&mut Inp<'a, '_>) -> bool,
) -> Pos {
    let mut done = false;
    while kind(inp) != K::Eof && kind(inp) != close && !done {
        done = f(inp);
        if !got(inp, sep) && kind(inp) != close {
            let msg = format!("in {context}; possibly missing {} or {}", sep.tokstring(), close.tokstring());
            syntax_error(inp, &msg);
            advance(inp, &[K::RParen, K::RBrack, K::RBrace]);
            if kind(inp) != close {
                return pos(inp);
            }
        }
    }
    let at = pos(inp);
    want(inp, close);
    at
}

fn name(inp: &mut Inp<'_, '_>) -> Ident {
    let at = pos(inp);
    if let Tok::Name(n) = &peek(inp).tok {
        let n = n.clone();
        next(inp);
        return Ident { name: n, pos: at };
    }
    syntax_error(inp, "expected name");
    advance(inp, &[]);
    Ident { name: "_".into(), pos: at }
}

fn name_list(inp: &mut Inp<'_, '_>, first: Ident) -> Vec<Ident> {
    let mut l = vec![first];
    while got(inp, K::Comma) {
        l.push(name(inp));
    }
    l
}

fn literal(inp: &mut Inp<'_, '_>) -> Option<Expr> {
    let at = pos(inp);
    if let Tok::Lit { kind, text, bad } = &peek(inp).tok {
        let e = Expr::new(ExprKind::BasicLit { kind: *kind, text: text.clone(), bad: *bad }, at);
        next(inp);
        return Some(e);
    }
    None
}

fn bad_expr(inp: &mut Inp<'_, '_>) -> Expr {
    let at = pos(inp);
    Expr::bad(at)
}

/// Runs `f` with `xnest` changed by `delta`, restoring it afterwards.
fn with_xnest<'a, T>(inp: &mut Inp<'a, '_>, set: Option<i32>, delta: i32, f: impl FnOnce(&mut Inp<'a, '_>) -> T) -> T {
    let outer = inp.state().xnest;
    inp.state().xnest = set.unwrap_or(outer + delta);
    let r = f(inp);
    inp.state().xnest = outer;
    r
}

/// The parsers of the recursive nonterminals. Every other production is a
/// function over chumsky's input that calls into these.
struct Grammar<'a> {
    file: Boxed<'a, 'a, In<'a>, Option<File>, Extra<'a>>,
}

/// The recursive nonterminals, shared by the productions below.
#[derive(Clone)]
struct Nt<'a> {
    expr: Rec<'a, Expr>,
    type_or_nil: Rec<'a, Option<Expr>>,
    stmt_list: Rec<'a, Vec<Stmt>>,
}

impl<'a> Nt<'a> {
    fn expr(&self, inp: &mut Inp<'a, '_>) -> Expr {
        inp.parse(&self.expr).unwrap_or_else(|_| bad_expr(inp))
    }

    fn type_or_nil(&self, inp: &mut Inp<'a, '_>) -> Option<Expr> {
        inp.parse(&self.type_or_nil).unwrap_or(None)
    }

    fn stmt_list(&self, inp: &mut Inp<'a, '_>) -> Vec<Stmt> {
        inp.parse(&self.stmt_list).unwrap_or_default()
    }

    /// gc's `type_`: a type, or an error.
    fn type_(&self, inp: &mut Inp<'a, '_>) -> Expr {
        match self.type_or_nil(inp) {
            Some(t) => t,
            None => {
                let b = bad_expr(inp);
                syntax_error(inp, "expected type");
                advance(inp, &[K::Comma, K::Colon, K::Semi, K::RParen, K::RBrack, K::RBrace]);
                b
            }
        }
    }

    fn expr_list(&self, inp: &mut Inp<'a, '_>) -> Vec<Expr> {
        let mut l = vec![self.expr(inp)];
        while got(inp, K::Comma) {
            l.push(self.expr(inp));
        }
        l
    }
}

impl<'a> Grammar<'a> {
    fn new() -> Grammar<'a> {
        let mut nt =
            Nt { expr: Recursive::declare(), type_or_nil: Recursive::declare(), stmt_list: Recursive::declare() };

        // Expression = UnaryExpr | Expression binary_op Expression .
        let unary = {
            let nt = nt.clone();
            custom(move |inp: &mut Inp<'a, '_>| Ok(unary_expr(&nt, inp)))
        };
        let binop = |ops: &'static [Op]| {
            any_ref().try_map_with(move |s: &Spanned, e: &mut chumsky::input::MapExtra<'a, '_, In<'a>, Extra<'a>>| {
                let op = match s.tok {
                    Tok::Op(op) if ops.contains(&op) => op,
                    Tok::Star if ops.contains(&Op::Mul) => Op::Mul,
                    _ => return Err(SyntaxErr::new(s.start, String::new())),
                };
                Ok((op, Pos::new(e.state().file as usize, s.start)))
            })
        };
        nt.expr.define(unary.pratt((
            infix(left(1), binop(&[Op::OrOr]), fold_binary),
            infix(left(2), binop(&[Op::AndAnd]), fold_binary),
            infix(left(3), binop(&[Op::Eql, Op::Neq, Op::Lss, Op::Leq, Op::Gtr, Op::Geq]), fold_binary),
            infix(left(4), binop(&[Op::Add, Op::Sub, Op::Or, Op::Xor]), fold_binary),
            infix(left(5), binop(&[Op::Mul, Op::Div, Op::Rem, Op::And, Op::AndNot, Op::Shl, Op::Shr]), fold_binary),
        )));

        let n = nt.clone();
        nt.type_or_nil.define(custom(move |inp: &mut Inp<'a, '_>| Ok(type_or_nil(&n, inp))));
        let n = nt.clone();
        nt.stmt_list.define(custom(move |inp: &mut Inp<'a, '_>| Ok(stmt_list(&n, inp))));

        // gc stops at the first error in the package clause; whatever follows is ignored.
        let file =
            custom(move |inp: &mut Inp<'a, '_>| Ok(file_or_nil(&nt, inp))).then_ignore(any_ref().repeated()).boxed();
        Grammar { file }
    }
}

fn fold_binary<'a>(
    x: Expr,
    (op, at): (Op, Pos),
    y: Expr,
    _: &mut chumsky::input::MapExtra<'a, '_, In<'a>, Extra<'a>>,
) -> Expr {
    Expr::new(ExprKind::Binary { op, x: Box::new(x), y: Box::new(y) }, at)
}

// ---------------------------------------------------------------------------
// Files and declarations

fn file_or_nil<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Option<File> {
    let file = inp.state().file;
    if !got(inp, K::Kw(Keyword::Package)) {
        syntax_error(inp, "package statement must be first");
        return None;
    }
    let package = name(inp);
    want(inp, K::Semi);
    if reported(inp) {
        return None;
    }
    let mut f = File { file, package, imports: Vec::new(), decls: Vec::new() };
    let mut prev = K::Kw(Keyword::Import);
    while kind(inp) != K::Eof {
        let k = kind(inp);
        if k == K::Kw(Keyword::Import) && prev != K::Kw(Keyword::Import) {
            syntax_error(inp, "imports must appear before other declarations");
        }
        prev = k;
        match k {
            K::Kw(Keyword::Import) => {
                next(inp);
                let imports = append_group(inp, |inp, _| import_decl(inp));
                f.imports.extend(imports.into_iter().flatten());
            }
            K::Kw(Keyword::Const) => {
                next(inp);
                f.decls.push(Decl::Const(append_group(inp, |inp, i| const_decl(nt, inp, i))));
            }
            K::Kw(Keyword::Type) => {
                next(inp);
                f.decls.push(Decl::Type(append_group(inp, |inp, _| type_decl(nt, inp))));
            }
            K::Kw(Keyword::Var) => {
                next(inp);
                f.decls.push(Decl::Var(append_group(inp, |inp, _| var_decl(nt, inp))));
            }
            K::Kw(Keyword::Func) => {
                next(inp);
                if let Some(d) = func_decl(nt, inp) {
                    f.decls.push(Decl::Func(Box::new(d)));
                }
            }
            _ => {
                let empty_func = matches!(f.decls.last(), Some(Decl::Func(d)) if d.body.is_none());
                if k == K::LBrace && empty_func {
                    syntax_error(inp, "unexpected semicolon or newline before {");
                } else {
                    syntax_error(inp, "non-declaration statement outside function body");
                }
                advance(
                    inp,
                    &[
                        K::Kw(Keyword::Import),
                        K::Kw(Keyword::Const),
                        K::Kw(Keyword::Type),
                        K::Kw(Keyword::Var),
                        K::Kw(Keyword::Func),
                    ],
                );
                continue;
            }
        }
        if kind(inp) != K::Eof && !got(inp, K::Semi) {
            syntax_error(inp, "after top level declaration");
            advance(
                inp,
                &[
                    K::Kw(Keyword::Import),
                    K::Kw(Keyword::Const),
                    K::Kw(Keyword::Type),
                    K::Kw(Keyword::Var),
                    K::Kw(Keyword::Func),
                ],
            );
        }
    }
    Some(f)
}

/// gc's `appendGroup`: `f | "(" { f ";" } ")"`. `f` gets the spec's index in the group.
fn append_group<'a, T>(inp: &mut Inp<'a, '_>, mut f: impl FnMut(&mut Inp<'a, '_>, u64) -> T) -> Vec<T> {
    let mut out = Vec::new();
    if got(inp, K::LParen) {
        let mut i = 0;
        list(inp, "grouped declaration", K::Semi, K::RParen, |inp| {
            out.push(f(inp, i));
            i += 1;
            false
        });
    } else {
        out.push(f(inp, 0));
    }
    out
}

fn import_decl(inp: &mut Inp<'_, '_>) -> Option<Import> {
    let at = pos(inp);
    let local = match kind(inp) {
        K::Name => Some(name(inp)),
        K::Dot => {
            let p = pos(inp);
            next(inp);
            Some(Ident { name: ".".into(), pos: p })
        }
        _ => None,
    };
    let Some(lit) = literal(inp) else {
        syntax_error(inp, "missing import path");
        advance(inp, &[K::Semi, K::RParen]);
        return None;
    };
    let ExprKind::BasicLit { kind, text, bad } = lit.kind else {
        return None;
    };
    if kind != LitKind::String {
        if !bad {
            syntax_error_at(inp, lit.pos, "import path must be a string");
        }
        return None;
    }
    let path = text.trim_matches(|c| c == '"' || c == '`').to_string();
    Some(Import { name: local, path, pos: at })
}

fn const_decl<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, iota: u64) -> ConstSpec {
    let at = pos(inp);
    let first = name(inp);
    let names = name_list(inp, first);
    let mut typ = None;
    let mut values = Vec::new();
    if !matches!(kind(inp), K::Eof | K::Semi | K::RParen) {
        typ = nt.type_or_nil(inp);
        if got_assign(inp) {
            values = nt.expr_list(inp);
        }
    }
    ConstSpec { names, typ, values, iota, pos: at }
}

fn got_assign(inp: &mut Inp<'_, '_>) -> bool {
    match kind(inp) {
        K::Define => {
            syntax_error(inp, "expected =");
            next(inp);
            true
        }
        K::Assign => {
            next(inp);
            true
        }
        _ => false,
    }
}

fn type_decl<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> TypeSpec {
    let n = name(inp);
    if kind(inp) == K::LBrack {
        // Array or slice type (type parameters are outside the subset and
        // rejected by the checker when they parse as such).
        let at = pos(inp);
        next(inp);
        let typ = if got(inp, K::RBrack) {
            let elem = nt.type_(inp);
            Expr::new(ExprKind::SliceType(Box::new(elem)), at)
        } else {
            array_type(nt, inp, at, None)
        };
        return TypeSpec { name: n, alias: false, typ };
    }
    let alias = got_assign(inp);
    let typ = match nt.type_or_nil(inp) {
        Some(t) => t,
        None => {
            let b = bad_expr(inp);
            syntax_error(inp, "in type declaration");
            advance(inp, &[K::Semi, K::RParen]);
            b
        }
    };
    TypeSpec { name: n, alias, typ }
}

fn var_decl<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> VarSpec {
    let at = pos(inp);
    let first = name(inp);
    let names = name_list(inp, first);
    let mut typ = None;
    let mut values = Vec::new();
    if got_assign(inp) {
        values = nt.expr_list(inp);
    } else {
        typ = Some(nt.type_(inp));
        if got_assign(inp) {
            values = nt.expr_list(inp);
        }
    }
    VarSpec { names, typ, values, pos: at }
}

fn func_decl<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Option<FuncDecl> {
    let mut recv = None;
    let mut has_recv = false;
    let recv_pos = (kind(inp) == K::LParen).then(|| pos(inp));
    if got(inp, K::LParen) {
        has_recv = true;
        let rcvr = param_list(nt, inp, K::RParen);
        match rcvr.len() {
            0 => {
                let at = pos(inp);
                error_at(inp, at, "method has no receiver".into());
            }
            1 => recv = rcvr.into_iter().next(),
            _ => {
                let at = pos(inp);
                error_at(inp, at, "method has multiple receivers".into());
                recv = rcvr.into_iter().next();
            }
        }
    }
    let (fname, typ) = if kind(inp) == K::Name {
        let n = name(inp);
        let t = func_type(nt, inp);
        (n, t)
    } else {
        let p = pos(inp);
        let msg = if has_recv { "expected name" } else { "expected name or (" };
        syntax_error(inp, msg);
        advance(inp, &[K::LBrace, K::Semi]);
        (Ident { name: "_".into(), pos: p }, FuncType { params: vec![], results: vec![] })
    };
    let body = if kind(inp) == K::LBrace { Some(func_body(nt, inp)) } else { None };
    Some(FuncDecl { recv, recv_pos, name: fname, typ, body })
}

fn func_body<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Block {
    inp.state().fnest += 1;
    let errs_before = error_count(inp);
    let body = with_xnest(inp, Some(0), 0, |inp| block_stmt(nt, inp, ""));
    inp.state().fnest -= 1;
    if error_count(inp) == errs_before {
        let fmt = inp.state().fmt_pos;
        for (p, msg) in branches::check(&body, fmt) {
            inp.state().errors += 1;
            inp.state().branch_errors.push(SyntaxErr::new(p.offset as usize, msg));
        }
    }
    body
}

// ---------------------------------------------------------------------------
// Expressions

fn unary_expr<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Expr {
    let at = pos(inp);
    match peek(inp).tok {
        Tok::Star => {
            next(inp);
            let x = unary_expr(nt, inp);
            return Expr::new(ExprKind::Star(Box::new(x)), at);
        }
        Tok::Op(op @ (Op::Add | Op::Sub | Op::Not | Op::Xor | Op::Tilde)) => {
            next(inp);
            let x = unary_expr(nt, inp);
            return Expr::new(ExprKind::Unary { op, x: Box::new(x) }, at);
        }
        Tok::Op(Op::And) => {
            next(inp);
            // A parenthesised composite literal loses its parentheses here.
            let x = unary_expr(nt, inp);
            let x = match x.kind {
                ExprKind::Paren(_) => x.unparen().clone(),
                _ => x,
            };
            return Expr::new(ExprKind::Unary { op: Op::And, x: Box::new(x) }, at);
        }
        Tok::Arrow => {
            next(inp);
            let x = unary_expr(nt, inp);
            if let ExprKind::ChanType { .. } = x.kind {
                // `<-chan T`: re-associate the arrow with the channel type.
                return reassociate_recv_chan(inp, x, at);
            }
            return Expr::new(ExprKind::Unary { op: Op::Recv, x: Box::new(x) }, at);
        }
        _ => {}
    }
    pexpr(nt, inp, None, true)
}

fn reassociate_recv_chan(inp: &mut Inp<'_, '_>, mut x: Expr, at: Pos) -> Expr {
    fn walk(inp: &mut Inp<'_, '_>, t: &mut Expr) {
        if let ExprKind::ChanType { dir, elem } = &mut t.kind {
            match *dir {
                ChanDir::Recv => {
                    syntax_error(inp, "unexpected <-, expected chan");
                }
                ChanDir::Send => {
                    *dir = ChanDir::Recv;
                    walk(inp, elem);
                    return;
                }
                ChanDir::Both => {}
            }
            *dir = ChanDir::Recv;
        }
    }
    if let ExprKind::ChanType { dir, elem } = &mut x.kind {
        let was = *dir;
        *dir = ChanDir::Recv;
        if was == ChanDir::Send {
            if let ExprKind::ChanType { .. } = elem.kind {
                walk(inp, elem);
            } else {
                syntax_error(inp, "unexpected <-, expected chan");
            }
        } else if was == ChanDir::Recv {
            syntax_error(inp, "unexpected <-, expected chan");
        }
    }
    x.pos = at;
    x
}

fn operand<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, keep_parens: bool) -> Expr {
    let at = pos(inp);
    match kind(inp) {
        K::Name => {
            let n = name(inp);
            Expr::new(ExprKind::Name(n.name), n.pos)
        }
        K::Literal => literal(inp).unwrap_or_else(|| Expr::bad(at)),
        K::LParen => {
            next(inp);
            let x = with_xnest(inp, None, 1, |inp| nt.expr(inp));
            want(inp, K::RParen);
            if keep_parens || kind(inp) == K::LBrace {
                Expr::new(ExprKind::Paren(Box::new(x)), at)
            } else {
                x
            }
        }
        K::Kw(Keyword::Func) => {
            next(inp);
            // gc positions a function type at its `(`, a literal at `func`.
            let lparen = pos(inp);
            let typ = func_type(nt, inp);
            if kind(inp) == K::LBrace {
                let body = with_xnest(inp, None, 1, |inp| func_body(nt, inp));
                Expr::new(ExprKind::FuncLit { typ, body }, at)
            } else {
                Expr::new(ExprKind::FuncType(typ), lparen)
            }
        }
        K::LBrack | K::Kw(Keyword::Chan) | K::Kw(Keyword::Map) | K::Kw(Keyword::Struct) | K::Kw(Keyword::Interface) => {
            nt.type_(inp)
        }
        _ => {
            let b = Expr::bad(at);
            syntax_error(inp, "expected expression");
            advance(inp, &[K::RParen, K::RBrack, K::RBrace]);
            b
        }
    }
}

/// Whether `x` must be a value, never a type (gc's `isValue`).
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit { .. }
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Call { .. } => true,
        ExprKind::Unary { .. } | ExprKind::Binary { .. } => true,
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index { x, index } => is_value(x) || is_value(index),
        _ => false,
    }
}

fn pexpr<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, x: Option<Expr>, keep_parens: bool) -> Expr {
    let mut x = match x {
        Some(x) => x,
        None => operand(nt, inp, keep_parens),
    };
    loop {
        let at = pos(inp);
        match kind(inp) {
            K::Dot => {
                next(inp);
                match kind(inp) {
                    K::Name => {
                        let sel = name(inp);
                        x = Expr::new(ExprKind::Selector { x: Box::new(x), sel }, at);
                    }
                    K::LParen => {
                        next(inp);
                        if got(inp, K::Kw(Keyword::Type)) {
                            x = Expr::new(ExprKind::TypeSwitchGuard { bind: None, x: Box::new(x) }, at);
                        } else {
                            let t = nt.type_(inp);
                            x = Expr::new(ExprKind::TypeAssert { x: Box::new(x), typ: Box::new(t) }, at);
                        }
                        want(inp, K::RParen);
                    }
                    _ => {
                        syntax_error(inp, "expected name or (");
                        advance(inp, &[K::Semi, K::RParen]);
                    }
                }
            }
            K::LBrack => {
                next(inp);
                let mut i = None;
                if kind(inp) != K::Colon {
                    let idx = if kind(inp) == K::RBrack {
                        syntax_error(inp, "expected operand");
                        bad_expr(inp)
                    } else {
                        let (e, comma) = with_xnest(inp, None, 1, |inp| {
                            let e = nt.expr(inp);
                            (e, got(inp, K::Comma))
                        });
                        if comma {
                            // Type argument lists are outside the subset; keep the first.
                            while kind(inp) != K::RBrack && kind(inp) != K::Eof {
                                if nt.type_or_nil(inp).is_none() || !got(inp, K::Comma) {
                                    break;
                                }
                            }
                        }
                        if comma || kind(inp) == K::RBrack {
                            want(inp, K::RBrack);
                            x = Expr::new(ExprKind::Index { x: Box::new(x), index: Box::new(e) }, at);
                            continue;
                        }
                        e
                    };
                    if kind(inp) == K::RBrack {
                        want(inp, K::RBrack);
                        x = Expr::new(ExprKind::Index { x: Box::new(x), index: Box::new(idx) }, at);
                        continue;
                    }
                    i = Some(idx);
                }
                if !got(inp, K::Colon) {
                    syntax_error(inp, "expected comma, : or ]");
                    advance(inp, &[K::Comma, K::Colon, K::RBrack]);
                }
                let (hi, max) = with_xnest(inp, None, 1, |inp| {
                    let mut hi = None;
                    let mut max = None;
                    if kind(inp) != K::Colon && kind(inp) != K::RBrack {
                        hi = Some(Box::new(nt.expr(inp)));
                    }
                    if kind(inp) == K::Colon {
                        if hi.is_none() {
                            let p = pos(inp);
                            error_at(inp, p, "middle index required in 3-index slice".into());
                            hi = Some(Box::new(Expr::bad(p)));
                        }
                        next(inp);
                        if kind(inp) != K::RBrack {
                            max = Some(Box::new(nt.expr(inp)));
                        } else {
                            let p = pos(inp);
                            error_at(inp, p, "final index required in 3-index slice".into());
                            max = Some(Box::new(Expr::bad(p)));
                        }
                    }
                    (hi, max)
                });
                want(inp, K::RBrack);
                x = Expr::new(ExprKind::Slice { x: Box::new(x), lo: i.map(Box::new), hi, max }, at);
            }
            K::LParen => {
                next(inp);
                let (args, dots, rparen) = arg_list(nt, inp);
                x = Expr::new(ExprKind::Call { fun: Box::new(x), args, dots, rparen }, at);
            }
            K::LBrace => {
                let t = x.unparen();
                let xnest = inp.state().xnest;
                let complit_ok = match &t.kind {
                    ExprKind::Name(_) | ExprKind::Selector { .. } => xnest >= 0,
                    ExprKind::Index { .. } => xnest >= 0 && !is_value(t),
                    ExprKind::ArrayType { .. }
                    | ExprKind::SliceType(_)
                    | ExprKind::StructType(_)
                    | ExprKind::MapType { .. } => true,
                    _ => false,
                };
                if !complit_ok {
                    break;
                }
                if matches!(x.kind, ExprKind::Paren(_)) {
                    syntax_error(inp, "cannot parenthesize type in composite literal");
                }
                let (elems, rbrace, lbrace) = complit_body(nt, inp);
                x = Expr::new(ExprKind::CompositeLit { typ: Some(Box::new(x)), elems, rbrace }, lbrace);
            }
            _ => break,
        }
    }
    x
}

/// `{ elements }` of a composite literal: (elements, `}` position, `{` position).
fn complit_body<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> (Vec<Expr>, Pos, Pos) {
    let lbrace = pos(inp);
    with_xnest(inp, None, 1, |inp| {
        want(inp, K::LBrace);
        let mut elems = Vec::new();
        let rbrace = list(inp, "composite literal", K::Comma, K::RBrace, |inp| {
            let e = bare_complit_expr(nt, inp);
            if kind(inp) == K::Colon {
                let at = pos(inp);
                next(inp);
                let v = bare_complit_expr(nt, inp);
                elems.push(Expr::new(ExprKind::KeyValue { key: Box::new(e), value: Box::new(v) }, at));
            } else {
                elems.push(e);
            }
            false
        });
        (elems, rbrace, lbrace)
    })
}

fn bare_complit_expr<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Expr {
    if kind(inp) == K::LBrace {
        let (elems, rbrace, lbrace) = complit_body(nt, inp);
        return Expr::new(ExprKind::CompositeLit { typ: None, elems, rbrace }, lbrace);
    }
    nt.expr(inp)
}

fn arg_list<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> (Vec<Expr>, bool, Pos) {
    with_xnest(inp, None, 1, |inp| {
        let mut args = Vec::new();
        let mut dots = false;
        let rparen = list(inp, "argument list", K::Comma, K::RParen, |inp| {
            args.push(nt.expr(inp));
            dots = got(inp, K::DotDotDot);
            dots
        });
        (args, dots, rparen)
    })
}

// ---------------------------------------------------------------------------
// Types

fn type_or_nil<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Option<Expr> {
    let at = pos(inp);
    match kind(inp) {
        K::Star => {
            next(inp);
            let t = nt.type_(inp);
            Some(Expr::new(ExprKind::Star(Box::new(t)), at))
        }
        K::Arrow => {
            next(inp);
            want(inp, K::Kw(Keyword::Chan));
            let elem = chan_elem(nt, inp);
            Some(Expr::new(ExprKind::ChanType { dir: ChanDir::Recv, elem: Box::new(elem) }, at))
        }
        K::Kw(Keyword::Func) => {
            next(inp);
            // gc positions a function type at its `(`.
            let lparen = pos(inp);
            let t = func_type(nt, inp);
            Some(Expr::new(ExprKind::FuncType(t), lparen))
        }
        K::LBrack => {
            next(inp);
            if got(inp, K::RBrack) {
                let elem = nt.type_(inp);
                return Some(Expr::new(ExprKind::SliceType(Box::new(elem)), at));
            }
            Some(array_type(nt, inp, at, None))
        }
        K::Kw(Keyword::Chan) => {
            next(inp);
            let mut dir = ChanDir::Both;
            if got(inp, K::Arrow) {
                dir = ChanDir::Send;
            }
            let elem = chan_elem(nt, inp);
            Some(Expr::new(ExprKind::ChanType { dir, elem: Box::new(elem) }, at))
        }
        K::Kw(Keyword::Map) => {
            next(inp);
            want(inp, K::LBrack);
            let key = nt.type_(inp);
            want(inp, K::RBrack);
            let value = nt.type_(inp);
            Some(Expr::new(ExprKind::MapType { key: Box::new(key), value: Box::new(value) }, at))
        }
        K::Kw(Keyword::Struct) => Some(struct_type(nt, inp)),
        K::Kw(Keyword::Interface) => Some(interface_type(nt, inp)),
        K::Name => {
            let n = name(inp);
            Some(qualified_name(inp, n))
        }
        K::LParen => {
            next(inp);
            let t = nt.type_(inp);
            want(inp, K::RParen);
            Some(Expr::new(ExprKind::Paren(Box::new(t)), at))
        }
        _ => None,
    }
}

fn qualified_name(inp: &mut Inp<'_, '_>, n: Ident) -> Expr {
    let mut x = Expr::new(ExprKind::Name(n.name), n.pos);
    if kind(inp) == K::Dot {
        let at = pos(inp);
        next(inp);
        let sel = name(inp);
        x = Expr::new(ExprKind::Selector { x: Box::new(x), sel }, at);
    }
    x
}

/// `[` was consumed; `[...]T` or `[N]T`.
fn array_type<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, at: Pos, len: Option<Expr>) -> Expr {
    let len = match len {
        Some(l) => Some(Box::new(l)),
        None if got(inp, K::DotDotDot) => None,
        None => Some(Box::new(with_xnest(inp, None, 1, |inp| nt.expr(inp)))),
    };
    if kind(inp) == K::Comma {
        // x [P, Q] T: type parameters are outside the subset; gc reports it here.
        syntax_error(inp, "unexpected comma; expected ]");
    }
    want(inp, K::RBrack);
    let elem = nt.type_(inp);
    Expr::new(ExprKind::ArrayType { len, elem: Box::new(elem) }, at)
}

fn chan_elem<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Expr {
    match nt.type_or_nil(inp) {
        Some(t) => t,
        None => {
            let b = bad_expr(inp);
            syntax_error(inp, "missing channel element type");
            b
        }
    }
}

fn struct_type<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Expr {
    let at = pos(inp);
    want(inp, K::Kw(Keyword::Struct));
    want(inp, K::LBrace);
    let mut fields = Vec::new();
    list(inp, "struct type", K::Semi, K::RBrace, |inp| {
        field_decl(nt, inp, &mut fields);
        false
    });
    Expr::new(ExprKind::StructType(fields), at)
}

fn tag(inp: &mut Inp<'_, '_>) -> Option<String> {
    literal(inp).and_then(|l| match l.kind {
        ExprKind::BasicLit { text, .. } => Some(text),
        _ => None,
    })
}

fn field_decl<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, fields: &mut Vec<Field>) {
    let at = pos(inp);
    match kind(inp) {
        K::Name => {
            let n = name(inp);
            if matches!(kind(inp), K::Dot | K::Literal | K::Semi | K::RBrace) {
                let typ = qualified_name(inp, n);
                let tag = tag(inp);
                fields.push(Field { name: None, typ, tag });
                return;
            }
            let names = name_list(inp, n);
            let typ = nt.type_(inp);
            let tag = tag(inp);
            for n in names {
                fields.push(Field { name: Some(n), typ: typ.clone(), tag: tag.clone() });
            }
        }
        K::Star => {
            next(inp);
            let typ = if kind(inp) == K::LParen {
                syntax_error(inp, "cannot parenthesize embedded type");
                next(inp);
                let n = name(inp);
                let t = qualified_name(inp, n);
                got(inp, K::RParen);
                t
            } else {
                let n = name(inp);
                qualified_name(inp, n)
            };
            let tag = tag(inp);
            fields.push(Field { name: None, typ: Expr::new(ExprKind::Star(Box::new(typ)), at), tag });
        }
        K::LParen => {
            syntax_error(inp, "cannot parenthesize embedded type");
            next(inp);
            let typ = if kind(inp) == K::Star {
                let p = pos(inp);
                next(inp);
                let n = name(inp);
                Expr::new(ExprKind::Star(Box::new(qualified_name(inp, n))), p)
            } else {
                let n = name(inp);
                qualified_name(inp, n)
            };
            got(inp, K::RParen);
            let tag = tag(inp);
            fields.push(Field { name: None, typ, tag });
        }
        _ => {
            syntax_error(inp, "expected field name or embedded type");
            advance(inp, &[K::Semi, K::RBrace]);
        }
    }
}

fn interface_type<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Expr {
    let at = pos(inp);
    want(inp, K::Kw(Keyword::Interface));
    want(inp, K::LBrace);
    let mut methods = Vec::new();
    list(inp, "interface type", K::Semi, K::RBrace, |inp| {
        let p = pos(inp);
        if kind(inp) == K::Name {
            let n = name(inp);
            if kind(inp) == K::LParen {
                let ft = func_type(nt, inp);
                methods.push(Field { name: Some(n), typ: Expr::new(ExprKind::FuncType(ft), p), tag: None });
            } else {
                let typ = qualified_name(inp, n);
                methods.push(Field { name: None, typ, tag: None });
            }
        } else {
            match nt.type_or_nil(inp) {
                Some(t) => methods.push(Field { name: None, typ: t, tag: None }),
                None => {
                    syntax_error(inp, "expected ~ term or type");
                    advance(inp, &[K::Operator, K::Semi, K::RParen, K::RBrack, K::RBrace]);
                }
            }
        }
        false
    });
    Expr::new(ExprKind::InterfaceType(methods), at)
}

/// `Signature`; the `func` keyword (and name) were consumed.
fn func_type<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> FuncType {
    let mut params = Vec::new();
    if kind(inp) == K::LBrack {
        // Type parameters: outside the subset. Parse and drop them so that the
        // checker can name the feature.
        let p = pos(inp);
        next(inp);
        let _ = param_list(nt, inp, K::RBrack);
        error_at(inp, p, "generic functions are not supported by cranego (type parameters)".into());
    }
    if got(inp, K::LParen) {
        params = param_list(nt, inp, K::RParen);
    } else {
        want(inp, K::LParen);
    }
    let results = func_result(nt, inp);
    FuncType { params, results }
}

fn func_result<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Vec<Field> {
    if got(inp, K::LParen) {
        return param_list(nt, inp, K::RParen);
    }
    match nt.type_or_nil(inp) {
        Some(t) => vec![Field { name: None, typ: t, tag: None }],
        None => Vec::new(),
    }
}

/// One parameter: name, name Type, ...Type, or Type. `None` after an error.
fn param_decl_or_nil<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, close: K) -> Option<(Option<Ident>, Option<Expr>, Pos)> {
    let at = pos(inp);
    let mut pname = None;
    if kind(inp) == K::Name {
        let n = name(inp);
        if kind(inp) == K::Dot {
            return Some((None, Some(qualified_name(inp, n)), at));
        }
        if kind(inp) == K::LBrack {
            // name [N]E, name []E
            let p = pos(inp);
            next(inp);
            let t = if got(inp, K::RBrack) {
                let elem = nt.type_(inp);
                Expr::new(ExprKind::SliceType(Box::new(elem)), p)
            } else {
                array_type(nt, inp, p, None)
            };
            return Some((Some(n), Some(t), at));
        }
        pname = Some(n);
    }
    if kind(inp) == K::DotDotDot {
        let p = pos(inp);
        next(inp);
        return match nt.type_or_nil(inp) {
            Some(t) => Some((pname, Some(Expr::new(ExprKind::DotsType(Box::new(t)), p)), at)),
            None => {
                let b = bad_expr(inp);
                syntax_error(inp, "... is missing type");
                Some((pname, Some(b), at))
            }
        };
    }
    let typ = nt.type_or_nil(inp);
    if pname.is_some() || typ.is_some() {
        return Some((pname, typ, at));
    }
    syntax_error(inp, &format!("expected {}", close.tokstring()));
    advance(inp, &[K::Comma, close]);
    None
}

/// gc's `paramList`; the opening token was consumed.
fn param_list<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, close: K) -> Vec<Field> {
    let mut list_: Vec<(Option<Ident>, Option<Expr>, Pos)> = Vec::new();
    let mut named = 0;
    let mut typed = 0;
    let end = list(inp, "parameter list", K::Comma, close, |inp| {
        if let Some(p) = param_decl_or_nil(nt, inp, close) {
            if p.0.is_some() && p.1.is_some() {
                named += 1;
            }
            if p.1.is_some() {
                typed += 1;
            }
            list_.push(p);
        }
        false
    });
    if list_.is_empty() {
        return Vec::new();
    }
    let mut fields: Vec<Field> = Vec::new();
    if named == 0 {
        // All unnamed: the names found are type names.
        for (n, t, p) in list_ {
            let typ = match (n, t) {
                (Some(n), None) => Expr::new(ExprKind::Name(n.name), n.pos),
                (_, Some(t)) => t,
                (None, None) => Expr::bad(p),
            };
            fields.push(Field { name: None, typ, tag: None });
        }
    } else if named != list_.len() {
        // Some named: all must be; types distribute from right to left.
        let mut err_pos: Option<Pos> = None;
        let mut typ: Option<Expr> = None;
        let mut out: Vec<Field> = Vec::new();
        for (n, t, p) in list_.into_iter().rev() {
            match t {
                Some(t) => {
                    typ = Some(t.clone());
                    let n = match n {
                        Some(n) => n,
                        None => {
                            err_pos = Some(t.start());
                            Ident { name: "_".into(), pos: t.start() }
                        }
                    };
                    out.push(Field { name: Some(n), typ: t, tag: None });
                }
                None => {
                    let n = n.unwrap_or(Ident { name: "_".into(), pos: p });
                    match &typ {
                        Some(t) => out.push(Field { name: Some(n), typ: t.clone(), tag: None }),
                        None => {
                            err_pos = Some(n.pos);
                            let b = Expr::bad(n.pos);
                            out.push(Field { name: Some(n), typ: b, tag: None });
                        }
                    }
                }
            }
        }
        out.reverse();
        fields = out;
        if let Some(mut e) = err_pos {
            let msg = if named == typed {
                e = end;
                "missing parameter type"
            } else {
                "missing parameter name"
            };
            syntax_error_at(inp, e, msg);
        }
    } else {
        for (n, t, p) in list_ {
            fields.push(Field { name: n, typ: t.unwrap_or_else(|| Expr::bad(p)), tag: None });
        }
    }
    // `...` only on the final parameter.
    let n = fields.len();
    let mut first = true;
    for (i, f) in fields.iter_mut().enumerate() {
        if let ExprKind::DotsType(elem) = &f.typ.kind {
            if i + 1 < n || close != K::RParen {
                if first {
                    first = false;
                    let at = f.typ.pos;
                    error_at(inp, at, "can only use ... with final parameter".into());
                }
                f.typ = (**elem).clone();
            }
        }
    }
    fields
}

// ---------------------------------------------------------------------------
// Statements

fn stmt_list<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Vec<Stmt> {
    let mut l = Vec::new();
    while !matches!(kind(inp), K::Eof | K::RBrace | K::Kw(Keyword::Case) | K::Kw(Keyword::Default)) {
        let Some(s) = stmt_or_nil(nt, inp) else { break };
        l.push(s);
        if !got(inp, K::Semi) && kind(inp) != K::RBrace {
            syntax_error(inp, "at end of statement");
            advance(inp, &[K::Semi, K::RBrace, K::Kw(Keyword::Case), K::Kw(Keyword::Default)]);
            got(inp, K::Semi);
        }
    }
    l
}

fn block_stmt<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, context: &str) -> Block {
    let at = pos(inp);
    if !got(inp, K::LBrace) {
        syntax_error(inp, &format!("expected {{ after {context}"));
        advance(inp, &[K::Name, K::RBrace]);
        let rbrace = pos(inp);
        if got(inp, K::RBrace) {
            return Block { pos: at, stmts: Vec::new(), rbrace };
        }
    }
    let stmts = nt.stmt_list(inp);
    let rbrace = pos(inp);
    want(inp, K::RBrace);
    Block { pos: at, stmts, rbrace }
}

fn stmt_or_nil<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Option<Stmt> {
    let at = pos(inp);
    if kind(inp) == K::Name {
        let lhs = nt.expr_list(inp);
        if lhs.len() == 1 && kind(inp) == K::Colon {
            if let ExprKind::Name(n) = &lhs[0].kind {
                let label = Ident { name: n.clone(), pos: lhs[0].pos };
                return labeled_stmt_or_nil(nt, inp, label);
            }
        }
        return Some(simple_stmt(nt, inp, Some(lhs), None));
    }
    match kind(inp) {
        K::Kw(Keyword::Var) => {
            next(inp);
            return Some(Stmt::Var(append_group(inp, |inp, _| var_decl(nt, inp))));
        }
        K::Kw(Keyword::Const) => {
            next(inp);
            return Some(Stmt::Const(append_group(inp, |inp, i| const_decl(nt, inp, i))));
        }
        K::Kw(Keyword::Type) => {
            next(inp);
            return Some(Stmt::Type(append_group(inp, |inp, _| type_decl(nt, inp))));
        }
        _ => {}
    }
    match peek(inp).tok {
        Tok::LBrace => Some(Stmt::Block(block_stmt(nt, inp, ""))),
        Tok::Op(Op::Add | Op::Sub | Op::And | Op::Xor | Op::Not) | Tok::Star => Some(simple_stmt(nt, inp, None, None)),
        Tok::Lit { .. }
        | Tok::Kw(Keyword::Func)
        | Tok::LParen
        | Tok::LBrack
        | Tok::Kw(Keyword::Struct)
        | Tok::Kw(Keyword::Map)
        | Tok::Kw(Keyword::Chan)
        | Tok::Kw(Keyword::Interface)
        | Tok::Arrow => Some(simple_stmt(nt, inp, None, None)),
        Tok::Kw(Keyword::For) => Some(for_stmt(nt, inp)),
        Tok::Kw(Keyword::Switch) => Some(switch_stmt(nt, inp)),
        Tok::Kw(Keyword::Select) => Some(select_stmt(nt, inp)),
        Tok::Kw(Keyword::If) => Some(if_stmt(nt, inp)),
        Tok::Kw(Keyword::Fallthrough) => {
            next(inp);
            Some(Stmt::Branch { kind: BranchKind::Fallthrough, label: None, pos: at })
        }
        Tok::Kw(k @ (Keyword::Break | Keyword::Continue)) => {
            next(inp);
            let label = if kind(inp) == K::Name { Some(name(inp)) } else { None };
            let kind = if k == Keyword::Break { BranchKind::Break } else { BranchKind::Continue };
            Some(Stmt::Branch { kind, label, pos: at })
        }
        Tok::Kw(k @ (Keyword::Go | Keyword::Defer)) => {
            next(inp);
            let keep = kind(inp) == K::LParen;
            let x = pexpr(nt, inp, None, keep);
            if let ExprKind::Paren(_) = x.kind {
                let word = if k == Keyword::Go { "go" } else { "defer" };
                error_at(inp, x.pos, format!("expression in {word} must not be parenthesized"));
            }
            Some(if k == Keyword::Go { Stmt::Go { pos: at, call: x } } else { Stmt::Defer { pos: at, call: x } })
        }
        Tok::Kw(Keyword::Goto) => {
            next(inp);
            let label = name(inp);
            Some(Stmt::Branch { kind: BranchKind::Goto, label: Some(label), pos: at })
        }
        Tok::Kw(Keyword::Return) => {
            next(inp);
            let mut results = Vec::new();
            if kind(inp) != K::Semi && kind(inp) != K::RBrace {
                results = nt.expr_list(inp);
            }
            Some(Stmt::Return { results, pos: at })
        }
        Tok::Semi(_) => Some(Stmt::Empty(at)),
        _ => None,
    }
}

fn labeled_stmt_or_nil<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, label: Ident) -> Option<Stmt> {
    let colon = pos(inp);
    want(inp, K::Colon);
    if kind(inp) == K::RBrace {
        let p = pos(inp);
        return Some(Stmt::Labeled { label, stmt: Box::new(Stmt::Empty(p)) });
    }
    match stmt_or_nil(nt, inp) {
        Some(s) => Some(Stmt::Labeled { label, stmt: Box::new(s) }),
        None => {
            syntax_error_at(inp, colon, "missing statement after label");
            None
        }
    }
}

/// What a `simpleStmt` parsed in a `for` header may be.
enum Simple {
    Stmt(Stmt),
    Range { key: Option<Expr>, value: Option<Expr>, extra: Option<Box<Expr>>, define: bool, x: Expr, range_pos: Pos },
}

fn simple_stmt<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, lhs: Option<Vec<Expr>>, keyword: Option<Keyword>) -> Stmt {
    match simple_stmt_or_range(nt, inp, lhs, keyword) {
        Simple::Stmt(s) => s,
        Simple::Range { x, .. } => Stmt::Expr(x),
    }
}

fn range_clause<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, lhs: Vec<Expr>, define: bool) -> Simple {
    let range_pos = pos(inp);
    next(inp);
    let x = nt.expr(inp);
    let mut it = lhs.into_iter();
    let key = it.next();
    let value = it.next();
    let extra = it.next().map(Box::new);
    Simple::Range { key, value, extra, define, x, range_pos }
}

fn simple_stmt_or_range<'a>(
    nt: &Nt<'a>,
    inp: &mut Inp<'a, '_>,
    lhs: Option<Vec<Expr>>,
    keyword: Option<Keyword>,
) -> Simple {
    if keyword == Some(Keyword::For) && kind(inp) == K::Kw(Keyword::Range) {
        return range_clause(nt, inp, Vec::new(), false);
    }
    let lhs = match lhs {
        Some(l) => l,
        None => nt.expr_list(inp),
    };
    if lhs.len() == 1 && kind(inp) != K::Assign && kind(inp) != K::Define {
        let at = pos(inp);
        let x = lhs.into_iter().next().unwrap_or_else(|| Expr::bad(at));
        match peek(inp).tok {
            Tok::AssignOp(op) => {
                next(inp);
                let y = nt.expr(inp);
                return Simple::Stmt(Stmt::Assign { lhs: vec![x], rhs: vec![y], op: Some(op), define: false, pos: at });
            }
            Tok::IncOp(op) => {
                next(inp);
                return Simple::Stmt(Stmt::IncDec { x, inc: op == Op::Add, pos: at });
            }
            Tok::Arrow => {
                next(inp);
                let value = nt.expr(inp);
                return Simple::Stmt(Stmt::Send { ch: x, value, pos: at });
            }
            _ => return Simple::Stmt(Stmt::Expr(x)),
        }
    }
    match kind(inp) {
        K::Assign | K::Define => {
            let at = pos(inp);
            let define = kind(inp) == K::Define;
            next(inp);
            if keyword == Some(Keyword::For) && kind(inp) == K::Kw(Keyword::Range) {
                return range_clause(nt, inp, lhs, define);
            }
            let rhs = nt.expr_list(inp);
            if keyword == Some(Keyword::Switch) && define && lhs.len() == 1 && rhs.len() == 1 {
                if let (ExprKind::Name(n), ExprKind::TypeSwitchGuard { bind: None, .. }) = (&lhs[0].kind, &rhs[0].kind)
                {
                    let bind = Ident { name: n.clone(), pos: lhs[0].pos };
                    let mut guard = rhs.into_iter().next().unwrap_or_else(|| Expr::bad(at));
                    if let ExprKind::TypeSwitchGuard { bind: b, .. } = &mut guard.kind {
                        *b = Some(bind);
                    }
                    return Simple::Stmt(Stmt::Expr(guard));
                }
            }
            Simple::Stmt(Stmt::Assign { lhs, rhs, op: None, define, pos: at })
        }
        _ => {
            syntax_error(inp, "expected := or = or comma");
            advance(inp, &[K::Semi, K::RBrace]);
            let x = lhs.into_iter().next().unwrap_or_else(|| bad_expr(inp));
            Simple::Stmt(Stmt::Expr(x))
        }
    }
}

/// Renders a statement the way gc's `syntax.String` does, for
/// `cannot use … as value` messages.
fn stmt_string(s: &Stmt) -> String {
    match s {
        Stmt::Assign { lhs, rhs, op, define, .. } => {
            let l = lhs.iter().map(super::printer::expr_string).collect::<Vec<_>>().join(", ");
            let r = rhs.iter().map(super::printer::expr_string).collect::<Vec<_>>().join(", ");
            let o = match (op, define) {
                (Some(op), _) => format!("{}=", op.as_str()),
                (None, true) => ":=".into(),
                (None, false) => "=".into(),
            };
            format!("{l} {o} {r}")
        }
        Stmt::IncDec { x, inc, .. } => {
            format!("{}{}", super::printer::expr_string(x), if *inc { "++" } else { "--" })
        }
        Stmt::Send { ch, value, .. } => {
            format!("{} <- {}", super::printer::expr_string(ch), super::printer::expr_string(value))
        }
        Stmt::Expr(e) => super::printer::expr_string(e),
        _ => String::new(),
    }
}

fn emphasize(xs: &[Expr]) -> String {
    let s = xs.iter().map(super::printer::expr_string).collect::<Vec<_>>().join(", ");
    if xs.len() == 1 && matches!(xs[0].kind, ExprKind::Binary { .. }) {
        format!("({s})")
    } else {
        s
    }
}

/// The header of an `if`, `for` or `switch` (gc's `header`).
struct Header {
    init: Option<Box<Stmt>>,
    cond: Option<Expr>,
    post: Option<Box<Stmt>>,
    range: Option<Simple>,
}

fn header<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>, keyword: Keyword) -> Header {
    want(inp, K::Kw(keyword));
    let mut h = Header { init: None, cond: None, post: None, range: None };
    if kind(inp) == K::LBrace {
        if keyword == Keyword::If {
            syntax_error(inp, "missing condition in if statement");
            h.cond = Some(bad_expr(inp));
        }
        return h;
    }
    with_xnest(inp, Some(-1), 0, |inp| {
        let mut init: Option<Stmt> = None;
        if kind(inp) != K::Semi {
            if got(inp, K::Kw(Keyword::Var)) {
                let kw = match keyword {
                    Keyword::If => "if",
                    Keyword::For => "for",
                    _ => "switch",
                };
                syntax_error(inp, &format!("var declaration not allowed in {kw} initializer"));
            }
            match simple_stmt_or_range(nt, inp, None, Some(keyword)) {
                r @ Simple::Range { .. } => {
                    h.range = Some(r);
                    return;
                }
                Simple::Stmt(s) => init = Some(s),
            }
        }
        let mut cond_stmt: Option<Stmt> = None;
        let mut semi: Option<(Pos, Semi)> = None;
        if kind(inp) != K::LBrace {
            if let Tok::Semi(s) = peek(inp).tok {
                semi = Some((pos(inp), s));
                next(inp);
            } else {
                want(inp, K::LBrace);
                if kind(inp) != K::LBrace {
                    advance(inp, &[K::LBrace, K::RBrace]);
                }
            }
            if keyword == Keyword::For {
                if kind(inp) != K::Semi {
                    if kind(inp) == K::LBrace {
                        syntax_error(inp, "expected for loop condition");
                        h.init = init.map(Box::new);
                        return;
                    }
                    cond_stmt = Some(simple_stmt(nt, inp, None, None));
                }
                want(inp, K::Semi);
                if kind(inp) != K::LBrace {
                    let post = simple_stmt(nt, inp, None, None);
                    if let Stmt::Assign { define: true, pos, .. } = &post {
                        syntax_error_at(inp, *pos, "cannot declare in post statement of for loop");
                    }
                    h.post = Some(Box::new(post));
                }
            } else if kind(inp) != K::LBrace {
                cond_stmt = Some(simple_stmt(nt, inp, None, Some(keyword)));
            }
        } else {
            cond_stmt = init.take();
        }
        h.init = init.map(Box::new);
        match cond_stmt {
            None => {
                if let (Keyword::If, Some((p, s))) = (keyword, semi) {
                    if s != Semi::Written {
                        let lit = if s == Semi::Newline { "newline" } else { "EOF" };
                        syntax_error_at(inp, p, &format!("unexpected {lit}, expected {{ after if clause"));
                    } else {
                        syntax_error_at(inp, p, "missing condition in if statement");
                    }
                    h.cond = Some(Expr::bad(p));
                }
            }
            Some(Stmt::Expr(x)) => h.cond = Some(x),
            Some(s) => {
                let str_ = match &s {
                    Stmt::Assign { lhs, rhs, op: None, define: false, .. } => {
                        format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
                    }
                    other => stmt_string(other),
                };
                let p = s.pos();
                let p = match &s {
                    Stmt::Assign { lhs, .. } => lhs.first().map(|e| e.start()).unwrap_or(p),
                    _ => p,
                };
                syntax_error_at(inp, p, &format!("cannot use {str_} as value"));
                h.cond = Some(Expr::bad(p));
            }
        }
    });
    h
}

fn if_stmt<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Stmt {
    let at = pos(inp);
    let h = header(nt, inp, Keyword::If);
    let then = block_stmt(nt, inp, "if clause");
    let mut els = None;
    if got(inp, K::Kw(Keyword::Else)) {
        match kind(inp) {
            K::Kw(Keyword::If) => els = Some(Box::new(if_stmt(nt, inp))),
            K::LBrace => els = Some(Box::new(Stmt::Block(block_stmt(nt, inp, "")))),
            _ => {
                syntax_error(inp, "else must be followed by if or statement block");
                advance(inp, &[K::Name, K::RBrace]);
            }
        }
    }
    let cond = h.cond.unwrap_or(Expr::bad(at));
    Stmt::If { init: h.init, cond, then, els, pos: at }
}

fn for_stmt<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Stmt {
    let at = pos(inp);
    let h = header(nt, inp, Keyword::For);
    let body = block_stmt(nt, inp, "for clause");
    match h.range {
        Some(Simple::Range { key, value, extra, define, x, range_pos }) => {
            Stmt::Range { key, value, extra, define, x, body, pos: at, range_pos }
        }
        _ => Stmt::For { init: h.init, cond: h.cond, post: h.post, body, pos: at },
    }
}

fn switch_stmt<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Stmt {
    let at = pos(inp);
    let h = header(nt, inp, Keyword::Switch);
    if !got(inp, K::LBrace) {
        syntax_error(inp, "missing { after switch clause");
        advance(inp, &[K::Kw(Keyword::Case), K::Kw(Keyword::Default), K::RBrace]);
    }
    let mut clauses = Vec::new();
    while kind(inp) != K::Eof && kind(inp) != K::RBrace {
        clauses.push(case_clause(nt, inp));
    }
    want(inp, K::RBrace);
    let (init, tag) = (h.init, h.cond);
    if let Some(Expr { kind: ExprKind::TypeSwitchGuard { bind, x }, .. }) = tag {
        return Stmt::TypeSwitch { init, bind, x, clauses, pos: at };
    }
    Stmt::Switch { init, tag, clauses, pos: at }
}

fn case_clause<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> CaseClause {
    let at = pos(inp);
    let mut exprs = Vec::new();
    let mut default = false;
    match kind(inp) {
        K::Kw(Keyword::Case) => {
            next(inp);
            exprs = nt.expr_list(inp);
        }
        K::Kw(Keyword::Default) => {
            next(inp);
            default = true;
        }
        _ => {
            syntax_error(inp, "expected case or default or }");
            advance(inp, &[K::Colon, K::Kw(Keyword::Case), K::Kw(Keyword::Default), K::RBrace]);
        }
    }
    want(inp, K::Colon);
    let body = nt.stmt_list(inp);
    CaseClause { exprs, default, body, pos: at }
}

fn select_stmt<'a>(nt: &Nt<'a>, inp: &mut Inp<'a, '_>) -> Stmt {
    let at = pos(inp);
    want(inp, K::Kw(Keyword::Select));
    if !got(inp, K::LBrace) {
        syntax_error(inp, "missing { after select clause");
        advance(inp, &[K::Kw(Keyword::Case), K::Kw(Keyword::Default), K::RBrace]);
    }
    let mut clauses = Vec::new();
    while kind(inp) != K::Eof && kind(inp) != K::RBrace {
        let p = pos(inp);
        let mut comm = None;
        match kind(inp) {
            K::Kw(Keyword::Case) => {
                next(inp);
                comm = Some(Box::new(simple_stmt(nt, inp, None, None)));
            }
            K::Kw(Keyword::Default) => next(inp),
            _ => {
                syntax_error(inp, "expected case or default or }");
                advance(inp, &[K::Colon, K::Kw(Keyword::Case), K::Kw(Keyword::Default), K::RBrace]);
            }
        }
        want(inp, K::Colon);
        let body = nt.stmt_list(inp);
        clauses.push(CommClause { comm, body, pos: p });
    }
    want(inp, K::RBrace);
    Stmt::Select { clauses, pos: at }
}
