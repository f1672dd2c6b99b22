//! Checks labels and branch statements in a function body, as gc's parser
//! does (`syntax/branches.go`): misplaced `break`/`continue`/`fallthrough`,
//! bad labelled branches, unused, duplicate and missing labels, and gotos
//! that jump over declarations or into blocks.

use std::collections::HashMap;

use super::ast::*;
use crate::source::Pos;

/// Renders a position inside a message (`label L already defined at ./x.go:4:1`).
pub type PosFormatter<'a> = &'a dyn Fn(Pos) -> String;

/// What a branch can target from the current statement.
#[derive(Clone, Copy)]
enum Breakable {
    None,
    Loop,
    Switch { type_switch: bool, ncases: usize },
    Select,
}

#[derive(Clone, Copy)]
struct Targets {
    breaks: Breakable,
    continues: bool,
    /// Index of the case clause when directly inside one, else `None`.
    case_index: Option<usize>,
}

/// What kind of statement a label labels.
#[derive(Clone, Copy, PartialEq)]
enum Labeled {
    For,
    SwitchOrSelect,
    Other,
}

struct Label {
    block: usize,
    pos: Pos,
    kind: Labeled,
    used: bool,
}

struct Block {
    parent: Option<usize>,
    start: Pos,
    /// The label of the statement this block belongs to, if any.
    label: Option<String>,
}

struct Checker<'f> {
    labels: HashMap<String, Label>,
    blocks: Vec<Block>,
    errs: Vec<(Pos, String)>,
    fmt: PosFormatter<'f>,
}

struct Goto<'a> {
    label: &'a Ident,
}

pub fn check(body: &Block_, fmt: PosFormatter<'_>) -> Vec<(Pos, String)> {
    let mut c = Checker { labels: HashMap::new(), blocks: Vec::new(), errs: Vec::new(), fmt };
    let none = Targets { breaks: Breakable::None, continues: false, case_index: None };
    let fwd = c.block(None, none, None, body.pos, &body.stmts);
    for g in fwd {
        let name = &g.label.name;
        if let Some(l) = c.labels.get_mut(name) {
            l.used = true;
            let start = c.blocks[l.block].start;
            let msg = format!("goto {name} jumps into block starting at {}", (c.fmt)(start));
            c.errs.push((g.label.pos, msg));
        } else {
            c.errs.push((g.label.pos, format!("label {name} not defined")));
        }
    }
    let mut unused: Vec<(Pos, String)> = c
        .labels
        .iter()
        .filter(|(_, l)| !l.used)
        .map(|(n, l)| (l.pos, format!("label {n} defined and not used")))
        .collect();
    unused.sort();
    c.errs.extend(unused);
    c.errs
}

type Block_ = super::ast::Block;

fn trim_trailing_empty(list: &[Stmt]) -> &[Stmt] {
    let mut n = list.len();
    while n > 0 && matches!(list[n - 1], Stmt::Empty(_)) {
        n -= 1;
    }
    &list[..n]
}

impl<'f> Checker<'f> {
    fn err(&mut self, pos: Pos, msg: String) {
        self.errs.push((pos, msg));
    }

