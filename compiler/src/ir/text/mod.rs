//! The IR as gc prints its nodes in `-m` lines (gc's `ir/fmt.go`).
//!
//! Expressions (`exprFmt`): implicit dereferences, address-ofs and
//! interface conversions are invisible, constants print by value (`10`,
//! `"a"`, `Weekday(0)`), operators get gc's spacing and parentheses, method
//! calls are method expressions (`(*T).M(t, x)`). What the escape analysis
//! learns (constant operands, devirtualized calls) changes some of them: it
//! supplies that as `Facts`. `stmt.rs` prints function bodies the way the
//! inliner's `-m=2` lines show them.

mod stmt;

pub use stmt::{body_text, name_temporaries};

use crate::ir::{self, BinOp, Callee, ExprKind as IK, FuncId, LocalId, Program, SiteId, UnOp};
use crate::source::Pos;
use crate::types::constant::{self, Value};
use crate::types::{Basic, TypeId, TypeKind, Types};
use std::collections::HashMap;

/// A function's name in `-m` lines: `f`, `T.M`, `(*T).M`, `f.func1`.
pub fn func_name(prog: &Program, f: FuncId) -> String {
    prog.funcs[f.index()].m_name().to_string()
}

/// gc's `OpPrec` of what an IR expression prints as.
fn prec(e: &ir::Expr) -> i32 {
    match &e.kind {
        IK::Unary(..) | IK::AddrOf(..) => 7,
        IK::Deref(_) | IK::Recv { .. } => 7,
        IK::Binary(op, ..) => match op {
            BinOp::Mul | BinOp::Div | BinOp::Rem | BinOp::Shl | BinOp::Shr | BinOp::And | BinOp::AndNot => 6,
            BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => 5,
            _ => 4,
        },
        IK::Concat(..) => 5,
        IK::AndAnd(..) => 2,
        IK::OrOr(..) => 1,
        // gc's OINLCALL has no precedence: as an operand it is in
        // parentheses, `*(~r0)`.
        IK::Inlined { .. } => 0,
        _ => 8,
    }
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Rem => "%",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
        BinOp::AndNot => "&^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
    }
}

/// A constant of type `t` (gc's `OLITERAL` case).
pub fn const_text(types: &Types, v: &Value, t: crate::types::TypeId) -> String {
    if matches!(types.kind(t), TypeKind::Basic(Basic::Rune | Basic::UntypedRune)) {
        if let Some(c) = v.as_bigint().and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32) {
            return go_quote_rune(c);
        }
    }
    let default = match v {
        Value::Bool(_) => types.identical(t, Types::BOOL),
        Value::Int(_) => types.identical(t, Types::INT),
        Value::Float(_) => types.identical(t, Types::FLOAT64),
        Value::String(_) => types.identical(t, Types::STRING),
    };
    let text = constant::display(v);
    if default || types.is_untyped(t) {
        text
    } else {
        format!("{}({text})", types.gc_string(t))
    }
}

/// `%q` of a rune.
fn go_quote_rune(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        '\0' => "'\\x00'".into(),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// What later passes learn that changes how gc prints an expression.
pub trait Facts {
    /// The constant an interface conversion's operand or a `make`'s size
    /// turned out to be (gc's `rewriteWithLiterals` in escape analysis).
    fn constant(&self, site: SiteId) -> Option<&Value>;
    /// The method and concrete type of an interface call at `pos` made
    /// static (gc's devirtualization).
    fn devirtualized(&self, pos: Pos) -> Option<(FuncId, TypeId)>;
}

/// The expressions as the type checker left them: nothing learnt yet.
pub struct Typechecked;

impl Facts for Typechecked {
    fn constant(&self, _: SiteId) -> Option<&Value> {
        None
    }
    fn devirtualized(&self, _: Pos) -> Option<(FuncId, TypeId)> {
        None
    }
}

/// The expression (of function `func`) as gc prints it.
pub fn expr_text(prog: &Program, facts: &dyn Facts, func: FuncId, e: &ir::Expr) -> String {
    Printer { prog, facts, func, temps: &HashMap::new() }.expr(e, 0)
}

pub(super) struct Printer<'a> {
    pub prog: &'a Program,
    pub facts: &'a dyn Facts,
    pub func: FuncId,
    /// What the compiler's own temporaries stand for: gc has none of
    /// them, it prints the expression they hold (or its own temporary).
    pub temps: &'a HashMap<LocalId, String>,
}

