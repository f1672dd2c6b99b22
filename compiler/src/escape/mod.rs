//! Escape analysis: for every allocation site and every variable, heap or
//! stack — gc's algorithm (`cmd/compile/internal/escape`), on cranego's IR,
//! with gc's `-m` diagnostics.
//!
//! The analysis builds a directed graph whose nodes ("locations") are the
//! program's variables and allocation sites, plus pseudo-locations for the
//! heap, for code that mutates memory, and for unknown callees. An edge
//! `dst ← src` with weight `derefs` says that `src`'s value flows to `dst`
//! after `derefs` dereferences: `p = &x` is `p ← x` with -1, `p = q` 0,
//! `p = *q` 1. Field selection and array indexing do not count: locations are
//! whole variables.
//!
//! Solving computes, from every location taken as a root, the fewest
//! dereferences with which every other location reaches it. When a
//! location's *address* (derefs -1) reaches a root that outlives it — the
//! heap, a result, a variable declared outside its loop, a closure's caller —
//! it must live on the heap: `moved to heap: x` for a variable, `EXPR
//! escapes to heap` for an allocation site; everything else may live in its
//! function's frame. A parameter whose value reaches the heap or a result is
//! a leak, summarised in its tag (`leaks.rs`), which callers use instead of
//! looking into the callee: functions are analysed bottom-up over the
//! strongly connected components of the call graph (`scc.rs`), each
//! component as one batch (`batch.rs`).
//!
//! * `graph.rs`: locations, edges, holes (where an expression's value goes);
//! * `walk.rs`: the graph from statements, expressions and calls;
//! * `solve.rs`: the fixed point, `outlives`, leaks;
//! * `report.rs`: parameter tags and the `-m` lines, in gc's order;
//! * `text.rs`: expressions and names as gc's `-m` prints them;
//! * `stdtags.rs`: the tags gc computed for the standard library cranego
//!   provides (generated), used at calls into it.
//!
//! This runs without inlining: its output is what gc prints with `-m -l`.

mod batch;
mod capture;
mod devirt;
mod graph;
mod leaks;
mod report;
mod scc;
mod solve;
mod stdtags;
mod text;
mod walk;

use std::collections::HashMap;

use crate::diag::Remark;
use crate::ir::{self, ExprKind as IK, FuncId, FuncOrigin, LocalId, LocalKind, Program, SiteId, Stmt};
use crate::source::Pos;
use crate::types::constant::Value;
use ir::visit_stmts;
use leaks::Leaks;

/// What the user asked for (`-gcflags`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// `-m` level: 0 silent, 1 decisions, 2 with `flow:` explanations.
    pub m: u32,
    /// `-escape=off`: every allocation site and address-taken variable on
    /// the heap (to measure what the analysis is worth).
    pub off: bool,
}

/// The analysis' result, read by code generation.
pub struct Decisions {
    site_heap: Vec<bool>,
    local_heap: Vec<Vec<bool>>,
    /// Per function literal, whether each capture is by reference.
    by_ref: HashMap<FuncId, Vec<bool>>,
    /// Interface conversions and `make` sizes whose operand the analysis
    /// found to be a constant (gc's `rewriteWithLiterals`).
    pub site_consts: HashMap<SiteId, Value>,
    in_memory: std::collections::HashSet<(FuncId, LocalId)>,
    zero_copy: std::collections::HashSet<SiteId>,
    /// Per site: its position, text and decision, for the run-time report.
    report: Vec<(String, String, u8)>,
}

impl Decisions {
    /// A site's position, `-m` text and decision (0 none, 1 escapes to
    /// heap, 2 does not escape), for `GODEBUG=allocsites=1`.
    pub fn site_report(&self, s: SiteId) -> (String, String, u8) {
        self.report.get(s.index()).cloned().unwrap_or_default()
    }

    /// Whether `[]byte(s)` at `s` may share the string's bytes: it does not
    /// escape and nothing writes through it.
    pub fn zero_copy(&self, s: SiteId) -> bool {
        self.zero_copy.contains(&s)
    }

    pub fn site_on_heap(&self, s: SiteId) -> bool {
        self.site_heap.get(s.index()).copied().unwrap_or(true)
    }

    pub fn local_on_heap(&self, f: FuncId, l: LocalId) -> bool {
        self.local_heap.get(f.index()).and_then(|v| v.get(l.index())).copied().unwrap_or(false)
    }

