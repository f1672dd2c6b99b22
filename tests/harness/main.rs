//! The test suite: every Go program under tests/ is a test case, compared
//! with what the real Go toolchain produced for it (tests/golden.sh).
//!
//! * `programs/X.go` or `programs/X/`: compiled and run; stdout must equal
//!   `X.out`, the exit status `X.exit`, and stderr up to the first
//!   `goroutine N [` line `X.err` (empty when there is none).
//! * `errors/X.go` or `errors/X/`: `cranego build` must fail with exactly
//!   the stderr of `go build` (`X.err`) and exit status 1.
//! * `escape/X.go`: `cranego build -gcflags='-m -l'` must print exactly
//!   what `go build` printed (`X.m`; `X.m2` with `-m=2 -l` for the programs
//!   listed in `escape/M2`; `X.mi` with plain `-m`, inlining on), and the
//!   program must run as under Go. `inline_m2::X` compares the inliner's
//!   lines of plain `-m=2` (`can inline F with cost N as: …`, `cannot
//!   inline …`, `inlining call to …`) with those of `X.mi2`, gc's whole
//!   `-m=2` output (`make escape-score` scores all of it). Files
//!   named in `escape/KNOWN-DIFFERENCES` (`X.m`, `X.m2`, `X.mi2`, or `X.out`
//!   for the run) are expected to differ, for the reason the list gives;
//!   such a case fails once it matches, to keep the list true.
//! * `allocsites::X`: every program of `programs/` and `escape/` runs with
//!   `GODEBUG=allocsites=1`; no allocation site the escape analysis kept
//!   off the heap may have allocated on the heap, except those marked as
//!   falling back at run time where gc does too.
//! * `fatal/X.go`: run as a program ending in a fatal error (a stack
//!   overflow); of stderr only the `fatal error:` lines are compared, as
//!   the rest of Go's report holds addresses and runtime frames.
//! * `memory/X.go`: run as a program, and its peak RSS must stay under the
//!   limit its first line states (`// peak-rss-limit-mb: N`).
//! * `unsupported/X.go`: valid Go outside the subset cranego compiles
//!   today. Go has no expected output for these; the file's first line,
//!   `// unsupported: <phrase>`, names the error cranego must give
//!   (`<phrase> not supported by cranego`), with exit status 1.
//!
//! libtest-mimic gives each case its own name, filtering and parallel runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Failed, Trial};

const CRANEGO: &str = env!("CARGO_BIN_EXE_cranego");

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests")
}

/// The cases of a directory: `X.go` files and directories of `.go` files.
fn cases(dir: &Path) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    for e in entries.flatten() {
        let p = e.path();
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if p.is_dir() {
            let mut files: Vec<String> = std::fs::read_dir(&p)
                .into_iter()
                .flatten()
                .flatten()
                .map(|f| f.file_name().to_string_lossy().into_owned())
                .filter(|f| f.ends_with(".go"))
                .map(|f| format!("{name}/{f}"))
                .collect();
            files.sort();
            out.push((name, files));
        } else if let Some(stem) = name.strip_suffix(".go") {
            out.push((stem.to_string(), vec![name.clone()]));
        }
    }
    out.sort();
    out
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

/// Go's stderr after a panic, up to the goroutine header; the faulting pc
/// of a signal differs between binaries and is masked.
fn cut_stderr(s: &str) -> String {
    let mut out = String::new();
    for line in s.split_inclusive('\n') {
        out.push_str(&mask_pc(line));
        if line.starts_with("goroutine ") && line.contains(" [") {
            break;
        }
    }
    out
}

/// The `fatal error:` lines of a fatal error's report: the rest (stack
/// bounds, runtime frames) holds addresses.
fn fatal_lines(s: &str) -> String {
    s.split_inclusive('\n').filter(|l| l.starts_with("fatal error:")).collect()
}

fn mask_pc(line: &str) -> String {
    match line.find("pc=0x") {
        Some(i) => {
            let rest = &line[i + 5..];
            let end = rest.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(rest.len());
            format!("{}pc=PC{}", &line[..i], &rest[end..])
        }
        None => line.to_string(),
    }
}

