//! Statements and function bodies: scopes, control flow, the `missing
//! return` check (types2's `isTerminating`) and `declared and not used`.

use std::collections::HashMap;

use super::operand::{Mode, Operand};
use super::{BuiltinFn, Checker, FuncState, ObjKind, Result};
use crate::ir::{self, Callee, ExprKind as IK, FuncId, LabelId, LocalKind};
use crate::source::Pos;
use crate::syntax::ast::{self, BranchKind, ExprKind, Stmt};
use crate::syntax::token::Op;
use crate::types::constant::Value;
use crate::types::{TypeId, TypeKind, Types};

impl<'a> Checker<'a> {
    pub fn func_body(
        &mut self,
        fid: FuncId,
        recv: Option<&'a ast::Field>,
        ft: &'a ast::FuncType,
        sig: TypeId,
        body: &'a ast::Block,
    ) -> Result<()> {
        let (param_types, result_types, variadic) = match self.types.kind(sig) {
            TypeKind::Func { params, results, variadic } => (params.clone(), results.clone(), *variadic),
            _ => (Vec::new(), Vec::new(), false),
        };
        self.fs = Some(FuncState::new(fid, result_types.clone(), ft.results.iter().any(|r| r.name.is_some())));
        let mut params = Vec::new();
        // A method's receiver is its first parameter.
        let all_params: Vec<&'a ast::Field> = recv.into_iter().chain(ft.params.iter()).collect();
        for (p, &t) in all_params.into_iter().zip(&param_types) {
            let (name, pos) = match &p.name {
                Some(n) => (n.name.clone(), n.pos),
                None => ("_".to_string(), p.typ.start()),
            };
            let (l, obj) = self.new_local_var(&name, t, pos, LocalKind::Param);
            params.push(l);
            if let Some(n) = &p.name {
                self.declare_local(n, obj)?;
            }
        }
        let mut results = Vec::new();
        for (i, (r, &t)) in ft.results.iter().zip(&result_types).enumerate() {
            let (name, pos) = match &r.name {
                Some(n) if n.name != "_" => (n.name.clone(), n.pos),
                _ => (format!("~r{i}"), r.typ.start()),
            };
            let (l, obj) = self.new_local_var(&name, t, pos, LocalKind::Result);
            results.push(l);
            if let Some(n) = &r.name {
                self.declare_local(n, obj)?;
            }
        }
        if let Some(fs) = &mut self.fs {
            fs.results = results.clone();
        }
        let mut stmts = Vec::new();
        self.stmt_list(&body.stmts, &mut stmts)?;
        if !result_types.is_empty() && !self.is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace, "missing return")?;
        }
        self.report_unused()?;
        let fs = self.fs.take().expect("function state");
        self.func_deps.entry(fid).or_default().extend(fs.deps);
        let f = &mut self.funcs[fid.index()];
        f.params = params;
        f.labels = fs.labels;
        f.variadic = variadic;
        f.results = results;
        f.locals = fs.locals;
        f.body = stmts;
        if f.closure.is_some() {
            f.closure = Some(fs.captures);
        }
        Ok(())
    }

    /// Records where the source statement an IR assignment or return comes
    /// from is, and its operator (gc's `-m=2` notes show the statement).
    pub(super) fn note_stmt(&mut self, lowered: &[ir::Stmt], pos: Pos, op: ir::StmtOp) {
        let mut first = None;
        crate::ir::visit_stmts(lowered, &mut |_| {}, &mut |s| {
            if first.is_none() {
                first = match s {
                    ir::Stmt::Assign(_, rhs) => rhs.first().map(|e| e.pos),
                    ir::Stmt::AssignTuple(_, call) => Some(call.pos),
                    ir::Stmt::Return(vals) => vals.first().map(|e| e.pos),
                    _ => None,
                };
            }
        });
        if let Some(key) = first {
            self.stmt_notes.entry(key).or_insert(ir::StmtNote { pos, op });
        }
    }

    /// A function literal: checked as a function nested in the current one.
    pub fn func_lit(&mut self, e: &'a ast::Expr, ft: &'a ast::FuncType, body: &'a ast::Block) -> Result<Operand<'a>> {
        let sig = self.signature(ft)?;
        // gc names literals after their function, or `glob.` at package level.
        let name = match self.fs.as_mut() {
            Some(parent) => {
                parent.literals += 1;
                let n = parent.literals;
                let parent_id = parent.id;
                format!("{}.func{n}", self.funcs[parent_id.index()].name)
            }
            None => {
                self.glob_literals += 1;
                format!("main.glob..func{}", self.glob_literals)
            }
        };
        let fid = FuncId(self.funcs.len() as u32);
        self.funcs.push(ir::Func {
            symbol: name.clone(),
            name,
            origin: ir::FuncOrigin::Literal,
            pos: e.pos,
            closure: Some(Vec::new()),
            params: Vec::new(),
            results: Vec::new(),
            locals: Vec::new(),
            body: Vec::new(),
            defer_wrapper: false,
            noinline: false,
            variadic: false,
            labels: Vec::new(),
            // At package level: init, once it is made.
            enclosing: self.fs.as_ref().map(|f| f.id),
        });
        let outer = self.fs.take();
        let nested = outer.is_some();
        self.outer.extend(outer);
        let r = self.func_body(fid, None, ft, sig, body);
        self.fs = if nested { self.outer.pop() } else { None };
        r?;
        let site = self.new_site(e.pos, sig, "func literal".into());
        Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::Closure { site, func: fid }, sig, e.pos)))
    }

    /// The local standing for variable `l` of enclosing function `f` in the
    /// current function literal, capturing it through every literal between;
    /// `pos` is the reference that captures it.
    pub fn capture(&mut self, f: FuncId, l: ir::LocalId, pos: Pos) -> ir::LocalId {
        let Some(k) = self.outer.iter().position(|s| s.id == f) else { return l };
        let name = self.outer[k].locals[l.index()].name.clone();
        let mut var = (f, l);
        let mut ty = self.outer[k].locals[l.index()].ty;
        for level in k + 1..=self.outer.len() {
            let state = if level == self.outer.len() {
                self.fs.as_mut().expect("function state")
            } else {
                &mut self.outer[level]
            };
            let mapped = match state.capture_map.get(&var) {
                Some(m) => *m,
                None => {
                    let index = state.captures.len();
                    state.captures.push(ir::Capture { ty, outer: var.1, pos });
                    let local = ir::LocalId(state.locals.len() as u32);
                    state.locals.push(ir::Local {
                        name: name.clone(),
                        pos: Pos::default(),
                        ty,
                        kind: LocalKind::Captured(index),
                        addr_taken: false,
                        init: false,
                    });
                    state.capture_map.insert(var, local);
                    local
                }
            };
            var = (state.id, mapped);
            ty = state.locals[mapped.index()].ty;
        }
        var.1
    }

    /// `declared and not used`, in types2's order: scope by scope, each
    /// scope's variables by position before those of the scopes in it
    /// (which matters when the tenth error cuts the list).
    fn report_unused(&mut self) -> Result<()> {
        let Some(fs) = &self.fs else { return Ok(()) };
        let mut order = Vec::new();
        let mut stack = vec![0];
        while let Some(s) = stack.pop() {
            order.push(s);
            stack.extend(fs.scope_children[s].iter().rev());
        }
        let mut unused: Vec<(Pos, String)> = Vec::new();
        for s in order {
            let mut here: Vec<(Pos, String)> = fs
                .declared
                .iter()
                .filter(|&&(_, scope)| scope == s)
                .map(|&(id, _)| self.obj(id))
                .filter(|o| !o.used)
                .map(|o| (o.pos, o.name.clone()))
                .collect();
            here.sort();
            unused.extend(here);
        }
        for (pos, name) in unused {
            self.error(pos, format!("declared and not used: {name}"))?;
        }
        Ok(())
    }

    pub(super) fn open_scope(&mut self) {
        if let Some(fs) = &mut self.fs {
            fs.scopes.push(HashMap::new());
            let id = fs.scope_children.len();
            fs.scope_children.push(Vec::new());
            let parent = fs.scope_ids.last().copied().unwrap_or(0);
            fs.scope_children[parent].push(id);
            fs.scope_ids.push(id);
        }
    }

    pub(super) fn close_scope(&mut self) {
        if let Some(fs) = &mut self.fs {
            fs.scopes.pop();
            fs.scope_ids.pop();
        }
    }

    pub(super) fn new_label(&mut self) -> LabelId {
        let fs = self.fs.as_mut().expect("function state");
        fs.next_label += 1;
        LabelId(fs.next_label)
    }

    pub(super) fn stmt_list(&mut self, list: &'a [Stmt], out: &mut Vec<ir::Stmt>) -> Result<()> {
        for s in list {
            self.stmt(s, None, out)?;
        }
        Ok(())
    }

    fn block(&mut self, list: &'a [Stmt]) -> Result<Vec<ir::Stmt>> {
        self.open_scope();
        let mut out = Vec::new();
        self.stmt_list(list, &mut out)?;
        self.close_scope();
        Ok(out)
    }

    /// Checks a statement; `label` names it when it is labelled.
    pub(super) fn stmt(&mut self, s: &'a Stmt, label: Option<&str>, out: &mut Vec<ir::Stmt>) -> Result<()> {
        match s {
            Stmt::Empty(_) => Ok(()),
            Stmt::Labeled { label: l, stmt } => self.stmt(stmt, Some(&l.name), out),
            Stmt::Block(b) => {
                let body = self.block(&b.stmts)?;
                out.push(ir::Stmt::Block(body));
                Ok(())
            }
            Stmt::Expr(e) => self.expr_stmt(e, out),
            Stmt::Send { ch, value, pos } => self.send(ch, value, *pos, out),
            Stmt::IncDec { x, inc, pos } => self.inc_dec(*pos, *inc, x, out),
            Stmt::Assign { lhs, rhs, op: Some(op), pos, .. } => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    return self.error(
                        *pos,
                        format!("assignment operation {}= requires single-valued expressions", op.as_str()),
                    );
                }
                let start = out.len();
                self.op_assign(*pos, *op, &lhs[0], &rhs[0], out)?;
                self.note_stmt(&out[start..], *pos, ir::StmtOp::OpAssign(op.as_str()));
                Ok(())
            }
            Stmt::Assign { lhs, rhs, define, pos, .. } => {
                let start = out.len();
                if *define {
                    self.short_var_decl(*pos, lhs, rhs, out)?;
                } else {
                    self.assign_vars(lhs, rhs, out)?;
                }
                let op = if *define { ir::StmtOp::Define } else { ir::StmtOp::Assign };
                self.note_stmt(&out[start..], *pos, op);
                Ok(())
            }
            Stmt::Go { pos, call } => self.go_stmt(*pos, call, out),
            Stmt::Defer { pos, call } => self.defer_stmt(*pos, call, out),
            Stmt::Return { results, pos } => {
                let start = out.len();
                self.return_stmt(*pos, results, out)?;
                self.note_stmt(&out[start..], *pos, ir::StmtOp::Return);
                Ok(())
            }
            Stmt::Branch { kind, label: l, pos } => self.branch(*kind, l.as_ref(), *pos, out),
            Stmt::If { init, cond, then, els, .. } => {
                self.open_scope();
                let mut block = Vec::new();
                if let Some(init) = init {
                    self.stmt(init, None, &mut block)?;
                }
                let c = self.condition(cond, "if statement")?;
                let then_ir = self.block(&then.stmts)?;
                let els_ir = match els {
                    Some(e) => {
                        let mut v = Vec::new();
                        match &**e {
                            Stmt::Block(b) => v = self.block(&b.stmts)?,
                            other => self.stmt(other, None, &mut v)?,
                        }
                        v
                    }
                    None => Vec::new(),
                };
                self.close_scope();
                if let Some(c) = c {
                    block.push(ir::Stmt::If { cond: c, then: then_ir, els: els_ir });
                }
                out.push(ir::Stmt::Block(block));
                Ok(())
            }
            Stmt::For { init, cond, post, body, .. } => {
                self.for_stmt(label, init.as_deref(), cond.as_ref(), post.as_deref(), body, out)
            }
            Stmt::Range { key, value, extra, define, x, body, range_pos, .. } => {
                if let Some(extra) = extra {
                    self.error(extra.start(), "range clause permits at most two iteration variables")?;
                }
                self.range_stmt(label, key.as_ref(), value.as_ref(), *define, x, body, *range_pos, out)
            }
            Stmt::Switch { init, tag, clauses, .. } => {
                self.switch_stmt(label, init.as_deref(), tag.as_ref(), clauses, out)
            }
            Stmt::TypeSwitch { init, bind, x, clauses, .. } => {
                self.type_switch(label, init.as_deref(), bind.as_ref(), x, clauses, out)
            }
            Stmt::Select { clauses, .. } => self.select_stmt(label, clauses, out),
            Stmt::Const(specs) => {
                for (si, spec) in specs.iter().enumerate() {
                    let mut objs = Vec::new();
                    for (ni, n) in spec.names.iter().enumerate() {
                        let (t, v) = self.const_spec(specs, si, ni)?;
                        let obj = self.new_obj(&n.name, n.pos, ObjKind::Const(t, v), super::DeclRef::None);
                        self.obj_mut(obj).color = super::Color::Black;
                        objs.push((n, obj));
                    }
                    let src =
                        specs[..=si].iter().rev().find(|sp| !sp.values.is_empty() || sp.typ.is_some()).unwrap_or(spec);
                    if !src.values.is_empty() && src.values.len() > spec.names.len() && std::ptr::eq(src, spec) {
                        let e = &spec.values[spec.names.len()];
                        self.error(e.start(), format!("extra init expr {}", crate::syntax::printer::expr_string(e)))?;
                    }
                    for (n, obj) in objs {
                        self.declare_local(n, obj)?;
                    }
                }
                Ok(())
            }
            Stmt::Var(specs) => {
                for spec in specs {
                    self.var_spec_local(spec, out)?;
                }
                Ok(())
            }
            Stmt::Type(specs) => {
                for spec in specs {
                    let obj = self.new_obj(&spec.name.name, spec.name.pos, ObjKind::Pending, super::DeclRef::None);
                    self.obj_mut(obj).color = super::Color::Black;
                    // The type's scope starts at its name: it may refer to itself.
                    self.declare_local(&spec.name, obj)?;
                    self.declare_type(obj, spec)?;
                }
                Ok(())
            }
        }
    }

    fn expr_stmt(&mut self, e: &'a ast::Expr, out: &mut Vec<ir::Stmt>) -> Result<()> {
        let x = self.expr_or_type(e)?;
        let is_stmt_call = match &e.unparen().kind {
            ExprKind::Call { fun, .. } => match x.mode {
                Mode::Invalid => return Ok(()),
                // Only some builtins are statements (types2's `statement` kind).
                _ => match self.builtin_named(fun) {
                    Some(b) => is_statement_builtin(b),
                    None => x.mode != Mode::Constant,
                },
            },
            ExprKind::Unary { op: Op::Recv, .. } => true,
            _ => false,
        };
        let msg = match x.mode {
            Mode::Invalid => return Ok(()),
            Mode::Builtin(_) => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ if is_stmt_call && !self.is_conversion(e) => {
                if let Some(ir) = x.ir {
                    out.push(ir::Stmt::Expr(ir));
                }
                return Ok(());
            }
            _ => "is not used",
        };
        self.error(x.pos(), format!("{} {msg}", self.describe(&x)))
    }

    /// The builtin an expression names, if it does.
    pub(super) fn builtin_named(&self, fun: &ast::Expr) -> Option<BuiltinFn> {
        let ExprKind::Name(n) = &fun.unparen().kind else { return None };
        match self.obj(self.lookup(n)?).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    /// Whether a call expression is a conversion `T(x)`.
    pub(super) fn is_conversion(&mut self, e: &'a ast::Expr) -> bool {
        if let ExprKind::Call { fun, .. } = &e.unparen().kind {
            if let ExprKind::Name(n) = &fun.unparen().kind {
                return self.lookup_type_name(n).is_some();
            }
            return matches!(
                fun.unparen().kind,
                ExprKind::ArrayType { .. } | ExprKind::Star(_) | ExprKind::SliceType(_)
            );
        }
        false
    }

    /// A condition: a boolean value.
    fn condition(&mut self, cond: &'a ast::Expr, what: &str) -> Result<Option<ir::Expr>> {
        let mut x = self.expr(cond, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(None);
        }
        if !self.types.is_boolean(x.ty) {
            self.error(x.pos(), format!("non-boolean condition in {what}"))?;
            return Ok(None);
        }
        Ok(Some(self.materialize_default(x)?))
    }

    fn return_stmt(&mut self, pos: Pos, results: &'a [ast::Expr], out: &mut Vec<ir::Stmt>) -> Result<()> {
        let (result_types, named) = match &self.fs {
            Some(fs) => (fs.result_types.clone(), fs.named_results),
            None => return Ok(()),
        };
        if results.is_empty() {
            if !result_types.is_empty() && !named {
                let want = self.types_summary(&result_types, false);
                return self.error(pos, format!("not enough return values\n\thave ()\n\twant {want}"));
            }
            if named {
                // A result shadowed inside the function cannot be returned implicitly.
                let fs = self.fs.as_ref().expect("function state");
                let outer = &fs.scopes[0];
                for (depth, scope) in fs.scopes.iter().enumerate().skip(1) {
                    for r in &fs.results {
                        let name = &fs.locals[r.index()].name;
                        if let (Some(inner), Some(o)) = (scope.get(name), outer.get(name)) {
                            if inner != o {
                                let msg = format!(
                                    "result parameter {name} not in scope at return\n\t{}: inner declaration of {name}",
                                    self.pos_string(self.obj(*inner).pos)
                                );
                                let _ = depth;
                                return self.error(pos, msg);
                            }
                        }
                    }
                }
            }
            out.push(ir::Stmt::Return(Vec::new()));
            return Ok(());
        }
        let l = result_types.len();
        let r = results.len();
        // A single call with several results is matched against all results.
        let is_call = r == 1 && l != 1 && matches!(results[0].unparen().kind, ExprKind::Call { .. });
        if l == 0 {
            // types2: too many return values.
            let mut ok = true;
            let mut have = Vec::new();
            for e in results {
                let x = self.expr(e, None)?;
                ok &= x.is_valid();
                have.push(x.ty);
            }
            if ok {
                let msg = format!("too many return values\n\thave {}\n\twant ()", self.types_summary(&have, false));
                return self.error(results[0].start(), msg);
            }
            return Ok(());
        }
        if l == r && !is_call {
            let mut vals = Vec::new();
            let mut ok = true;
            for (e, &t) in results.iter().zip(&result_types) {
                let x = self.expr(e, None)?;
                match self.assign_to(x, t, "return statement")? {
                    Some(v) => vals.push(v),
                    None => ok = false,
                }
            }
            if ok {
                out.push(ir::Stmt::Return(vals));
            }
            return Ok(());
        }
        // Count mismatch or a multi-value call.
        let mut xs: Vec<Operand<'a>> = Vec::new();
        for e in results {
            xs.push(self.expr(e, None)?);
        }
        if xs.iter().any(|x| !x.is_valid()) {
            return Ok(());
        }
        if r == 1 {
            let x = xs.pop().expect("one result");
            if let TypeKind::Tuple(ts) = self.types.kind(x.ty).clone() {
                if x.mode == Mode::Value && ts.len() == l {
                    let mut ok = true;
                    for (have, want) in ts.iter().zip(&result_types) {
                        if !self.assignable_type(*have, *want) {
                            let desc = format!("{} (value of type {})", x.text(), self.type_string(*have));
                            self.error(
                                x.pos(),
                                format!("cannot use {desc} as {} value in return statement", self.type_string(*want)),
                            )?;
                            ok = false;
                        }
                    }
                    if ok {
                        // Return through temporaries: results may need interface conversion.
                        let mut temps = Vec::new();
                        let mut places = Vec::new();
                        for &t in &ts {
                            let tmp = self.new_local(".autotmp", t, LocalKind::Temp);
                            out.push(ir::Stmt::Decl(tmp));
                            places.push(ir::Expr::new(IK::Local(tmp), t, pos));
                            temps.push((tmp, t));
                        }
                        if let Some(call) = x.ir {
                            out.push(ir::Stmt::AssignTuple(places, call));
                        }
                        let mut vals = Vec::new();
                        for ((tmp, t), want) in temps.into_iter().zip(&result_types) {
                            let v = ir::Expr::new(IK::Local(tmp), t, pos);
                            let v = if self.types.is_interface(*want) && !self.types.is_interface(t) {
                                self.convert_to_iface(v, *want, String::new())?
                            } else {
                                v
                            };
                            vals.push(v);
                        }
                        out.push(ir::Stmt::Return(vals));
                    }
                    return Ok(());
                }
                let at = x.pos();
                let qual = if ts.len() > l { "too many" } else { "not enough" };
                let msg = format!(
                    "{qual} return values\n\thave {}\n\twant {}",
                    self.types_summary(&ts, false),
                    self.types_summary(&result_types, false)
                );
                return self.error(at, msg);
            }
            xs.push(x);
        }
        let have: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
        let (at, qual) = if r > l { (xs[l].pos(), "too many") } else { (xs[r - 1].pos(), "not enough") };
        let msg = format!(
            "{qual} return values\n\thave {}\n\twant {}",
            self.types_summary(&have, false),
            self.types_summary(&result_types, false)
        );
        self.error(at, msg)
    }

    fn branch(
        &mut self,
        kind: BranchKind,
        label: Option<&ast::Ident>,
        pos: Pos,
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        let Some(fs) = &self.fs else { return Ok(()) };
        match kind {
            BranchKind::Goto => self.unsupported(pos, "goto statements are"),
            // Fallthrough is handled by the enclosing switch.
            BranchKind::Fallthrough => Ok(()),
            BranchKind::Break => {
                let target = match label {
                    Some(l) => fs.targets.iter().rev().find(|t| t.0.as_deref() == Some(l.name.as_str())),
                    None => fs.targets.last(),
                };
                if let Some(t) = target {
                    out.push(ir::Stmt::Break(t.1));
                }
                Ok(())
            }
            BranchKind::Continue => {
                let target = match label {
                    Some(l) => fs.targets.iter().rev().find(|t| t.0.as_deref() == Some(l.name.as_str()) && t.2),
                    None => fs.targets.iter().rev().find(|t| t.2),
                };
                if let Some(t) = target {
                    out.push(ir::Stmt::Continue(t.1));
                }
                Ok(())
            }
        }
    }

    pub(super) fn push_target(&mut self, label: Option<&str>, id: LabelId, is_loop: bool) {
        if let Some(fs) = &mut self.fs {
            fs.targets.push((label.map(str::to_string), id, is_loop));
            if let Some(name) = label {
                if !fs.labels.iter().any(|(l, _)| *l == id) {
                    fs.labels.push((id, name.to_string()));
                }
            }
        }
    }

    pub(super) fn pop_target(&mut self) {
        if let Some(fs) = &mut self.fs {
            fs.targets.pop();
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn for_stmt(
        &mut self,
        label: Option<&str>,
        init: Option<&'a Stmt>,
        cond: Option<&'a ast::Expr>,
        post: Option<&'a Stmt>,
        body: &'a ast::Block,
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        self.open_scope();
        let mut block = Vec::new();
        let locals_before = self.fs.as_ref().map(|f| f.locals.len()).unwrap_or(0);
        if let Some(init) = init {
            self.stmt(init, None, &mut block)?;
        }
        // Variables declared by the init statement are per-iteration.
        let fresh: Vec<ir::LocalId> = (locals_before..self.fs.as_ref().map(|f| f.locals.len()).unwrap_or(0))
            .map(|i| ir::LocalId(i as u32))
            .filter(|l| self.fs.as_ref().is_some_and(|f| f.locals[l.index()].kind == LocalKind::Var))
            .collect();
        let c = match cond {
            Some(c) => self.condition(c, "for statement")?,
            None => None,
        };
        let mut post_ir = Vec::new();
        if let Some(p) = post {
            self.stmt(p, None, &mut post_ir)?;
        }
        let (id, body_ir) = self.loop_body(label, body)?;
        if cond.is_some() && c.is_none() {
            return Ok(());
        }
        block.push(ir::Stmt::Loop { label: id, cond: c, body: body_ir, post: post_ir, fresh });
        out.push(ir::Stmt::Block(block));
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        label: Option<&str>,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
        xe: &'a ast::Expr,
        body: &'a ast::Block,
        range_pos: Pos,
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        let mut x = self.expr(xe, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            // Still check the body for its errors, with invalid variables.
            self.open_scope();
            self.declare_range_vars(key, value, define, Types::INVALID, Types::INVALID)?;
            self.loop_body(label, body)?;
            return Ok(());
        }
        enum Over {
            Int,
            String,
            Array(u64, bool),
            Slice,
        }
        let (over, key_t, val_t) = match self.types.under_kind(x.ty).clone() {
            TypeKind::Basic(b) if b.is_integer() => {
                let t = if self.types.is_untyped(x.ty) { Types::INT } else { x.ty };
                (Over::Int, t, Types::INVALID)
            }
            TypeKind::Basic(b) if b.is_string() => (Over::String, Types::INT, Types::INT32),
            TypeKind::Array(n, e) => (Over::Array(n, false), Types::INT, e),
            TypeKind::Pointer(p) => match self.types.under_kind(p).clone() {
                TypeKind::Array(n, e) => (Over::Array(n, true), Types::INT, e),
                _ => {
                    return self.error(x.pos(), format!("cannot range over {}", self.describe(&x)));
                }
            },
            TypeKind::Slice(e) => (Over::Slice, Types::INT, e),
            TypeKind::Map(k, v) => return self.range_map(label, key, value, define, x, (k, v), body, out),
            TypeKind::Chan(_, e) => return self.range_chan(label, key, value, define, x, e, body, out),
            TypeKind::Func { .. } => {
                return self.unsupported(range_pos, "range over functions is");
            }
            _ => return self.error(x.pos(), format!("cannot range over {}", self.describe(&x))),
        };
        if let (Over::Int, Some(v)) = (&over, value) {
            return self
                .error(v.start(), format!("range over {} permits only one iteration variable", self.describe(&x)));
        }
        let pos = xe.pos;
        let mut block = Vec::new();
        // The range expression, evaluated once.
        let xv = match over {
            Over::Int => {
                if self.types.is_untyped(x.ty) {
                    self.convert_untyped(&mut x, Types::INT)?;
                }
                self.materialize(x)?
            }
            _ => self.materialize_default(x)?,
        };
        let xt = xv.ty;
        let need_copy = !matches!(over, Over::Array(_, _)) || value.is_some();
        let src = if need_copy && !matches!(xv.kind, IK::Const(_)) {
            let tmp = self.new_local(".autotmp", xt, LocalKind::Temp);
            block.push(ir::Stmt::Decl(tmp));
            block.push(ir::Stmt::Assign(vec![ir::Expr::new(IK::Local(tmp), xt, pos)], vec![xv]));
            ir::Expr::new(IK::Local(tmp), xt, pos)
        } else if matches!(over, Over::Array(..)) {
            // Only the length is needed. The spec: with at most one iteration
            // variable and a constant len(x), x is not evaluated at all.
            if super::call::contains_call(xe) {
                block.push(ir::Stmt::Expr(ir::Expr::new(IK::Len(Box::new(xv.clone())), Types::INT, pos)));
            }
            xv
        } else {
            xv
        };
        // The hidden index.
        let idx_t = if matches!(over, Over::Int) { key_t } else { Types::INT };
        let idx = self.new_local(".autotmp", idx_t, LocalKind::Temp);
        block.push(ir::Stmt::Decl(idx));
        let idx_e = ir::Expr::new(IK::Local(idx), idx_t, pos);
        let zero = ir::Expr::new(IK::Const(Value::int(0)), idx_t, pos);
        block.push(ir::Stmt::Assign(vec![idx_e.clone()], vec![zero]));
        let len = match over {
            Over::Int => src.clone(),
            Over::String | Over::Slice => ir::Expr::new(IK::Len(Box::new(src.clone())), Types::INT, pos),
            Over::Array(n, _) => ir::Expr::new(IK::Const(Value::int(n as i64)), Types::INT, pos),
        };
        let cond = ir::Expr::new(IK::Binary(ir::BinOp::Lt, Box::new(idx_e.clone()), Box::new(len)), Types::BOOL, pos);
        let one = ir::Expr::new(IK::Const(Value::int(1)), idx_t, pos);
        let mut post = vec![ir::Stmt::Assign(
            vec![idx_e.clone()],
            vec![ir::Expr::new(IK::Binary(ir::BinOp::Add, Box::new(idx_e.clone()), Box::new(one)), idx_t, pos)],
        )];
        // Per iteration: the key and value.
        let mut body_ir = Vec::new();
        let val_e = match over {
            Over::Int => None,
            Over::String => {
                let r = self.new_local(".autotmp", Types::INT32, LocalKind::Temp);
                let next = self.new_local(".autotmp", Types::INT, LocalKind::Temp);
                body_ir.push(ir::Stmt::Decl(r));
                body_ir.push(ir::Stmt::Decl(next));
                let tuple = self.types.tuple(vec![Types::INT32, Types::INT]);
                let call = ir::Expr::new(
                    IK::Call(Callee::Runtime(ir::RtFn::DecodeRune), vec![src.clone(), idx_e.clone()]),
                    tuple,
                    pos,
                );
                body_ir.push(ir::Stmt::AssignTuple(
                    vec![
                        ir::Expr::new(IK::Local(r), Types::INT32, pos),
                        ir::Expr::new(IK::Local(next), Types::INT, pos),
                    ],
                    call,
                ));
                post =
                    vec![ir::Stmt::Assign(vec![idx_e.clone()], vec![ir::Expr::new(IK::Local(next), Types::INT, pos)])];
                Some(ir::Expr::new(IK::Local(r), Types::INT32, pos))
            }
            Over::Slice => {
                value.map(|_| ir::Expr::new(IK::Index(Box::new(src.clone()), Box::new(idx_e.clone())), val_t, pos))
            }
            Over::Array(_, is_ptr) => {
                if value.is_some() {
                    let arr = if is_ptr {
                        let at = self.types.pointer_elem(src.ty).unwrap_or(Types::INVALID);
                        ir::Expr::new(IK::Deref(Box::new(src.clone())), at, pos)
                    } else {
                        src.clone()
                    };
                    Some(ir::Expr::new(IK::Index(Box::new(arr), Box::new(idx_e.clone())), val_t, pos))
                } else {
                    None
                }
            }
        };
        self.open_scope();
        let key_v = key.map(|k| (k, idx_e.clone(), key_t));
        let val_v = match (value, val_e) {
            (Some(v), Some(e)) => Some((v, e, val_t)),
            _ => None,
        };
        self.bind_range_vars(define, key_v.into_iter().chain(val_v).collect(), &mut body_ir)?;
        let (id, user) = self.loop_body(label, body)?;
        body_ir.push(ir::Stmt::Block(user));
        block.push(ir::Stmt::Loop { label: id, cond: Some(cond), body: body_ir, post, fresh: Vec::new() });
        out.push(ir::Stmt::Block(block));
        Ok(())
    }

    /// A loop's body: a block of its own (so `i := i` inside shadows the
    /// loop's variables), checked with the loop as `break`/`continue`
    /// target; closes the scope the loop header opened.
    pub(super) fn loop_body(&mut self, label: Option<&str>, body: &'a ast::Block) -> Result<(LabelId, Vec<ir::Stmt>)> {
        let id = self.new_label();
        self.push_target(label, id, true);
        let body_ir = self.block(&body.stmts)?;
        self.pop_target();
        self.close_scope();
        Ok((id, body_ir))
    }

    /// Binds a range loop's iteration variables to the values `vars` gives
    /// for each of them: fresh variables per iteration with `:=`, plain
    /// assignments otherwise.
    pub(super) fn bind_range_vars(
        &mut self,
        define: bool,
        vars: Vec<(&'a ast::Expr, ir::Expr, TypeId)>,
        body_ir: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        if define {
            let mut decls = Vec::new();
            for (name_e, v, t) in vars {
                let ExprKind::Name(name) = &name_e.kind else {
                    self.error(
                        name_e.start(),
                        format!("non-name {} on left side of :=", crate::syntax::printer::expr_string(name_e)),
                    )?;
                    continue;
                };
                if name == "_" {
                    continue;
                }
                let (l, obj) = self.new_local_var(name, t, name_e.pos, LocalKind::Var);
                self.mark_init(l, true);
                body_ir.push(ir::Stmt::Decl(l));
                body_ir.push(ir::Stmt::Assign(vec![ir::Expr::new(IK::Local(l), t, name_e.pos)], vec![v]));
                decls.push((ast::Ident { name: name.clone(), pos: name_e.pos }, obj));
            }
            for (n, obj) in decls {
                self.declare_local(&n, obj)?;
            }
        } else {
            for (lhs, v, t) in vars {
                let Some(place) = self.lhs_var(lhs)? else {
                    continue;
                };
                if matches!(place.kind, IK::Blank) {
                    continue;
                }
                let xo = Operand { mode: Mode::Value, ty: t, val: None, ir: Some(v), src: Some(lhs) };
                if let Some(v) = self.assign_to(xo, place.ty, "assignment")? {
                    body_ir.push(ir::Stmt::Assign(vec![place], vec![v]));
                }
            }
        }
        Ok(())
    }

    /// `for k, v := range m`: the runtime's iterator copies each entry into
    /// temporaries; the iteration variables are assigned from them (fresh
    /// variables per iteration with `:=`, as for other ranges).
    #[allow(clippy::too_many_arguments)]
    fn range_map(
        &mut self,
        label: Option<&str>,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
        x: Operand<'a>,
        (key_t, val_t): (TypeId, TypeId),
        body: &'a ast::Block,
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        let m = self.materialize(x)?;
        let pos = m.pos;
        let mut block = Vec::new();
        let mut body_ir = Vec::new();
        let is_blank = |e: &ast::Expr| matches!(&e.kind, ExprKind::Name(n) if n == "_");
        let mut temp_for = |c: &mut Self, e: Option<&'a ast::Expr>, t: TypeId| {
            let e = e.filter(|e| !is_blank(e))?;
            let l = c.new_local(".autotmp", t, LocalKind::Temp);
            block.push(ir::Stmt::Decl(l));
            Some((e, l, t))
        };
        let key_v = temp_for(self, key, key_t);
        let val_v = temp_for(self, value, val_t);
        let (key_tmp, val_tmp) = (key_v.map(|v| v.1), val_v.map(|v| v.1));
        self.open_scope();
        let vars = key_v
            .into_iter()
            .chain(val_v)
            .map(|(e, tmp, t)| (e, ir::Expr::new(IK::Local(tmp), t, if define { e.pos } else { pos }), t))
            .collect();
        self.bind_range_vars(define, vars, &mut body_ir)?;
        let (id, user) = self.loop_body(label, body)?;
        body_ir.push(ir::Stmt::Block(user));
        block.push(ir::Stmt::RangeMap { label: id, m, key: key_tmp, elem: val_tmp, body: body_ir });
        out.push(ir::Stmt::Block(block));
        Ok(())
    }

    /// Declares range variables of an invalid range clause (to check the body).
    fn declare_range_vars(
        &mut self,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
        kt: TypeId,
        vt: TypeId,
    ) -> Result<()> {
        if !define {
            return Ok(());
        }
        for (e, t) in key.into_iter().map(|k| (k, kt)).chain(value.map(|v| (v, vt))) {
            if let ExprKind::Name(n) = &e.kind {
                let (_, obj) = self.new_local_var(n, t, e.pos, LocalKind::Var);
                self.obj_mut(obj).used = true;
                self.declare_local(&ast::Ident { name: n.clone(), pos: e.pos }, obj)?;
            }
        }
        Ok(())
    }

    fn switch_stmt(
        &mut self,
        label: Option<&str>,
        init: Option<&'a Stmt>,
        tag: Option<&'a ast::Expr>,
        clauses: &'a [ast::CaseClause],
        out: &mut Vec<ir::Stmt>,
    ) -> Result<()> {
        self.open_scope();
        let mut block = Vec::new();
        if let Some(init) = init {
            self.stmt(init, None, &mut block)?;
        }
        // The tag, evaluated once into a temporary.
        let tag_op: Option<Operand<'a>> = match tag {
            Some(t) => {
                let mut x = self.expr(t, None)?;
                self.single_value(&mut x)?;
                if x.is_valid() {
                    if x.mode == Mode::Nil {
                        self.error(x.pos(), "use of untyped nil in switch expression")?;
                        x.invalidate();
                    } else if !self.types.comparable(x.ty) && !self.has_nil(x.ty) {
                        self.error(x.pos(), format!("cannot switch on {}", self.describe(&x)))?;
                        x.invalidate();
                    }
                }
                if x.is_valid() {
                    let v = self.materialize_default(x.clone())?;
                    let tmp = self.new_local(".autotmp", v.ty, LocalKind::Temp);
                    let te = ir::Expr::new(IK::Local(tmp), v.ty, t.pos);
                    block.push(ir::Stmt::Decl(tmp));
                    block.push(ir::Stmt::Assign(vec![te.clone()], vec![v.clone()]));
                    Some(Operand { mode: Mode::Value, ty: v.ty, val: None, ir: Some(te), src: Some(t) })
                } else {
                    Some(x)
                }
            }
            None => None,
        };
        let id = self.new_label();
        let mut cases = Vec::new();
        let mut default = None;
        let mut seen: Vec<(Value, TypeId, Pos)> = Vec::new();
        for (ci, cc) in clauses.iter().enumerate() {
            let mut conds = Vec::new();
            if cc.default {
                if let Some(prev) = default {
                    let _: usize = prev;
                    self.error(
                        cc.pos,
                        format!("multiple defaults in switch (first at {})", self.pos_string(clauses[prev].pos)),
                    )?;
                }
                default = Some(ci);
            }
            for e in &cc.exprs {
                let mut x = self.expr(e, None)?;
                self.single_value(&mut x)?;
                if !x.is_valid() {
                    continue;
                }
                match &tag_op {
                    Some(t) if t.is_valid() => {
                        if let (Mode::Constant, Some(v)) = (x.mode, x.val.clone()) {
                            // Duplicate constant cases.
                            let mut y = x.clone();
                            if self.types.is_untyped(y.ty) {
                                let tt = t.ty;
                                if self.implicit_type_and_value(&y, tt).is_ok() {
                                    self.convert_untyped(&mut y, tt)?;
                                }
                            }
                            let yv = y.val.clone().unwrap_or(v);
                            if let Some((_, _, prev)) = seen.iter().find(|(pv, pt, _)| *pv == yv && *pt == y.ty) {
                                let msg = format!(
                                    "duplicate case {} in expression switch\n\t{}: previous case",
                                    x.text(),
                                    self.pos_string(*prev)
                                );
                                self.error(x.pos(), msg)?;
                            } else {
                                seen.push((yv, y.ty, x.pos()));
                            }
                        }
                        let cmp = self.case_comparison(e, x, t.clone())?;
                        if let Some(c) = cmp {
                            conds.push(c);
                        }
                    }
                    Some(_) => {}
                    None => {
                        // No tag: each case is a boolean condition.
                        if !self.types.is_boolean(x.ty) {
                            let msg = format!(
                                "invalid case {} in switch (mismatched types {} and bool)",
                                x.text(),
                                self.type_string(x.ty)
                            );
                            self.error(x.pos(), msg)?;
                            continue;
                        }
                        conds.push(self.materialize_default(x)?);
                    }
                }
            }
            self.open_scope();
            self.push_target(label, id, false);
            let mut body = Vec::new();
            let fallthrough = matches!(
                cc.body.iter().rev().find(|s| !matches!(s, Stmt::Empty(_))),
                Some(Stmt::Branch { kind: BranchKind::Fallthrough, .. })
            );
            self.stmt_list(&cc.body, &mut body)?;
            self.pop_target();
            self.close_scope();
            cases.push(ir::Case { conds, body, fallthrough });
        }
        self.close_scope();
        block.push(ir::Stmt::Switch { label: id, cases, default });
        out.push(ir::Stmt::Block(block));
        Ok(())
    }

    /// `tag == x` for a case value, with types2's switch wording for errors.
    fn case_comparison(&mut self, e: &'a ast::Expr, x: Operand<'a>, tag: Operand<'a>) -> Result<Option<ir::Expr>> {
        let saved = self.switch_case.replace(tag.text());
        let r = self.binary_op(e, "", e.pos, Op::Eql, x, tag)?;
        self.switch_case = saved;
        if !r.is_valid() {
            return Ok(None);
        }
        Ok(Some(self.materialize_default(r)?))
    }

    // -----------------------------------------------------------------------
    // Terminating statements (types2's return.go)

    fn is_terminating(&self, s: &Stmt, label: &str) -> bool {
        match s {
            Stmt::Labeled { label: l, stmt } => self.is_terminating(stmt, &l.name),
            Stmt::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &e.unparen().kind {
                    if let ExprKind::Name(n) = &fun.unparen().kind {
                        return n == "panic" && self.is_builtin_panic(n);
                    }
                }
                false
            }
            Stmt::Return { .. } => true,
            Stmt::Branch { kind: BranchKind::Goto | BranchKind::Fallthrough, .. } => true,
            Stmt::Block(b) => self.is_terminating_list(&b.stmts, ""),
            Stmt::If { then, els: Some(e), .. } => {
                self.is_terminating_list(&then.stmts, "") && self.is_terminating(e, "")
            }
            Stmt::Switch { clauses, .. } | Stmt::TypeSwitch { clauses, .. } => {
                let mut has_default = false;
                for cc in clauses {
                    if cc.default {
                        has_default = true;
                    }
                    if !self.is_terminating_list(&cc.body, "") || has_break_list(&cc.body, label, true) {
                        return false;
                    }
                }
                has_default
            }
            Stmt::Select { clauses, .. } => clauses
                .iter()
                .all(|cc| self.is_terminating_list(&cc.body, "") && !has_break_list(&cc.body, label, true)),
            Stmt::For { cond: None, body, .. } => !has_break_list(&body.stmts, label, true),
            _ => false,
        }
    }

    fn is_builtin_panic(&self, name: &str) -> bool {
        self.lookup(name).is_some_and(|id| matches!(self.obj(id).kind, ObjKind::Builtin(super::BuiltinFn::Panic)))
    }

    fn is_terminating_list(&self, list: &[Stmt], label: &str) -> bool {
        match list.iter().rev().find(|s| !matches!(s, Stmt::Empty(_))) {
            Some(s) => self.is_terminating(s, label),
            None => false,
        }
    }
}

