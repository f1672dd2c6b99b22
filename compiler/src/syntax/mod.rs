//! Syntax: source text to a syntax tree.
//!
//! `lexer` turns text into tokens (chumsky over characters), `lexer::insert_semicolons`
//! applies Go's semicolon rule, `parser` builds the tree (chumsky over tokens)
//! and `branches` checks labels and `break`/`continue` targets as gc's parser does.

pub mod ast;
pub mod branches;
pub mod lexer;
pub mod parser;
pub mod printer;
pub mod token;

use crate::source::{Pos, SourceMap};

/// A lexical or syntax error at a byte offset, with gc's complete message.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxErr {
    pub offset: usize,
    pub msg: String,
}

impl SyntaxErr {
    pub fn new(offset: usize, msg: String) -> SyntaxErr {
        SyntaxErr { offset, msg }
    }
}

// chumsky builds its own errors only when a combinator fails without our
// recovery (which the grammar avoids); they get gc's generic wording.
impl<'a, I: chumsky::input::Input<'a>> chumsky::error::Error<'a, I> for SyntaxErr where
    I::Span: chumsky::span::Span<Offset = usize>
{
}

impl<'a, I: chumsky::input::Input<'a>, L> chumsky::label::LabelError<'a, I, L> for SyntaxErr
where
    I::Span: chumsky::span::Span<Offset = usize>,
{
    fn expected_found<E: IntoIterator<Item = L>>(
        _expected: E,
        _found: Option<chumsky::util::MaybeRef<'a, I::Token>>,
        span: I::Span,
    ) -> Self {
        use chumsky::span::Span;
        SyntaxErr::new(span.start(), String::new())
    }
}

/// Parses one file: tokens, semicolons, tree, branch checks. Errors come back
/// as (position, message) in the order gc finds them.
pub fn parse_file(file: u32, src: &SourceMap) -> (Option<ast::File>, Vec<(Pos, String)>) {
    let text = &src.files[file as usize].text;
    let (tokens, lex_errs) = lexer::lex(text);
    let tokens = lexer::insert_semicolons(tokens);
    let fmt_pos = |p: Pos| src.format(p);
    let lex_offsets = lex_errs.iter().map(|e| e.offset).collect();
    let (tree, parse_errs) = parser::parse(file, &tokens, lex_offsets, &fmt_pos);
    let mut errs: Vec<(Pos, String)> =
        lex_errs.into_iter().chain(parse_errs).map(|e| (Pos::new(file as usize, e.offset), e.msg)).collect();
    // The scanner runs ahead of the parser by one token: interleave by position.
    errs.sort_by_key(|(p, _)| *p);
    (tree, errs)
}
