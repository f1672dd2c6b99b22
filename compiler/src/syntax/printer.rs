//! Expressions as gc's syntax printer writes them in its short form
//! (`syntax.String`): type checker messages quote source expressions this way,
//! with composite literal and function bodies shortened to `{…}`.

use super::ast::*;

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(s: &mut String, xs: &[Expr]) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, x);
    }
}

fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Bad => s.push_str("<bad expr>"),
        ExprKind::Name(n) => s.push_str(n),
        ExprKind::BasicLit { text, .. } => s.push_str(text),
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                write_expr(s, t);
            }
            s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(s, key);
            s.push_str(": ");
            write_expr(s, value);
        }
        ExprKind::FuncLit { typ, body } => {
            write_func_type(s, typ);
            s.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write_expr(s, x);
            s.push('[');
            write_expr(s, index);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(s, x);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, typ } => {
            write_expr(s, x);
            s.push_str(".(");
            write_expr(s, typ);
            s.push(')');
        }
        ExprKind::TypeSwitchGuard { bind, x } => {
            if let Some(b) = bind {
                s.push_str(&b.name);
                s.push_str(" := ");
            }
            write_expr(s, x);
            s.push_str(".(type)");
        }
        ExprKind::Call { fun, args, dots, .. } => {
            write_expr(s, fun);
            s.push('(');
            write_list(s, args);
            if *dots {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x);
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(l) => write_expr(s, l),
                None => s.push_str("..."),
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            write_expr(s, elem);
        }
        ExprKind::DotsType(elem) => {
            s.push_str("...");
            write_expr(s, elem);
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            write_fields(s, fields);
            s.push('}');
        }
        ExprKind::FuncType(t) => write_func_type(s, t),
        ExprKind::InterfaceType(methods) => {
            s.push_str("interface{");
            for (i, m) in methods.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match (&m.name, &m.typ.kind) {
                    (Some(n), ExprKind::FuncType(ft)) => {
                        s.push_str(&n.name);
                        write_signature(s, ft);
                    }
                    _ => write_expr(s, &m.typ),
                }
            }
            s.push('}');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key);
            s.push(']');
            write_expr(s, value);
        }
        ExprKind::ChanType { dir, elem } => {
            if *dir == ChanDir::Recv {
                s.push_str("<-");
            }
            s.push_str("chan");
            if *dir == ChanDir::Send {
                s.push_str("<-");
            }
            s.push(' ');
            let paren = *dir == ChanDir::Both && matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Recv, .. });
            if paren {
                s.push('(');
            }
            write_expr(s, elem);
            if paren {
                s.push(')');
            }
        }
    }
}

/// Fields declared together (`a, b int`) share their type node, recognised
/// by its position.
fn same_type(a: &Field, b: &Field) -> bool {
    a.typ.pos == b.typ.pos
}

fn write_fields(s: &mut String, fields: &[Field]) {
    let mut i = 0;
    while i < fields.len() {
        if i > 0 {
            s.push_str("; ");
        }
        let f = &fields[i];
        match &f.name {
            None => write_expr(s, &f.typ),
            Some(n) => {
                s.push_str(&n.name);
                let mut j = i + 1;
                while j < fields.len() && fields[j].name.is_some() && same_type(f, &fields[j]) {
                    s.push_str(", ");
                    s.push_str(fields[j].name.as_ref().map(|n| n.name.as_str()).unwrap_or("_"));
                    j += 1;
                }
                s.push(' ');
                write_expr(s, &f.typ);
                i = j - 1;
            }
        }
        if let Some(t) = &f.tag {
            s.push(' ');
            s.push_str(t);
        }
        i += 1;
    }
}

fn write_func_type(s: &mut String, t: &FuncType) {
    s.push_str("func");
    write_signature(s, t);
}

fn write_signature(s: &mut String, t: &FuncType) {
    write_params(s, &t.params);
    if !t.results.is_empty() {
        s.push(' ');
        if t.results.len() == 1 && t.results[0].name.is_none() {
            write_expr(s, &t.results[0].typ);
        } else {
            write_params(s, &t.results);
        }
    }
}

fn write_params(s: &mut String, list: &[Field]) {
    s.push('(');
    for (i, f) in list.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(n) = &f.name {
            s.push_str(&n.name);
            if let Some(f1) = list.get(i + 1) {
                if f1.name.is_some() && same_type(f, f1) {
                    continue;
                }
            }
            s.push(' ');
        }
        write_expr(s, &f.typ);
    }
    s.push(')');
}