/// Whether `s` contains a break referring to the statement labelled `label`
/// (or, if `implicit`, to the closest enclosing breakable statement).
fn has_break(s: &Stmt, label: &str, implicit: bool) -> bool {
    match s {
        Stmt::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        Stmt::Branch { kind: BranchKind::Break, label: l, .. } => match l {
            None => implicit,
            Some(l) => l.name == label,
        },
        Stmt::Block(b) => has_break_list(&b.stmts, label, implicit),
        Stmt::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit) || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        Stmt::Switch { clauses, .. } | Stmt::TypeSwitch { clauses, .. } => {
            !label.is_empty() && clauses.iter().any(|cc| has_break_list(&cc.body, label, false))
        }
        Stmt::Select { clauses, .. } => {
            !label.is_empty() && clauses.iter().any(|cc| has_break_list(&cc.body, label, false))
        }
        Stmt::For { body, .. } | Stmt::Range { body, .. } => {
            !label.is_empty() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}

fn has_break_list(list: &[Stmt], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}

/// The builtins whose calls may stand as statements (types2's `statement`
/// kind): the others only compute a value.
pub(super) fn is_statement_builtin(b: BuiltinFn) -> bool {
    matches!(
        b,
        BuiltinFn::Copy
            | BuiltinFn::Panic
            | BuiltinFn::Print
            | BuiltinFn::Println
            | BuiltinFn::Recover
            | BuiltinFn::Clear
            | BuiltinFn::Delete
            | BuiltinFn::Close
    )
}
