//! Compile errors, reported the way gc reports them.
//!
//! gc queues messages and prints them sorted by position; it keeps one syntax
//! error per line and drops a repeated message on the same line; after the
//! tenth error it prints `too many errors` at that error's position and stops
//! (the cap counts errors in the order they are *found*, so a later-found
//! error can be crowded out even if it is earlier in the file). This module
//! reproduces that bookkeeping (`base.ErrorfAt`, `base.FlushErrors`).
//!
//! A diagnostics crate (ariadne, codespan) renders rich reports; gc's output is
//! one plain line per error, so none fits and this stays small.

use crate::source::{Pos, SourceMap};

/// One line of gc's `-m` output (its `base.WarnfAt`): `POS: MSG`, then
/// ` at AT` for `-m=2` explanations. The inliner and the escape analysis
/// make them; they are not errors.
#[derive(Clone)]
pub struct Remark {
    pub pos: Pos,
    pub msg: String,
    pub at: Option<Pos>,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub pos: Pos,
    pub msg: String,
}

/// Raised when the error cap is reached: compilation stops at once.
#[derive(Debug)]
pub struct TooManyErrors;

#[derive(Default)]
pub struct Diagnostics {
    msgs: Vec<Diagnostic>,
    syntax_errors: usize,
    last_syntax: Option<(u32, u32)>,
    last_other: Option<(u32, u32, String)>,
    /// Set when the tenth error was reported: its position gets `too many errors`.
    too_many_at: Option<Pos>,
    /// Errors of gc's link step, printed after the others, without position.
    link: Vec<String>,
    /// Files in the order errors first mention them: gc sorts positions by
    /// file in that order (its position bases are numbered as they appear).
    file_rank: Vec<u32>,
}

impl Diagnostics {
    /// Reports an error. Returns `Err(TooManyErrors)` once gc would stop.
    pub fn error(&mut self, src: &SourceMap, pos: Pos, msg: impl Into<String>) -> Result<(), TooManyErrors> {
        let msg = msg.into();
        if self.too_many_at.is_some() {
            return Err(TooManyErrors);
        }
        let line = (pos.file, src.line(pos));
        if msg.starts_with("syntax error") {
            self.syntax_errors += 1;
            if self.last_syntax == Some(line) {
                return Ok(());
            }
            self.last_syntax = Some(line);
        } else {
            if let Some((f, l, m)) = &self.last_other {
                if (*f, *l) == line && *m == msg {
                    return Ok(());
                }
            }
            self.last_other = Some((line.0, line.1, msg.clone()));
        }
        if !self.file_rank.contains(&pos.file) {
            self.file_rank.push(pos.file);
        }
        self.msgs.push(Diagnostic { pos, msg });
        if self.msgs.len() >= 10 {
            self.too_many_at = Some(pos);
            return Err(TooManyErrors);
        }
        Ok(())
    }

    pub fn has_errors(&self) -> bool {
        !self.msgs.is_empty() || !self.link.is_empty()
    }

    /// An error gc's linker reports (`runtime.main_main·f: function main is undeclared …`).
    pub fn link_error(&mut self, msg: &str) {
        self.link.push(msg.to_string());
    }

    pub fn has_syntax_errors(&self) -> bool {
        self.syntax_errors > 0
    }

    /// The messages as gc prints them: sorted by position (stable), identical
    /// consecutive lines once, then `too many errors` if the cap was hit.
    pub fn render(&self, src: &SourceMap) -> String {
        let mut msgs: Vec<&Diagnostic> = self.msgs.iter().collect();
        let rank = |f: u32| self.file_rank.iter().position(|&x| x == f).unwrap_or(usize::MAX);
        msgs.sort_by_key(|d| (rank(d.pos.file), d.pos.offset));
        let mut out = String::new();
        let mut prev: Option<String> = None;
        for d in msgs {
            let line = format!("{}: {}\n", src.format(d.pos), d.msg);
            if prev.as_deref() != Some(line.as_str()) {
                out.push_str(&line);
            }
            prev = Some(line);
        }
        if let Some(pos) = self.too_many_at {
            out.push_str(&format!("{}: too many errors\n", src.format(pos)));
        }
        for l in &self.link {
            out.push_str(&format!("runtime.main_main·f: {l}\n"));
        }
        out
    }
}