impl Printer<'_> {
    fn types(&self) -> &Types {
        &self.prog.types
    }

    /// Skips what gc treats as implicit.
    fn strip<'e>(&self, mut e: &'e ir::Expr) -> &'e ir::Expr {
        loop {
            match &e.kind {
                // An implicit conversion (no text of its own) is invisible.
                IK::ToIface(site, x)
                    if self.facts.constant(*site).is_none() && self.prog.sites[site.index()].text.is_empty() =>
                {
                    e = x
                }
                IK::Convert(x) if self.types().is_interface(e.ty) && self.types().is_interface(x.ty) => e = x,
                IK::WithResults { body, .. } => e = body,
                IK::AddrOf(x, false) => e = x,
                _ => return e,
            }
        }
    }

    pub fn expr(&self, e: &ir::Expr, outer: i32) -> String {
        let e = self.strip(e);
        let p = prec(e);
        if outer > p {
            return format!("({})", self.expr(e, 0));
        }
        let types = self.types();
        let ts = |t| types.gc_string(t);
        match &e.kind {
            IK::Const(v) => const_text(types, v, e.ty),
            IK::Nil => "nil".into(),
            IK::Zero => format!("{}{{}}", ts(e.ty)),
            IK::Local(l) => match self.temps.get(l) {
                Some(t) => t.clone(),
                None => self.prog.funcs[self.func.index()].local(*l).name.clone(),
            },
            // gc replaces an inlined call by its result variables.
            IK::Inlined { results, .. } => {
                results.first().map(|r| self.prog.funcs[self.func.index()].local(*r).name.clone()).unwrap_or_default()
            }
            IK::Global(g) => self.prog.globals[g.index()].name.clone(),
            IK::ExternVar(x) => {
                let sym = &self.prog.externs[x.0 as usize];
                sym.strip_prefix("cranego_").unwrap_or(sym).replacen('_', ".", 1)
            }
            IK::FuncRef(Callee::Func(f)) | IK::FuncValue(f) => func_name(self.prog, *f),
            IK::FuncRef(_) | IK::Blank => "_".into(),
            IK::Closure { .. } => "func literal".into(),
            IK::Unary(op, x) => {
                let o = match op {
                    UnOp::Neg => "-",
                    UnOp::Not => "!",
                    UnOp::BitNot => "^",
                };
                format!("{o}{}", self.expr(x, p + 1))
            }
            IK::Binary(op, x, y) => format!("{} {} {}", self.expr(x, p), binop(*op), self.expr(y, p + 1)),
            IK::AndAnd(x, y) => format!("{} && {}", self.expr(x, p), self.expr(y, p + 1)),
            IK::OrOr(x, y) => format!("{} || {}", self.expr(x, p), self.expr(y, p + 1)),
            IK::Convert(x) => {
                let t = if types.is_named(e.ty) || types.basic(e.ty).is_some() {
                    ts(e.ty)
                } else {
                    format!("({})", ts(e.ty))
                };
                format!("{t}({})", self.expr(x, 0))
            }
            IK::Call(callee, args) => self.call(callee, args),
            // A literal called where it is written: `(func literal)()`.
            IK::CallValue(f, args) if matches!(f.kind, IK::Closure { .. }) => {
                format!("(func literal)({})", self.args(args, false))
            }
            IK::CallValue(f, args) => format!("{}({})", self.expr(f, 8), self.args(args, false)),
            IK::CallIface { recv, index, args } => match self.facts.devirtualized(e.pos) {
                // gc's devirtualized call: `T.M(recv.(T), args)`.
                Some((func, ty)) => {
                    let name = method_expr(&self.prog.funcs[func.index()].name).unwrap_or_default();
                    let mut all = vec![format!("{}.({})", self.expr(recv, 8), ts(ty))];
                    if !args.is_empty() {
                        all.push(self.args(args, false));
                    }
                    format!("{name}({})", all.join(", "))
                }
                None => {
                    let name = types.iface_methods(recv.ty).get(*index).map(|m| m.name.clone()).unwrap_or_default();
                    format!("{}.{name}({})", self.expr(recv, 8), self.list(args))
                }
            },
            IK::Deref(x) => format!("*{}", self.expr(x, p + 1)),
            IK::AddrOf(x, _) => format!("&{}", self.expr(x, p + 1)),
            IK::Field(x, i) => {
                let base = match &x.kind {
                    IK::Deref(p) => p.as_ref(),
                    _ => x.as_ref(),
                };
                let name =
                    types.struct_fields(x.ty).and_then(|f| f.get(*i)).map(|f| f.name.clone()).unwrap_or_default();
                format!("{}.{name}", self.expr(base, 8))
            }
            IK::Index(x, i) => {
                // Indexing a pointer to an array dereferences it implicitly.
                let base = match &x.kind {
                    IK::Deref(p) if types.is_pointer(p.ty) => p.as_ref(),
                    _ => x.as_ref(),
                };
                format!("{}[{}]", self.expr(base, 8), self.expr(i, 0))
            }
            IK::Len(x) => format!("len({})", self.expr(x, 0)),
            IK::Cap(x) => format!("cap({})", self.expr(x, 0)),
            IK::SliceLit { elems, .. } => format!("{}{{{}}}", ts(e.ty), if elems.is_empty() { "" } else { "..." }),
            IK::Composite(elems) => format!("{}{{{}}}", ts(e.ty), if elems.is_empty() { "" } else { "..." }),
            IK::MakeSlice { site, len, cap } => {
                // A size known to be constant prints as that constant
                // (gc's rewriteWithLiterals): the capacity if given, else the length.
                let known = self.facts.constant(*site).map(constant::display);
                match cap {
                    Some(c) => {
                        let c = known.unwrap_or_else(|| self.expr(c, 0));
                        format!("make({}, {}, {c})", ts(e.ty), self.expr(len, 0))
                    }
                    None => format!("make({}, {})", ts(e.ty), known.unwrap_or_else(|| self.expr(len, 0))),
                }
            }
            IK::SliceOf { x, lo, hi, max } => {
                let base = match &x.kind {
                    IK::AddrOf(a, _) => a.as_ref(),
                    _ => x.as_ref(),
                };
                let part = |b: &Option<Box<ir::Expr>>| b.as_ref().map(|b| self.expr(b, 0)).unwrap_or_default();
                let mut s = format!("{}[{}:{}", self.expr(base, 8), part(lo), part(hi));
                if max.is_some() {
                    s.push(':');
                    s.push_str(&part(max));
                }
                s.push(']');
                s
            }
            IK::Append { s, elems, .. } => {
                let mut all = vec![self.expr(s, 0)];
                all.extend(elems.iter().map(|x| self.expr(x, 0)));
                format!("append({})", all.join(", "))
            }
            IK::AppendSlice { s, t, .. } => format!("append({}, {}...)", self.expr(s, 0), self.expr(t, 0)),
            IK::Copy(a, b) => format!("copy({}, {})", self.expr(a, 0), self.expr(b, 0)),
            IK::StrConv { x, .. } => {
                let t =
                    if types.is_named(e.ty) || types.is_string(e.ty) { ts(e.ty) } else { format!("({})", ts(e.ty)) };
                format!("{t}({})", self.expr(x, 0))
            }
            IK::New(site) => format!("new({})", ts(self.prog.sites[site.index()].ty)),
            IK::AddrLit(_, lit) => format!("&{}", self.expr(lit, 0)),
            // gc prints the result variable of an inlined operand of a
            // concatenation bare (it has taken the call's place there).
            IK::Concat(_, parts) => parts
                .iter()
                .map(|x| self.expr(x, if matches!(x.kind, IK::Inlined { .. }) { 0 } else { p }))
                .collect::<Vec<_>>()
                .join(" + "),
            // An empty `...` slice is nil.
            IK::VarArgs(_, items) if items.is_empty() => "nil".into(),
            IK::VarArgs(..) => "... argument".into(),
            IK::MinMax(is_max, ops) => format!("{}({})", if *is_max { "max" } else { "min" }, self.list(ops)),
            IK::MethodValue { recv, func, .. } => {
                format!("{}.{}", self.expr(self.receiver(recv), 8), method_name(self.prog, *func))
            }
            IK::TypeAssert { x, .. } => {
                let t = match types.kind(e.ty) {
                    TypeKind::Tuple(ts) => ts[0],
                    _ => e.ty,
                };
                format!("{}.({})", self.expr(x, 8), ts(t))
            }
            IK::TypeIs { x, .. } => self.expr(x, p),
            IK::BoundMethod { recv, func } => {
                format!("{}.{}", self.expr(self.receiver(recv), 8), method_name(self.prog, *func))
            }
            IK::IfaceMethodRef { recv, .. } => self.expr(recv, 8),
            // An operand the analysis found constant prints as that constant;
            // an explicit conversion keeps its type: `T(x)`, `(T)(x)`.
            IK::ToIface(site, x) => {
                let explicit = &self.prog.sites[site.index()].text;
                let operand = match self.facts.constant(*site) {
                    Some(v) => const_text(types, v, x.ty),
                    None if explicit.is_empty() => self.expr(x, p),
                    None => self.expr(x, 0),
                };
                if explicit.is_empty() {
                    operand
                } else {
                    format!("{}({operand})", conversion_type(explicit))
                }
            }
            IK::WithResults { .. } => String::new(),
            IK::MapIndex { m, key, .. } => format!("{}[{}]", self.expr(m, 8), self.expr(key, 0)),
            IK::MakeMap { site, .. } | IK::MapLit { site, .. } => self.prog.sites[site.index()].text.clone(),
            IK::MapDelete(m, key) => format!("delete({}, {})", self.expr(m, 0), self.expr(key, 0)),
            IK::Clear(x) => format!("clear({})", self.expr(x, 0)),
            IK::Recv { ch, .. } => format!("<-{}", self.expr(ch, p + 1)),
            IK::MakeChan(size) => match size {
                Some(s) => format!("make({}, {})", ts(e.ty), self.expr(s, 0)),
                None => format!("make({})", ts(e.ty)),
            },
        }
    }

    pub fn list(&self, args: &[ir::Expr]) -> String {
        args.iter().map(|a| self.expr(a, 0)).collect::<Vec<_>>().join(", ")
    }

    /// A method's receiver without the implicit `&` or `*`.
    fn receiver<'e>(&self, r: &'e ir::Expr) -> &'e ir::Expr {
        match &r.kind {
            IK::AddrOf(x, _) | IK::Deref(x) => x,
            _ => r,
        }
    }

    /// A call's arguments; a `...` slice built from single arguments
    /// prints as `... argument...`, as gc marks the call variadic; so
    /// does a slice passed as `s...` to a variadic function.
    fn args(&self, args: &[ir::Expr], variadic: bool) -> String {
        let mut s = self.list(args);
        if variadic || matches!(args.last().map(|a| &a.kind), Some(IK::VarArgs(..))) {
            s.push_str("...");
        }
        s
    }

    fn call(&self, callee: &Callee, args: &[ir::Expr]) -> String {
        match callee {
            Callee::Func(f) => {
                let func = &self.prog.funcs[f.index()];
                // `f(s...)`: the variadic slice passed as it is.
                let ddd = func.variadic && !matches!(args.last().map(|a| &a.kind), Some(IK::VarArgs(..)));
                let method = if func.origin == ir::FuncOrigin::Literal { None } else { method_expr(&func.name) };
                match (method, args.split_first()) {
                    // gc rewrites method calls to method expressions: `(*T).M(t, x)`.
                    (Some(m), Some((recv, rest))) => {
                        let mut all = vec![self.expr(self.receiver(recv), 0)];
                        if !rest.is_empty() {
                            all.push(self.args(rest, ddd));
                        }
                        format!("{m}({})", all.join(", "))
                    }
                    _ => format!("{}({})", func_name(self.prog, *f), self.args(args, ddd)),
                }
            }
            Callee::Builtin(b) => {
                let name = match b {
                    ir::Builtin::Print => "print",
                    ir::Builtin::Println => "println",
                    ir::Builtin::Panic => "panic",
                    ir::Builtin::Recover => "recover",
                    ir::Builtin::Close => "close",
                };
                format!("{name}({})", self.list(args))
            }
            Callee::Extern(_) | Callee::Runtime(_) => format!("({})", self.list(args)),
        }
    }
}

