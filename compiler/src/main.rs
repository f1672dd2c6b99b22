//! cranego: a compiler for a subset of Go, through Cranelift.
//!
//! See ARCHITECTURE.md for the pipeline; `driver.rs` runs it.

mod check;
mod cli;
mod codegen;
mod diag;
mod driver;
mod escape;
mod inline;
mod ir;
mod link;
mod source;
mod stdlib;
mod syntax;
mod types;

use std::process::ExitCode;

use cli::Command;
use driver::{Built, Failure};

/// The compiler runs on a thread with a large stack: deeply nested source
/// must not overflow the recursive passes.
const COMPILER_STACK: usize = 1 << 29;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let worker = std::thread::Builder::new().stack_size(COMPILER_STACK).spawn(move || run(&args));
    match worker.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("cranego: internal compiler error");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> ExitCode {
    let cmd = match cli::parse(args) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    match cmd {
        Command::Version => {
            println!("cranego version {} (Go subset of go1.27) linux/amd64", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Help(topic) => {
            let text = match topic.as_deref() {
                Some("build") => cli::BUILD_USAGE,
                Some("run") => cli::RUN_USAGE,
                _ => cli::USAGE,
            };
            print!("{text}");
            ExitCode::SUCCESS
        }
        Command::Build { output, gcflags, sources } => {
            let files = match driver::source_files(&sources) {
                Ok(f) => f,
                Err(e) => return report(e),
            };
            let out = output.unwrap_or_else(|| driver::default_output(&sources, &files));
            match driver::build(&files, &gcflags, &out) {
                Ok(_) => ExitCode::SUCCESS,
                Err(e) => report(e),
            }
        }
        Command::Run { gcflags, sources, args } => {
            let files = match driver::source_files(&sources) {
                Ok(f) => f,
                Err(e) => return report(e),
            };
            let dir = match tempfile::tempdir() {
                Ok(d) => d,
                Err(e) => return report(Failure::Other(format!("cranego: temporary directory: {e}"))),
            };
            let exe = dir.path().join("prog");
            match driver::build(&files, &gcflags, &exe) {
                Ok(Built::Executable) => {}
                Ok(Built::NotMain) => {
                    return report(Failure::Other("package command-line-arguments is not a main package".into()));
                }
                Err(e) => return report(e),
            }
            match std::process::Command::new(&exe).args(&args).status() {
                Ok(status) => ExitCode::from(exit_code(status)),
                Err(e) => report(Failure::Other(format!("cranego: running {}: {e}", exe.display()))),
            }
        }
    }
}

/// The program's exit status, passed through (signals as the shell shows them).
fn exit_code(status: std::process::ExitStatus) -> u8 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => c as u8,
        (None, Some(s)) => 128u8.wrapping_add(s as u8),
        _ => 1,
    }
}

fn report(f: Failure) -> ExitCode {
    match f {
        Failure::Compile(text) => eprint!("{text}"),
        Failure::Other(msg) => eprintln!("{msg}"),
    }
    ExitCode::from(1)
}
