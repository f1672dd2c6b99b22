//! The command line, shaped like the go command: `cranego build`, `run`,
//! `version`, `help`.
//!
//! Go's flag syntax (`-o out`, `-o=out`, `--gcflags=-m`, one or two dashes,
//! flags end at the first non-flag) is what Go users type; clap and lexopt
//! parse a different grammar, so the rules of Go's `flag` package are
//! implemented here: they are short.

use std::path::PathBuf;

/// Compiler flags given with `-gcflags` (gc's spellings).
#[derive(Clone, Debug, Default)]
pub struct GcFlags {
    /// `-m`: escape analysis (and later inlining) diagnostics; a count.
    pub m: u32,
    /// `-l`: no inlining.
    pub no_inline: bool,
    /// `-N`: no optimisations.
    pub no_opt: bool,
    /// `-escape=off` (cranego's own): every allocation on the heap, to
    /// measure what escape analysis is worth.
    pub escape_off: bool,
}

#[derive(Debug)]
pub enum Command {
    Build { output: Option<PathBuf>, gcflags: GcFlags, sources: Vec<String> },
    Run { gcflags: GcFlags, sources: Vec<String>, args: Vec<String> },
    Version,
    Help(Option<String>),
}

pub const USAGE: &str = "cranego compiles a subset of Go to native executables through Cranelift.

Usage:

\tcranego <command> [arguments]

The commands are:

\tbuild       compile packages and dependencies
\trun         compile and run Go program
\tversion     print cranego version

Use \"cranego help <command>\" for more information about a command.
";

pub const BUILD_USAGE: &str = "usage: cranego build [-o output] [-gcflags=flags] [file.go... | dir]

Build compiles the named Go files (one package main) or the .go files of a
directory into an executable. The default output name is the first file's
name without .go, or the directory's name.

\t-o file       write the executable to file
\t-gcflags=...  compiler flags, as gc spells them:
\t              -m      print escape analysis decisions (-m=2 or -m -m: more)
\t              -l      disable inlining
\t              -N      disable optimizations
";

pub const RUN_USAGE: &str = "usage: cranego run [-gcflags=flags] file.go... [arguments...]

Run compiles and runs the named Go files. The program's exit status is
passed through.
";

/// A Go-style flag: name and optional inline value.
fn split_flag(arg: &str) -> Option<(&str, Option<&str>)> {
    let body = arg.strip_prefix("--").or_else(|| arg.strip_prefix('-'))?;
    if body.is_empty() || body.starts_with('-') || body.starts_with('=') {
        return None;
    }
    Some(match body.split_once('=') {
        Some((n, v)) => (n, Some(v)),
        None => (body, None),
    })
}

pub fn parse(args: &[String]) -> Result<Command, String> {
    let Some(cmd) = args.first() else { return Ok(Command::Help(None)) };
    let rest = &args[1..];
    match cmd.as_str() {
        "build" => parse_build(rest),
        "run" => parse_run(rest),
        "version" => Ok(Command::Version),
        "help" | "-h" | "-help" | "--help" => Ok(Command::Help(rest.first().cloned())),
        other => Err(format!("cranego {other}: unknown command\nRun 'cranego help' for usage.")),
    }
}

/// Parses build flags; returns the index of the first non-flag argument.
fn parse_flags(
    cmd: &str,
    args: &[String],
    allow_o: bool,
    output: &mut Option<PathBuf>,
    gcflags: &mut GcFlags,
) -> Result<usize, String> {
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            return Ok(i + 1);
        }
        let Some((name, value)) = split_flag(a) else { return Ok(i) };
        let take_value = |i: &mut usize| -> Result<String, String> {
            match value {
                Some(v) => Ok(v.to_string()),
                None => {
                    *i += 1;
                    args.get(*i)
                        .cloned()
                        .ok_or_else(|| format!("flag needs an argument: -{name}\nusage: cranego {cmd} [flags]"))
                }
            }
        };
        match name {
            "o" if allow_o => *output = Some(PathBuf::from(take_value(&mut i)?)),
            "gcflags" => *gcflags = parse_gcflags(&take_value(&mut i)?)?,
            "h" | "help" => return Err(if cmd == "run" { RUN_USAGE.into() } else { BUILD_USAGE.into() }),
            _ => return Err(format!("flag provided but not defined: -{name}\nusage: cranego {cmd} [flags]")),
        }
        i += 1;
    }
    Ok(i)
}

fn parse_build(args: &[String]) -> Result<Command, String> {
    let mut output = None;
    let mut gcflags = GcFlags::default();
    let i = parse_flags("build", args, true, &mut output, &mut gcflags)?;
    Ok(Command::Build { output, gcflags, sources: args[i..].to_vec() })
}

fn parse_run(args: &[String]) -> Result<Command, String> {
    let mut output = None;
    let mut gcflags = GcFlags::default();
    let i = parse_flags("run", args, false, &mut output, &mut gcflags)?;
    // The .go files, then the program's arguments.
    let files = args[i..].iter().take_while(|a| a.ends_with(".go")).count();
    let sources = args[i..i + files].to_vec();
    if sources.is_empty() {
        return Err("cranego: no go files listed".into());
    }
    Ok(Command::Run { gcflags, sources, args: args[i + files..].to_vec() })
}

/// gc's flags inside `-gcflags`: `-m`, `-m=2`, `-m -m`, `-l`, `-N`
/// (a package pattern prefix like `all=` is accepted and ignored).
pub fn parse_gcflags(s: &str) -> Result<GcFlags, String> {
    let s = match s.split_once('=') {
        Some((pat, rest)) if !pat.starts_with('-') => rest,
        _ => s,
    };
    let mut f = GcFlags::default();
    for word in s.split_whitespace() {
        let Some((name, value)) = split_flag(word) else {
            return Err(format!("invalid value \"{s}\" for flag -gcflags: compiler flags must start with -"));
        };
        match name {
            "m" => match value {
                None => f.m += 1,
                Some(v) => f.m = v.parse().map_err(|_| format!("invalid value {v:?} for flag -m"))?,
            },
            "l" => f.no_inline = true,
            "N" => f.no_opt = true,
            "escape" => match value {
                Some("off") => f.escape_off = true,
                Some("on") | None => f.escape_off = false,
                Some(v) => return Err(format!("invalid value {v:?} for flag -escape: want on or off")),
            },
            _ => return Err(format!("compile: flag provided but not defined: -{name}")),
        }
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn go_flag_syntax() {
        let Ok(Command::Build { output, gcflags, sources }) = parse(&args("build -o=x --gcflags=-m x.go")) else {
            panic!()
        };
        assert_eq!(output, Some(PathBuf::from("x")));
        assert_eq!(gcflags.m, 1);
        assert_eq!(sources, ["x.go"]);
        let Ok(Command::Run { sources, args: a, .. }) = parse(&args("run a.go b.go -x y")) else { panic!() };
        assert_eq!(sources, ["a.go", "b.go"]);
        assert_eq!(a, ["-x", "y"]);
        assert_eq!(parse_gcflags("-m -m").map(|f| f.m), Ok(2));
        assert_eq!(parse_gcflags("-m=2 -l").map(|f| (f.m, f.no_inline)), Ok((2, true)));
        assert!(parse(&args("build -q x.go")).is_err());
    }
}