    /// Whether the label `name` belongs to `b` or an enclosing block.
    fn enclosing_target(&mut self, mut b: Option<usize>, name: &str) -> Option<Option<Labeled>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let kind = l.kind;
        while let Some(i) = b {
            if self.blocks[i].label.as_deref() == Some(name) {
                return Some(Some(kind));
            }
            b = self.blocks[i].parent;
        }
        Some(None)
    }

    fn goto_target(&mut self, mut b: Option<usize>, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else {
            return false;
        };
        l.used = true;
        let target = l.block;
        while let Some(i) = b {
            if i == target {
                return true;
            }
            b = self.blocks[i].parent;
        }
        false
    }

    fn block<'a>(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        label: Option<String>,
        start: Pos,
        body: &'a [Stmt],
    ) -> Vec<Goto<'a>> {
        let b = self.blocks.len();
        self.blocks.push(Block { parent, start, label: label.clone() });
        let mut var_decl: Option<(Pos, String)> = None;
        let mut fwd: Vec<Goto<'a>> = Vec::new();
        let mut bad: Vec<usize> = Vec::new(); // indices into fwd that jump over var_decl

        let list = trim_trailing_empty(body);
        for (index, stmt) in list.iter().enumerate() {
            let mut stmt = stmt;
            let mut lstmt: Option<String> = None;
            loop {
                match stmt {
                    Stmt::Var(specs) => {
                        if let Some(s) = specs.first() {
                            let name = s.names.first().map(|n| n.name.clone()).unwrap_or_default();
                            var_decl = Some((s.pos, name));
                            bad = (0..fwd.len()).collect();
                        }
                    }
                    Stmt::Labeled { label: l, stmt: inner } => {
                        if l.name != "_" {
                            let kind = match **inner {
                                Stmt::For { .. } | Stmt::Range { .. } => Labeled::For,
                                Stmt::Switch { .. } | Stmt::TypeSwitch { .. } | Stmt::Select { .. } => {
                                    Labeled::SwitchOrSelect
                                }
                                _ => Labeled::Other,
                            };
                            if let Some(alt) = self.labels.get(&l.name) {
                                let msg = format!("label {} already defined at {}", l.name, (self.fmt)(alt.pos));
                                self.err(l.pos, msg);
                            } else {
                                self.labels.insert(l.name.clone(), Label { block: b, pos: l.pos, kind, used: false });
                            }
                            let mut keep = Vec::new();
                            let mut keep_bad = Vec::new();
                            for (i, g) in fwd.drain(..).enumerate() {
                                if g.label.name == l.name {
                                    if let Some(lab) = self.labels.get_mut(&l.name) {
                                        lab.used = true;
                                    }
                                    if let (Some((vp, vn)), true) = (&var_decl, bad.contains(&i)) {
                                        let msg = format!(
                                            "goto {} jumps over declaration of {} at {}",
                                            l.name,
                                            vn,
                                            (self.fmt)(*vp)
                                        );
                                        self.errs.push((g.label.pos, msg));
                                    }
                                } else {
                                    if bad.contains(&i) {
                                        keep_bad.push(keep.len());
                                    }
                                    keep.push(g);
                                }
                            }
                            fwd = keep;
                            bad = keep_bad;
                            lstmt = Some(l.name.clone());
                        }
                        stmt = inner;
                        continue;
                    }
                    Stmt::Branch { kind, label: None, pos } => match kind {
                        BranchKind::Break => {
                            if let Breakable::None = ctxt.breaks {
                                self.err(*pos, "break is not in a loop, switch, or select".into());
                            }
                        }
                        BranchKind::Continue => {
                            if !ctxt.continues {
                                self.err(*pos, "continue is not in a loop".into());
                            }
                        }
                        BranchKind::Fallthrough => {
                            let mut msg = Some("fallthrough statement out of place");
                            if let Breakable::Switch { type_switch, ncases } = ctxt.breaks {
                                if type_switch {
                                    msg = Some("cannot fallthrough in type switch");
                                } else if ctxt.case_index.is_none() || index + 1 < list.len() {
                                } else if ctxt.case_index.map(|i| i + 1) == Some(ncases) {
                                    msg = Some("cannot fallthrough final case in switch");
                                } else {
                                    msg = None;
                                }
                            }
                            if let Some(m) = msg {
                                self.err(*pos, m.into());
                            }
                        }
                        BranchKind::Goto => {}
                    },
                    Stmt::Branch { kind, label: Some(l), .. } => match kind {
                        BranchKind::Break => match self.enclosing_target(Some(b), &l.name) {
                            Some(Some(Labeled::For | Labeled::SwitchOrSelect)) => {}
                            Some(_) => self.err(l.pos, format!("invalid break label {}", l.name)),
                            None => self.err(l.pos, format!("break label not defined: {}", l.name)),
                        },
                        BranchKind::Continue => match self.enclosing_target(Some(b), &l.name) {
                            Some(Some(Labeled::For)) => {}
                            Some(_) => self.err(l.pos, format!("invalid continue label {}", l.name)),
                            None => self.err(l.pos, format!("continue label not defined: {}", l.name)),
                        },
                        BranchKind::Goto => {
                            if !self.goto_target(Some(b), &l.name) {
                                fwd.push(Goto { label: l });
                            }
                        }
                        BranchKind::Fallthrough => {}
                    },
                    Stmt::Assign { define: true, pos, lhs, .. } => {
                        let name = lhs.iter().map(super::printer::expr_string).collect::<Vec<_>>().join(", ");
                        var_decl = Some((*pos, name));
                        bad = (0..fwd.len()).collect();
                    }
                    Stmt::Block(blk) => {
                        let inner = Targets { case_index: None, ..ctxt };
                        let f = self.block(Some(b), inner, lstmt.clone(), blk.pos, &blk.stmts);
                        fwd.extend(f);
                    }
                    Stmt::If { then, els, .. } => {
                        let inner = Targets { case_index: None, ..ctxt };
                        let f = self.block(Some(b), inner, lstmt.clone(), then.pos, &then.stmts);
                        fwd.extend(f);
                        if let Some(e) = els {
                            let f = self.block(Some(b), inner, lstmt.clone(), e.pos(), std::slice::from_ref(&**e));
                            fwd.extend(f);
                        }
                    }
                    Stmt::For { body, .. } | Stmt::Range { body, .. } => {
                        let inner = Targets { breaks: Breakable::Loop, continues: true, case_index: None };
                        let f = self.block(Some(b), inner, lstmt.clone(), body.pos, &body.stmts);
                        fwd.extend(f);
                    }
                    Stmt::Switch { clauses, .. } | Stmt::TypeSwitch { clauses, .. } => {
                        let type_switch = matches!(stmt, Stmt::TypeSwitch { .. });
                        for (i, cc) in clauses.iter().enumerate() {
                            let inner = Targets {
                                breaks: Breakable::Switch { type_switch, ncases: clauses.len() },
                                continues: ctxt.continues,
                                case_index: Some(i),
                            };
                            let f = self.block(Some(b), inner, lstmt.clone(), cc.pos, &cc.body);
                            fwd.extend(f);
                        }
                    }
                    Stmt::Select { clauses, .. } => {
                        for cc in clauses {
                            let inner =
                                Targets { breaks: Breakable::Select, continues: ctxt.continues, case_index: None };
                            let f = self.block(Some(b), inner, lstmt.clone(), cc.pos, &cc.body);
                            fwd.extend(f);
                        }
                    }
                    _ => {}
                }
                break;
            }
        }
        fwd
    }
}