    /// Whether capture `i` of function literal `f` holds the variable's
    /// address rather than a copy.
    pub fn by_ref(&self, f: FuncId, i: usize) -> bool {
        self.by_ref.get(&f).and_then(|v| v.get(i)).copied().unwrap_or(true)
    }

    /// Whether a local must live in memory: its address is taken, or a
    /// closure captures it by reference.
    pub fn in_memory(&self, f: FuncId, l: LocalId) -> bool {
        self.in_memory.contains(&(f, l))
    }
}

/// What an allocation site allocates, where the analysis needs to know.
#[derive(Clone, Debug)]
pub enum SiteKind {
    /// `new(T)` and `&T{...}`.
    New,
    /// `make([]T, n)`, with its size when constant.
    MakeSlice(Option<i64>),
    /// The backing store of `append`.
    Append,
    /// `[]byte(s)`.
    StringToBytes,
    /// The closure object of this function literal.
    Closure(FuncId),
    /// Memory a runtime function provides, in a frame buffer when it fits:
    /// string conversions and concatenation; and maps, which cranego's
    /// runtime always allocates.
    Runtime,
}

/// A local's value when it is certain (gc's `ReassignOracle.StaticValue`).
#[derive(Clone, Debug)]
pub enum StaticValue {
    Func(FuncId),
    Const(Value),
    /// A slice literal of this length (its `len` is a constant to gc's
    /// `rewriteWithLiterals`).
    SliceLit(u64),
}

/// State shared by the batches.
pub struct Analysis {
    pub diags: Vec<Remark>,
    /// Parameter tags of analysed functions (receiver first).
    tags: HashMap<FuncId, Vec<Leaks>>,
    pub closure_parent: HashMap<FuncId, FuncId>,
    /// The function literal each closure site creates.
    pub site_closure: HashMap<SiteId, FuncId>,
    statics: HashMap<(FuncId, LocalId), StaticValue>,
    site_heap: Vec<bool>,
    local_heap: Vec<Vec<bool>>,
    site_consts: HashMap<SiteId, Value>,
    /// gc's rendering of each site's expression.
    site_texts: HashMap<SiteId, String>,
    /// The same before constants are substituted, for `-m=2`
    /// explanations (only made then).
    written_texts: HashMap<SiteId, String>,
    /// `-m=2`: explanations are printed.
    explain: bool,
    site_kinds: HashMap<SiteId, SiteKind>,
    /// Capture modes of function literals.
    captures: HashMap<FuncId, Vec<capture::Mode>>,
    /// Interface calls made static, by the call's position.
    devirt: HashMap<Pos, devirt::Devirt>,
    /// `[]byte(s)` conversions that may share the string's bytes.
    zero_copy: std::collections::HashSet<SiteId>,
    /// The sites the analysis decided: whether each escapes.
    decided: HashMap<SiteId, bool>,
}

