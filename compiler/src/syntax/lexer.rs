//! The lexer: Go source text to tokens, with gc's lexical errors.
//!
//! Built from chumsky parsers over `&str`. The simple tokens (punctuation,
//! operators) are plain combinators; numbers, strings, runes and comments are
//! `custom` parsers that follow gc's scanner (`syntax/scanner.go`) step by step,
//! because gc's error positions and its decisions about where a malformed
//! literal ends are part of what we must reproduce. Lexical errors are emitted
//! without failing, like gc's scanner, which reports and goes on.
//!
//! Newlines come out as [`Tok::Newline`]; [`insert_semicolons`] then applies the
//! spec's automatic-semicolon rule in a separate pass.

use chumsky::input::InputRef;
use chumsky::prelude::*;

use super::token::{Keyword, LitKind, Op, Semi, Tok, KEYWORDS};
use super::SyntaxErr;

type Extra = extra::Err<SyntaxErr>;
type Inp<'a, 'p> = InputRef<'a, 'p, &'a str, Extra>;

/// A token with its byte range in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
}

/// Lexes a whole file. Never fails: errors are returned beside the tokens.
pub fn lex(text: &str) -> (Vec<Spanned>, Vec<SyntaxErr>) {
    let (tokens, errs) = lexer().parse(text).into_output_errors();
    let mut tokens = tokens.unwrap_or_default();
    tokens.push(Spanned { tok: Tok::Eof, start: text.len(), end: text.len() });
    (tokens, errs)
}

fn offset(inp: &Inp<'_, '_>) -> usize {
    *inp.cursor().inner()
}

fn err_at(inp: &mut Inp<'_, '_>, at: usize, msg: String) {
    inp.emit(SyntaxErr::new(at, msg));
}

fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

/// `unicode.IsLetter` (categories L*); Rust's `is_alphabetic` also admits marks
/// and letter numbers, which Go does not accept in identifiers.
fn is_unicode_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

/// `unicode.IsDigit` (category Nd), approximated as numeric and not alphabetic.
fn is_unicode_digit(c: char) -> bool {
    c.is_numeric() && !c.is_alphabetic()
}

fn lexer<'a>() -> impl Parser<'a, &'a str, Vec<Spanned>, Extra> {
    let whitespace = one_of(" \t\r").repeated();

    let ident = custom(scan_ident);
    let number = custom(|inp: &mut Inp<'a, '_>| scan_number(inp, false));
    let string = custom(scan_string);
    let raw_string = custom(scan_raw_string);
    let rune = custom(scan_rune);
    let comment = custom(scan_comment);

    // Longest operators first.
    let assign_op = |s: &'static str, op: Op| just(s).to(Tok::AssignOp(op));
    let op = |s: &'static str, op: Op| just(s).to(Tok::Op(op));
    let operators = choice((
        choice((
            just("...").to(Tok::DotDotDot),
            assign_op("<<=", Op::Shl),
            assign_op(">>=", Op::Shr),
            assign_op("&^=", Op::AndNot),
            just("++").to(Tok::IncOp(Op::Add)),
            just("--").to(Tok::IncOp(Op::Sub)),
            op("&&", Op::AndAnd),
            op("||", Op::OrOr),
            just("<-").to(Tok::Arrow),
            op("==", Op::Eql),
            op("!=", Op::Neq),
            op("<=", Op::Leq),
            op(">=", Op::Geq),
            just(":=").to(Tok::Define),
            op("<<", Op::Shl),
            op(">>", Op::Shr),
            op("&^", Op::AndNot),
        )),
        choice((
            assign_op("+=", Op::Add),
            assign_op("-=", Op::Sub),
            assign_op("*=", Op::Mul),
            assign_op("/=", Op::Div),
            assign_op("%=", Op::Rem),
            assign_op("&=", Op::And),
            assign_op("|=", Op::Or),
            assign_op("^=", Op::Xor),
            op("+", Op::Add),
            op("-", Op::Sub),
            just("*").to(Tok::Star),
            op("/", Op::Div),
            op("%", Op::Rem),
            op("&", Op::And),
            op("|", Op::Or),
            op("^", Op::Xor),
            op("<", Op::Lss),
            op(">", Op::Gtr),
            op("!", Op::Not),
            op("~", Op::Tilde),
        )),
        choice((
            just("=").to(Tok::Assign),
            just(":").to(Tok::Colon),
            just(".").to(Tok::Dot),
            just(",").to(Tok::Comma),
            just(";").to(Tok::Semi(Semi::Written)),
            just("(").to(Tok::LParen),
            just(")").to(Tok::RParen),
            just("[").to(Tok::LBrack),
            just("]").to(Tok::RBrack),
            just("{").to(Tok::LBrace),
            just("}").to(Tok::RBrace),
            just("\n").to(Tok::Newline),
        )),
    ));

    // Anything else: gc reports `invalid character U+0040 '@'` and skips it.
    let invalid = custom(|inp: &mut Inp<'a, '_>| {
        let at = offset(inp);
        match inp.next() {
            Some(c) => {
                let msg = if c == '\u{0}' {
                    "invalid NUL character".to_string()
                } else if c == '\u{feff}' {
                    "invalid BOM in the middle of the file".to_string()
                } else {
                    format!("invalid character {}", quote_rune_u(c))
                };
                err_at(inp, at, msg);
                Ok(None)
            }
            None => Err(SyntaxErr::new(at, "unexpected EOF".into())),
        }
    });

    let token = choice((
        ident.map(Some),
        number.map(Some),
        string.map(Some),
        raw_string.map(Some),
        rune.map(Some),
        comment,
        operators.map(Some),
        invalid,
    ));

    whitespace
        .ignore_then(token.map_with(|t, e| {
            let span: SimpleSpan = e.span();
            t.map(|tok| Spanned { tok, start: span.start, end: span.end })
        }))
        .repeated()
        .collect::<Vec<_>>()
        .then_ignore(whitespace)
        .map(|ts| ts.into_iter().flatten().collect())
}