fn diff(what: &str, want: &str, got: &str) -> Failed {
    let mut msg = format!("{what} differs\n");
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            msg.push_str(&format!("first difference at line {}:\n  want: {w}\n  got:  {g}\n", i + 1));
            break;
        }
    }
    msg.push_str(&format!(
        "--- want ({} lines)\n{want}\n--- got ({} lines)\n{got}",
        want.lines().count(),
        got.lines().count()
    ));
    msg.into()
}

/// A successful build: the executable (in `_tmp`) and the compiler's
/// stderr (the `-m` lines, when asked for).
struct Built {
    _tmp: tempfile::TempDir,
    exe: PathBuf,
    stderr: String,
}

/// Runs `cranego build` (with `flags`) on a case of `dir`, into a
/// temporary directory; the build may fail.
fn try_build(dir: &Path, name: &str, files: &[String], flags: &[&str]) -> Result<(Built, Option<i32>), Failed> {
    let tmp = tempfile::tempdir()?;
    let exe = tmp.path().join(name);
    let build =
        Command::new(CRANEGO).current_dir(dir).arg("build").args(flags).arg("-o").arg(&exe).args(files).output()?;
    let stderr = String::from_utf8_lossy(&build.stderr).into_owned();
    Ok((Built { _tmp: tmp, exe, stderr }, build.status.code()))
}

/// Builds a case of `dir` with cranego (and `flags`), which must succeed.
fn build(dir: &Path, name: &str, files: &[String], flags: &[&str]) -> Result<Built, Failed> {
    let (b, status) = try_build(dir, name, files, flags)?;
    if status != Some(0) {
        return Err(format!("cranego build failed:\n{}", b.stderr).into());
    }
    Ok(b)
}

/// A case of `programs/` (`stderr_view`: `cut_stderr`) or of `fatal/`
/// (`fatal_lines`).
fn run_program(category: &str, name: &str, files: &[String], stderr_view: StderrView) -> Result<(), Failed> {
    let dir = tests_dir().join(category);
    let b = build(&dir, name, files, &[])?;
    check_run(&dir, name, &b.exe, stderr_view)
}

/// The part of a program's stderr compared with Go's.
type StderrView = fn(&str) -> String;

/// Runs a built program and compares what it does with the expected files.
fn check_run(dir: &Path, name: &str, exe: &Path, stderr_view: StderrView) -> Result<(), Failed> {
    let run = Command::new(exe).current_dir(dir).stdin(Stdio::null()).output()?;
    check_output(dir, name, &run, stderr_view)
}

/// Compares what a program did with the expected files.
fn check_output(dir: &Path, name: &str, run: &std::process::Output, stderr_view: StderrView) -> Result<(), Failed> {
    let stdout = String::from_utf8_lossy(&run.stdout);
    let want_out = read(&dir.join(format!("{name}.out")));
    if stdout != want_out {
        return Err(diff("stdout", &want_out, &stdout));
    }
    let want_exit: i32 = read(&dir.join(format!("{name}.exit"))).trim().parse().unwrap_or(0);
    let got_exit = run.status.code().unwrap_or(-1);
    let stderr = stderr_view(&String::from_utf8_lossy(&run.stderr));
    let want_err = stderr_view(&read(&dir.join(format!("{name}.err"))));
    if stderr != want_err {
        return Err(diff("stderr", &want_err, &stderr));
    }
    if got_exit != want_exit {
        return Err(format!("exit status {got_exit}, want {want_exit}").into());
    }
    Ok(())
}