/// Decides heap or stack for every site and variable of the program, and
/// the `-m` lines that say so.
pub fn analyze(prog: &Program, src: &crate::source::SourceMap, opts: Options) -> (Decisions, Vec<Remark>) {
    let mut an = Analysis {
        diags: Vec::new(),
        tags: HashMap::new(),
        closure_parent: HashMap::new(),
        site_closure: HashMap::new(),
        statics: HashMap::new(),
        site_heap: vec![true; prog.sites.len()],
        local_heap: prog.funcs.iter().map(|f| f.locals.iter().map(|l| l.addr_taken).collect()).collect(),
        site_consts: HashMap::new(),
        site_texts: HashMap::new(),
        written_texts: HashMap::new(),
        explain: opts.m >= 2,
        site_kinds: HashMap::new(),
        captures: HashMap::new(),
        devirt: HashMap::new(),
        zero_copy: std::collections::HashSet::new(),
        decided: HashMap::new(),
    };
    an.prepare(prog);
    an.captures = capture::decide(prog, &an);
    if opts.off {
        // Everything addressed lives on the heap.
        for (f, caps) in &an.captures {
            let parent = an.closure_parent.get(f).copied().unwrap_or(*f);
            for (c, mode) in prog.funcs[f.index()].closure.iter().flatten().zip(caps) {
                if mode.by_ref {
                    let (pf, pl) = an.canonical(prog, parent, c.outer);
                    an.local_heap[pf.index()][pl.index()] = true;
                }
            }
        }
    } else {
        let batches = scc::batches(prog);
        // gc devirtualizes every function before analysing any.
        let order: Vec<FuncId> = batches.iter().flatten().copied().collect();
        an.devirtualize(prog, &order);
        an.note_sites(prog);
        for members in batches {
            an.run_batch(prog, members, opts.m);
        }
    }
    let mut in_memory = std::collections::HashSet::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        for (j, l) in f.locals.iter().enumerate() {
            if l.addr_taken {
                in_memory.insert((FuncId(i as u32), LocalId(j as u32)));
            }
        }
    }
    for (f, caps) in &an.captures {
        let parent = an.closure_parent.get(f).copied().unwrap_or(*f);
        for (c, mode) in prog.funcs[f.index()].closure.iter().flatten().zip(caps) {
            if mode.by_ref {
                in_memory.insert(an.canonical(prog, parent, c.outer));
            }
        }
    }
    let by_ref = an.captures.iter().map(|(f, m)| (*f, m.iter().map(|m| m.by_ref).collect())).collect();
    let report = (0..prog.sites.len())
        .map(|i| {
            let s = SiteId(i as u32);
            let site = &prog.sites[i];
            let pos = if site.pos == Pos::default() { String::new() } else { src.format(site.pos) };
            // Sites gc may still put on the heap at run time, and maps,
            // which cranego's runtime always allocates.
            let fallback = matches!(
                an.site_kinds.get(&s),
                Some(SiteKind::MakeSlice(None) | SiteKind::Append | SiteKind::StringToBytes | SiteKind::Runtime)
            ) && !an.site_consts.contains_key(&s);
            let decision = match an.decided.get(&s) {
                Some(true) => 1,
                Some(false) if fallback => 3,
                Some(false) => 2,
                None => 0,
            };
            (pos, an.site_text(prog, s), decision)
        })
        .collect();
    let diags = std::mem::take(&mut an.diags);
    let decisions = Decisions {
        site_heap: an.site_heap,
        local_heap: an.local_heap,
        by_ref,
        site_consts: an.site_consts,
        in_memory,
        zero_copy: an.zero_copy,
        report,
    };
    (decisions, if opts.m > 0 { diags } else { Vec::new() })
}

impl Analysis {
    /// Closure parents, closure sites and static values.
    fn prepare(&mut self, prog: &Program) {
        for (i, f) in prog.funcs.iter().enumerate() {
            let fid = FuncId(i as u32);
            visit_stmts(
                &f.body,
                &mut |e| {
                    if let IK::Closure { site, func } = &e.kind {
                        self.closure_parent.insert(*func, fid);
                        self.site_closure.insert(*site, *func);
                    }
                },
                &mut |_| {},
            );
        }
        // gc's ReassignOracle: a variable defined with a value and never
        // assigned again (anywhere, closures included) nor addressed.
        let mut assigns: HashMap<(FuncId, LocalId), (usize, Option<ir::Expr>)> = HashMap::new();
        let mut addressed: std::collections::HashSet<(FuncId, LocalId)> = std::collections::HashSet::new();
        for (i, f) in prog.funcs.iter().enumerate() {
            let fid = FuncId(i as u32);
            let mut places: Vec<(LocalId, Option<ir::Expr>)> = Vec::new();
            let mut addrs: Vec<LocalId> = Vec::new();
            visit_stmts(
                &f.body,
                &mut |e| {
                    if let IK::AddrOf(x, _) = &e.kind {
                        if let Some(l) = outer_local(x) {
                            addrs.push(l);
                        }
                    }
                },
                &mut |s| match s {
                    Stmt::Assign(lhs, rhs) => {
                        for (k, p) in lhs.iter().enumerate() {
                            if let Some(l) = outer_local(p) {
                                let value = matches!(p.kind, IK::Local(_)).then(|| rhs.get(k).cloned()).flatten();
                                places.push((l, value));
                            }
                        }
                    }
                    Stmt::AssignTuple(lhs, _) => places.extend(lhs.iter().filter_map(outer_local).map(|l| (l, None))),
                    _ => {}
                },
            );
            for (l, value) in places {
                let entry = assigns.entry(self.canonical(prog, fid, l)).or_insert((0, None));
                entry.0 += 1;
                entry.1 = value;
            }
            for l in addrs {
                addressed.insert(self.canonical(prog, fid, l));
            }
        }
        // Variables defined as other such variables (an inlined call's
        // parameters and results) have their values.
        let mut copies = Vec::new();
        for ((f, l), (n, value)) in assigns {
            let local = prog.funcs[f.index()].local(l);
            if n != 1 || !local.init || local.addr_taken || addressed.contains(&(f, l)) {
                continue;
            }
            let v = match value.map(|v| v.kind) {
                Some(IK::Local(from)) if local.kind == LocalKind::Var => {
                    copies.push(((f, l), self.canonical(prog, f, from)));
                    continue;
                }
                Some(IK::Const(c)) if local.kind == LocalKind::Var => StaticValue::Const(c),
                Some(IK::SliceLit { len, .. }) if local.kind == LocalKind::Var => StaticValue::SliceLit(len),
                // Also the temporaries holding a `defer`/`go` call's
                // function (gc's wrapper captures them).
                Some(IK::FuncValue(g)) if matches!(local.kind, LocalKind::Var | LocalKind::Temp) => {
                    StaticValue::Func(g)
                }
                Some(IK::Closure { func, .. }) if matches!(local.kind, LocalKind::Var | LocalKind::Temp) => {
                    StaticValue::Func(func)
                }
                _ => continue,
            };
            self.statics.insert((f, l), v);
        }
        loop {
            let before = self.statics.len();
            for (to, from) in &copies {
                if let Some(v @ (StaticValue::Const(_) | StaticValue::SliceLit(_))) = self.statics.get(from).cloned() {
                    self.statics.entry(*to).or_insert(v);
                }
            }
            if self.statics.len() == before {
                break;
            }
        }
        // Constants first: a site's text shows the constants inside it.
        for (i, f) in prog.funcs.iter().enumerate() {
            let fid = FuncId(i as u32);
            visit_stmts(&f.body, &mut |e| self.note_const(prog, fid, e), &mut |_| {});
        }
    }

