//! Linking: the object file and the embedded runtime archive become an
//! executable through the system C compiler (which brings the C library
//! and startup files).

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime library, built by build.rs.
static RUNTIME: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libcranego_rt.a"));

/// The libraries a Rust static library needs (`rustc --print native-static-libs`).
const NATIVE_LIBS: [&str; 7] = ["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];

/// Writes the runtime archive once to a cache directory keyed by its hash.
fn runtime_archive() -> Result<PathBuf, String> {
    let mut h = std::hash::DefaultHasher::new();
    RUNTIME.hash(&mut h);
    let name = format!("libcranego_rt-{:016x}.a", h.finish());
    let dir = cache_dir();
    let path = dir.join(&name);
    if path.exists() {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    // Write under a temporary name, then rename: concurrent builds never see
    // a half-written archive.
    let tmp = dir.join(format!("{name}.{}", std::process::id()));
    std::fs::write(&tmp, RUNTIME).map_err(|e| format!("writing {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &path).map_err(|e| format!("writing {}: {e}", path.display()))?;
    Ok(path)
}

fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("cranego");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".cache/cranego");
    }
    std::env::temp_dir().join("cranego-cache")
}

/// Links `object` (bytes of an object file) into the executable `out`.
pub fn link(object: &[u8], out: &Path) -> Result<(), String> {
    let rt = runtime_archive()?;
    let dir = tempfile::tempdir().map_err(|e| format!("creating a temporary directory: {e}"))?;
    let obj = dir.path().join("main.o");
    std::fs::write(&obj, object).map_err(|e| format!("writing {}: {e}", obj.display()))?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let output = Command::new(&cc)
        .arg(&obj)
        .arg(&rt)
        .arg("-o")
        .arg(out)
        .arg("-Wl,--gc-sections")
        .args(NATIVE_LIBS)
        .output()
        .map_err(|e| format!("running {cc}: {e}"))?;
    if !output.status.success() {
        return Err(format!("linking with {cc} failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(())
}
