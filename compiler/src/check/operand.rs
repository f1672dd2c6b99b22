//! Operands: the result of checking an expression, and how types2 describes
//! them in messages (`x (variable of type int)`, `1 (untyped int constant)`,
//! `1 << 70 (untyped int constant 1180591620717411303424)`).

use super::{BuiltinFn, Checker};
use crate::ir;
use crate::source::Pos;
use crate::syntax::ast;
use crate::syntax::printer::expr_string;
use crate::types::constant::{self, Value};
use crate::types::{TypeId, TypeKind, Types};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Invalid,
    /// A call without results.
    NoValue,
    Builtin(BuiltinFn),
    TypeExpr,
    Constant,
    /// Addressable.
    Variable,
    Value,
    /// A value that may also be read as `(value, ok)`: type assertions.
    CommaOk,
    /// `m[k]`: like `CommaOk`, and assignable though not addressable.
    MapIndex,
    Nil,
}

#[derive(Clone, Debug)]
pub struct Operand<'e> {
    pub mode: Mode,
    pub ty: TypeId,
    /// The value of a constant.
    pub val: Option<Value>,
    /// The IR of a non-constant value; constants are materialised on use.
    pub ir: Option<ir::Expr>,
    /// The source expression, for messages and positions.
    pub src: Option<&'e ast::Expr>,
}

impl<'e> Operand<'e> {
    pub fn invalid(src: &'e ast::Expr) -> Operand<'e> {
        Operand { mode: Mode::Invalid, ty: Types::INVALID, val: None, ir: None, src: Some(src) }
    }

    pub fn constant(src: &'e ast::Expr, ty: TypeId, val: Value) -> Operand<'e> {
        Operand { mode: Mode::Constant, ty, val: Some(val), ir: None, src: Some(src) }
    }

    pub fn value(src: &'e ast::Expr, mode: Mode, e: ir::Expr) -> Operand<'e> {
        Operand { mode, ty: e.ty, val: None, ir: Some(e), src: Some(src) }
    }

    pub fn is_valid(&self) -> bool {
        self.mode != Mode::Invalid
    }

    pub fn invalidate(&mut self) {
        self.mode = Mode::Invalid;
    }

    /// Where errors about this operand are reported: the start of its expression.
    pub fn pos(&self) -> Pos {
        self.src.map(|e| e.start()).unwrap_or_default()
    }

    /// The position of the expression node itself (operator, `(`, `.`).
    pub fn node_pos(&self) -> Pos {
        self.src.map(|e| e.pos).unwrap_or_default()
    }

    pub fn text(&self) -> String {
        self.src.map(expr_string).unwrap_or_default()
    }
}

impl Checker<'_> {
    /// types2's `operandString`.
    pub fn describe(&self, x: &Operand) -> String {
        if x.mode == Mode::Nil {
            return if x.ty == Types::UNTYPED_NIL {
                "nil".into()
            } else {
                format!("nil (of type {})", self.type_string(x.ty))
            };
        }
        let mut expr = x.text();
        if expr.is_empty() {
            if let (Mode::Constant, Some(v)) = (x.mode, &x.val) {
                expr = value_string(v);
            }
        }
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
            _ => {
                if self.types.is_untyped(x.ty) {
                    if let TypeKind::Basic(b) = self.types.kind(x.ty) {
                        buf.push_str(b.name());
                        buf.push(' ');
                    }
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
            Mode::MapIndex => "map index expression",
            Mode::Nil => "nil",
        });
        if let (Mode::Constant, Some(v)) = (x.mode, &x.val) {
            let s = value_string(v);
            if s != expr {
                buf.push(' ');
                buf.push_str(&s);
            }
        }
        if has_type {
            if self.types.is_invalid(x.ty) {
                buf.push_str(" with invalid type");
            } else {
                let mut desc = String::new();
                if self.types.is_named(x.ty) {
                    let what = composite_kind(&self.types, x.ty);
                    desc = match what {
                        Some(w) => format!("{w} "),
                        None => format!("{} ", self.type_string(self.types.under(x.ty))),
                    };
                }
                buf.push_str(&format!(" of {desc}type {}", self.type_string(x.ty)));
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }
}

/// types2's `compositeKind`: `struct`, `array`, ... or `None` for basic types.
pub fn composite_kind(types: &Types, t: TypeId) -> Option<&'static str> {
    Some(match types.under_kind(t) {
        TypeKind::Basic(_) => return None,
        TypeKind::Array(..) => "array",
        TypeKind::Slice(_) => "slice",
        TypeKind::Struct(_) => "struct",
        TypeKind::Pointer(_) => "pointer",
        TypeKind::Func { .. } => "func",
        TypeKind::Interface(_) => "interface",
        TypeKind::Map(..) => "map",
        TypeKind::Chan(..) => "chan",
        TypeKind::Tuple(_) => "tuple",
        TypeKind::Named(_) => return None,
    })
}

/// A constant as go/constant's `String` prints it.
pub fn value_string(v: &Value) -> String {
    constant::display(v)
}