    /// Sites' kinds and texts (after devirtualization, which they show).
    fn note_sites(&mut self, prog: &Program) {
        for (i, f) in prog.funcs.iter().enumerate() {
            let fid = FuncId(i as u32);
            visit_stmts(&f.body, &mut |e| self.note_site(prog, fid, e), &mut |_| {});
        }
    }

    /// Where gc's `rewriteWithLiterals` would substitute one, the constant
    /// an interface conversion's operand or a `make` size certainly is.
    fn note_const(&mut self, prog: &Program, f: FuncId, e: &ir::Expr) {
        let constant_of = |an: &Analysis, mut x: &ir::Expr| {
            // gc's StaticValue looks through conversions that change no
            // representation (`Code(n)` of an int n).
            while let IK::Convert(inner) = &x.kind {
                let types = &prog.types;
                if !types.identical(types.under(x.ty), types.under(inner.ty)) {
                    break;
                }
                x = inner;
            }
            let l = match &x.kind {
                IK::Local(l) => *l,
                // An inlined call's value is its result variable.
                IK::Inlined { results, .. } if results.len() == 1 => results[0],
                _ => return None,
            };
            match an.static_value(prog, f, l) {
                Some(StaticValue::Const(v)) => Some(v),
                _ => None,
            }
        };
        match &e.kind {
            IK::ToIface(site, x) if !prog.types.is_interface(x.ty) => {
                if let Some(v) = constant_of(self, x) {
                    self.site_consts.insert(*site, v);
                }
            }
            IK::MakeSlice { site, len, cap } => {
                let size = cap.as_deref().unwrap_or(len);
                // `len(s)` of a variable holding a slice literal is its length.
                let literal_len = match &size.kind {
                    IK::Len(s) => match s.kind {
                        IK::Local(l) => match self.static_value(prog, f, l) {
                            Some(StaticValue::SliceLit(n)) => Some(Value::int(n as i64)),
                            _ => None,
                        },
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(v) = constant_of(self, size).or(literal_len) {
                    if v.as_bigint().is_some_and(|i| i >= 0.into()) {
                        self.site_consts.insert(*site, v);
                    }
                }
            }
            _ => {}
        }
    }

    /// Records a site's texts: as its final line prints it, and as the
    /// `-m=2` explanations do (gc builds those before it substitutes the
    /// constants the analysis found).
    fn note_text(&mut self, prog: &Program, f: FuncId, site: SiteId, e: &ir::Expr) {
        let t = self.expr_text(prog, f, e);
        self.site_texts.insert(site, t);
        if self.explain {
            let t = self.written_text(prog, f, e);
            self.written_texts.insert(site, t);
        }
    }

    /// Records a site's kind and its text.
    fn note_site(&mut self, prog: &Program, f: FuncId, e: &ir::Expr) {
        match &e.kind {
            IK::ToIface(site, _) => self.note_text(prog, f, *site, e),
            IK::New(site) | IK::AddrLit(site, _) => {
                self.site_kinds.insert(*site, SiteKind::New);
            }
            IK::Append { site, .. } | IK::AppendSlice { site, .. } => {
                self.site_kinds.insert(*site, SiteKind::Append);
                self.note_text(prog, f, *site, e);
            }
            IK::Closure { site, func } => {
                self.site_kinds.insert(*site, SiteKind::Closure(*func));
            }
            IK::MakeSlice { site, len, cap } => {
                let size = cap.as_deref().unwrap_or(len);
                let literal = match &size.kind {
                    IK::Const(v) => v.to_i64(),
                    _ => None,
                };
                self.site_kinds.insert(*site, SiteKind::MakeSlice(literal));
                self.note_text(prog, f, *site, e);
            }
            IK::StrConv { site, kind: ir::StrConv::StringToBytes, .. } => {
                self.site_kinds.insert(*site, SiteKind::StringToBytes);
                self.note_text(prog, f, *site, e);
            }
            IK::Concat(site, _) | IK::StrConv { site, .. } => {
                self.site_kinds.insert(*site, SiteKind::Runtime);
                self.note_text(prog, f, *site, e);
            }
            IK::MakeMap { site, .. } | IK::MapLit { site, .. } => {
                self.site_kinds.insert(*site, SiteKind::Runtime);
            }
            IK::MethodValue { site, .. } => {
                self.note_text(prog, f, *site, e);
            }
            _ => {}
        }
    }

    /// A variable's certain value, seen from function `f`.
    pub fn static_value(&self, prog: &Program, f: FuncId, l: LocalId) -> Option<StaticValue> {
        let key = self.canonical(prog, f, l);
        self.statics.get(&key).cloned()
    }

    /// The variable a local stands for: captured variables are their
    /// enclosing function's.
    pub fn canonical(&self, prog: &Program, f: FuncId, l: LocalId) -> (FuncId, LocalId) {
        let mut cur = (f, l);
        for _ in 0..64 {
            let func = &prog.funcs[cur.0.index()];
            let LocalKind::Captured(i) = func.local(cur.1).kind else { break };
            let Some(c) = func.closure.as_ref().and_then(|c| c.get(i)) else { break };
            let Some(&parent) = self.closure_parent.get(&cur.0) else { break };
            cur = (parent, c.outer);
        }
        cur
    }

    /// A function's parameter tags: computed, or gc's for the library.
    pub fn tags(&self, prog: &Program, f: FuncId) -> Vec<Leaks> {
        if let Some(t) = self.tags.get(&f) {
            return t.clone();
        }
        let func = &prog.funcs[f.index()];
        if func.origin == FuncOrigin::Wrapper {
            if let Some(t) = std_tags(&func.name) {
                return t;
            }
        }
        vec![Leaks::heap(); func.params.len()]
    }

    /// gc's rendering of a site's expression.
    pub fn site_text(&self, prog: &Program, s: SiteId) -> String {
        text::site_text(prog, self, s)
    }

    pub fn expr_text(&self, prog: &Program, func: FuncId, e: &ir::Expr) -> String {
        crate::ir::text::expr_text(prog, self, func, e)
    }

    /// An expression as `-m=2` explanations print it: without the
    /// constants the analysis substitutes.
    pub fn written_text(&self, prog: &Program, func: FuncId, e: &ir::Expr) -> String {
        crate::ir::text::expr_text(prog, &text::AsWritten(self), func, e)
    }

    /// A site's text in `-m=2` explanations.
    pub fn written_site_text(&self, prog: &Program, s: SiteId) -> String {
        match self.written_texts.get(&s) {
            Some(t) => t.clone(),
            None => prog.sites[s.index()].text.clone(),
        }
    }
}

/// gc's tags for a library function named as cranego names it
/// (`utf8.RuneLen`, `strings.(*Builder).Len`); the table uses package paths.
pub fn std_tags(name: &str) -> Option<Vec<Leaks>> {
    let key = crate::stdlib::path_qualified(name)?;
    let i = stdtags::TAGS.binary_search_by(|(n, _)| n.cmp(&key.as_str())).ok()?;
    Some(stdtags::TAGS[i].1.iter().map(|l| Leaks(*l)).collect())
}

/// Whether a package variable's initialiser is static data in gc (its
/// `staticinit`): constants and literals made of them, addresses of such
/// literals, functions.
fn static_init(s: &Stmt) -> bool {
    /// Whether `e` is a static value, given the variables (an inlined
    /// body's parameters) set to static values.
    fn is_static(e: &ir::Expr, params: &[LocalId]) -> bool {
        match &e.kind {
            IK::Const(_) | IK::Nil | IK::Zero | IK::FuncValue(_) => true,
            IK::Local(l) => params.contains(l),
            IK::Composite(elems) | IK::SliceLit { elems, .. } => elems.iter().all(|(_, v)| is_static(v, params)),
            IK::AddrLit(_, x) | IK::ToIface(_, x) | IK::Convert(x) => is_static(x, params),
            IK::StrConv { kind: ir::StrConv::StringToBytes, x, .. } => matches!(x.kind, IK::Const(_)),
            // An inlined call returning a static value, its parameters
            // set to static values (gc's `StaticAssignInlinedCall`).
            IK::Inlined { body, .. } => {
                let mut inner = Vec::new();
                body.iter().all(|s| match s {
                    Stmt::Decl(_) | Stmt::Break(_) => true,
                    Stmt::Assign(lhs, rhs) => {
                        inner.extend(lhs.iter().filter_map(|p| match p.kind {
                            IK::Local(l) => Some(l),
                            _ => None,
                        }));
                        rhs.iter().all(|v| is_static(v, params))
                    }
                    Stmt::Block(list) => list.iter().all(|s| match s {
                        Stmt::Assign(_, rhs) => rhs.iter().all(|v| is_static(v, &inner)),
                        Stmt::Break(_) => true,
                        _ => false,
                    }),
                    _ => false,
                })
            }
            _ => false,
        }
    }
    match s {
        Stmt::Assign(lhs, rhs) => {
            lhs.iter().all(|p| matches!(p.kind, IK::Global(_) | IK::Blank)) && rhs.iter().all(|v| is_static(v, &[]))
        }
        Stmt::Block(list) => list.iter().all(static_init),
        _ => false,
    }
}

/// The variable a place is part of (gc's `OuterValue`): `x`, `x.f`, `x[i]`
/// of an array.
fn outer_local(e: &ir::Expr) -> Option<LocalId> {
    match &e.kind {
        IK::Local(l) => Some(*l),
        IK::Field(x, _) if !matches!(x.kind, IK::Deref(_)) => outer_local(x),
        IK::Index(x, _) => match x.kind {
            IK::Local(_) | IK::Field(..) | IK::Index(..) => outer_local(x),
            _ => None,
        },
        _ => None,
    }
}

/// gc's `isSelfAssign`: `x.f = x.g` and the like store nothing new.
fn self_assign(dst: &ir::Expr, src: &ir::Expr) -> bool {
    match (&dst.kind, &src.kind) {
        (IK::Field(a, _), IK::Field(b, _)) => same_safe(a, b),
        (IK::Index(a, i), IK::Index(b, j)) => !affects_memory(i) && !affects_memory(j) && same_safe(a, b),
        // b.buf = b.buf[n:m] through a pointer.
        (IK::Field(d, _), IK::SliceOf { x, .. }) => match (&d.kind, &x.kind) {
            (IK::Deref(p), IK::Field(xd, _)) => match (&p.kind, &xd.kind) {
                (IK::Local(a), IK::Deref(q)) => matches!(q.kind, IK::Local(b) if b == *a),
                _ => false,
            },
            _ => false,
        },
        _ => false,
    }
}

/// gc's `SameSafeExpr` on the operands of a self-assignment.
fn same_safe(a: &ir::Expr, b: &ir::Expr) -> bool {
    match (&a.kind, &b.kind) {
        (IK::Local(x), IK::Local(y)) => x == y,
        (IK::Global(x), IK::Global(y)) => x == y,
        (IK::Deref(x), IK::Deref(y)) => same_safe(x, y),
        (IK::Field(x, i), IK::Field(y, j)) => i == j && same_safe(x, y),
        (IK::Index(x, i), IK::Index(y, j)) => same_safe(x, y) && same_safe(i, j),
        (IK::Const(x), IK::Const(y)) => x == y,
        _ => false,
    }
}

/// gc's `mayAffectMemory` for self-assignment indices.
fn affects_memory(e: &ir::Expr) -> bool {
    match &e.kind {
        IK::Local(_) | IK::Const(_) | IK::Nil => false,
        IK::Binary(_, x, y) => affects_memory(x) || affects_memory(y),
        IK::Index(x, i) => affects_memory(x) || affects_memory(i),
        IK::Convert(x) | IK::Len(x) | IK::Cap(x) | IK::Unary(_, x) | IK::Field(x, _) | IK::Deref(x) => {
            affects_memory(x)
        }
        _ => true,
    }
}