/// `%#U` of a rune: `U+0040 '@'`.
pub fn quote_rune_u(c: char) -> String {
    if c.is_control() || c == '\u{feff}' {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{}'", c as u32, c)
    }
}

fn scan_ident<'a>(inp: &mut Inp<'a, '_>) -> Result<Tok, SyntaxErr> {
    let start = offset(inp);
    match inp.peek() {
        Some(c) if is_letter(c) || !c.is_ascii() => {}
        _ => return Err(SyntaxErr::new(start, String::new())),
    }
    // gc's `atIdentChar`: every non-ASCII rune continues an identifier; those
    // that are neither letters nor digits are reported, and so is a leading digit.
    let mut text = String::new();
    while let Some(c) = inp.peek() {
        if c.is_ascii() {
            if !(is_letter(c) || c.is_ascii_digit()) {
                break;
            }
        } else if !is_unicode_letter(c) {
            let at = offset(inp);
            if is_unicode_digit(c) {
                if text.is_empty() {
                    err_at(inp, at, format!("identifier cannot begin with digit {}", quote_rune_u(c)));
                }
            } else {
                err_at(inp, at, format!("invalid character {} in identifier", quote_rune_u(c)));
            }
        }
        text.push(c);
        inp.next();
    }
    if text.len() >= 2 {
        if let Some((_, kw)) = KEYWORDS.iter().find(|(s, _)| *s == text) {
            return Ok(Tok::Kw(*kw));
        }
    }
    Ok(Tok::Name(text))
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// gc's `scanner.number`: reads as far as gc reads, reports what gc reports.
fn scan_number<'a>(inp: &mut Inp<'a, '_>, _seen_point: bool) -> Result<Tok, SyntaxErr> {
    let start = offset(inp);
    let mut text = String::new();
    let c0 = inp.peek();
    let seen_point_start = match c0 {
        Some(c) if c.is_ascii_digit() => false,
        Some('.') => {
            // `.5` is a number only when a digit follows the dot.
            let save = inp.save();
            inp.next();
            let is_num = matches!(inp.peek(), Some(c) if c.is_ascii_digit());
            inp.rewind(save);
            if !is_num {
                return Err(SyntaxErr::new(start, String::new()));
            }
            inp.next();
            text.push('.');
            true
        }
        _ => return Err(SyntaxErr::new(start, String::new())),
    };
    let mut ok = true;
    let mut kind = LitKind::Int;
    let mut base = 10;
    let mut prefix = '\0';
    let mut digsep = 0;
    let mut invalid: Option<usize> = None;
    let mut seen_point = seen_point_start;

    let lower = |c: char| c.to_ascii_lowercase();

    let digits = |inp: &mut Inp<'a, '_>, text: &mut String, base: u32, invalid: &mut Option<usize>| -> i32 {
        let mut ds = 0;
        while let Some(c) = inp.peek() {
            let is_digit = if base <= 10 { c.is_ascii_digit() } else { c.is_ascii_hexdigit() };
            if !(is_digit || c == '_') {
                break;
            }
            if c == '_' {
                ds |= 2;
            } else {
                ds |= 1;
                if base <= 10 && c.to_digit(10).unwrap_or(0) >= base && invalid.is_none() {
                    *invalid = Some(text.len());
                }
            }
            text.push(c);
            inp.next();
        }
        ds
    };

    if !seen_point {
        if inp.peek() == Some('0') {
            text.push('0');
            inp.next();
            match inp.peek().map(lower) {
                Some('x') => {
                    text.push(inp.next().unwrap_or('x'));
                    base = 16;
                    prefix = 'x';
                }
                Some('o') => {
                    text.push(inp.next().unwrap_or('o'));
                    base = 8;
                    prefix = 'o';
                }
                Some('b') => {
                    text.push(inp.next().unwrap_or('b'));
                    base = 2;
                    prefix = 'b';
                }
                _ => {
                    base = 8;
                    prefix = '0';
                    digsep = 1;
                }
            }
        }
        digsep |= digits(inp, &mut text, base, &mut invalid);
        if inp.peek() == Some('.') {
            if prefix == 'o' || prefix == 'b' {
                let at = offset(inp);
                err_at(inp, at, format!("invalid radix point in {} literal", base_name(base)));
                ok = false;
            }
            inp.next();
            text.push('.');
            seen_point = true;
        }
    }
    if seen_point {
        kind = LitKind::Float;
        digsep |= digits(inp, &mut text, base, &mut invalid);
    }
    if digsep & 1 == 0 && ok {
        let at = offset(inp);
        err_at(inp, at, format!("{} literal has no digits", base_name(base)));
        ok = false;
    }
    if let Some(e) = inp.peek().map(lower).filter(|e| *e == 'e' || *e == 'p') {
        let ch = inp.peek().unwrap_or(e);
        if ok {
            if e == 'e' && prefix != '\0' && prefix != '0' {
                let at = offset(inp);
                err_at(inp, at, format!("'{ch}' exponent requires decimal mantissa"));
                ok = false;
            } else if e == 'p' && prefix != 'x' {
                let at = offset(inp);
                err_at(inp, at, format!("'{ch}' exponent requires hexadecimal mantissa"));
                ok = false;
            }
        }
        text.push(ch);
        inp.next();
        kind = LitKind::Float;
        if let Some(s @ ('+' | '-')) = inp.peek() {
            text.push(s);
            inp.next();
        }
        let mut no_invalid = None;
        let ds = digits(inp, &mut text, 10, &mut no_invalid);
        digsep = ds | (digsep & 2);
        if ds & 1 == 0 && ok {
            let at = offset(inp);
            err_at(inp, at, "exponent has no digits".into());
            ok = false;
        }
    } else if prefix == 'x' && kind == LitKind::Float && ok {
        let at = offset(inp);
        err_at(inp, at, "hexadecimal mantissa requires a 'p' exponent".into());
        ok = false;
    }
    if inp.peek() == Some('i') {
        kind = LitKind::Imag;
        text.push('i');
        inp.next();
    }
    if kind == LitKind::Int && ok {
        if let Some(i) = invalid {
            let bad = text.as_bytes()[i] as char;
            err_at(inp, start + i, format!("invalid digit '{bad}' in {} literal", base_name(base)));
            ok = false;
        }
    }
    if digsep & 2 != 0 && ok {
        if let Some(i) = invalid_sep(&text) {
            err_at(inp, start + i, "'_' must separate successive digits".into());
            ok = false;
        }
    }
    Ok(Tok::Lit { kind, text, bad: !ok })
}

