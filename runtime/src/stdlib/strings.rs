//! `strings`: Go's string functions and `strings.Builder`.
//!
//! Results that Go returns without allocating (a substring, the argument
//! itself, "") are returned the same way here; new strings are allocated
//! with `crate::alloc`; a Builder grows as `append` grows a slice in gc
//! (`crate::sizeclass`), so `Builder.Cap()` matches Go.

use crate::abi::{Closure, GoSlice, GoString, Iface};
use crate::print::go_str;
use crate::sizeclass::{grow_cap, roundupsize, MAX_ALLOC};
use crate::stdlib::utf8;
use crate::strings::new_string;

/// `append(s, bytes...)` for a `[]byte`.
pub fn append_bytes(s: GoSlice, bytes: &[u8]) -> GoSlice {
    if bytes.is_empty() {
        return s;
    }
    let len = s.len as usize;
    let new_len = len + bytes.len();
    let mut out = s;
    if new_len > s.cap as usize {
        let cap = grow_cap(s.cap as usize, new_len, 1, false);
        let p = crate::alloc::alloc_noscan(cap);
        if len > 0 {
            // SAFETY: the old backing array holds `len` bytes; p has `cap >= new_len`.
            unsafe { std::ptr::copy_nonoverlapping(s.ptr, p, len) };
        }
        out = GoSlice { ptr: p, len: len as isize, cap: cap as isize };
    }
    // SAFETY: out has room for new_len bytes; `bytes` may alias the old array
    // only below `len`, so `copy` (memmove) is safe either way.
    unsafe { std::ptr::copy(bytes.as_ptr(), out.ptr.add(len), bytes.len()) };
    out.len = new_len as isize;
    out
}

// ---------------------------------------------------------------------------
// Helpers.

/// `(int, error)` results, written through an out-pointer.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct IntErr {
    pub v: isize,
    pub err: Iface,
}

pub const NIL_ERROR: Iface = Iface { tab: std::ptr::null(), data: std::ptr::null_mut() };

fn empty() -> GoString {
    GoString { ptr: std::ptr::null(), len: 0 }
}

/// `s[i:j]` of the Go string at `ptr`: shares its bytes.
fn sub(ptr: *const u8, i: usize, j: usize) -> GoString {
    if i >= j {
        return empty();
    }
    // SAFETY: callers pass indices within the string.
    GoString { ptr: unsafe { ptr.add(i) }, len: (j - i) as isize }
}

fn whole(ptr: *const u8, len: isize) -> GoString {
    if len <= 0 {
        return empty();
    }
    GoString { ptr, len }
}

/// A new `[]string` of length `len` and capacity `cap` (Go's `make`): never
/// nil, even when empty.
fn make_strings(items: &[GoString], cap: usize) -> GoSlice {
    let p = crate::alloc::alloc(cap * std::mem::size_of::<GoString>()) as *mut GoString;
    for (k, s) in items.iter().enumerate() {
        // SAFETY: p has room for `cap >= items.len()` strings.
        unsafe { p.add(k).write(*s) };
    }
    GoSlice { ptr: p as *mut u8, len: items.len() as isize, cap: cap as isize }
}

fn write_out<T>(out: *mut T, v: T) {
    // SAFETY: compiled code passes a slot for the result.
    unsafe { out.write(v) };
}

pub fn index_byte(s: &[u8], c: u8) -> Option<usize> {
    s.iter().position(|&b| b == c)
}

const PRIME_RK: u32 = 16777619;

fn hash_rk(sep: &[u8]) -> (u32, u32) {
    let mut hash = 0u32;
    for &b in sep {
        hash = hash.wrapping_mul(PRIME_RK).wrapping_add(b as u32);
    }
    let mut pow = 1u32;
    let mut sq = PRIME_RK;
    let mut i = sep.len();
    while i > 0 {
        if i & 1 != 0 {
            pow = pow.wrapping_mul(sq);
        }
        sq = sq.wrapping_mul(sq);
        i >>= 1;
    }
    (hash, pow)
}

/// Rabin-Karp search for `sep` (len >= 1) in `s`.
fn index_rabin_karp(s: &[u8], sep: &[u8]) -> Option<usize> {
    let n = sep.len();
    if n > s.len() {
        return None;
    }
    let (hashsep, pow) = hash_rk(sep);
    let mut h = 0u32;
    for &b in &s[..n] {
        h = h.wrapping_mul(PRIME_RK).wrapping_add(b as u32);
    }
    if h == hashsep && &s[..n] == sep {
        return Some(0);
    }
    let mut i = n;
    while i < s.len() {
        h = h.wrapping_mul(PRIME_RK).wrapping_add(s[i] as u32);
        h = h.wrapping_sub(pow.wrapping_mul(s[i - n] as u32));
        i += 1;
        if h == hashsep && &s[i - n..i] == sep {
            return Some(i - n);
        }
    }
    None
}

fn last_index_rabin_karp(s: &[u8], sep: &[u8]) -> Option<usize> {
    let n = sep.len();
    if n > s.len() {
        return None;
    }
    let mut hashsep = 0u32;
    for &b in sep.iter().rev() {
        hashsep = hashsep.wrapping_mul(PRIME_RK).wrapping_add(b as u32);
    }
    let (_, pow) = hash_rk(sep);
    let last = s.len() - n;
    let mut h = 0u32;
    for &b in s[last..].iter().rev() {
        h = h.wrapping_mul(PRIME_RK).wrapping_add(b as u32);
    }
    if h == hashsep && &s[last..] == sep {
        return Some(last);
    }
    let mut i = last as isize - 1;
    while i >= 0 {
        let iu = i as usize;
        h = h.wrapping_mul(PRIME_RK).wrapping_add(s[iu] as u32);
        h = h.wrapping_sub(pow.wrapping_mul(s[iu + n] as u32));
        if h == hashsep && &s[iu..iu + n] == sep {
            return Some(iu);
        }
        i -= 1;
    }
    None
}

/// Go's `strings.Index` on byte strings.
pub fn index(s: &[u8], sep: &[u8]) -> Option<usize> {
    let n = sep.len();
    match n {
        0 => return Some(0),
        1 => return index_byte(s, sep[0]),
        _ if n > s.len() => return None,
        _ => {}
    }
    let last_start = s.len() - n;
    let mut i = 0;
    let mut fails = 0usize;
    while i <= last_start {
        i += index_byte(&s[i..=last_start], sep[0])?;
        if &s[i..i + n] == sep {
            return Some(i);
        }
        i += 1;
        fails += 1;
        // Too many false starts: switch to a linear-time search.
        if fails > 4 + (i >> 4) && i <= last_start {
            return index_rabin_karp(&s[i..], sep).map(|j| i + j);
        }
    }
    None
}

pub fn last_index(s: &[u8], sep: &[u8]) -> Option<usize> {
    match sep.len() {
        0 => Some(s.len()),
        1 => s.iter().rposition(|&b| b == sep[0]),
        n if n == s.len() => (s == sep).then_some(0),
        n if n > s.len() => None,
        _ => last_index_rabin_karp(s, sep),
    }
}

/// Go's `strings.IndexRune`, including its treatment of `RuneError` (it
/// matches invalid encodings as well as U+FFFD).
pub fn index_rune(s: &[u8], r: i32) -> Option<usize> {
    if (0..0x80).contains(&r) {
        return index_byte(s, r as u8);
    }
    if r == utf8::RUNE_ERROR {
        let mut i = 0;
        while i < s.len() {
            let (c, n) = utf8::decode(&s[i..]);
            if c == utf8::RUNE_ERROR {
                return Some(i);
            }
            i += n;
        }
        return None;
    }
    if !utf8::valid_rune(r) {
        return None;
    }
    let mut buf = [0u8; 4];
    let n = utf8::encode_rune(&mut buf, r);
    index(s, &buf[..n])
}

pub fn count(s: &[u8], sep: &[u8]) -> usize {
    match sep.len() {
        0 => utf8::rune_count(s) + 1,
        1 => s.iter().filter(|&&b| b == sep[0]).count(),
        _ => {
            let mut n = 0;
            let mut rest = s;
            while let Some(i) = index(rest, sep) {
                n += 1;
                rest = &rest[i + sep.len()..];
            }
            n
        }
    }
}

