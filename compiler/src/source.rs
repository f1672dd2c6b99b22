//! Source files and positions.
//!
//! Every later stage refers to source text through a [`Pos`]: a file index and a
//! byte offset. Lines and columns are computed only when a message is printed;
//! columns count bytes from 1, as gc's do (a tab is one column).

use std::path::{Path, PathBuf};

/// A position in one of the package's files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    pub file: u32,
    pub offset: u32,
}

impl Pos {
    pub fn new(file: usize, offset: usize) -> Pos {
        Pos { file: file as u32, offset: offset as u32 }
    }
}

/// One source file: its text, the name printed in messages and a line table.
pub struct SourceFile {
    /// The path as printed by the go command: relative to the working
    /// directory, with `./` for files in it (`./x.go`, `sub/x.go`, `../x.go`).
    pub display: String,
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: PathBuf, display: String, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile { display, path, text, line_starts }
    }

    /// 1-based line and byte column of an offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }
}

/// All files of the package being compiled.
#[derive(Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, path: PathBuf, text: String) -> usize {
        let display = display_path(&path);
        self.files.push(SourceFile::new(path, display, text));
        self.files.len() - 1
    }

    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        self.files[pos.file as usize].line_col(pos.offset)
    }

    pub fn line(&self, pos: Pos) -> u32 {
        self.line_col(pos).0
    }

    /// Whether the comment lines right above the line of `pos` include the
    /// compiler directive `//go:NAME` (`NAME` is `go:noinline`): gc applies
    /// a directive to the declaration that follows its comment group.
    pub fn has_directive(&self, pos: Pos, name: &str) -> bool {
        let file = &self.files[pos.file as usize];
        let mut line = self.line(pos) as usize - 1;
        while line > 0 {
            line -= 1;
            let start = file.line_starts[line] as usize;
            let end = file.line_starts.get(line + 1).map_or(file.text.len(), |&e| e as usize);
            let text = file.text[start..end].trim_end();
            let Some(comment) = text.strip_prefix("//") else { return false };
            if comment == name {
                return true;
            }
        }
        false
    }

    /// `./x.go:3:2`, as gc prints positions through the go command.
    pub fn format(&self, pos: Pos) -> String {
        let (line, col) = self.line_col(pos);
        format!("{}:{}:{}", self.files[pos.file as usize].display, line, col)
    }
}

/// The go command prints a file by the shortest relative path of its directory
/// from the working directory (`base.ShortPath`): `./x.go` when the file is in
/// the working directory, `sub/x.go` or `../x.go` otherwise.
pub fn display_path(path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let abs = if path.is_absolute() { path.to_path_buf() } else { cwd.join(path) };
    let abs = normalize(&abs);
    let name = abs.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = abs.parent().map(normalize).unwrap_or_default();
    let cwd = normalize(&cwd);
    if dir == cwd {
        return format!("./{name}");
    }
    let rel = relative(&dir, &cwd);
    let rel_str = rel.to_string_lossy();
    let abs_dir = dir.to_string_lossy();
    // ShortPath keeps the absolute path when it is not longer than the relative one.
    if rel_str.len() < abs_dir.len() {
        format!("{rel_str}/{name}")
    } else {
        format!("{abs_dir}/{name}")
    }
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn relative(target: &Path, base: &Path) -> PathBuf {
    let t: Vec<_> = target.components().collect();
    let b: Vec<_> = base.components().collect();
    let common = t.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c);
    }
    out
}