/// gc's `invalidSep`: the index of the first misplaced `_`, if any.
fn invalid_sep(x: &str) -> Option<usize> {
    let b = x.as_bytes();
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' {
        x1 = b[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < b.len() {
        let p = d;
        d = b[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || x1 == b'x' && d.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(b.len() - 1);
    }
    None
}

/// gc's `scanner.escape`; the backslash is already consumed. Returns false after an error.
fn scan_escape(inp: &mut Inp<'_, '_>, text: &mut String, quote: char) -> bool {
    let Some(c) = inp.peek() else { return true };
    let (n, base, max): (u32, u32, u32) = match c {
        'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => {
            text.push(c);
            inp.next();
            return true;
        }
        _ if c == quote => {
            text.push(c);
            inp.next();
            return true;
        }
        '0'..='7' => (3, 8, 255),
        'x' => {
            text.push(c);
            inp.next();
            (2, 16, 255)
        }
        'u' => {
            text.push(c);
            inp.next();
            (4, 16, 0x10FFFF)
        }
        'U' => {
            text.push(c);
            inp.next();
            (8, 16, 0x10FFFF)
        }
        _ => {
            let at = offset(inp);
            err_at(inp, at, "unknown escape".into());
            return false;
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(c) = inp.peek() else { return true };
        let d = c.to_digit(16).unwrap_or(base);
        if d >= base {
            let at = offset(inp);
            err_at(inp, at, format!("invalid character {} in {} escape", quote_go_rune(c), base_name(base)));
            return false;
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        text.push(c);
        inp.next();
    }
    if x > max && base == 8 {
        let at = offset(inp);
        err_at(inp, at, format!("octal escape value {x} > 255"));
        return false;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        let at = offset(inp);
        let shown = match char::from_u32(x) {
            Some(ch) => quote_rune_u(ch),
            None => format!("U+{x:04X}"),
        };
        err_at(inp, at, format!("escape is invalid Unicode code point {shown}"));
        return false;
    }
    true
}

/// `%q` of a rune as gc's messages print it.
fn quote_go_rune(c: char) -> String {
    match c {
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

fn scan_string<'a>(inp: &mut Inp<'a, '_>) -> Result<Tok, SyntaxErr> {
    let start = offset(inp);
    if inp.peek() != Some('"') {
        return Err(SyntaxErr::new(start, String::new()));
    }
    inp.next();
    let mut text = String::from('"');
    let mut ok = true;
    loop {
        match inp.peek() {
            Some('"') => {
                text.push('"');
                inp.next();
                break;
            }
            Some('\\') => {
                text.push('\\');
                inp.next();
                if !scan_escape(inp, &mut text, '"') {
                    ok = false;
                }
            }
            Some('\n') => {
                let at = offset(inp);
                err_at(inp, at, "newline in string".into());
                ok = false;
                break;
            }
            None => {
                err_at(inp, start, "string not terminated".into());
                ok = false;
                break;
            }
            Some(c) => {
                text.push(c);
                inp.next();
            }
        }
    }
    Ok(Tok::Lit { kind: LitKind::String, text, bad: !ok })
}

fn scan_raw_string<'a>(inp: &mut Inp<'a, '_>) -> Result<Tok, SyntaxErr> {
    let start = offset(inp);
    if inp.peek() != Some('`') {
        return Err(SyntaxErr::new(start, String::new()));
    }
    inp.next();
    let mut text = String::from('`');
    let mut ok = true;
    loop {
        match inp.next() {
            Some('`') => {
                text.push('`');
                break;
            }
            Some(c) => text.push(c),
            None => {
                err_at(inp, start, "string not terminated".into());
                ok = false;
                break;
            }
        }
    }
    Ok(Tok::Lit { kind: LitKind::String, text, bad: !ok })
}

fn scan_rune<'a>(inp: &mut Inp<'a, '_>) -> Result<Tok, SyntaxErr> {
    let start = offset(inp);
    if inp.peek() != Some('\'') {
        return Err(SyntaxErr::new(start, String::new()));
    }
    inp.next();
    let mut text = String::from('\'');
    let mut ok = true;
    let mut n = 0;
    loop {
        match inp.peek() {
            Some('\'') => {
                if ok {
                    if n == 0 {
                        let at = offset(inp);
                        err_at(inp, at, "empty rune literal or unescaped '".into());
                        ok = false;
                    } else if n != 1 {
                        err_at(inp, start, "more than one character in rune literal".into());
                        ok = false;
                    }
                }
                text.push('\'');
                inp.next();
                break;
            }
            Some('\\') => {
                text.push('\\');
                inp.next();
                if !scan_escape(inp, &mut text, '\'') {
                    ok = false;
                }
            }
            Some('\n') => {
                if ok {
                    let at = offset(inp);
                    err_at(inp, at, "newline in rune literal".into());
                    ok = false;
                }
                break;
            }
            None => {
                if ok {
                    err_at(inp, start, "rune literal not terminated".into());
                    ok = false;
                }
                break;
            }
            Some(c) => {
                text.push(c);
                inp.next();
            }
        }
        n += 1;
    }
    Ok(Tok::Lit { kind: LitKind::Rune, text, bad: !ok })
}

/// Comments: `//` to the end of the line (the newline stays), `/* */` which
/// counts as a newline when it spans lines. Fails (so `/` lexes as an operator)
/// when no comment starts here.
fn scan_comment<'a>(inp: &mut Inp<'a, '_>) -> Result<Option<Tok>, SyntaxErr> {
    let start = offset(inp);
    let save = inp.save();
    if inp.next() != Some('/') {
        inp.rewind(save);
        return Err(SyntaxErr::new(start, String::new()));
    }
    match inp.peek() {
        Some('/') => {
            while let Some(c) = inp.peek() {
                if c == '\n' {
                    break;
                }
                inp.next();
            }
            Ok(None)
        }
        Some('*') => {
            inp.next();
            let mut newline = false;
            let mut prev_star = false;
            loop {
                match inp.next() {
                    Some('/') if prev_star => break,
                    Some(c) => {
                        newline |= c == '\n';
                        prev_star = c == '*';
                    }
                    None => {
                        err_at(inp, start, "comment not terminated".into());
                        break;
                    }
                }
            }
            Ok(newline.then_some(Tok::Newline))
        }
        _ => {
            inp.rewind(save);
            Err(SyntaxErr::new(start, String::new()))
        }
    }
}

/// The spec's rule: a newline (or the end of the file) becomes a semicolon
/// after an identifier, a literal, `break continue fallthrough return`,
/// `++ --` or `) ] }`. Other newlines are dropped.
pub fn insert_semicolons(tokens: Vec<Spanned>) -> Vec<Spanned> {
    let mut out: Vec<Spanned> = Vec::with_capacity(tokens.len());
    let mut nlsemi = false;
    for t in tokens {
        match t.tok {
            Tok::Newline => {
                if nlsemi {
                    out.push(Spanned { tok: Tok::Semi(Semi::Newline), start: t.start, end: t.start });
                }
                nlsemi = false;
            }
            Tok::Eof => {
                if nlsemi {
                    out.push(Spanned { tok: Tok::Semi(Semi::Eof), start: t.start, end: t.start });
                }
                out.push(t);
                break;
            }
            _ => {
                nlsemi = matches!(
                    t.tok,
                    Tok::Name(_)
                        | Tok::Lit { .. }
                        | Tok::Kw(Keyword::Break | Keyword::Continue | Keyword::Fallthrough | Keyword::Return)
                        | Tok::IncOp(_)
                        | Tok::RParen
                        | Tok::RBrack
                        | Tok::RBrace
                );
                out.push(t);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        let (t, errs) = lex(src);
        assert!(errs.is_empty(), "{errs:?}");
        insert_semicolons(t).into_iter().map(|s| s.tok).collect()
    }

    #[test]
    fn semicolons_after_names_and_closers() {
        let t = toks("x := f(a)\nreturn\n}\n");
        assert_eq!(t[t.len() - 2], Tok::Semi(Semi::Newline));
        assert!(t.contains(&Tok::Kw(Keyword::Return)));
        assert_eq!(t.iter().filter(|t| matches!(t, Tok::Semi(_))).count(), 3);
    }

    #[test]
    fn numbers_end_where_gc_ends_them() {
        let t = toks("0x1p-2 1_000 .5 0b101 07 1e9 0x_1F");
        let texts: Vec<_> = t
            .iter()
            .filter_map(|t| match t {
                Tok::Lit { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["0x1p-2", "1_000", ".5", "0b101", "07", "1e9", "0x_1F"]);
    }

    #[test]
    fn lexical_errors_do_not_stop_the_lexer() {
        let (t, errs) = lex("x := \"abc\ny := 'ab'\n@");
        assert_eq!(errs.len(), 3);
        assert_eq!(errs[0].msg, "newline in string");
        assert_eq!(errs[1].msg, "more than one character in rune literal");
        assert!(errs[2].msg.starts_with("invalid character U+0040"));
        assert!(t.iter().any(|t| matches!(t.tok, Tok::Name(ref n) if n == "y")));
    }
}