/// Go's `unicode.IsSpace`.
pub fn is_space(r: i32) -> bool {
    if (r as u32) <= 0xff {
        return matches!(r, 0x09..=0x0d | 0x20 | 0x85 | 0xa0);
    }
    matches!(r, 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

fn is_ascii_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

// ---------------------------------------------------------------------------
// Unicode case mapping, as Go's `unicode` package (simple mappings).

const UPPER_CASE: usize = 0;
const LOWER_CASE: usize = 1;
const UPPER_LOWER: i32 = 0x110000;

/// Go's `unicode.To(case, r)`.
fn to_case(case: usize, r: i32) -> i32 {
    let (mut lo, mut hi) = (0usize, CASE_RANGES.len());
    while lo < hi {
        let m = (lo + hi) / 2;
        let (clo, chi, du, dl, dt) = CASE_RANGES[m];
        let (clo, chi) = (clo as i32, chi as i32);
        if clo <= r && r <= chi {
            let delta = [du, dl, dt][case];
            if delta >= UPPER_LOWER {
                // Alternating upper/lower pairs starting with an upper-case rune.
                return clo + (((r - clo) & !1) | (case as i32 & 1));
            }
            return r + delta;
        }
        if r < clo {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    r
}

/// Go's `unicode.ToUpper`.
pub fn to_upper(r: i32) -> i32 {
    if r <= 0x7f {
        return if (b'a' as i32..=b'z' as i32).contains(&r) { r - 32 } else { r };
    }
    to_case(UPPER_CASE, r)
}

/// Go's `unicode.ToLower`.
pub fn to_lower(r: i32) -> i32 {
    if r <= 0x7f {
        return if (b'A' as i32..=b'Z' as i32).contains(&r) { r + 32 } else { r };
    }
    to_case(LOWER_CASE, r)
}

/// Go's `unicode.SimpleFold`.
pub fn simple_fold(r: i32) -> i32 {
    if !(0..=utf8::MAX_RUNE).contains(&r) {
        return r;
    }
    if let Ok(k) = FOLD_ORBIT.binary_search_by_key(&(r as u32), |e| e.0) {
        return FOLD_ORBIT[k].1 as i32;
    }
    let l = to_lower(r);
    if l != r {
        return l;
    }
    to_upper(r)
}

/// Go's `strings.Map`: `None` when nothing changes (Go returns `s` itself).
fn map_runes(s: &[u8], f: impl Fn(i32) -> i32) -> Option<Vec<u8>> {
    let mut i = 0;
    while i < s.len() {
        let (c, w) = utf8::decode(&s[i..]);
        let r = f(c);
        if r == c && !(c == utf8::RUNE_ERROR && w == 1) {
            i += w;
            continue;
        }
        let mut out = Vec::with_capacity(s.len() + utf8::UTF_MAX);
        out.extend_from_slice(&s[..i]);
        let mut buf = [0u8; 4];
        if r >= 0 {
            let k = utf8::encode_rune(&mut buf, r);
            out.extend_from_slice(&buf[..k]);
        }
        let mut j = i + w;
        while j < s.len() {
            let (c, w) = utf8::decode(&s[j..]);
            let r = f(c);
            if r >= 0 {
                let k = utf8::encode_rune(&mut buf, r);
                out.extend_from_slice(&buf[..k]);
            }
            j += w;
        }
        return Some(out);
    }
    None
}

fn map_case(ptr: *const u8, len: isize, upper: bool) -> GoString {
    let s = go_str(ptr, len);
    if s.is_ascii() {
        let changes = |c: &u8| if upper { c.is_ascii_lowercase() } else { c.is_ascii_uppercase() };
        if !s.iter().any(changes) {
            return whole(ptr, len);
        }
        let out = if upper { s.to_ascii_uppercase() } else { s.to_ascii_lowercase() };
        return new_string(&out);
    }
    let f = if upper { to_upper } else { to_lower };
    match map_runes(s, f) {
        Some(out) => new_string(&out),
        None => whole(ptr, len),
    }
}

// ---------------------------------------------------------------------------
// Exported functions.

#[no_mangle]
pub extern "C" fn cranego_strings_Contains(p: *const u8, n: isize, sp: *const u8, sn: isize) -> bool {
    index(go_str(p, n), go_str(sp, sn)).is_some()
}

#[no_mangle]
pub extern "C" fn cranego_strings_ContainsRune(p: *const u8, n: isize, r: i32) -> bool {
    index_rune(go_str(p, n), r).is_some()
}

#[no_mangle]
pub extern "C" fn cranego_strings_ContainsAny(p: *const u8, n: isize, cp: *const u8, cn: isize) -> bool {
    cranego_strings_IndexAny(p, n, cp, cn) >= 0
}

#[no_mangle]
pub extern "C" fn cranego_strings_IndexAny(p: *const u8, n: isize, cp: *const u8, cn: isize) -> isize {
    let (s, chars) = (go_str(p, n), go_str(cp, cn));
    if chars.is_empty() {
        return -1;
    }
    let mut i = 0;
    while i < s.len() {
        let (r, w) = utf8::decode(&s[i..]);
        if index_rune(chars, r).is_some() {
            return i as isize;
        }
        i += w;
    }
    -1
}

fn opt(i: Option<usize>) -> isize {
    i.map_or(-1, |i| i as isize)
}

#[no_mangle]
pub extern "C" fn cranego_strings_Index(p: *const u8, n: isize, sp: *const u8, sn: isize) -> isize {
    opt(index(go_str(p, n), go_str(sp, sn)))
}

#[no_mangle]
pub extern "C" fn cranego_strings_IndexByte(p: *const u8, n: isize, c: u8) -> isize {
    opt(index_byte(go_str(p, n), c))
}

#[no_mangle]
pub extern "C" fn cranego_strings_IndexRune(p: *const u8, n: isize, r: i32) -> isize {
    opt(index_rune(go_str(p, n), r))
}

#[no_mangle]
pub extern "C" fn cranego_strings_LastIndex(p: *const u8, n: isize, sp: *const u8, sn: isize) -> isize {
    opt(last_index(go_str(p, n), go_str(sp, sn)))
}

#[no_mangle]
pub extern "C" fn cranego_strings_LastIndexByte(p: *const u8, n: isize, c: u8) -> isize {
    opt(go_str(p, n).iter().rposition(|&b| b == c))
}

#[no_mangle]
pub extern "C" fn cranego_strings_HasPrefix(p: *const u8, n: isize, pp: *const u8, pn: isize) -> bool {
    go_str(p, n).starts_with(go_str(pp, pn))
}

#[no_mangle]
pub extern "C" fn cranego_strings_HasSuffix(p: *const u8, n: isize, sp: *const u8, sn: isize) -> bool {
    go_str(p, n).ends_with(go_str(sp, sn))
}

#[no_mangle]
pub extern "C" fn cranego_strings_Count(p: *const u8, n: isize, sp: *const u8, sn: isize) -> isize {
    count(go_str(p, n), go_str(sp, sn)) as isize
}

#[no_mangle]
pub extern "C" fn cranego_strings_Compare(p: *const u8, n: isize, q: *const u8, m: isize) -> isize {
    crate::strings::cranego_cmpstring(p, n, q, m) as isize
}

/// The static strings Go's `Repeat` slices instead of allocating.
fn repeated_static(c: u8) -> Option<&'static [u8]> {
    static SPACES: [u8; 128] = [b' '; 128];
    static DASHES: [u8; 128] = [b'-'; 128];
    static ZEROES: [u8; 64] = [b'0'; 64];
    static EQUALS: [u8; 128] = [b'='; 128];
    static TABS: [u8; 64] = [b'\t'; 64];
    match c {
        b' ' => Some(&SPACES),
        b'-' => Some(&DASHES),
        b'0' => Some(&ZEROES),
        b'=' => Some(&EQUALS),
        b'\t' => Some(&TABS),
        _ => None,
    }
}

#[no_mangle]
pub extern "C" fn cranego_strings_Repeat(p: *const u8, n: isize, count: isize) -> GoString {
    match count {
        0 => return empty(),
        1 => return whole(p, n),
        _ => {}
    }
    if count < 0 {
        crate::panic::panic_string("strings: negative Repeat count");
    }
    let s = go_str(p, n);
    let total = match s.len().checked_mul(count as usize) {
        Some(t) if t <= isize::MAX as usize => t,
        _ => crate::panic::panic_string("strings: Repeat output length overflow"),
    };
    if s.is_empty() {
        return empty();
    }
    if let Some(rep) = repeated_static(s[0]) {
        if total <= rep.len() && rep.starts_with(s) {
            return GoString { ptr: rep.as_ptr(), len: total as isize };
        }
    }
    let buf = crate::alloc::alloc_noscan(total);
    // SAFETY: buf has `total` bytes; each copy writes within it.
    unsafe {
        std::ptr::copy_nonoverlapping(s.as_ptr(), buf, s.len());
        let mut done = s.len();
        // Copies grow by doubling, then in whole copies of `s` of about
        // 8 KB (Go's chunkLimit), so every copy starts at a copy of `s`.
        let chunk_max = (8192 / s.len() * s.len()).max(s.len());
        while done < total {
            let chunk = (total - done).min(done).min(chunk_max);
            std::ptr::copy_nonoverlapping(buf, buf.add(done), chunk);
            done += chunk;
        }
    }
    GoString { ptr: buf, len: total as isize }
}

fn replace(p: *const u8, n: isize, old: &[u8], new: &[u8], limit: isize) -> GoString {
    let s = go_str(p, n);
    if old == new || limit == 0 {
        return whole(p, n);
    }
    let m = count(s, old);
    if m == 0 {
        return whole(p, n);
    }
    let n = if limit < 0 || (m as isize) < limit { m } else { limit as usize };
    let mut out = Vec::with_capacity(s.len() + n * new.len());
    let mut start = 0;
    if !old.is_empty() {
        for _ in 0..n {
            let j = start + index(&s[start..], old).unwrap_or(0);
            out.extend_from_slice(&s[start..j]);
            out.extend_from_slice(new);
            start = j + old.len();
        }
    } else {
        out.extend_from_slice(new);
        for _ in 0..n - 1 {
            let (_, w) = utf8::decode(&s[start..]);
            out.extend_from_slice(&s[start..start + w]);
            out.extend_from_slice(new);
            start += w;
        }
    }
    out.extend_from_slice(&s[start..]);
    new_string(&out)
}

#[no_mangle]
pub extern "C" fn cranego_strings_Replace(
    p: *const u8,
    n: isize,
    op: *const u8,
    on: isize,
    np: *const u8,
    nn: isize,
    count: isize,
) -> GoString {
    replace(p, n, go_str(op, on), go_str(np, nn), count)
}

#[no_mangle]
pub extern "C" fn cranego_strings_ReplaceAll(
    p: *const u8,
    n: isize,
    op: *const u8,
    on: isize,
    np: *const u8,
    nn: isize,
) -> GoString {
    replace(p, n, go_str(op, on), go_str(np, nn), -1)
}

#[no_mangle]
pub extern "C" fn cranego_strings_ToUpper(p: *const u8, n: isize) -> GoString {
    map_case(p, n, true)
}

#[no_mangle]
pub extern "C" fn cranego_strings_ToLower(p: *const u8, n: isize) -> GoString {
    map_case(p, n, false)
}

/// The bounds `[i, j)` left after trimming runes matching `f` from both ends.
fn trim_func_bounds(s: &[u8], f: impl Fn(i32) -> bool, left: bool, right: bool) -> (usize, usize) {
    let mut i = 0;
    if left {
        while i < s.len() {
            let (r, w) = utf8::decode(&s[i..]);
            if !f(r) {
                break;
            }
            i += w;
        }
    }
    let mut j = s.len();
    if right {
        while j > i {
            let (r, w) = utf8::decode_last(&s[i..j]);
            if !f(r) {
                break;
            }
            j -= w;
        }
    }
    (i, j)
}

#[no_mangle]
pub extern "C" fn cranego_strings_TrimSpace(p: *const u8, n: isize) -> GoString {
    let s = go_str(p, n);
    let (i, j) = trim_func_bounds(s, is_space, true, true);
    sub(p, i, j)
}

/// Trims runes of `cutset` (Go's Trim/TrimLeft/TrimRight).
fn trim_cutset(p: *const u8, n: isize, cp: *const u8, cn: isize, left: bool, right: bool) -> GoString {
    let (s, cutset) = (go_str(p, n), go_str(cp, cn));
    if s.is_empty() || cutset.is_empty() {
        return whole(p, n);
    }
    let (i, j) = if cutset.is_ascii() {
        let in_set = |b: u8| cutset.contains(&b);
        let mut i = 0;
        let mut j = s.len();
        if left {
            while i < j && in_set(s[i]) {
                i += 1;
            }
        }
        if right {
            while j > i && in_set(s[j - 1]) {
                j -= 1;
            }
        }
        (i, j)
    } else {
        // Go trims the right side first, then the left.
        let contains = |r: i32| index_rune(cutset, r).is_some();
        let (_, j) = trim_func_bounds(s, contains, false, right);
        let (i, _) = trim_func_bounds(&s[..j], contains, left, false);
        (i, j)
    };
    sub(p, i, j)
}

#[no_mangle]
pub extern "C" fn cranego_strings_Trim(p: *const u8, n: isize, cp: *const u8, cn: isize) -> GoString {
    trim_cutset(p, n, cp, cn, true, true)
}

#[no_mangle]
pub extern "C" fn cranego_strings_TrimLeft(p: *const u8, n: isize, cp: *const u8, cn: isize) -> GoString {
    trim_cutset(p, n, cp, cn, true, false)
}

#[no_mangle]
pub extern "C" fn cranego_strings_TrimRight(p: *const u8, n: isize, cp: *const u8, cn: isize) -> GoString {
    trim_cutset(p, n, cp, cn, false, true)
}

#[no_mangle]
pub extern "C" fn cranego_strings_TrimPrefix(p: *const u8, n: isize, pp: *const u8, pn: isize) -> GoString {
    let (s, pre) = (go_str(p, n), go_str(pp, pn));
    if s.starts_with(pre) {
        return sub(p, pre.len(), s.len());
    }
    whole(p, n)
}

#[no_mangle]
pub extern "C" fn cranego_strings_TrimSuffix(p: *const u8, n: isize, sp: *const u8, sn: isize) -> GoString {
    let (s, suf) = (go_str(p, n), go_str(sp, sn));
    if s.ends_with(suf) {
        return sub(p, 0, s.len() - suf.len());
    }
    whole(p, n)
}

/// `strings.Fields(s)`: the `[]string` through `out` (len == cap, never nil).
#[no_mangle]
pub extern "C" fn cranego_strings_Fields(p: *const u8, n: isize, out: *mut GoSlice) {
    let s = go_str(p, n);
    let mut fields = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    let ascii = s.is_ascii();
    while i < s.len() {
        let (space, w) = if ascii {
            (is_ascii_space(s[i]), 1)
        } else {
            let (r, w) = utf8::decode(&s[i..]);
            (is_space(r), w)
        };
        match (space, start) {
            (true, Some(st)) => {
                fields.push(sub(p, st, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += w;
    }
    if let Some(st) = start {
        fields.push(sub(p, st, s.len()));
    }
    write_out(out, make_strings(&fields, fields.len()));
}

/// Go's `genSplit(s, sep, 0, n)`, including the capacity it allocates.
fn split(p: *const u8, len: isize, sep: &[u8], n: isize) -> GoSlice {
    let s = go_str(p, len);
    if n == 0 {
        return GoSlice { ptr: std::ptr::null_mut(), len: 0, cap: 0 };
    }
    if sep.is_empty() {
        // explode: one string per UTF-8 sequence, the last taking the rest.
        let l = utf8::rune_count(s);
        let n = if n < 0 || n as usize > l { l } else { n as usize };
        let mut a = Vec::with_capacity(n);
        let mut i = 0;
        while a.len() + 1 < n {
            let (_, w) = utf8::decode(&s[i..]);
            a.push(sub(p, i, i + w));
            i += w;
        }
        if n > 0 {
            a.push(sub(p, i, s.len()));
        }
        return make_strings(&a, n);
    }
    let mut n = if n < 0 { count(s, sep) + 1 } else { n as usize };
    if n > s.len() + 1 {
        n = s.len() + 1;
    }
    let mut a = Vec::with_capacity(n);
    let mut start = 0;
    while a.len() < n - 1 {
        let Some(m) = index(&s[start..], sep) else { break };
        a.push(sub(p, start, start + m));
        start += m + sep.len();
    }
    a.push(sub(p, start, s.len()));
    make_strings(&a, n)
}

#[no_mangle]
pub extern "C" fn cranego_strings_Split(p: *const u8, n: isize, sp: *const u8, sn: isize, out: *mut GoSlice) {
    write_out(out, split(p, n, go_str(sp, sn), -1));
}

#[no_mangle]
pub extern "C" fn cranego_strings_SplitN(
    p: *const u8,
    n: isize,
    sp: *const u8,
    sn: isize,
    count: isize,
    out: *mut GoSlice,
) {
    write_out(out, split(p, n, go_str(sp, sn), count));
}

/// `strings.Join(elems, sep)`; `elems` is a `[]string`.
#[no_mangle]
pub extern "C" fn cranego_strings_Join(ep: *mut u8, en: isize, _ecap: isize, sp: *const u8, sn: isize) -> GoString {
    if en <= 0 {
        return empty();
    }
    // SAFETY: compiled code passes a []string of `en` elements.
    let elems = unsafe { std::slice::from_raw_parts(ep as *const GoString, en as usize) };
    if elems.len() == 1 {
        return elems[0];
    }
    let sep = go_str(sp, sn);
    let mut total = sep.len().checked_mul(elems.len() - 1);
    for e in elems {
        total = total.and_then(|t| t.checked_add(e.len as usize));
    }
    match total {
        Some(t) if t <= isize::MAX as usize => {}
        _ => crate::panic::panic_string("strings: Join output length overflow"),
    }
    let mut out = Vec::with_capacity(total.unwrap_or(0));
    for (k, e) in elems.iter().enumerate() {
        if k > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(crate::print::go_string(*e));
    }
    new_string(&out)
}

/// `strings.Cut` results: `(before, after string, found bool)`.
#[repr(C)]
pub struct CutResult {
    pub before: GoString,
    pub after: GoString,
    pub found: bool,
}

/// `strings.Cut(s, sep)`: results through `out`; both halves share `s`.
#[no_mangle]
pub extern "C" fn cranego_strings_Cut(p: *const u8, n: isize, sp: *const u8, sn: isize, out: *mut CutResult) {
    let (s, sep) = (go_str(p, n), go_str(sp, sn));
    let r = match index(s, sep) {
        Some(i) => CutResult { before: sub(p, 0, i), after: sub(p, i + sep.len(), s.len()), found: true },
        None => CutResult { before: whole(p, n), after: empty(), found: false },
    };
    write_out(out, r);
}

/// `strings.Map(mapping, s)`: `mapping` is a func value called as
/// `code(f, r) -> rune`; returns `s` itself when nothing changes.
#[no_mangle]
pub extern "C" fn cranego_strings_Map(f: *const Closure, p: *const u8, n: isize) -> GoString {
    // SAFETY: a func value points to a closure whose first word is its code.
    let code: extern "C" fn(*const Closure, i32) -> i32 = unsafe { std::mem::transmute((*f).code) };
    match map_runes(go_str(p, n), |r| code(f, r)) {
        Some(out) => new_string(&out),
        None => whole(p, n),
    }
}

/// Go's `strings.EqualFold`.
pub fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < s.len() {
        if j >= t.len() {
            return false;
        }
        let (mut sr, sw) = if s[i] < 0x80 { (s[i] as i32, 1) } else { utf8::decode(&s[i..]) };
        let (mut tr, tw) = if t[j] < 0x80 { (t[j] as i32, 1) } else { utf8::decode(&t[j..]) };
        i += sw;
        j += tw;
        if sr == tr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if tr < 0x80 {
            if (b'A' as i32..=b'Z' as i32).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        let mut r = simple_fold(sr);
        while r != sr && r < tr {
            r = simple_fold(r);
        }
        if r == tr {
            continue;
        }
        return false;
    }
    j == t.len()
}

#[no_mangle]
pub extern "C" fn cranego_strings_EqualFold(p: *const u8, n: isize, q: *const u8, m: isize) -> bool {
    equal_fold(go_str(p, n), go_str(q, m))
}

// ---------------------------------------------------------------------------
// strings.Builder

/// `strings.Builder`: compiled code holds it in memory (zero value = empty)
/// and passes its address. Go's copy check (`addr`) is not kept.
#[repr(C)]
pub struct Builder {
    pub buf: GoSlice,
}

fn builder<'a>(b: *mut Builder) -> &'a mut Builder {
    // SAFETY: compiled code passes the address of a live Builder.
    unsafe { &mut *b }
}

impl Builder {
    fn append(&mut self, bytes: &[u8]) {
        self.buf = append_bytes(self.buf, bytes);
    }
}

/// `(*Builder).WriteString(s)`: `(len(s), nil)` through `out`.
#[no_mangle]
pub extern "C" fn cranego_strings_Builder_WriteString(b: *mut Builder, p: *const u8, n: isize, out: *mut IntErr) {
    let s = go_str(p, n);
    builder(b).append(s);
    write_out(out, IntErr { v: s.len() as isize, err: NIL_ERROR });
}

/// `(*Builder).Write(p []byte)`: `(len(p), nil)` through `out`.
#[no_mangle]
pub extern "C" fn cranego_strings_Builder_Write(b: *mut Builder, p: *mut u8, n: isize, _cap: isize, out: *mut IntErr) {
    cranego_strings_Builder_WriteString(b, p, n, out)
}

/// `(*Builder).WriteByte(c)`: always a nil error.
#[no_mangle]
pub extern "C" fn cranego_strings_Builder_WriteByte(b: *mut Builder, c: u8) -> Iface {
    builder(b).append(&[c]);
    NIL_ERROR
}

/// `(*Builder).WriteRune(r)`: `(bytes written, nil)` through `out`.
#[no_mangle]
pub extern "C" fn cranego_strings_Builder_WriteRune(b: *mut Builder, r: i32, out: *mut IntErr) {
    let mut buf = [0u8; 4];
    let n = utf8::encode_rune(&mut buf, r);
    builder(b).append(&buf[..n]);
    write_out(out, IntErr { v: n as isize, err: NIL_ERROR });
}

/// `(*Builder).String()`: shares the buffer, as Go does.
#[no_mangle]
pub extern "C" fn cranego_strings_Builder_String(b: *mut Builder) -> GoString {
    let buf = builder(b).buf;
    whole(buf.ptr, buf.len)
}

#[no_mangle]
pub extern "C" fn cranego_strings_Builder_Len(b: *mut Builder) -> isize {
    builder(b).buf.len
}

#[no_mangle]
pub extern "C" fn cranego_strings_Builder_Cap(b: *mut Builder) -> isize {
    builder(b).buf.cap
}

#[no_mangle]
pub extern "C" fn cranego_strings_Builder_Reset(b: *mut Builder) {
    builder(b).buf = GoSlice { ptr: std::ptr::null_mut(), len: 0, cap: 0 };
}

/// `(*Builder).Grow(n)`: a new buffer of `2*cap+n` bytes (rounded up to the
/// allocator's size class) when fewer than `n` bytes are free.
#[no_mangle]
pub extern "C" fn cranego_strings_Builder_Grow(b: *mut Builder, n: isize) {
    if n < 0 {
        crate::panic::panic_string("strings.Builder.Grow: negative count");
    }
    let b = builder(b);
    if b.buf.cap - b.buf.len < n {
        let want = (2 * b.buf.cap as usize).checked_add(n as usize).filter(|&w| w <= MAX_ALLOC);
        let Some(want) = want else { crate::panic::runtime_error("makeslice: len out of range") };
        let cap = roundupsize(want, true);
        let p = crate::alloc::alloc_noscan(cap);
        if b.buf.len > 0 {
            // SAFETY: the old buffer holds len bytes; p has cap > len.
            unsafe { std::ptr::copy_nonoverlapping(b.buf.ptr, p, b.buf.len as usize) };
        }
        b.buf = GoSlice { ptr: p, len: b.buf.len, cap: cap as isize };
    }
}

// ---------------------------------------------------------------------------
// Tables generated from Go go1.27.3's unicode package (CaseRanges; and the
// runes whose SimpleFold is not "ToLower, else ToUpper", i.e. caseOrbit and
// the ASCII special cases).

#[rustfmt::skip]
static CASE_RANGES: [(u32, u32, i32, i32, i32); 336] = [
    (0x0041, 0x005A, 0, 32, 0), (0x0061, 0x007A, -32, 0, -32), (0x00B5, 0x00B5, 743, 0, 743),
    (0x00C0, 0x00D6, 0, 32, 0), (0x00D8, 0x00DE, 0, 32, 0), (0x00E0, 0x00F6, -32, 0, -32),
    (0x00F8, 0x00FE, -32, 0, -32), (0x00FF, 0x00FF, 121, 0, 121), (0x0100, 0x012F, 1114112, 1114112, 1114112),
    (0x0130, 0x0130, 0, -199, 0), (0x0131, 0x0131, -232, 0, -232), (0x0132, 0x0137, 1114112, 1114112, 1114112),
    (0x0139, 0x0148, 1114112, 1114112, 1114112), (0x014A, 0x0177, 1114112, 1114112, 1114112),
    (0x0178, 0x0178, 0, -121, 0), (0x0179, 0x017E, 1114112, 1114112, 1114112), (0x017F, 0x017F, -300, 0, -300),
    (0x0180, 0x0180, 195, 0, 195), (0x0181, 0x0181, 0, 210, 0), (0x0182, 0x0185, 1114112, 1114112, 1114112),
    (0x0186, 0x0186, 0, 206, 0), (0x0187, 0x0188, 1114112, 1114112, 1114112), (0x0189, 0x018A, 0, 205, 0),
    (0x018B, 0x018C, 1114112, 1114112, 1114112), (0x018E, 0x018E, 0, 79, 0), (0x018F, 0x018F, 0, 202, 0),
    (0x0190, 0x0190, 0, 203, 0), (0x0191, 0x0192, 1114112, 1114112, 1114112), (0x0193, 0x0193, 0, 205, 0),
    (0x0194, 0x0194, 0, 207, 0), (0x0195, 0x0195, 97, 0, 97), (0x0196, 0x0196, 0, 211, 0),
    (0x0197, 0x0197, 0, 209, 0), (0x0198, 0x0199, 1114112, 1114112, 1114112), (0x019A, 0x019A, 163, 0, 163),
    (0x019B, 0x019B, 42561, 0, 42561), (0x019C, 0x019C, 0, 211, 0), (0x019D, 0x019D, 0, 213, 0),
    (0x019E, 0x019E, 130, 0, 130), (0x019F, 0x019F, 0, 214, 0), (0x01A0, 0x01A5, 1114112, 1114112, 1114112),
    (0x01A6, 0x01A6, 0, 218, 0), (0x01A7, 0x01A8, 1114112, 1114112, 1114112), (0x01A9, 0x01A9, 0, 218, 0),
    (0x01AC, 0x01AD, 1114112, 1114112, 1114112), (0x01AE, 0x01AE, 0, 218, 0),
    (0x01AF, 0x01B0, 1114112, 1114112, 1114112), (0x01B1, 0x01B2, 0, 217, 0),
    (0x01B3, 0x01B6, 1114112, 1114112, 1114112), (0x01B7, 0x01B7, 0, 219, 0),
    (0x01B8, 0x01B9, 1114112, 1114112, 1114112), (0x01BC, 0x01BD, 1114112, 1114112, 1114112),
    (0x01BF, 0x01BF, 56, 0, 56), (0x01C4, 0x01C4, 0, 2, 1), (0x01C5, 0x01C5, -1, 1, 0), (0x01C6, 0x01C6, -2, 0, -1),
    (0x01C7, 0x01C7, 0, 2, 1), (0x01C8, 0x01C8, -1, 1, 0), (0x01C9, 0x01C9, -2, 0, -1), (0x01CA, 0x01CA, 0, 2, 1),
    (0x01CB, 0x01CB, -1, 1, 0), (0x01CC, 0x01CC, -2, 0, -1), (0x01CD, 0x01DC, 1114112, 1114112, 1114112),
    (0x01DD, 0x01DD, -79, 0, -79), (0x01DE, 0x01EF, 1114112, 1114112, 1114112), (0x01F1, 0x01F1, 0, 2, 1),
    (0x01F2, 0x01F2, -1, 1, 0), (0x01F3, 0x01F3, -2, 0, -1), (0x01F4, 0x01F5, 1114112, 1114112, 1114112),
    (0x01F6, 0x01F6, 0, -97, 0), (0x01F7, 0x01F7, 0, -56, 0), (0x01F8, 0x021F, 1114112, 1114112, 1114112),
    (0x0220, 0x0220, 0, -130, 0), (0x0222, 0x0233, 1114112, 1114112, 1114112), (0x023A, 0x023A, 0, 10795, 0),
    (0x023B, 0x023C, 1114112, 1114112, 1114112), (0x023D, 0x023D, 0, -163, 0), (0x023E, 0x023E, 0, 10792, 0),
    (0x023F, 0x0240, 10815, 0, 10815), (0x0241, 0x0242, 1114112, 1114112, 1114112), (0x0243, 0x0243, 0, -195, 0),
    (0x0244, 0x0244, 0, 69, 0), (0x0245, 0x0245, 0, 71, 0), (0x0246, 0x024F, 1114112, 1114112, 1114112),
    (0x0250, 0x0250, 10783, 0, 10783), (0x0251, 0x0251, 10780, 0, 10780), (0x0252, 0x0252, 10782, 0, 10782),
    (0x0253, 0x0253, -210, 0, -210), (0x0254, 0x0254, -206, 0, -206), (0x0256, 0x0257, -205, 0, -205),
    (0x0259, 0x0259, -202, 0, -202), (0x025B, 0x025B, -203, 0, -203), (0x025C, 0x025C, 42319, 0, 42319),
    (0x0260, 0x0260, -205, 0, -205), (0x0261, 0x0261, 42315, 0, 42315), (0x0263, 0x0263, -207, 0, -207),
    (0x0264, 0x0264, 42343, 0, 42343), (0x0265, 0x0265, 42280, 0, 42280), (0x0266, 0x0266, 42308, 0, 42308),
    (0x0268, 0x0268, -209, 0, -209), (0x0269, 0x0269, -211, 0, -211), (0x026A, 0x026A, 42308, 0, 42308),
    (0x026B, 0x026B, 10743, 0, 10743), (0x026C, 0x026C, 42305, 0, 42305), (0x026F, 0x026F, -211, 0, -211),
    (0x0271, 0x0271, 10749, 0, 10749), (0x0272, 0x0272, -213, 0, -213), (0x0275, 0x0275, -214, 0, -214),
    (0x027D, 0x027D, 10727, 0, 10727), (0x0280, 0x0280, -218, 0, -218), (0x0282, 0x0282, 42307, 0, 42307),
    (0x0283, 0x0283, -218, 0, -218), (0x0287, 0x0287, 42282, 0, 42282), (0x0288, 0x0288, -218, 0, -218),
    (0x0289, 0x0289, -69, 0, -69), (0x028A, 0x028B, -217, 0, -217), (0x028C, 0x028C, -71, 0, -71),
    (0x0292, 0x0292, -219, 0, -219), (0x029D, 0x029D, 42261, 0, 42261), (0x029E, 0x029E, 42258, 0, 42258),
    (0x0345, 0x0345, 84, 0, 84), (0x0370, 0x0373, 1114112, 1114112, 1114112),
    (0x0376, 0x0377, 1114112, 1114112, 1114112), (0x037B, 0x037D, 130, 0, 130), (0x037F, 0x037F, 0, 116, 0),
    (0x0386, 0x0386, 0, 38, 0), (0x0388, 0x038A, 0, 37, 0), (0x038C, 0x038C, 0, 64, 0), (0x038E, 0x038F, 0, 63, 0),
    (0x0391, 0x03A1, 0, 32, 0), (0x03A3, 0x03AB, 0, 32, 0), (0x03AC, 0x03AC, -38, 0, -38),
    (0x03AD, 0x03AF, -37, 0, -37), (0x03B1, 0x03C1, -32, 0, -32), (0x03C2, 0x03C2, -31, 0, -31),
    (0x03C3, 0x03CB, -32, 0, -32), (0x03CC, 0x03CC, -64, 0, -64), (0x03CD, 0x03CE, -63, 0, -63),
    (0x03CF, 0x03CF, 0, 8, 0), (0x03D0, 0x03D0, -62, 0, -62), (0x03D1, 0x03D1, -57, 0, -57),
    (0x03D5, 0x03D5, -47, 0, -47), (0x03D6, 0x03D6, -54, 0, -54), (0x03D7, 0x03D7, -8, 0, -8),
    (0x03D8, 0x03EF, 1114112, 1114112, 1114112), (0x03F0, 0x03F0, -86, 0, -86), (0x03F1, 0x03F1, -80, 0, -80),
    (0x03F2, 0x03F2, 7, 0, 7), (0x03F3, 0x03F3, -116, 0, -116), (0x03F4, 0x03F4, 0, -60, 0),
    (0x03F5, 0x03F5, -96, 0, -96), (0x03F7, 0x03F8, 1114112, 1114112, 1114112), (0x03F9, 0x03F9, 0, -7, 0),
    (0x03FA, 0x03FB, 1114112, 1114112, 1114112), (0x03FD, 0x03FF, 0, -130, 0), (0x0400, 0x040F, 0, 80, 0),
    (0x0410, 0x042F, 0, 32, 0), (0x0430, 0x044F, -32, 0, -32), (0x0450, 0x045F, -80, 0, -80),
    (0x0460, 0x0481, 1114112, 1114112, 1114112), (0x048A, 0x04BF, 1114112, 1114112, 1114112),
    (0x04C0, 0x04C0, 0, 15, 0), (0x04C1, 0x04CE, 1114112, 1114112, 1114112), (0x04CF, 0x04CF, -15, 0, -15),
    (0x04D0, 0x052F, 1114112, 1114112, 1114112), (0x0531, 0x0556, 0, 48, 0), (0x0561, 0x0586, -48, 0, -48),
    (0x10A0, 0x10C5, 0, 7264, 0), (0x10C7, 0x10C7, 0, 7264, 0), (0x10CD, 0x10CD, 0, 7264, 0),
    (0x10D0, 0x10FA, 3008, 0, 0), (0x10FD, 0x10FF, 3008, 0, 0), (0x13A0, 0x13EF, 0, 38864, 0),
    (0x13F0, 0x13F5, 0, 8, 0), (0x13F8, 0x13FD, -8, 0, -8), (0x1C80, 0x1C80, -6254, 0, -6254),
    (0x1C81, 0x1C81, -6253, 0, -6253), (0x1C82, 0x1C82, -6244, 0, -6244), (0x1C83, 0x1C84, -6242, 0, -6242),
    (0x1C85, 0x1C85, -6243, 0, -6243), (0x1C86, 0x1C86, -6236, 0, -6236), (0x1C87, 0x1C87, -6181, 0, -6181),
    (0x1C88, 0x1C88, 35266, 0, 35266), (0x1C89, 0x1C8A, 1114112, 1114112, 1114112), (0x1C90, 0x1CBA, 0, -3008, 0),
    (0x1CBD, 0x1CBF, 0, -3008, 0), (0x1D79, 0x1D79, 35332, 0, 35332), (0x1D7D, 0x1D7D, 3814, 0, 3814),
    (0x1D8E, 0x1D8E, 35384, 0, 35384), (0x1E00, 0x1E95, 1114112, 1114112, 1114112), (0x1E9B, 0x1E9B, -59, 0, -59),
    (0x1E9E, 0x1E9E, 0, -7615, 0), (0x1EA0, 0x1EFF, 1114112, 1114112, 1114112), (0x1F00, 0x1F07, 8, 0, 8),
    (0x1F08, 0x1F0F, 0, -8, 0), (0x1F10, 0x1F15, 8, 0, 8), (0x1F18, 0x1F1D, 0, -8, 0), (0x1F20, 0x1F27, 8, 0, 8),
    (0x1F28, 0x1F2F, 0, -8, 0), (0x1F30, 0x1F37, 8, 0, 8), (0x1F38, 0x1F3F, 0, -8, 0), (0x1F40, 0x1F45, 8, 0, 8),
    (0x1F48, 0x1F4D, 0, -8, 0), (0x1F51, 0x1F51, 8, 0, 8), (0x1F53, 0x1F53, 8, 0, 8), (0x1F55, 0x1F55, 8, 0, 8),
    (0x1F57, 0x1F57, 8, 0, 8), (0x1F59, 0x1F59, 0, -8, 0), (0x1F5B, 0x1F5B, 0, -8, 0), (0x1F5D, 0x1F5D, 0, -8, 0),
    (0x1F5F, 0x1F5F, 0, -8, 0), (0x1F60, 0x1F67, 8, 0, 8), (0x1F68, 0x1F6F, 0, -8, 0), (0x1F70, 0x1F71, 74, 0, 74),
    (0x1F72, 0x1F75, 86, 0, 86), (0x1F76, 0x1F77, 100, 0, 100), (0x1F78, 0x1F79, 128, 0, 128),
    (0x1F7A, 0x1F7B, 112, 0, 112), (0x1F7C, 0x1F7D, 126, 0, 126), (0x1F80, 0x1F87, 8, 0, 8),
    (0x1F88, 0x1F8F, 0, -8, 0), (0x1F90, 0x1F97, 8, 0, 8), (0x1F98, 0x1F9F, 0, -8, 0), (0x1FA0, 0x1FA7, 8, 0, 8),
    (0x1FA8, 0x1FAF, 0, -8, 0), (0x1FB0, 0x1FB1, 8, 0, 8), (0x1FB3, 0x1FB3, 9, 0, 9), (0x1FB8, 0x1FB9, 0, -8, 0),
    (0x1FBA, 0x1FBB, 0, -74, 0), (0x1FBC, 0x1FBC, 0, -9, 0), (0x1FBE, 0x1FBE, -7205, 0, -7205),
    (0x1FC3, 0x1FC3, 9, 0, 9), (0x1FC8, 0x1FCB, 0, -86, 0), (0x1FCC, 0x1FCC, 0, -9, 0), (0x1FD0, 0x1FD1, 8, 0, 8),
    (0x1FD8, 0x1FD9, 0, -8, 0), (0x1FDA, 0x1FDB, 0, -100, 0), (0x1FE0, 0x1FE1, 8, 0, 8), (0x1FE5, 0x1FE5, 7, 0, 7),
    (0x1FE8, 0x1FE9, 0, -8, 0), (0x1FEA, 0x1FEB, 0, -112, 0), (0x1FEC, 0x1FEC, 0, -7, 0), (0x1FF3, 0x1FF3, 9, 0, 9),
    (0x1FF8, 0x1FF9, 0, -128, 0), (0x1FFA, 0x1FFB, 0, -126, 0), (0x1FFC, 0x1FFC, 0, -9, 0),
    (0x2126, 0x2126, 0, -7517, 0), (0x212A, 0x212A, 0, -8383, 0), (0x212B, 0x212B, 0, -8262, 0),
    (0x2132, 0x2132, 0, 28, 0), (0x214E, 0x214E, -28, 0, -28), (0x2160, 0x216F, 0, 16, 0),
    (0x2170, 0x217F, -16, 0, -16), (0x2183, 0x2184, 1114112, 1114112, 1114112), (0x24B6, 0x24CF, 0, 26, 0),
    (0x24D0, 0x24E9, -26, 0, -26), (0x2C00, 0x2C2F, 0, 48, 0), (0x2C30, 0x2C5F, -48, 0, -48),
    (0x2C60, 0x2C61, 1114112, 1114112, 1114112), (0x2C62, 0x2C62, 0, -10743, 0), (0x2C63, 0x2C63, 0, -3814, 0),
    (0x2C64, 0x2C64, 0, -10727, 0), (0x2C65, 0x2C65, -10795, 0, -10795), (0x2C66, 0x2C66, -10792, 0, -10792),
    (0x2C67, 0x2C6C, 1114112, 1114112, 1114112), (0x2C6D, 0x2C6D, 0, -10780, 0), (0x2C6E, 0x2C6E, 0, -10749, 0),
    (0x2C6F, 0x2C6F, 0, -10783, 0), (0x2C70, 0x2C70, 0, -10782, 0), (0x2C72, 0x2C73, 1114112, 1114112, 1114112),
    (0x2C75, 0x2C76, 1114112, 1114112, 1114112), (0x2C7E, 0x2C7F, 0, -10815, 0),
    (0x2C80, 0x2CE3, 1114112, 1114112, 1114112), (0x2CEB, 0x2CEE, 1114112, 1114112, 1114112),
    (0x2CF2, 0x2CF3, 1114112, 1114112, 1114112), (0x2D00, 0x2D25, -7264, 0, -7264), (0x2D27, 0x2D27, -7264, 0, -7264),
    (0x2D2D, 0x2D2D, -7264, 0, -7264), (0xA640, 0xA66D, 1114112, 1114112, 1114112),
    (0xA680, 0xA69B, 1114112, 1114112, 1114112), (0xA722, 0xA72F, 1114112, 1114112, 1114112),
    (0xA732, 0xA76F, 1114112, 1114112, 1114112), (0xA779, 0xA77C, 1114112, 1114112, 1114112),
    (0xA77D, 0xA77D, 0, -35332, 0), (0xA77E, 0xA787, 1114112, 1114112, 1114112),
    (0xA78B, 0xA78C, 1114112, 1114112, 1114112), (0xA78D, 0xA78D, 0, -42280, 0),
    (0xA790, 0xA793, 1114112, 1114112, 1114112), (0xA794, 0xA794, 48, 0, 48),
    (0xA796, 0xA7A9, 1114112, 1114112, 1114112), (0xA7AA, 0xA7AA, 0, -42308, 0), (0xA7AB, 0xA7AB, 0, -42319, 0),
    (0xA7AC, 0xA7AC, 0, -42315, 0), (0xA7AD, 0xA7AD, 0, -42305, 0), (0xA7AE, 0xA7AE, 0, -42308, 0),
    (0xA7B0, 0xA7B0, 0, -42258, 0), (0xA7B1, 0xA7B1, 0, -42282, 0), (0xA7B2, 0xA7B2, 0, -42261, 0),
    (0xA7B3, 0xA7B3, 0, 928, 0), (0xA7B4, 0xA7C3, 1114112, 1114112, 1114112), (0xA7C4, 0xA7C4, 0, -48, 0),
    (0xA7C5, 0xA7C5, 0, -42307, 0), (0xA7C6, 0xA7C6, 0, -35384, 0), (0xA7C7, 0xA7CA, 1114112, 1114112, 1114112),
    (0xA7CB, 0xA7CB, 0, -42343, 0), (0xA7CC, 0xA7DB, 1114112, 1114112, 1114112), (0xA7DC, 0xA7DC, 0, -42561, 0),
    (0xA7F5, 0xA7F6, 1114112, 1114112, 1114112), (0xAB53, 0xAB53, -928, 0, -928), (0xAB70, 0xABBF, -38864, 0, -38864),
    (0xFF21, 0xFF3A, 0, 32, 0), (0xFF41, 0xFF5A, -32, 0, -32), (0x10400, 0x10427, 0, 40, 0),
    (0x10428, 0x1044F, -40, 0, -40), (0x104B0, 0x104D3, 0, 40, 0), (0x104D8, 0x104FB, -40, 0, -40),
    (0x10570, 0x1057A, 0, 39, 0), (0x1057C, 0x1058A, 0, 39, 0), (0x1058C, 0x10592, 0, 39, 0),
    (0x10594, 0x10595, 0, 39, 0), (0x10597, 0x105A1, -39, 0, -39), (0x105A3, 0x105B1, -39, 0, -39),
    (0x105B3, 0x105B9, -39, 0, -39), (0x105BB, 0x105BC, -39, 0, -39), (0x10C80, 0x10CB2, 0, 64, 0),
    (0x10CC0, 0x10CF2, -64, 0, -64), (0x10D50, 0x10D65, 0, 32, 0), (0x10D70, 0x10D85, -32, 0, -32),
    (0x118A0, 0x118BF, 0, 32, 0), (0x118C0, 0x118DF, -32, 0, -32), (0x16E40, 0x16E5F, 0, 32, 0),
    (0x16E60, 0x16E7F, -32, 0, -32), (0x16EA0, 0x16EB8, 0, 27, 0), (0x16EBB, 0x16ED3, -27, 0, -27),
    (0x1E900, 0x1E921, 0, 34, 0), (0x1E922, 0x1E943, -34, 0, -34),
];

#[rustfmt::skip]
static FOLD_ORBIT: [(u32, u32); 44] = [
    (0x006B, 0x212A), (0x0073, 0x017F), (0x00DF, 0x1E9E), (0x00E5, 0x212B), (0x0130, 0x0130), (0x0131, 0x0131),
    (0x01C4, 0x01C5), (0x01C7, 0x01C8), (0x01CA, 0x01CB), (0x01F1, 0x01F2), (0x0390, 0x1FD3), (0x03A3, 0x03C2),
    (0x03B0, 0x1FE3), (0x03B2, 0x03D0), (0x03B5, 0x03F5), (0x03B8, 0x03D1), (0x03B9, 0x1FBE), (0x03BA, 0x03F0),
    (0x03BC, 0x00B5), (0x03C0, 0x03D6), (0x03C1, 0x03F1), (0x03C2, 0x03C3), (0x03C6, 0x03D5), (0x03C9, 0x2126),
    (0x03D1, 0x03F4), (0x03F4, 0x0398), (0x0432, 0x1C80), (0x0434, 0x1C81), (0x043E, 0x1C82), (0x0441, 0x1C83),
    (0x0442, 0x1C84), (0x044A, 0x1C86), (0x0463, 0x1C87), (0x1C84, 0x1C85), (0x1E61, 0x1E9B), (0x1FBE, 0x0345),
    (0x1FD3, 0x0390), (0x1FE3, 0x03B0), (0x2126, 0x03A9), (0x212A, 0x004B), (0x212B, 0x00C5), (0xA64B, 0x1C88),
    (0xFB05, 0xFB06), (0xFB06, 0xFB05),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::go_string;

    fn gs(s: &[u8]) -> (*const u8, isize) {
        (s.as_ptr(), s.len() as isize)
    }

    fn bytes(g: GoString) -> Vec<u8> {
        go_string(g).to_vec()
    }

    fn strs(sl: GoSlice) -> Vec<Vec<u8>> {
        if sl.ptr.is_null() {
            return vec![];
        }
        // SAFETY: test slices come from make_strings.
        let a = unsafe { std::slice::from_raw_parts(sl.ptr as *const GoString, sl.len as usize) };
        a.iter().map(|g| bytes(*g)).collect()
    }

    fn fnv(mut h: u64, v: i32) -> u64 {
        for b in (v as u32).to_le_bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(1099511628211);
        }
        h
    }

    fn hash_ints(a: &[usize]) -> u64 {
        let mut h = 14695981039346656037u64;
        for &v in a {
            h = fnv(h, v as i32);
            h = fnv(h, (v >> 32) as i32);
        }
        h
    }

    fn case_hash() -> u64 {
        let mut h = 14695981039346656037u64;
        for r in -2..=utf8::MAX_RUNE + 2 {
            h = fnv(h, to_upper(r));
            h = fnv(h, to_lower(r));
            h = fnv(h, simple_fold(r));
            h = fnv(h, is_space(r) as i32);
        }
        h
    }

    struct T;

    impl T {
        fn fold(&self, a: &[u8], b: &[u8], want: bool) {
            assert_eq!(equal_fold(a, b), want, "EqualFold({a:?}, {b:?})");
            let got = cranego_strings_EqualFold(a.as_ptr(), a.len() as isize, b.as_ptr(), b.len() as isize);
            assert_eq!(got, want);
        }
        fn upper(&self, s: &[u8], want: &[u8]) {
            let (p, n) = gs(s);
            let got = cranego_strings_ToUpper(p, n);
            assert_eq!(bytes(got), want, "ToUpper({s:?})");
            if want == s {
                assert_eq!(got.ptr, if s.is_empty() { std::ptr::null() } else { p }, "ToUpper must not copy");
            }
        }
        fn lower(&self, s: &[u8], want: &[u8]) {
            let (p, n) = gs(s);
            assert_eq!(bytes(cranego_strings_ToLower(p, n)), want, "ToLower({s:?})");
        }
        fn idx(&self, s: &[u8], sep: &[u8], i: isize, li: isize, c: isize, has: bool) {
            let ((p, n), (q, m)) = (gs(s), gs(sep));
            assert_eq!(cranego_strings_Index(p, n, q, m), i, "Index({s:?}, {sep:?})");
            assert_eq!(cranego_strings_LastIndex(p, n, q, m), li, "LastIndex({s:?}, {sep:?})");
            assert_eq!(cranego_strings_Count(p, n, q, m), c, "Count({s:?}, {sep:?})");
            assert_eq!(cranego_strings_Contains(p, n, q, m), has);
        }
        fn rune(&self, s: &[u8], r: i32, i: isize, has: bool) {
            let (p, n) = gs(s);
            assert_eq!(cranego_strings_IndexRune(p, n, r), i, "IndexRune({s:?}, {r})");
            assert_eq!(cranego_strings_ContainsRune(p, n, r), has);
        }
        fn trim(&self, s: &[u8], cut: &[u8], both: &[u8], left: &[u8], right: &[u8]) {
            let ((p, n), (q, m)) = (gs(s), gs(cut));
            assert_eq!(bytes(cranego_strings_Trim(p, n, q, m)), both, "Trim({s:?}, {cut:?})");
            assert_eq!(bytes(cranego_strings_TrimLeft(p, n, q, m)), left, "TrimLeft({s:?}, {cut:?})");
            assert_eq!(bytes(cranego_strings_TrimRight(p, n, q, m)), right, "TrimRight({s:?}, {cut:?})");
        }
        fn space(&self, s: &[u8], trimmed: &[u8], fields: &[&[u8]]) {
            let (p, n) = gs(s);
            assert_eq!(bytes(cranego_strings_TrimSpace(p, n)), trimmed, "TrimSpace({s:?})");
            let mut out = GoSlice { ptr: std::ptr::null_mut(), len: 0, cap: 0 };
            cranego_strings_Fields(p, n, &mut out);
            assert_eq!(strs(out), fields, "Fields({s:?})");
            assert_eq!(out.cap, out.len);
            assert!(!out.ptr.is_null());
        }
        #[allow(clippy::too_many_arguments)]
        fn split(&self, s: &[u8], sep: &[u8], k: isize, want: &[&[u8]], cap: isize, nil: bool) {
            let ((p, n), (q, m)) = (gs(s), gs(sep));
            let mut out = GoSlice { ptr: std::ptr::null_mut(), len: 0, cap: 0 };
            cranego_strings_SplitN(p, n, q, m, k, &mut out);
            assert_eq!(strs(out), want, "SplitN({s:?}, {sep:?}, {k})");
            assert_eq!(out.cap, cap, "cap of SplitN({s:?}, {sep:?}, {k})");
            assert_eq!(out.ptr.is_null(), nil);
            if k == -1 {
                cranego_strings_Split(p, n, q, m, &mut out);
                assert_eq!(strs(out), want);
            }
        }
        fn replace(&self, s: &[u8], old: &[u8], new: &[u8], k: isize, want: &[u8]) {
            let ((p, n), (q, m), (r, l)) = (gs(s), gs(old), gs(new));
            assert_eq!(bytes(cranego_strings_Replace(p, n, q, m, r, l, k)), want, "Replace({s:?}, {old:?}, {new:?})");
            if k == -1 {
                assert_eq!(bytes(cranego_strings_ReplaceAll(p, n, q, m, r, l)), want);
            }
        }
        fn repeat(&self, s: &[u8], k: isize, want: &[u8]) {
            let (p, n) = gs(s);
            assert_eq!(bytes(cranego_strings_Repeat(p, n, k)), want);
        }
        fn join(&self, elems: &[&[u8]], sep: &[u8], want: &[u8]) {
            let mut v: Vec<GoString> =
                elems.iter().map(|e| GoString { ptr: e.as_ptr(), len: e.len() as isize }).collect();
            let (q, m) = gs(sep);
            let got = cranego_strings_Join(v.as_mut_ptr() as *mut u8, v.len() as isize, v.len() as isize, q, m);
            assert_eq!(bytes(got), want);
        }
    }

    fn new_builder() -> Builder {
        Builder { buf: GoSlice { ptr: std::ptr::null_mut(), len: 0, cap: 0 } }
    }

    fn builder_caps() -> Vec<isize> {
        let mut b = new_builder();
        let mut out = IntErr { v: 0, err: NIL_ERROR };
        let mut caps = vec![];
        for i in 0..40 {
            let s = vec![b'x'; i * 7];
            cranego_strings_Builder_WriteString(&mut b, s.as_ptr(), s.len() as isize, &mut out);
            assert_eq!(out.v, s.len() as isize);
            caps.push(cranego_strings_Builder_Cap(&mut b));
        }
        caps
    }

    fn builder_caps2() -> u64 {
        let mut b = new_builder();
        let mut out = IntErr { v: 0, err: NIL_ERROR };
        let mut caps = vec![];
        for i in 0..3000 {
            match i % 3 {
                0 => {
                    assert!(cranego_strings_Builder_WriteByte(&mut b, b'x').tab.is_null());
                }
                1 => cranego_strings_Builder_WriteRune(&mut b, '世' as i32, &mut out),
                _ => cranego_strings_Builder_WriteRune(&mut b, 0x10000 + i, &mut out),
            }
            caps.push(b.buf.cap as usize);
        }
        hash_ints(&caps)
    }

    fn builder_grow() -> Vec<isize> {
        let mut b = new_builder();
        let mut out = IntErr { v: 0, err: NIL_ERROR };
        let mut v = vec![];
        for g in [0, 1, 5, 10, 100, 1000, 3, 5000, 40000, 7] {
            cranego_strings_Builder_Grow(&mut b, g);
            v.push(cranego_strings_Builder_Cap(&mut b));
            v.push(cranego_strings_Builder_Len(&mut b));
            let s = vec![b'y'; g as usize / 2 + 1];
            cranego_strings_Builder_WriteString(&mut b, s.as_ptr(), s.len() as isize, &mut out);
        }
        v
    }

    fn append_caps() -> u64 {
        let mut all = vec![];
        let mut run = |n: usize, size: usize, ptrs: bool| {
            let (mut len, mut cap) = (0, 0);
            for _ in 0..n {
                len += 1;
                if len > cap {
                    cap = grow_cap(cap, len, size, ptrs);
                }
                all.push(cap);
            }
        };
        run(100000, 1, false);
        run(20000, 8, false);
        run(20000, 3, false);
        run(20000, 8, true);
        run(20000, 24, true);
        run(20000, 40, true);
        run(20000, 16, true);
        run(20000, 16, true);
        let (mut len, mut cap) = (0, 0);
        for i in 0..300 {
            let k = i * 13;
            if k > 0 && len + k > cap {
                cap = grow_cap(cap, len + k, 1, false);
            }
            len += k;
            all.push(cap);
        }
        hash_ints(&all)
    }

    #[test]
    fn builder_basics() {
        let mut b = new_builder();
        assert_eq!(bytes(cranego_strings_Builder_String(&mut b)), b"");
        let mut out = IntErr { v: 0, err: NIL_ERROR };
        cranego_strings_Builder_WriteString(&mut b, b"abc".as_ptr(), 3, &mut out);
        cranego_strings_Builder_WriteRune(&mut b, 0x4e16, &mut out);
        assert_eq!(out.v, 3);
        cranego_strings_Builder_WriteRune(&mut b, -1, &mut out);
        assert_eq!(out.v, 3);
        let s = cranego_strings_Builder_String(&mut b);
        assert_eq!(bytes(s), "abc世\u{fffd}".as_bytes());
        assert_eq!(s.ptr, b.buf.ptr as *const u8);
        cranego_strings_Builder_Reset(&mut b);
        assert_eq!(cranego_strings_Builder_Len(&mut b), 0);
        assert_eq!(cranego_strings_Builder_Cap(&mut b), 0);
    }

    #[test]
    fn against_go() {
        let t = T;
        // case hash
        assert_eq!(case_hash(), 15285161941732112015);
        t.upper(b"", b"");
        t.lower(b"", b"");
        t.upper(b"hello", b"HELLO");
        t.lower(b"hello", b"hello");
        t.upper(b"HELLO", b"HELLO");
        t.lower(b"HELLO", b"hello");
        t.upper(b"Hello, \xe4\xb8\x96\xe7\x95\x8c", b"HELLO, \xe4\xb8\x96\xe7\x95\x8c");
        t.lower(b"Hello, \xe4\xb8\x96\xe7\x95\x8c", b"hello, \xe4\xb8\x96\xe7\x95\x8c");
        t.upper(b"\xc3\x9f", b"\xc3\x9f");
        t.lower(b"\xc3\x9f", b"\xc3\x9f");
        t.upper(b"\xe1\xba\x9e", b"\xe1\xba\x9e");
        t.lower(b"\xe1\xba\x9e", b"\xc3\x9f");
        t.upper(b"\xc4\xb0stanbul", b"\xc4\xb0STANBUL");
        t.lower(b"\xc4\xb0stanbul", b"istanbul");
        t.upper(b"\xc4\xb1", b"I");
        t.lower(b"\xc4\xb1", b"\xc4\xb1");
        t.upper(b"\xc7\x85", b"\xc7\x84");
        t.lower(b"\xc7\x85", b"\xc7\x86");
        t.upper(b"\xce\xa3\xce\x91\xce\xa3", b"\xce\xa3\xce\x91\xce\xa3");
        t.lower(b"\xce\xa3\xce\x91\xce\xa3", b"\xcf\x83\xce\xb1\xcf\x83");
        t.upper(b"\xcf\x83\xce\xb1\xcf\x82", b"\xce\xa3\xce\x91\xce\xa3");
        t.lower(b"\xcf\x83\xce\xb1\xcf\x82", b"\xcf\x83\xce\xb1\xcf\x82");
        t.upper(b"\xef\xac\x80", b"\xef\xac\x80");
        t.lower(b"\xef\xac\x80", b"\xef\xac\x80");
        t.upper(b"\xffabc", b"\xef\xbf\xbdABC");
        t.lower(b"\xffabc", b"\xef\xbf\xbdabc");
        t.upper(b"a\xffb", b"A\xef\xbf\xbdB");
        t.lower(b"a\xffb", b"a\xef\xbf\xbdb");
        t.upper(b"\xef\xbf\xbd", b"\xef\xbf\xbd");
        t.lower(b"\xef\xbf\xbd", b"\xef\xbf\xbd");
        t.upper(b"\xc7\x84\xc7\x85\xc7\x86", b"\xc7\x84\xc7\x84\xc7\x84");
        t.lower(b"\xc7\x84\xc7\x85\xc7\x86", b"\xc7\x86\xc7\x86\xc7\x86");
        t.upper(b"\xe1\xbe\xb3", b"\xe1\xbe\xbc");
        t.lower(b"\xe1\xbe\xb3", b"\xe1\xbe\xb3");
        t.upper(b"\xea\xad\xb0", b"\xe1\x8e\xa0");
        t.lower(b"\xea\xad\xb0", b"\xea\xad\xb0");
        t.upper(b"\xf0\x90\x90\xa8", b"\xf0\x90\x90\x80");
        t.lower(b"\xf0\x90\x90\xa8", b"\xf0\x90\x90\xa8");
        t.upper(b"\xe2\x92\xb6", b"\xe2\x92\xb6");
        t.lower(b"\xe2\x92\xb6", b"\xe2\x93\x90");
        t.upper(b"\xc7\xb0", b"\xc7\xb0");
        t.lower(b"\xc7\xb0", b"\xc7\xb0");
        t.upper(b"\xc2\xb5", b"\xce\x9c");
        t.lower(b"\xc2\xb5", b"\xc2\xb5");
        t.upper(b"\xc3\xbf", b"\xc5\xb8");
        t.lower(b"\xc3\xbf", b"\xc3\xbf");
        t.upper(b"\xe2\x84\xaa", b"\xe2\x84\xaa");
        t.lower(b"\xe2\x84\xaa", b"k");
        t.upper(b"\xc3\x85", b"\xc3\x85");
        t.lower(b"\xc3\x85", b"\xc3\xa5");
        t.upper(b"\xc7\x88", b"\xc7\x87");
        t.lower(b"\xc7\x88", b"\xc7\x89");
        t.upper(b"\xc7\x89", b"\xc7\x87");
        t.lower(b"\xc7\x89", b"\xc7\x89");
        t.upper(b"\xc9\x90", b"\xe2\xb1\xaf");
        t.lower(b"\xc9\x90", b"\xc9\x90");
        t.upper(b"\xce\xa9", b"\xce\xa9");
        t.lower(b"\xce\xa9", b"\xcf\x89");
        t.upper(b"\xcd\x85", b"\xce\x99");
        t.lower(b"\xcd\x85", b"\xcd\x85");
        t.upper(b"abc\xe4\xb8", b"ABC\xef\xbf\xbd\xef\xbf\xbd");
        t.lower(b"abc\xe4\xb8", b"abc\xef\xbf\xbd\xef\xbf\xbd");
        t.fold(b"Go", b"GO", true);
        t.fold(b"\xcf\x83", b"\xce\xa3", true);
        t.fold(b"\xcf\x82", b"\xce\xa3", true);
        t.fold(b"k", b"\xe2\x84\xaa", true);
        t.fold(b"K", b"\xe2\x84\xaa", true);
        t.fold(b"\xc3\x9f", b"\xe1\xba\x9e", true);
        t.fold(b"\xc3\x9f", b"SS", false);
        t.fold(b"abc", b"ABD", false);
        t.fold(b"", b"", true);
        t.fold(b"a", b"", false);
        t.fold(b"\xff", b"\xff", true);
        t.fold(b"\xff", b"\xef\xbf\xbd", true);
        t.fold(b"\xc7\x85", b"\xc7\x86", true);
        t.fold(b"\xc7\x85", b"\xc7\x84", true);
        t.fold(b"\xef\xac\x85", b"\xef\xac\x86", true);
        t.fold(b"\xc2\xb5", b"\xce\x9c", true);
        t.fold(b"\xc2\xb5", b"\xce\xbc", true);
        t.fold(b"\xce\xb8", b"\xcf\x91", true);
        t.fold(b"Hello, \xe4\xb8\x96\xe7\x95\x8c", b"hELLO, \xe4\xb8\x96\xe7\x95\x8c", true);
        t.fold(b"s", b"\xc5\xbf", true);
        t.fold(b"aS", b"As", true);
        t.fold(b"\xc4\xb0", b"i", false);
        t.fold(b"\xc4\xb1", b"I", false);
        t.idx(b"chicken", b"ken", 4, 4, 1, true);
        t.idx(b"chicken", b"dmr", -1, -1, 0, false);
        t.idx(b"", b"", 0, 0, 1, true);
        t.idx(b"abc", b"", 0, 3, 4, true);
        t.idx(b"", b"a", -1, -1, 0, false);
        t.idx(b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", b"aaab", 35, 35, 1, true);
        t.idx(b"xyxyxyxyz", b"xyz", 6, 6, 1, true);
        t.idx(b"h\xc3\xa9llo w\xc3\xb6rld w\xc3\xb6rld", b"w\xc3\xb6rld", 7, 14, 2, true);
        t.idx(b"abcabc", b"abc", 0, 3, 2, true);
        t.idx(b"a", b"a", 0, 0, 1, true);
        t.idx(b"ab", b"abc", -1, -1, 0, false);
        t.idx(b"abababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababc", b"abc", 200, 200, 1, true);
        t.idx(
            b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy",
            -1,
            -1,
            0,
            false,
        );
        t.rune(b"chicken", 107, 4, true);
        t.rune(b"chicken", 100, -1, false);
        t.rune(b"a\xe2\x98\xbab", 9786, 1, true);
        t.rune(b"a\xffb", 65533, 1, true);
        t.rune(b"a\xef\xbf\xbdb", 65533, 1, true);
        t.rune(b"abc", 65533, -1, false);
        t.rune(b"abc", -1, -1, false);
        t.rune(b"abc", 55296, -1, false);
        t.rune(b"\xf0\x9d\x94\x8ao", 120074, 0, true);
        t.rune(b"", 97, -1, false);
        t.trim(b"  hello  ", b" ", b"hello", b"hello  ", b"  hello");
        t.trim(b"xxhixx", b"x", b"hi", b"hixx", b"xxhi");
        t.trim(b"abcHELLOcba", b"abc", b"HELLO", b"HELLOcba", b"abcHELLO");
        t.trim(b"", b"x", b"", b"", b"");
        t.trim(b"x", b"", b"x", b"x", b"x");
        t.trim(
            b"\xe2\x98\xba\xe2\x98\xbahi\xe2\x98\xba",
            b"\xe2\x98\xba",
            b"hi",
            b"hi\xe2\x98\xba",
            b"\xe2\x98\xba\xe2\x98\xbahi",
        );
        t.trim(b"\xffhi\xff", b"\xff", b"hi", b"hi\xff", b"\xffhi");
        t.trim(b"\xffhi\xff", b"\xef\xbf\xbd", b"hi", b"hi\xff", b"\xffhi");
        t.trim(b"\xef\xbf\xbdhi\xef\xbf\xbd", b"\xff", b"hi", b"hi\xef\xbf\xbd", b"\xef\xbf\xbdhi");
        t.trim(b"aaa", b"a", b"", b"", b"");
        t.trim(
            b"\xe4\xb8\x96\xe7\x95\x8c\xe4\xb8\x96",
            b"\xe4\xb8\x96a",
            b"\xe7\x95\x8c",
            b"\xe7\x95\x8c\xe4\xb8\x96",
            b"\xe4\xb8\x96\xe7\x95\x8c",
        );
        t.trim(b"h\xc3\xa9\xc3\xa9", b"\xc3\xa9", b"h", b"h\xc3\xa9\xc3\xa9", b"h");
        t.space(b"", b"", &[]);
        t.space(b"   ", b"", &[]);
        t.space(b" \x09\x0a hello \x0d\x0a", b"hello", &[b"hello"]);
        t.space(b"hello", b"hello", &[b"hello"]);
        t.space(b"\xc2\xa0 x \xe3\x80\x80", b"x", &[b"x"]);
        t.space(b"\xe2\x80\xa8\xc2\x85a b\xc2\x85", b"a b", &[b"a", b"b"]);
        t.space(b"\xff ", b"\xff", &[b"\xff"]);
        t.space(b" a\xe1\x9a\x80", b"a", &[b"a"]);
        t.space(b"\x85x", b"\x85x", &[b"\x85x"]);
        t.split(b"a,b,c", b",", -1, &[b"a", b"b", b"c"], 3, false);
        t.split(b"a,b,c", b",", 2, &[b"a", b"b,c"], 2, false);
        t.split(b"a,b,c", b",", 0, &[], 0, true);
        t.split(b"a,b,c", b",", 10, &[b"a", b"b", b"c"], 6, false);
        t.split(b"", b",", -1, &[b""], 1, false);
        t.split(b"abc", b"", -1, &[b"a", b"b", b"c"], 3, false);
        t.split(b"abc", b"", 2, &[b"a", b"bc"], 2, false);
        t.split(b"a\xe2\x98\xba\xffb", b"", -1, &[b"a", b"\xe2\x98\xba", b"\xff", b"b"], 4, false);
        t.split(b"", b"", -1, &[], 0, false);
        t.split(b"a,,b", b",", -1, &[b"a", b"", b"b"], 3, false);
        t.split(b",a,", b",", -1, &[b"", b"a", b""], 3, false);
        t.split(b"aaa", b"aa", -1, &[b"", b"a"], 2, false);
        t.split(b"a b c", b" ", 1, &[b"a b c"], 1, false);
        t.replace(b"oink oink oink", b"k", b"ky", 2, b"oinky oinky oink");
        t.replace(b"oink oink oink", b"oink", b"moo", -1, b"moo moo moo");
        t.replace(b"abc", b"", b"-", -1, b"-a-b-c-");
        t.replace(b"abc", b"", b"-", 2, b"-a-bc");
        t.replace(b"a\xe2\x98\xbab", b"", b"|", -1, b"|a|\xe2\x98\xba|b|");
        t.replace(b"\xffa", b"", b".", -1, b".\xff.a.");
        t.replace(b"aaa", b"a", b"a", -1, b"aaa");
        t.replace(b"abc", b"x", b"y", -1, b"abc");
        t.replace(b"banana", b"ana", b"o", -1, b"bona");
        t.replace(b"", b"", b"x", -1, b"x");
        t.replace(b"abc", b"b", b"", -1, b"ac");
        t.repeat(b"ab", 3, b"ababab");
        t.repeat(b"", 5, b"");
        t.repeat(b"x", 0, b"");
        t.repeat(b"-", 10, b"----------");
        t.repeat(b"ab", 1, b"ab");
        t.repeat(b" ", 200, b"                                                                                                                                                                                                        ");
        t.join(&[], b",", b"");
        t.join(&[b"a"], b",", b"a");
        t.join(&[b"a", b"b", b"c"], b", ", b"a, b, c");
        t.join(&[b"", b""], b"", b"");
        t.join(&[b"x", b"", b"y"], b"-", b"x--y");
        // builder caps
        assert_eq!(
            builder_caps(),
            vec![
                0, 8, 24, 48, 96, 192, 192, 384, 384, 384, 704, 704, 704, 704, 1152, 1152, 1152, 1152, 1792, 1792,
                1792, 1792, 1792, 2688, 2688, 2688, 2688, 2688, 4096, 4096, 4096, 4096, 4096, 4096, 5376, 5376, 5376,
                5376, 5376, 6912
            ]
        );
        assert_eq!(builder_caps2(), 7486644692032198141);
        assert_eq!(
            builder_grow(),
            vec![0, 0, 8, 1, 8, 2, 32, 5, 176, 11, 1408, 62, 1408, 563, 8192, 565, 57344, 3066, 57344, 23067]
        );
        assert_eq!(append_caps(), 11037256866472153381);
    }
}

#[cfg(test)]
mod extra_tests {
    use super::*;
    use crate::print::go_string;

    #[repr(C)]
    struct MapClosure {
        code: *const u8,
    }

    extern "C" fn upper_drop_l(_f: *const Closure, r: i32) -> i32 {
        if r == 'l' as i32 {
            return -1;
        }
        if (b'a' as i32..=b'z' as i32).contains(&r) {
            return r - 32;
        }
        r
    }

    extern "C" fn identity(_f: *const Closure, r: i32) -> i32 {
        r
    }

    struct T;

    impl T {
        fn cut(&self, s: &[u8], sep: &[u8], before: &[u8], after: &[u8], found: bool) {
            let mut out = CutResult { before: empty(), after: empty(), found: false };
            cranego_strings_Cut(s.as_ptr(), s.len() as isize, sep.as_ptr(), sep.len() as isize, &mut out);
            assert_eq!(go_string(out.before), before);
            assert_eq!(go_string(out.after), after);
            assert_eq!(out.found, found);
        }
        fn map_upper(&self, s: &[u8], upper: &[u8], same: &[u8]) {
            let c1 = MapClosure { code: upper_drop_l as *const u8 };
            let c2 = MapClosure { code: identity as *const u8 };
            let (p, n) = (s.as_ptr(), s.len() as isize);
            assert_eq!(go_string(cranego_strings_Map(&c1 as *const MapClosure as *const Closure, p, n)), upper);
            let g = cranego_strings_Map(&c2 as *const MapClosure as *const Closure, p, n);
            assert_eq!(go_string(g), same);
            if s == same && !s.is_empty() {
                assert_eq!(g.ptr, p, "Map must return s itself when nothing changes");
            }
        }
    }

    #[test]
    fn against_go() {
        let t = T;
        t.cut(b"key=value", b"=", b"key", b"value", true);
        t.cut(b"novalue", b"=", b"novalue", b"", false);
        t.cut(b"a==b", b"==", b"a", b"b", true);
        t.cut(b"", b"", b"", b"", true);
        t.cut(b"abc", b"", b"", b"abc", true);
        t.cut(b"x,", b",", b"x", b"", true);
        t.map_upper(b"hello", b"HEO", b"hello");
        t.map_upper(b"HELLO", b"HELLO", b"HELLO");
        t.map_upper(b"h\xc3\xa9llo w\xc3\xb6rld", b"H\xc3\xa9O W\xc3\xb6RD", b"h\xc3\xa9llo w\xc3\xb6rld");
        t.map_upper(b"a\xffb", b"A\xef\xbf\xbdB", b"a\xef\xbf\xbdb");
        t.map_upper(b"\xef\xbf\xbd", b"\xef\xbf\xbd", b"\xef\xbf\xbd");
        t.map_upper(b"", b"", b"");
    }
}