/// A program of tests/memory: it must behave as under Go and its peak
/// memory stay under the limit its first line gives
/// (`// peak-rss-limit-mb: N`). Not timed. The peak is the kernel's RSS
/// high-water mark (`VmHWM`), or, if higher, the largest sampled RSS plus
/// page tables (`VmRSS + VmPTE`): sparse goroutine stacks cost page tables
/// the RSS does not count.
fn memory_case(name: &str, files: &[String]) -> Result<(), Failed> {
    let dir = tests_dir().join("memory");
    let src = read(&dir.join(&files[0]));
    let Some(limit_mb) = src.lines().next().and_then(|l| l.strip_prefix("// peak-rss-limit-mb: ")) else {
        return Err("the first line must be `// peak-rss-limit-mb: N`".into());
    };
    let limit_kb: u64 = limit_mb.trim().parse::<u64>()? * 1024;
    let b = build(&dir, name, files, &[])?;
    let child = Command::new(&b.exe)
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let status_file = format!("/proc/{}/status", child.id());
    let sampler = std::thread::spawn(move || {
        let mut peak = 0u64;
        // The high-water mark only grows: the last sample before exit is
        // the peak up to then; sampling often catches the end.
        while let Ok(status) = std::fs::read_to_string(&status_file) {
            let kb = |field: &str| {
                status
                    .lines()
                    .find_map(|l| l.strip_prefix(field))
                    .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            };
            match (kb("VmHWM:"), kb("VmRSS:"), kb("VmPTE:")) {
                (Some(hwm), Some(rss), Some(pte)) => peak = peak.max(hwm).max(rss + pte),
                _ => break, // a zombie: the program has exited
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        peak
    });
    let run = child.wait_with_output()?;
    let peak_kb = sampler.join().map_err(|_| "sampler failed")?;
    check_output(&dir, name, &run, cut_stderr)?;
    if peak_kb > limit_kb {
        return Err(format!("peak memory {} MB over the limit of {limit_mb} MB", peak_kb / 1024).into());
    }
    Ok(())
}

/// The files of tests/escape expected to differ from gc's output.
fn known_differences() -> Vec<String> {
    read(&tests_dir().join("escape/KNOWN-DIFFERENCES"))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .collect()
}

/// `-m -l` (`ext` "m"), `-m=2 -l` ("m2") or plain `-m` ("mi": inlining
/// on) output of an escape case; the program's run is checked with the
/// `-m -l` build.
fn escape_case(name: &str, ext: &str) -> Result<(), Failed> {
    let dir = tests_dir().join("escape");
    let flags = match ext {
        "m" => "-gcflags=-m -l",
        "m2" => "-gcflags=-m=2 -l",
        _ => "-gcflags=-m",
    };
    let b = build(&dir, name, &[format!("{name}.go")], &[flags])?;
    // The -m lines are the build's stderr.
    let got = &b.stderr;
    let want = read(&dir.join(format!("{name}.{ext}")));
    let file = format!("{name}.{ext}");
    if known_differences().contains(&file) {
        if *got == want {
            return Err(format!("{file} now matches gc: remove it from escape/KNOWN-DIFFERENCES").into());
        }
    } else if *got != want {
        return Err(diff(&format!("-{ext} output"), &want, got));
    }
    if ext == "m" {
        let run = check_run(&dir, name, &b.exe, cut_stderr);
        let out = format!("{name}.out");
        if known_differences().contains(&out) {
            if run.is_ok() {
                return Err(format!("{out} now matches gc: remove it from escape/KNOWN-DIFFERENCES").into());
            }
        } else {
            run?;
        }
    }
    Ok(())
}

/// The inliner's lines of plain `-m=2` output of an escape case against
/// those of gc's (`X.mi2`).
fn inline_m2_case(name: &str) -> Result<(), Failed> {
    let dir = tests_dir().join("escape");
    let b = build(&dir, name, &[format!("{name}.go")], &["-gcflags=-m=2"])?;
    let inliner = |text: &str| -> String {
        let is_inliner =
            |msg: &str| ["can inline ", "cannot inline ", "inlining call to "].iter().any(|p| msg.starts_with(p));
        text.lines()
            .filter(|l| l.split_once(": ").is_some_and(|(_, msg)| is_inliner(msg)))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    let (got, want) = (inliner(&b.stderr), inliner(&read(&dir.join(format!("{name}.mi2")))));
    let file = format!("{name}.mi2");
    if known_differences().contains(&file) {
        if got == want {
            return Err(format!("{file} inliner lines now match gc: remove it from escape/KNOWN-DIFFERENCES").into());
        }
        return Ok(());
    }
    if got != want {
        return Err(diff("-m=2 inliner lines", &want, &got));
    }
    Ok(())
}

/// Runs a program with the per-site report and checks that every site
/// decided "does not escape" stayed off the heap (or may fall back).
fn alloc_sites(dir: &str, name: &str, files: &[String]) -> Result<(), Failed> {
    let dir = tests_dir().join(dir);
    let b = build(&dir, name, files, &[])?;
    let run = Command::new(&b.exe).current_dir(&dir).env("GODEBUG", "allocsites=1").stdin(Stdio::null()).output()?;
    let stderr = String::from_utf8_lossy(&run.stderr);
    let Some(table) = stderr.split("# allocation sites:").nth(1) else {
        return Err(format!("no allocation-site report in stderr:\n{stderr}").into());
    };
    let mut bad = Vec::new();
    for row in table.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        if let [pos, text, "does not escape", n, _, "-"] = cols[..] {
            if n != "0" {
                bad.push(format!("{pos} {text}: {n} heap allocations"));
            }
        }
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(format!("sites that do not escape allocated on the heap:\n{}", bad.join("\n")).into())
    }
}

fn compile_error(name: &str, files: &[String]) -> Result<(), Failed> {
    let dir = tests_dir().join("errors");
    let (b, status) = try_build(&dir, name, files, &[])?;
    let want = read(&dir.join(format!("{name}.err")));
    if b.stderr != want {
        return Err(diff("compiler output", &want, &b.stderr));
    }
    if status != Some(1) {
        return Err(format!("exit status {status:?}, want 1").into());
    }
    Ok(())
}

fn unsupported(name: &str) -> Result<(), Failed> {
    let dir = tests_dir().join("unsupported");
    let src = read(&dir.join(format!("{name}.go")));
    let first = src.lines().next().unwrap_or_default();
    let Some(phrase) = first.strip_prefix("// unsupported: ") else {
        return Err("the first line must be `// unsupported: <phrase>`".into());
    };
    let (b, status) = try_build(&dir, name, &[format!("{name}.go")], &[])?;
    let stderr = &b.stderr;
    let want = format!("{phrase} not supported by cranego");
    if !stderr.contains(&want) {
        return Err(format!("want an error containing {want:?}, got:\n{stderr}").into());
    }
    if status != Some(1) {
        return Err(format!("exit status {status:?}, want 1").into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for (name, files) in cases(&tests_dir().join("programs")) {
        let n = name.clone();
        trials.push(Trial::test(format!("programs::{name}"), move || run_program("programs", &n, &files, cut_stderr)));
    }
    for (name, files) in cases(&tests_dir().join("memory")) {
        let n = name.clone();
        trials.push(Trial::test(format!("memory::{name}"), move || memory_case(&n, &files)));
    }
    for (name, files) in cases(&tests_dir().join("fatal")) {
        let n = name.clone();
        trials.push(Trial::test(format!("fatal::{name}"), move || run_program("fatal", &n, &files, fatal_lines)));
    }
    for (name, files) in cases(&tests_dir().join("errors")) {
        let n = name.clone();
        trials.push(Trial::test(format!("errors::{name}"), move || compile_error(&n, &files)));
    }
    for dir in ["programs", "escape"] {
        for (name, files) in cases(&tests_dir().join(dir)) {
            trials.push(Trial::test(format!("allocsites::{dir}::{name}"), move || alloc_sites(dir, &name, &files)));
        }
    }
    let m2 = read(&tests_dir().join("escape/M2"));
    for (name, _) in cases(&tests_dir().join("escape")) {
        let n = name.clone();
        trials.push(Trial::test(format!("escape::{name}"), move || escape_case(&n, "m")));
        let n = name.clone();
        trials.push(Trial::test(format!("escape_mi::{name}"), move || escape_case(&n, "mi")));
        let n = name.clone();
        trials.push(Trial::test(format!("inline_m2::{name}"), move || inline_m2_case(&n)));
        if m2.split_whitespace().any(|x| x == name) {
            trials.push(Trial::test(format!("escape_m2::{name}"), move || escape_case(&name, "m2")));
        }
    }
    for (name, _) in cases(&tests_dir().join("unsupported")) {
        trials.push(Trial::test(format!("unsupported::{name}"), move || unsupported(&name)));
    }
    libtest_mimic::run(&args, trials).exit();
}
