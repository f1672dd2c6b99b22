//! Calls: functions, conversions `T(x)` and builtins.

use num_traits::ToPrimitive;

use super::operand::{Mode, Operand};
use super::{BuiltinFn, Checker, Result};
use crate::ir::{self, Builtin, Callee, ExprKind as IK};
use crate::source::Pos;
use crate::syntax::ast::{self, ExprKind};
use crate::syntax::printer::expr_string;
use crate::types::constant::{Repr, Value};
use crate::types::{Basic, TypeId, TypeKind, Types};

impl<'a> Checker<'a> {
    pub fn call(
        &mut self,
        e: &'a ast::Expr,
        fun: &'a ast::Expr,
        args: &'a [ast::Expr],
        dots: bool,
    ) -> Result<Operand<'a>> {
        let f = self.expr_or_type(fun)?;
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.expr(a, None)?;
                }
                Ok(Operand::invalid(e))
            }
            Mode::TypeExpr => self.conversion(e, f.ty, args, dots),
            Mode::Builtin(b) => self.builtin(e, b, args, dots),
            _ => self.func_call(e, f, args, dots),
        }
    }

    fn func_call(
        &mut self,
        e: &'a ast::Expr,
        f: Operand<'a>,
        args: &'a [ast::Expr],
        dots: bool,
    ) -> Result<Operand<'a>> {
        let TypeKind::Func { params, results, variadic } = self.types.under_kind(f.ty).clone() else {
            let msg = format!(
                "invalid operation: cannot call {}: {} is not a function",
                self.describe(&f),
                self.type_string(f.ty)
            );
            self.error(f.pos(), msg)?;
            for a in args {
                self.expr(a, None)?;
            }
            return Ok(Operand::invalid(e));
        };
        let fname = f.text();
        // A direct call, a method call, or a call through a func value.
        let target = match f.ir {
            Some(ir::Expr { kind: IK::FuncRef(c), .. }) => Target::Direct(c, None),
            Some(ir::Expr { kind: IK::BoundMethod { recv, func }, .. }) => {
                Target::Direct(Callee::Func(func), Some(*recv))
            }
            Some(ir::Expr { kind: IK::IfaceMethodRef { recv, index }, .. }) => Target::Iface(*recv, index),
            _ => Target::Value(self.materialize(f)?),
        };
        // Arguments: one multi-value call may supply all of them; its
        // results go to temporaries the call then reads.
        let mut vals: Vec<Operand<'a>> = Vec::new();
        let mut spread: Option<(ir::Expr, Vec<ir::LocalId>)> = None;
        if args.len() == 1 && !dots {
            let x = self.expr(&args[0], None)?;
            if x.is_valid() && x.mode == Mode::Value {
                if let TypeKind::Tuple(elems) = self.types.kind(x.ty).clone() {
                    let mut temps = Vec::new();
                    for &t in &elems {
                        // Placed at the call; named as gc's (`ir::text::name_temporaries`).
                        let l = self.new_local(".autotmp", t, ir::LocalKind::Temp);
                        temps.push(l);
                        let ir = ir::Expr::new(IK::Local(l), t, e.pos);
                        vals.push(Operand { mode: Mode::Value, ty: t, val: None, ir: Some(ir), src: Some(&args[0]) });
                    }
                    spread = Some((x.ir.clone().expect("a call has IR"), temps));
                }
            }
            if spread.is_none() {
                vals.push(x);
            }
        } else {
            for a in args {
                vals.push(self.expr(a, None)?);
            }
        }
        let mut ok = vals.iter().all(|v| v.is_valid());
        for v in &mut vals {
            if v.mode == Mode::NoValue {
                self.error(v.pos(), format!("{} (no value) used as value", v.text()))?;
                ok = false;
            }
        }
        // `f(s...)`: the slice is the variadic parameter itself.
        if dots {
            if !variadic {
                if ok {
                    self.error(e.start(), format!("cannot use ... in call to non-variadic {fname}"))?;
                }
                return Ok(Operand::invalid(e));
            }
            if vals.len() != params.len() {
                if ok {
                    let have: Vec<TypeId> = vals.iter().map(|v| v.ty).collect();
                    let qual = if vals.len() < params.len() { "not enough" } else { "too many" };
                    let at = if vals.len() > params.len() {
                        vals[params.len()].pos()
                    } else {
                        vals.last().map(|v| v.pos()).unwrap_or(e.start())
                    };
                    let msg = format!(
                        "{qual} arguments in call to {fname}\n\thave {}\n\twant {}",
                        self.types_summary_dots(&have),
                        self.types_summary(&params, variadic)
                    );
                    self.error(at, msg)?;
                }
                return Ok(Operand::invalid(e));
            }
            let mut out_args = Vec::new();
            let context = format!("argument to {fname}");
            for (v, &pt) in vals.into_iter().zip(&params) {
                match self.assign_to(v, pt, &context)? {
                    Some(a) => out_args.push(a),
                    None => ok = false,
                }
            }
            if !ok {
                return Ok(Operand::invalid(e));
            }
            return Ok(self.call_result(e, target, out_args, &results, spread));
        }
        // Count check.
        let nparams = params.len();
        let count_ok = if variadic { vals.len() + 1 >= nparams } else { vals.len() == nparams };
        if !count_ok {
            if ok {
                let have: Vec<TypeId> = vals.iter().map(|v| v.ty).collect();
                let (at, qual) = if vals.len() > nparams {
                    (vals[nparams].pos(), "too many")
                } else if let Some(last) = vals.last() {
                    (last.pos(), "not enough")
                } else {
                    (e.start(), "not enough")
                };
                let msg = format!(
                    "{qual} arguments in call to {fname}\n\thave {}\n\twant {}",
                    self.types_summary(&have, false),
                    self.types_summary(&params, variadic)
                );
                self.error(at, msg)?;
            }
            return Ok(Operand::invalid(e));
        }
        let mut out_args = Vec::new();
        let fixed = if variadic { nparams - 1 } else { nparams };
        let context = format!("argument to {fname}");
        let mut vals = vals.into_iter();
        for &pt in params.iter().take(fixed) {
            let Some(v) = vals.next() else { break };
            match self.assign_to(v, pt, &context)? {
                Some(a) => out_args.push(a),
                None => ok = false,
            }
        }
        if variadic {
            let slice_t = params[nparams - 1];
            let elem = match self.types.kind(slice_t) {
                TypeKind::Slice(el) => *el,
                _ => Types::INVALID,
            };
            let mut items = Vec::new();
            for v in vals {
                match self.assign_to(v, elem, &context)? {
                    Some(a) => {
                        let a = if self.types.is_interface(elem) {
                            self.convert_to_iface(a, elem, String::new())?
                        } else {
                            a
                        };
                        items.push(a);
                    }
                    None => ok = false,
                }
            }
            let site = self.new_site(e.pos, slice_t, "... argument".into());
            out_args.push(ir::Expr::new(IK::VarArgs(site, items), slice_t, e.pos));
        }
        if !ok {
            return Ok(Operand::invalid(e));
        }
        Ok(self.call_result(e, target, out_args, &results, spread))
    }

    /// The operand of a call with checked arguments.
    fn call_result(
        &mut self,
        e: &'a ast::Expr,
        target: Target,
        mut args: Vec<ir::Expr>,
        results: &[TypeId],
        spread: Option<(ir::Expr, Vec<ir::LocalId>)>,
    ) -> Operand<'a> {
        let (mode, ty) = match results.len() {
            0 => (Mode::NoValue, Types::INVALID),
            1 => (Mode::Value, results[0]),
            _ => (Mode::Value, self.types.tuple(results.to_vec())),
        };
        let kind = match target {
            Target::Direct(c, recv) => {
                if let Some(r) = recv {
                    args.insert(0, r);
                }
                IK::Call(c, args)
            }
            Target::Value(f) => IK::CallValue(Box::new(f), args),
            Target::Iface(recv, index) => IK::CallIface { recv: Box::new(recv), index, args },
        };
        let mut ir = ir::Expr::new(kind, ty, e.pos);
        if let Some((call, temps)) = spread {
            ir = ir::Expr::new(IK::WithResults { call: Box::new(call), temps, body: Box::new(ir) }, ty, e.pos);
        }
        Operand { mode, ty, val: None, ir: Some(ir), src: Some(e) }
    }

    /// `typesSummary` of call arguments ending in `...`.
    fn types_summary_dots(&self, list: &[TypeId]) -> String {
        let s = self.types_summary(list, false);
        format!("{}...)", &s[..s.len() - 1])
    }

    /// types2's `typesSummary`: `(number, string)`, with `...T` for variadic.
    pub fn types_summary(&self, list: &[TypeId], variadic: bool) -> String {
        let mut parts = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if self.types.is_invalid(t) {
                "unknown type".to_string()
            } else if self.types.is_untyped(t) {
                if self.types.is_numeric(t) {
                    "number".to_string()
                } else {
                    self.type_string(t).replace("untyped ", "")
                }
            } else {
                self.type_string(t)
            };
            if variadic && i + 1 == list.len() {
                if let TypeKind::Slice(e) = self.types.kind(t) {
                    s = self.type_string(*e);
                }
                s = format!("...{s}");
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    // -----------------------------------------------------------------------
    // Conversions

    fn conversion(&mut self, e: &'a ast::Expr, t: TypeId, args: &'a [ast::Expr], dots: bool) -> Result<Operand<'a>> {
        if args.len() != 1 || dots {
            let msg = if args.is_empty() {
                format!("missing argument in conversion to {}", self.type_string(t))
            } else {
                format!("too many arguments in conversion to {}", self.type_string(t))
            };
            let at = if args.is_empty() { call_rparen(e) } else { args[args.len() - 1].start() };
            self.error(at, msg)?;
            for a in args {
                self.expr(a, None)?;
            }
            return Ok(Operand::invalid(e));
        }
        let mut x = self.expr(&args[0], None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(Operand::invalid(e));
        }
        let const_type = matches!(self.types.under_kind(t), TypeKind::Basic(b) if !matches!(b, Basic::UntypedNil | Basic::UnsafePointer));
        if x.mode == Mode::Constant && const_type {
            let Some(b) = self.types.basic(t) else {
                return Ok(Operand::invalid(e));
            };
            let v = x.val.clone().unwrap_or(Value::int(0));
            let converted = match v.convert_kind(b).map(|v| v.representable(b)) {
                Some(Ok(v)) => Some(v),
                _ if self.types.is_integer(x.ty) && b.is_string() => {
                    let cp = v.as_bigint().and_then(|i| i.to_u32()).and_then(char::from_u32).unwrap_or('\u{fffd}');
                    Some(Value::String(cp.to_string().into_bytes()))
                }
                _ => None,
            };
            let Some(v) = converted else {
                if self.types.is_integer(x.ty) && b.is_integer() {
                    let vs = super::operand::value_string(&v);
                    self.error(x.pos(), format!("constant {vs} overflows {}", self.type_string(t)))?;
                } else if self.types.is_numeric(x.ty)
                    && b.is_integer()
                    && matches!(v.representable(b), Err(Repr::Truncated))
                {
                    self.error(
                        x.pos(),
                        format!("cannot convert {} to type {} (truncated)", self.describe(&x), self.type_string(t)),
                    )?;
                } else {
                    self.error(
                        x.pos(),
                        format!("cannot convert {} to type {}", self.describe(&x), self.type_string(t)),
                    )?;
                }
                return Ok(Operand::invalid(e));
            };
            let mut o = Operand::constant(e, t, v);
            o.src = Some(e);
            return Ok(o);
        }
        if !self.convertible(&x, t) {
            self.error(x.pos(), format!("cannot convert {} to type {}", self.describe(&x), self.type_string(t)))?;
            return Ok(Operand::invalid(e));
        }
        // An untyped argument gets its default type (or the target's, for numbers).
        if self.types.is_untyped(x.ty) {
            let final_t = if self.types.is_interface(t) || (x.mode == Mode::Constant && !const_type) {
                self.types.default_type(x.ty)
            } else {
                t
            };
            self.convert_untyped(&mut x, final_t)?;
            if !x.is_valid() {
                return Ok(Operand::invalid(e));
            }
        }
        let conv = self.string_conversion(x.ty, t);
        let inner = self.materialize(x)?;
        if let Some(kind) = conv {
            // gc prints `([]byte)(s)` for unnamed target types, `T(s)` for named ones.
            let arg = expr_string(&args[0]);
            let site_text = if self.types.is_named(t) {
                format!("{}({arg})", self.type_string(t))
            } else {
                format!("({})({arg})", self.type_string(t))
            };
            // gc reports an explicit conversion at its operand's node.
            let site = self.new_site(args[0].pos, t, site_text);
            let ir = ir::Expr::new(IK::StrConv { site, kind, x: Box::new(inner) }, t, e.pos);
            return Ok(Operand::value(e, Mode::Value, ir));
        }
        if self.types.is_interface(t) {
            // gc prints an explicit conversion as `T(x)`, or `(T)(x)` for an unnamed T.
            let arg = expr_string(&args[0]);
            let text = match &fun_text(e) {
                Some(name) if name == "any" || self.types.is_named(t) => format!("{name}({arg})"),
                _ => format!("({})({arg})", self.types.runtime_string(t)),
            };
            let ir = self.convert_to_iface(inner, t, text)?;
            return Ok(Operand::value(e, Mode::Value, ir));
        }
        Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::Convert(Box::new(inner)), t, e.pos)))
    }

    /// Whether `x` can be converted to `t` (the spec's conversion rules).
    fn convertible(&self, x: &Operand<'a>, t: TypeId) -> bool {
        if self.assignable(x, t) {
            return true;
        }
        let v = x.ty;
        let (vu, tu) = (self.types.under(v), self.types.under(t));
        if self.types.identical(vu, tu) {
            return true;
        }
        // Unnamed pointer types with identical base underlying types.
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (self.types.kind(v), self.types.kind(t)) {
            if self.types.identical(self.types.under(*a), self.types.under(*b)) {
                return true;
            }
        }
        // A slice to an array or a pointer to an array of its element type.
        if let TypeKind::Slice(e) = self.types.under_kind(v) {
            let arr = match self.types.under_kind(t) {
                TypeKind::Pointer(p) => *p,
                _ => t,
            };
            if let TypeKind::Array(_, ae) = self.types.under_kind(arr) {
                if self.types.identical(*e, *ae) {
                    return true;
                }
            }
        }
        let (vb, tb) = (self.types.basic(v), self.types.basic(t));
        if let (Some(a), Some(b)) = (vb, tb) {
            if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
        }
        self.string_conversion(v, t).is_some()
    }

    /// A conversion between a string and a byte or rune slice, if `v` to `t` is one.
    fn string_conversion(&self, v: TypeId, t: TypeId) -> Option<ir::StrConv> {
        let elem = |s: TypeId| match self.types.under_kind(s) {
            TypeKind::Slice(e) => self.types.basic(*e),
            _ => None,
        };
        use crate::types::Basic;
        match (self.types.is_string(v), self.types.is_string(t)) {
            (true, false) => match elem(t) {
                Some(Basic::Uint8) => Some(ir::StrConv::StringToBytes),
                Some(Basic::Int32) => Some(ir::StrConv::StringToRunes),
                _ => None,
            },
            (false, true) => match elem(v) {
                Some(Basic::Uint8) => Some(ir::StrConv::BytesToString),
                Some(Basic::Int32) => Some(ir::StrConv::RunesToString),
                _ if self.types.is_integer(v) => Some(ir::StrConv::RuneToString),
                _ => None,
            },
            _ => None,
        }
    }

    // -----------------------------------------------------------------------
    // Builtins

    fn builtin(&mut self, e: &'a ast::Expr, b: BuiltinFn, args: &'a [ast::Expr], dots: bool) -> Result<Operand<'a>> {
        let name = b.name();
        // types2's table of builtins: (minimum arguments, variadic).
        let (min_args, variadic) = match b {
            BuiltinFn::Append | BuiltinFn::Make | BuiltinFn::Max | BuiltinFn::Min => (1, true),
            BuiltinFn::Print | BuiltinFn::Println => (0, true),
            BuiltinFn::Complex | BuiltinFn::Copy | BuiltinFn::Delete => (2, false),
            BuiltinFn::Recover => (0, false),
            _ => (1, false),
        };
        if dots && b != BuiltinFn::Append {
            self.error(e.start(), format!("invalid operation: invalid use of ... with built-in {name}"))?;
            for a in args {
                self.expr_or_type(a)?;
            }
            return Ok(Operand::invalid(e));
        }
        match b {
            BuiltinFn::Complex | BuiltinFn::Imag | BuiltinFn::Real => {
                self.unsupported(e.pos, &format!("the built-in {name} is"))?;
                for a in args {
                    self.expr_or_type(a)?;
                }
                return Ok(Operand::invalid(e));
            }
            _ => {}
        }
        if args.len() < min_args || (!variadic && args.len() > min_args) {
            let qual = if args.len() < min_args { "not enough" } else { "too many" };
            let msg = format!(
                "invalid operation: {qual} arguments for {} (expected {min_args}, found {})",
                expr_string(e),
                args.len()
            );
            self.error(e.start(), msg)?;
            return Ok(Operand::invalid(e));
        }
        match b {
            BuiltinFn::New => {
                let t = self.type_expr(&args[0])?;
                if self.types.is_invalid(t) {
                    return Ok(Operand::invalid(e));
                }
                let pt = self.types.pointer(t);
                let text = format!("new({})", self.types.gc_string(t));
                let site = self.new_site(e.pos, t, text);
                Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::New(site), pt, e.pos)))
            }
            BuiltinFn::Len | BuiltinFn::Cap => self.len_cap(e, b, &args[0]),
            BuiltinFn::Make => self.make(e, args),
            BuiltinFn::Append => self.append(e, args, dots),
            BuiltinFn::Copy => self.copy(e, args),
            BuiltinFn::Clear | BuiltinFn::Delete => self.clear_delete(e, b, args),
            BuiltinFn::Panic => {
                let x = self.expr(&args[0], None)?;
                if !x.is_valid() {
                    return Ok(Operand::invalid(e));
                }
                let Some(v) = self.assign_to(x, Types::EMPTY_INTERFACE, "argument to panic")? else {
                    return Ok(Operand::invalid(e));
                };
                let v = self.convert_to_iface(v, Types::EMPTY_INTERFACE, String::new())?;
                let ir = ir::Expr::new(IK::Call(Callee::Builtin(Builtin::Panic), vec![v]), Types::INVALID, e.pos);
                Ok(Operand { mode: Mode::NoValue, ty: Types::INVALID, val: None, ir: Some(ir), src: Some(e) })
            }
            BuiltinFn::Close => self.close(e, &args[0]),
            BuiltinFn::Recover => {
                let ir = ir::Expr::new(
                    IK::Call(Callee::Builtin(Builtin::Recover), Vec::new()),
                    Types::EMPTY_INTERFACE,
                    e.pos,
                );
                Ok(Operand::value(e, Mode::Value, ir))
            }
            BuiltinFn::Print | BuiltinFn::Println => {
                let which = if b == BuiltinFn::Print { Builtin::Print } else { Builtin::Println };
                // `println(f())` prints all of f's results.
                let mut evaluated = Vec::new();
                for a in args {
                    evaluated.push(self.expr(a, None)?);
                }
                if let [x] = &evaluated[..] {
                    if let (Mode::Value, TypeKind::Tuple(ts)) = (x.mode, self.types.kind(x.ty).clone()) {
                        let mut temps = Vec::new();
                        let mut vals = Vec::new();
                        for &t in &ts {
                            let l = self.new_local(".autotmp", t, ir::LocalKind::Temp);
                            temps.push(l);
                            vals.push(ir::Expr::new(IK::Local(l), t, x.node_pos()));
                        }
                        let print = ir::Expr::new(IK::Call(Callee::Builtin(which), vals), Types::INVALID, e.pos);
                        let call = x.ir.clone().expect("a call has IR");
                        let ir = ir::Expr::new(
                            IK::WithResults { call: Box::new(call), temps, body: Box::new(print) },
                            Types::INVALID,
                            e.pos,
                        );
                        return Ok(Operand {
                            mode: Mode::NoValue,
                            ty: Types::INVALID,
                            val: None,
                            ir: Some(ir),
                            src: Some(e),
                        });
                    }
                }
                let mut out = Vec::new();
                let mut ok = true;
                for (a, mut x) in args.iter().zip(evaluated) {
                    self.single_value(&mut x)?;
                    if !x.is_valid() {
                        ok = false;
                        continue;
                    }
                    if x.mode == Mode::Nil {
                        self.error(x.pos(), format!("use of untyped nil in argument to built-in {name}"))?;
                        ok = false;
                        continue;
                    }
                    let v = self.materialize_default(x)?;
                    if matches!(self.types.under_kind(v.ty), TypeKind::Struct(_) | TypeKind::Array(..)) {
                        self.error(
                            a.start(),
                            format!("illegal types for operand: {name}\n\t{}", self.type_string(v.ty)),
                        )?;
                        ok = false;
                        continue;
                    }
                    out.push(v);
                }
                if !ok {
                    return Ok(Operand::invalid(e));
                }
                let ir = ir::Expr::new(IK::Call(Callee::Builtin(which), out), Types::INVALID, e.pos);
                Ok(Operand { mode: Mode::NoValue, ty: Types::INVALID, val: None, ir: Some(ir), src: Some(e) })
            }
            BuiltinFn::Min | BuiltinFn::Max => self.min_max(e, b, args),
            _ => Ok(Operand::invalid(e)),
        }
    }

    fn len_cap(&mut self, e: &'a ast::Expr, b: BuiltinFn, a: &'a ast::Expr) -> Result<Operand<'a>> {
        let mut x = self.expr(a, None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            return Ok(Operand::invalid(e));
        }
        let under = self.types.under_kind(x.ty).clone();
        let arr_len = match &under {
            TypeKind::Array(n, _) => Some(*n),
            TypeKind::Pointer(p) => match self.types.under_kind(*p) {
                TypeKind::Array(n, _) => Some(*n),
                _ => None,
            },
            _ => None,
        };
        if let Some(n) = arr_len {
            // len of an array is constant unless it contains calls (we do
            // not evaluate the operand then, like gc for call-free operands).
            if !contains_call(a) {
                return Ok(Operand::constant(e, Types::INT, Value::int(n as i64)));
            }
            let v = self.materialize(x)?;
            let len = ir::Expr::new(IK::Const(Value::int(n as i64)), Types::INT, e.pos);
            // Evaluate the operand for its effects, then yield the constant.
            return Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::Len(Box::new(v)), Types::INT, len.pos)));
        }
        if b == BuiltinFn::Len && self.types.is_string(x.ty) {
            if let (Mode::Constant, Some(Value::String(s))) = (x.mode, &x.val) {
                return Ok(Operand::constant(e, Types::INT, Value::int(s.len() as i64)));
            }
            let v = self.materialize_default(x)?;
            return Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::Len(Box::new(v)), Types::INT, e.pos)));
        }
        if matches!(under, TypeKind::Slice(_)) || (b == BuiltinFn::Len && matches!(under, TypeKind::Map(..))) {
            let v = self.materialize(x)?;
            let kind = if b == BuiltinFn::Len { IK::Len(Box::new(v)) } else { IK::Cap(Box::new(v)) };
            return Ok(Operand::value(e, Mode::Value, ir::Expr::new(kind, Types::INT, e.pos)));
        }
        if matches!(under, TypeKind::Chan(..)) {
            let v = self.materialize(x)?;
            let kind = if b == BuiltinFn::Len { IK::Len(Box::new(v)) } else { IK::Cap(Box::new(v)) };
            return Ok(Operand::value(e, Mode::Value, ir::Expr::new(kind, Types::INT, e.pos)));
        }
        self.error(x.pos(), format!("invalid argument: {} for built-in {}", self.describe(&x), b.name()))?;
        Ok(Operand::invalid(e))
    }

    /// The element type of a slice operand, or types2's `argument must be a slice` cause.
    fn slice_elem(&self, x: &Operand<'a>) -> std::result::Result<TypeId, String> {
        match self.types.under_kind(x.ty) {
            TypeKind::Slice(e) if x.mode != Mode::Nil => Ok(*e),
            _ if x.mode == Mode::Nil => Err("argument must be a slice; have untyped nil".into()),
            _ => Err(format!("argument must be a slice; have {}", self.describe(x))),
        }
    }

    fn make(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Result<Operand<'a>> {
        let t = self.type_expr(&args[0])?;
        if self.types.is_invalid(t) {
            return Ok(Operand::invalid(e));
        }
        let min = match self.types.under_kind(t) {
            TypeKind::Slice(_) => 2,
            TypeKind::Map(..) => 1,
            TypeKind::Chan(..) => 1,
            _ => {
                let msg = format!(
                    "invalid argument: cannot make {}: type must be slice, map, or channel",
                    expr_string(&args[0])
                );
                self.error(args[0].start(), msg)?;
                return Ok(Operand::invalid(e));
            }
        };
        if args.len() < min || min + 1 < args.len() {
            let msg = format!(
                "invalid operation: {} expects {min} or {} arguments; found {}",
                expr_string(e),
                min + 1,
                args.len()
            );
            self.error(e.start(), msg)?;
            return Ok(Operand::invalid(e));
        }
        let mut sizes = Vec::new();
        let mut consts = Vec::new();
        for a in &args[1..] {
            match self.index_value(a, None)? {
                Some(v) => {
                    if let IK::Const(c) = &v.kind {
                        consts.push(c.to_i64().unwrap_or(0));
                    }
                    sizes.push(v);
                }
                None => return Ok(Operand::invalid(e)),
            }
        }
        if consts.len() == 2 && consts[0] > consts[1] {
            self.error(args[1].start(), "invalid argument: length and capacity swapped")?;
            return Ok(Operand::invalid(e));
        }
        let mut sizes = sizes.into_iter();
        if let TypeKind::Chan(..) = self.types.under_kind(t) {
            let size = sizes.next().map(Box::new);
            return Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::MakeChan(size), t, e.pos)));
        }
        let text = format!("make({})", args.iter().map(expr_string).collect::<Vec<_>>().join(", "));
        let site = self.new_site(e.pos, t, text);
        if min == 1 {
            let hint = sizes.next().map(Box::new);
            return Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::MakeMap { site, hint }, t, e.pos)));
        }
        let len = Box::new(sizes.next().expect("make has a length"));
        let cap = sizes.next().map(Box::new);
        Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::MakeSlice { site, len, cap }, t, e.pos)))
    }

    fn append(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr], dots: bool) -> Result<Operand<'a>> {
        let mut x = self.expr(&args[0], None)?;
        self.single_value(&mut x)?;
        if !x.is_valid() {
            for a in &args[1..] {
                self.expr(a, None)?;
            }
            return Ok(Operand::invalid(e));
        }
        let elem = match self.slice_elem(&x) {
            Ok(t) => t,
            Err(cause) => {
                self.error(x.pos(), format!("invalid append: {cause}"))?;
                return Ok(Operand::invalid(e));
            }
        };
        let st = x.ty;
        let site = self.new_site(e.pos, st, "append".into());
        let s = self.materialize(x)?;
        if dots {
            if args.len() != 2 {
                let msg = if args.len() == 1 {
                    format!("invalid operation: not enough arguments for {} (expected 2, found 1)", expr_string(e))
                } else {
                    "can only use ... with final argument in list".to_string()
                };
                self.error(e.start(), msg)?;
                return Ok(Operand::invalid(e));
            }
            let mut y = self.expr(&args[1], None)?;
            self.single_value(&mut y)?;
            if !y.is_valid() {
                return Ok(Operand::invalid(e));
            }
            // append([]byte, string...)
            let is_bytes = self.types.identical(elem, Types::UINT8);
            if is_bytes && self.types.is_string(y.ty) {
                let t = self.materialize_default(y)?;
                return Ok(Operand::value(
                    e,
                    Mode::Value,
                    ir::Expr::new(IK::AppendSlice { site, s: Box::new(s), t: Box::new(t) }, st, e.pos),
                ));
            }
            let want = self.types.slice(elem);
            let Some(t) = self.assign_to(y, want, "argument to append")? else {
                return Ok(Operand::invalid(e));
            };
            return Ok(Operand::value(
                e,
                Mode::Value,
                ir::Expr::new(IK::AppendSlice { site, s: Box::new(s), t: Box::new(t) }, st, e.pos),
            ));
        }
        let mut elems = Vec::new();
        let mut ok = true;
        for a in &args[1..] {
            let v = self.expr(a, None)?;
            match self.assign_to(v, elem, "argument to append")? {
                Some(v) => {
                    let v = if self.types.is_interface(elem) && !self.types.is_interface(v.ty) {
                        self.convert_to_iface(v, elem, String::new())?
                    } else {
                        v
                    };
                    elems.push(v);
                }
                None => ok = false,
            }
        }
        if !ok {
            return Ok(Operand::invalid(e));
        }
        Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::Append { site, s: Box::new(s), elems }, st, e.pos)))
    }

    fn copy(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Result<Operand<'a>> {
        let mut x = self.expr(&args[0], None)?;
        let mut y = self.expr(&args[1], None)?;
        self.single_value(&mut x)?;
        self.single_value(&mut y)?;
        if !x.is_valid() || !y.is_valid() {
            return Ok(Operand::invalid(e));
        }
        let dst_e = match self.slice_elem(&x) {
            Ok(t) => t,
            Err(cause) => {
                self.error(x.pos(), format!("invalid copy: {cause}"))?;
                return Ok(Operand::invalid(e));
            }
        };
        let special = self.types.identical(dst_e, Types::UINT8) && self.types.is_string(y.ty);
        if !special {
            let src_e = match self.slice_elem(&y) {
                Ok(t) => t,
                Err(_) if self.types.is_string(y.ty) => Types::UINT8,
                Err(cause) => {
                    self.error(y.pos(), format!("invalid copy: {cause}"))?;
                    return Ok(Operand::invalid(e));
                }
            };
            if !self.types.identical(dst_e, src_e) {
                let msg = format!(
                    "invalid copy: arguments {} and {} have different element types {} and {}",
                    self.describe(&x),
                    self.describe(&y),
                    self.type_string(dst_e),
                    self.type_string(src_e)
                );
                self.error(x.pos(), msg)?;
                return Ok(Operand::invalid(e));
            }
        }
        let d = self.materialize(x)?;
        let s = self.materialize_default(y)?;
        Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::Copy(Box::new(d), Box::new(s)), Types::INT, e.pos)))
    }

    /// `delete(m, k)` and `clear(x)` (types2's wording and checks).
    fn clear_delete(&mut self, e: &'a ast::Expr, b: BuiltinFn, args: &'a [ast::Expr]) -> Result<Operand<'a>> {
        let mut x = self.expr(&args[0], None)?;
        self.single_value(&mut x)?;
        let key = match args.get(1) {
            Some(a) => Some(self.expr(a, None)?),
            None => None,
        };
        if !x.is_valid() {
            return Ok(Operand::invalid(e));
        }
        let under =
            if x.mode == Mode::Nil { TypeKind::Basic(Basic::UntypedNil) } else { self.types.under_kind(x.ty).clone() };
        let kind = match (b, under, key) {
            (BuiltinFn::Delete, TypeKind::Map(kt, _), Some(key)) => {
                let Some(k) = self.assign_to(key, kt, "argument to delete")? else {
                    return Ok(Operand::invalid(e));
                };
                let m = self.materialize(x)?;
                IK::MapDelete(Box::new(m), Box::new(k))
            }
            (BuiltinFn::Delete, _, _) => {
                self.error(x.pos(), format!("invalid argument: {} is not a map", self.describe(&x)))?;
                return Ok(Operand::invalid(e));
            }
            (_, TypeKind::Map(..) | TypeKind::Slice(_), _) => IK::Clear(Box::new(self.materialize(x)?)),
            _ => {
                let msg = format!(
                    "invalid argument: cannot clear {}: argument must be (or constrained by) map or slice",
                    self.describe(&x)
                );
                self.error(x.pos(), msg)?;
                return Ok(Operand::invalid(e));
            }
        };
        let ir = ir::Expr::new(kind, Types::INVALID, e.pos);
        Ok(Operand { mode: Mode::NoValue, ty: Types::INVALID, val: None, ir: Some(ir), src: Some(e) })
    }

    fn min_max(&mut self, e: &'a ast::Expr, b: BuiltinFn, args: &'a [ast::Expr]) -> Result<Operand<'a>> {
        let mut xs = Vec::new();
        for a in args {
            let mut x = self.expr(a, None)?;
            self.single_value(&mut x)?;
            if !x.is_valid() {
                return Ok(Operand::invalid(e));
            }
            xs.push(x);
        }
        // All operands must have one ordered type (untyped ones convert).
        let typed = xs.iter().find(|x| !self.types.is_untyped(x.ty)).map(|x| x.ty);
        if let Some(t) = typed {
            for x in &mut xs {
                if self.types.is_untyped(x.ty) {
                    let mut y = x.clone();
                    self.convert_untyped(&mut y, t)?;
                    if !y.is_valid() {
                        return Ok(Operand::invalid(e));
                    }
                    *x = y;
                }
            }
            for x in &xs {
                if !self.types.identical(x.ty, t) {
                    self.error(
                        x.pos(),
                        format!(
                            "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                            self.type_string(t),
                            self.type_string(x.ty),
                            x.text()
                        ),
                    )?;
                    return Ok(Operand::invalid(e));
                }
            }
        }
        let t0 = xs[0].ty;
        if !self.types.basic(t0).is_some_and(|b| b.is_integer() || b.is_float() || b.is_string()) {
            self.error(xs[0].pos(), format!("invalid argument: {} cannot be ordered", self.describe(&xs[0])))?;
            return Ok(Operand::invalid(e));
        }
        let is_max = b == BuiltinFn::Max;
        if xs.iter().all(|x| x.mode == Mode::Constant) {
            // Constant result: the extreme value, in the largest untyped kind.
            let mut best = xs[0].clone();
            for x in xs.iter().skip(1) {
                let (Some(a), Some(v)) = (&best.val, &x.val) else {
                    continue;
                };
                let op = if is_max { crate::syntax::token::Op::Gtr } else { crate::syntax::token::Op::Lss };
                if super::expr::compare_const(op, v, a) {
                    let keep_ty = if self.types.is_untyped(best.ty) && self.types.is_untyped(x.ty) {
                        self.wider_untyped(best.ty, x.ty)
                    } else {
                        x.ty
                    };
                    best = x.clone();
                    best.ty = keep_ty;
                } else if self.types.is_untyped(best.ty) && self.types.is_untyped(x.ty) {
                    best.ty = self.wider_untyped(best.ty, x.ty);
                }
            }
            let mut o = Operand::constant(e, best.ty, best.val.unwrap_or(Value::int(0)));
            if let (Some(bk), Some(v)) = (self.types.basic(o.ty), o.val.clone()) {
                o.val = v.convert_kind(bk).or(Some(v));
            }
            return Ok(o);
        }
        let mut ops = Vec::new();
        for x in xs {
            ops.push(self.materialize_default(x)?);
        }
        let t = ops[0].ty;
        Ok(Operand::value(e, Mode::Value, ir::Expr::new(IK::MinMax(is_max, ops), t, e.pos)))
    }

    fn wider_untyped(&self, a: TypeId, b: TypeId) -> TypeId {
        let rank = |t: TypeId| match self.types.basic(t) {
            Some(Basic::UntypedInt) => 1,
            Some(Basic::UntypedRune) => 2,
            Some(Basic::UntypedFloat) => 3,
            _ => 0,
        };
        if rank(a) >= rank(b) {
            a
        } else {
            b
        }
    }
}

