//! Builds the runtime library (`../runtime`) and hands its archive to the
//! compiler, which embeds it (`include_bytes!`) and writes it out at link
//! time. A nested cargo build with its own target directory under OUT_DIR
//! keeps the runtime's profile (panic=abort, LTO) and avoids contending for
//! the outer build's lock. Embedding makes `cargo install --path compiler`
//! and running from any directory work without finding files beside the
//! executable.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let runtime =
        env::var("CRANEGO_RUNTIME_DIR").map(PathBuf::from).unwrap_or_else(|_| manifest_dir.join("../runtime"));
    println!("cargo:rerun-if-changed={}", runtime.join("src").display());
    println!("cargo:rerun-if-changed={}", runtime.join("Cargo.toml").display());
    println!("cargo:rerun-if-env-changed=CRANEGO_RUNTIME_DIR");
    let target_dir = out.join("runtime-target");
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "--release", "--manifest-path"])
        .arg(runtime.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir);
    // The outer build's settings are not the runtime's.
    for (k, _) in env::vars() {
        if (k.starts_with("CARGO_") && k != "CARGO_HOME")
            || matches!(
                k.as_str(),
                "RUSTFLAGS" | "RUSTC_WRAPPER" | "RUSTC_WORKSPACE_WRAPPER" | "CLIPPY_ARGS" | "CLIPPY_CONF_DIR"
            )
        {
            cmd.env_remove(k);
        }
    }
    let status = cmd.status().expect("running cargo for the runtime");
    assert!(status.success(), "building the runtime library failed");
    let archive = target_dir.join("release/libcranego_rt.a");
    let dest = out.join("libcranego_rt.a");
    std::fs::copy(&archive, &dest).expect("copying the runtime archive");
    // Debug sections are half the archive; strip them when strip is there.
    let _ = Command::new("strip").arg("--strip-debug").arg(&dest).status();
}