/// The type part of an explicit conversion's text: `T` of `T(x)`, `(T)`
/// of `(T)(x)`.
fn conversion_type(text: &str) -> &str {
    if text.starts_with('(') {
        let mut depth = 0;
        for (i, c) in text.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        return &text[..=i];
                    }
                }
                _ => {}
            }
        }
        text
    } else {
        text.split_once('(').map(|(t, _)| t).unwrap_or(text)
    }
}

/// A method's function name as a method expression, as gc prints it:
/// `main.(*T).M` → `(*T).M`, `strings.(*Builder).String` →
/// `(*strings.Builder).String`; `None` for plain functions.
fn method_expr(name: &str) -> Option<String> {
    let (pkg, rest) = name.split_once('.')?;
    let (recv, m) = rest.rsplit_once('.')?;
    let qual = if pkg == "main" { String::new() } else { format!("{pkg}.") };
    Some(match recv.strip_prefix("(*").and_then(|r| r.strip_suffix(')')) {
        Some(t) => format!("(*{qual}{t}).{m}"),
        None => format!("{qual}{recv}.{m}"),
    })
}

fn method_name(prog: &Program, f: FuncId) -> String {
    let name = &prog.funcs[f.index()].name;
    name.rsplit('.').next().unwrap_or(name).to_string()
}
