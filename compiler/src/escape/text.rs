//! Allocation sites as gc's `-m` lines name them; expressions print with
//! what the analysis learnt (`ir::text`).

use super::Analysis;
use crate::ir::text::Facts;
use crate::ir::{FuncId, Program, SiteId};
use crate::source::Pos;
use crate::types::constant::Value;
use crate::types::TypeId;

/// The text of allocation site `s`.
pub fn site_text(prog: &Program, an: &Analysis, s: SiteId) -> String {
    match an.site_texts.get(&s) {
        Some(t) => t.clone(),
        None => prog.sites[s.index()].text.clone(),
    }
}

impl Facts for Analysis {
    fn constant(&self, site: SiteId) -> Option<&Value> {
        self.site_consts.get(&site)
    }
    fn devirtualized(&self, pos: Pos) -> Option<(FuncId, TypeId)> {
        self.devirt.get(&pos).map(|d| (d.func, d.ty))
    }
}

/// The analysis' facts without its constants: gc's `-m=2` explanations
/// print expressions as they were before `rewriteWithLiterals`.
pub struct AsWritten<'a>(pub &'a Analysis);

impl Facts for AsWritten<'_> {
    fn constant(&self, _: SiteId) -> Option<&Value> {
        None
    }
    fn devirtualized(&self, pos: Pos) -> Option<(FuncId, TypeId)> {
        self.0.devirtualized(pos)
    }
}