/// The callee of a call written as a plain name (`any` in `any(x)`).
fn fun_text(e: &ast::Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Call { fun, .. } => match &fun.unparen().kind {
            ExprKind::Name(n) => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The position of a call's closing parenthesis.
fn call_rparen(e: &ast::Expr) -> Pos {
    match &e.kind {
        ExprKind::Call { rparen, .. } => *rparen,
        _ => e.pos,
    }
}

/// Whether an expression contains a (non-constant) function call or receive:
/// `len` of such an array operand is not a constant.
pub fn contains_call(e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary { op: crate::syntax::token::Op::Recv, .. } => true,
        ExprKind::Paren(x) | ExprKind::Star(x) => contains_call(x),
        ExprKind::Unary { x, .. } => contains_call(x),
        ExprKind::Selector { x, .. } => contains_call(x),
        ExprKind::Index { x, index } => contains_call(x) || contains_call(index),
        ExprKind::Binary { x, y, .. } => contains_call(x) || contains_call(y),
        ExprKind::CompositeLit { elems, .. } => elems.iter().any(contains_call),
        ExprKind::KeyValue { key, value } => contains_call(key) || contains_call(value),
        _ => false,
    }
}

/// What a call calls.
enum Target {
    /// A function, with the receiver of a method call as first argument.
    Direct(Callee, Option<ir::Expr>),
    /// A func value.
    Value(ir::Expr),
    /// Method `index` of an interface value.
    Iface(ir::Expr, usize),
}
