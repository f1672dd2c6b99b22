//! The pipeline, one stage after the other: load the package's files, parse,
//! type-check to IR, analyse escapes, generate code, link.

use std::path::{Path, PathBuf};

use crate::cli::GcFlags;
use crate::diag::Diagnostics;
use crate::source::SourceMap;
use crate::{check, codegen, escape, inline, link, syntax};

/// Why a build stopped. Compile errors are printed as go prints them.
pub enum Failure {
    /// `# command-line-arguments` and gc-style messages.
    Compile(String),
    /// Anything else (unreadable files, linking): one message.
    Other(String),
}

/// The outcome of compiling a package.
pub enum Built {
    Executable,
    /// A package other than main: checked, nothing to link (as `go build`).
    NotMain,
}

/// The `.go` files named by the arguments: files, or one directory.
pub fn source_files(args: &[String]) -> Result<Vec<PathBuf>, Failure> {
    if args.is_empty() {
        return Err(Failure::Other("cranego: no go files listed (cranego build needs files or a directory)".into()));
    }
    if args.len() == 1 && Path::new(&args[0]).is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&args[0])
            .map_err(|e| Failure::Other(format!("cranego: {}: {e}", args[0])))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "go") && !p.to_string_lossy().ends_with("_test.go"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Failure::Other(format!("cranego: no Go files in {}", args[0])));
        }
        return Ok(files);
    }
    for a in args {
        if !a.ends_with(".go") {
            return Err(Failure::Other(format!("cranego: named files must be .go files: {a}")));
        }
    }
    Ok(args.iter().map(PathBuf::from).collect())
}

/// The default executable name, as `go build` picks it.
pub fn default_output(args: &[String], files: &[PathBuf]) -> PathBuf {
    if args.len() == 1 && Path::new(&args[0]).is_dir() {
        let abs = std::fs::canonicalize(&args[0]).unwrap_or_else(|_| PathBuf::from(&args[0]));
        return PathBuf::from(abs.file_name().unwrap_or_default());
    }
    PathBuf::from(files[0].file_stem().unwrap_or_default())
}

pub fn build(files: &[PathBuf], gcflags: &GcFlags, out: &Path) -> Result<Built, Failure> {
    let mut src = SourceMap::default();
    for f in files {
        let bytes = std::fs::read(f).map_err(|e| Failure::Other(format!("open {}: {e}", f.display())))?;
        let text =
            String::from_utf8(bytes).map_err(|_| Failure::Other(format!("{}: invalid UTF-8 encoding", f.display())))?;
        src.add(f.clone(), text);
    }
    let mut diags = Diagnostics::default();
    let mut trees = Vec::new();
    for i in 0..src.files.len() {
        let (tree, errs) = syntax::parse_file(i as u32, &src);
        for (pos, msg) in errs {
            if diags.error(&src, pos, msg).is_err() {
                break;
            }
        }
        trees.extend(tree);
    }
    let failed = |diags: &Diagnostics| Failure::Compile(format!("# command-line-arguments\n{}", diags.render(&src)));
    if diags.has_syntax_errors() || trees.len() < src.files.len() {
        return Err(failed(&diags));
    }
    // All files must belong to one package.
    let first = &trees[0].package.name;
    if let Some(other) = trees.iter().find(|t| &t.package.name != first) {
        let a = &src.files[trees[0].file as usize].path;
        let b = &src.files[other.file as usize].path;
        return Err(Failure::Other(format!(
            "found packages {first} ({}) and {} ({}) in {}",
            file_name(a),
            other.package.name,
            file_name(b),
            a.parent().map(|p| p.display().to_string()).unwrap_or_default()
        )));
    }
    let is_main = first == "main";
    let mut program = match check::check(&trees, &src, &mut diags) {
        Ok(Some(p)) if !diags.has_errors() => p,
        Ok(None) if !is_main && !diags.has_errors() => return Ok(Built::NotMain),
        _ => return Err(failed(&diags)),
    };
    if !is_main {
        return Ok(Built::NotMain);
    }
    let mut lines = if gcflags.no_inline { Vec::new() } else { inline::inline(&mut program, gcflags.m) };
    let opts = escape::Options { m: gcflags.m, off: gcflags.escape_off };
    let (decisions, escape_lines) = escape::analyze(&program, &src, opts);
    lines.extend(escape_lines);
    if gcflags.m > 0 && !lines.is_empty() {
        // As go build prints them: on stderr, after the package's header.
        let mut text = String::from("# command-line-arguments\n");
        for d in &lines {
            text.push_str(&format!("{}: {}", src.format(d.pos), d.msg));
            if let Some(at) = d.at {
                text.push_str(&format!(" at {}", src.format(at)));
            }
            text.push('\n');
        }
        eprint!("{text}");
    }
    let object =
        codegen::compile(&program, &decisions).map_err(|e| Failure::Other(format!("# command-line-arguments\n{e}")))?;
    link::link(&object, out).map_err(Failure::Other)?;
    Ok(Built::Executable)
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
