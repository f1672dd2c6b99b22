//! Go maps: an insertion-ordered entries array plus an open-addressing
//! index.
//!
//! # Layout
//! A map value points to a [`Map`] header (`count`, i.e. `len(m)`, is its
//! first word). The entries live in an [`Entries`] generation: three
//! arrays of `cap` slots (a power of two) allocated with `crate::alloc`:
//! `keys` (`cap * key.size` bytes, aligned as the key: slot `i` holds a key
//! inline), `vals` (`cap * elem.size` bytes, likewise) and `hashes` (`cap`
//! `u32`s: the upper half of slot `i`'s hash, never 0 for a live slot; 0
//! marks a deleted or unused slot, whose key and value bytes are zeroed).
//! New entries are appended at `used`; deletions leave holes. The index
//! is a separate `u32` array of `2 * cap` slots (load <= 1/2) probed
//! linearly from `h32 & mask`; a slot is 0 when empty, otherwise
//! `(h32 & !mask) | (i + 1)`: the entry number `i` in the low bits and
//! the hash bits that the position does not use as a tag above them.
//! Deleting from the index shifts the following cluster back (no index
//! tombstones). When the entries array is full, live entries are copied,
//! in order, into a new generation (twice as large unless at most half
//! of the slots are live); the old generation's `next` then points to the
//! new one and the old arrays are never written again. A future collector
//! scans `keys`/`vals` as arrays of the key/value type.
//!
//! # Iteration
//! An iterator walks slot positions `[start, n0)` then `[0, start)` of the
//! generation it started on, where `n0` is `used` at the start and `start`
//! is random. Live slots are produced; holes are skipped, so deleted
//! entries are not produced, and entries appended later (at `>= n0`) are
//! not either. When the map moved to a new generation since, the iterator
//! follows the `next` chain, translating its positions: copying preserves
//! order, so a position `p` becomes the number of live slots before `p` in
//! the frozen old generation. Every entry present throughout is thus
//! produced exactly once. `clear` empties the arrays in place and bumps
//! `clear_seq`, which ends running iterations (as gc does). A map that
//! has never been iterated compacts a full array with many holes in place
//! instead of into a new generation (no iterator can hold positions).

use std::sync::atomic::{AtomicPtr, Ordering};

use crate::abi::{kind, GoString, MapIter, Type};
use crate::typeops;

const MIN_CAP: usize = 8;
/// Entries are numbered in a `u32` index slot with one position bit more.
const MAX_CAP: usize = 1 << 31;

/// The map object a Go map value points to.
#[repr(C)]
struct Map {
    /// `len(m)`.
    count: usize,
    /// How keys are hashed and compared (`CLASS_*`).
    class: usize,
    ksize: usize,
    vsize: usize,
    kt: *const Type,
    vt: *const Type,
    seed: u64,
    /// The current generation; null until the first insertion.
    ent: *mut Entries,
    /// `2 * cap` slots.
    index: *mut u32,
    /// Index length - 1.
    mask: usize,
    /// Bumped by `clear`: ends running iterations.
    clear_seq: usize,
    /// An iteration has started on this map: never compact in place.
    iterated: bool,
}

/// One generation of entry arrays.
#[repr(C)]
struct Entries {
    keys: *mut u8,
    vals: *mut u8,
    hashes: *mut u32,
    cap: usize,
    /// Slots in use (live or deleted); frozen once `next` is set.
    used: usize,
    /// The generation that replaced this one.
    next: *mut Entries,
}

const CLASS_MEM8: usize = 0;
const CLASS_MEM4: usize = 1;
const CLASS_MEM: usize = 2;
const CLASS_STR: usize = 3;
const CLASS_GENERIC: usize = 4;

fn key_class(kt: &Type) -> usize {
    if kt.kind == kind::STRING {
        CLASS_STR
    } else if typeops::is_plain(kt) {
        match kt.size {
            8 => CLASS_MEM8,
            4 => CLASS_MEM4,
            _ => CLASS_MEM,
        }
    } else {
        CLASS_GENERIC
    }
}

/// Hashing and comparison of keys, specialised per key class.
trait KeyOps {
    /// Overwrite the stored key when assigning to an existing entry (gc
    /// does for strings and floats: `m[-0.0]` after `m[+0.0]` keeps -0).
    const UPDATE_KEY: bool;
    fn ksize(m: &Map) -> usize;
    unsafe fn hash(m: &Map, k: *const u8) -> u64;
    unsafe fn eq(m: &Map, a: *const u8, b: *const u8) -> bool;
}

struct Mem8;
struct Mem4;
struct Mem;
struct Str;
struct Generic;

impl KeyOps for Mem8 {
    const UPDATE_KEY: bool = false;
    #[inline(always)]
    fn ksize(_: &Map) -> usize {
        8
    }
    #[inline(always)]
    unsafe fn hash(m: &Map, k: *const u8) -> u64 {
        typeops::hash_u64(std::ptr::read_unaligned(k as *const u64), m.seed)
    }
    #[inline(always)]
    unsafe fn eq(_: &Map, a: *const u8, b: *const u8) -> bool {
        std::ptr::read_unaligned(a as *const u64) == std::ptr::read_unaligned(b as *const u64)
    }
}

impl KeyOps for Mem4 {
    const UPDATE_KEY: bool = false;
    #[inline(always)]
    fn ksize(_: &Map) -> usize {
        4
    }
    #[inline(always)]
    unsafe fn hash(m: &Map, k: *const u8) -> u64 {
        typeops::hash_u64(std::ptr::read_unaligned(k as *const u32) as u64, m.seed)
    }
    #[inline(always)]
    unsafe fn eq(_: &Map, a: *const u8, b: *const u8) -> bool {
        std::ptr::read_unaligned(a as *const u32) == std::ptr::read_unaligned(b as *const u32)
    }
}

impl KeyOps for Mem {
    const UPDATE_KEY: bool = false;
    #[inline(always)]
    fn ksize(m: &Map) -> usize {
        m.ksize
    }
    #[inline(always)]
    unsafe fn hash(m: &Map, k: *const u8) -> u64 {
        typeops::hash_mem(k, m.ksize, m.seed)
    }
    #[inline(always)]
    unsafe fn eq(m: &Map, a: *const u8, b: *const u8) -> bool {
        std::slice::from_raw_parts(a, m.ksize) == std::slice::from_raw_parts(b, m.ksize)
    }
}

impl KeyOps for Str {
    const UPDATE_KEY: bool = true;
    #[inline(always)]
    fn ksize(_: &Map) -> usize {
        16
    }
    #[inline(always)]
    unsafe fn hash(m: &Map, k: *const u8) -> u64 {
        typeops::hash_string(*(k as *const GoString), m.seed)
    }
    #[inline(always)]
    unsafe fn eq(_: &Map, a: *const u8, b: *const u8) -> bool {
        typeops::string_eq(*(a as *const GoString), *(b as *const GoString))
    }
}

impl KeyOps for Generic {
    const UPDATE_KEY: bool = true;
    #[inline(always)]
    fn ksize(m: &Map) -> usize {
        m.ksize
    }
    #[inline(always)]
    unsafe fn hash(m: &Map, k: *const u8) -> u64 {
        typeops::hash(&*m.kt, k, m.seed)
    }
    #[inline(always)]
    unsafe fn eq(m: &Map, a: *const u8, b: *const u8) -> bool {
        typeops::equal(&*m.kt, a, b)
    }
}

/// Calls the generic function `f` instantiated for the map's key class.
macro_rules! by_class {
    ($m:expr, $f:ident($($arg:expr),*)) => {
        match $m.class {
            CLASS_MEM8 => $f::<Mem8>($($arg),*),
            CLASS_MEM4 => $f::<Mem4>($($arg),*),
            CLASS_MEM => $f::<Mem>($($arg),*),
            CLASS_STR => $f::<Str>($($arg),*),
            _ => $f::<Generic>($($arg),*),
        }
    };
}

/// The 32 hash bits the map keeps: never 0 (0 marks an empty slot).
#[inline(always)]
fn h32(h: u64) -> u32 {
    let x = (h >> 32) as u32;
    if x == 0 {
        1
    } else {
        x
    }
}

/// A zeroed, read-only buffer for absent keys' values.
#[repr(C, align(16))]
struct ZeroVal([u8; 1024]);
static ZERO_VAL: ZeroVal = ZeroVal([0; 1024]);
/// For larger values: a zeroed block whose first word is its usable size,
/// the buffer following at offset 16.
static BIG_ZERO: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());

fn zero_val(size: usize) -> *const u8 {
    if size <= ZERO_VAL.0.len() {
        return ZERO_VAL.0.as_ptr();
    }
    let p = BIG_ZERO.load(Ordering::Acquire);
    // SAFETY: a non-null BIG_ZERO block starts with its size.
    if !p.is_null() && unsafe { *(p as *const usize) } >= size {
        // SAFETY: the block has room for its header and `size` bytes.
        return unsafe { p.add(16) };
    }
    // Outside the collected heap: only this static refers to it, and a
    // larger one replaces it for good (the old one stays readable for
    // pointers handed out before).
    let Ok(layout) = std::alloc::Layout::from_size_align(size + 16, 16) else {
        crate::panic::fatal("runtime: out of memory")
    };
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { std::alloc::alloc_zeroed(layout) };
    if p.is_null() {
        crate::panic::fatal("runtime: out of memory");
    }
    // SAFETY: p has room for the header.
    unsafe { *(p as *mut usize) = size };
    BIG_ZERO.store(p, Ordering::Release);
    // SAFETY: as above.
    unsafe { p.add(16) }
}

/// Panics as gc does for a key that holds an unhashable dynamic type when
/// the map is nil or empty (nothing gets hashed then).
///
/// # Safety
/// `key` must point to a valid key of type `kt`.
unsafe fn check_key(kt: &Type, key: *const u8) {
    if matches!(kt.kind, kind::INTERFACE | kind::STRUCT | kind::ARRAY) {
        if let Some(bad) = typeops::find_unhashable(kt, key) {
            let name = typeops::type_name(bad);
            crate::panic::panic_exit(&format!("hash of unhashable type: {name}"), "");
        }
    }
}

fn new_entries(m: &Map, cap: usize) -> *mut Entries {
    if cap > MAX_CAP {
        crate::panic::fatal("runtime: map too large");
    }
    let e = crate::alloc::alloc(std::mem::size_of::<Entries>()) as *mut Entries;
    // Keys and values are arrays of their types: scanned precisely.
    // SAFETY: the descriptors come from the map's type.
    let (kt, vt) = unsafe { (&*m.kt, &*m.vt) };
    let ent = Entries {
        keys: crate::alloc::alloc_object(cap * m.ksize, kt, kt.ptrdata == 0),
        vals: crate::alloc::alloc_object(cap * m.vsize, vt, vt.ptrdata == 0),
        hashes: crate::alloc::alloc_noscan(cap * 4) as *mut u32,
        cap,
        used: 0,
        next: std::ptr::null_mut(),
    };
    // SAFETY: e is a fresh allocation of the right size.
    unsafe { e.write(ent) };
    e
}

/// Gives the map an (empty) index of `2 * cap` slots.
fn new_index(m: &mut Map, cap: usize) {
    let bytes = 2 * cap * 4;
    m.index = crate::alloc::alloc_noscan(bytes) as *mut u32;
    m.mask = 2 * cap - 1;
    if bytes >= 1 << 16 {
        // Fresh pages of a large block: probing reads them before writing,
        // which would fault each page twice (zero page, then copy on
        // write). Writing first faults each page once.
        // SAFETY: the block has `bytes` bytes.
        unsafe { std::ptr::write_bytes(m.index as *mut u8, 0, bytes) };
    }
}

/// Re-enters every live entry of the current generation in the (empty)
/// index.
///
/// # Safety
/// `m.ent` must be non-null and the index empty and large enough.
unsafe fn rebuild_index(m: &mut Map) {
    let ent = &*m.ent;
    let mask = m.mask;
    for i in 0..ent.used {
        let h = *ent.hashes.add(i);
        if h == 0 {
            continue;
        }
        let mut pos = h as usize & mask;
        while *m.index.add(pos) != 0 {
            pos = (pos + 1) & mask;
        }
        *m.index.add(pos) = (h & !(mask as u32)) | (i as u32 + 1);
    }
}

/// Makes room for one more entry at the end of the entries array.
///
/// # Safety
/// `m` must be a valid map.
unsafe fn grow(m: &mut Map) {
    if m.ent.is_null() {
        m.ent = new_entries(m, MIN_CAP);
        new_index(m, MIN_CAP);
        return;
    }
    let old = &mut *m.ent;
    let (ks, vs) = (m.ksize, m.vsize);
    let cap = if m.count >= old.cap / 2 { old.cap * 2 } else { old.cap };
    if cap == old.cap && !m.iterated {
        // Compact in place: no iterator can be looking at the positions.
        let mut j = 0;
        for i in 0..old.used {
            let h = *old.hashes.add(i);
            if h == 0 {
                continue;
            }
            if i != j {
                std::ptr::copy_nonoverlapping(old.keys.add(i * ks), old.keys.add(j * ks), ks);
                std::ptr::copy_nonoverlapping(old.vals.add(i * vs), old.vals.add(j * vs), vs);
                *old.hashes.add(j) = h;
            }
            j += 1;
        }
        std::ptr::write_bytes(old.keys.add(j * ks), 0, (old.used - j) * ks);
        std::ptr::write_bytes(old.vals.add(j * vs), 0, (old.used - j) * vs);
        std::ptr::write_bytes(old.hashes.add(j), 0, old.used - j);
        old.used = j;
        std::ptr::write_bytes(m.index, 0, m.mask + 1);
    } else {
        let new = new_entries(m, cap);
        let n = &mut *new;
        if old.used == m.count {
            // No holes: the arrays copy as a whole.
            std::ptr::copy_nonoverlapping(old.keys, n.keys, old.used * ks);
            std::ptr::copy_nonoverlapping(old.vals, n.vals, old.used * vs);
            std::ptr::copy_nonoverlapping(old.hashes, n.hashes, old.used);
            n.used = old.used;
        } else {
            let mut j = 0;
            for i in 0..old.used {
                let h = *old.hashes.add(i);
                if h == 0 {
                    continue;
                }
                std::ptr::copy_nonoverlapping(old.keys.add(i * ks), n.keys.add(j * ks), ks);
                std::ptr::copy_nonoverlapping(old.vals.add(i * vs), n.vals.add(j * vs), vs);
                *n.hashes.add(j) = h;
                j += 1;
            }
            n.used = j;
        }
        old.next = new;
        m.ent = new;
        if cap == old.cap {
            std::ptr::write_bytes(m.index, 0, m.mask + 1);
        } else {
            new_index(m, cap);
        }
    }
    rebuild_index(m);
}

/// Looks `key` (with hash bits `h`) up: `Ok((index position, entry))` or
/// `Err(free index position)`.
///
/// # Safety
/// `m.ent` must be non-null; `key` a valid key.
#[inline(always)]
unsafe fn find<K: KeyOps>(m: &Map, key: *const u8, h: u32) -> Result<(usize, usize), usize> {
    let keys = (*m.ent).keys;
    let mask = m.mask;
    let tag_mask = !(mask as u32);
    let ks = K::ksize(m);
    let mut pos = h as usize & mask;
    loop {
        let s = *m.index.add(pos);
        if s == 0 {
            return Err(pos);
        }
        if (s ^ h) & tag_mask == 0 {
            let i = (s & mask as u32) as usize - 1;
            if K::eq(m, keys.add(i * ks), key) {
                return Ok((pos, i));
            }
        }
        pos = (pos + 1) & mask;
    }
}

/// The value slot of `key`, or null.
///
/// # Safety
/// `m` must be a valid non-empty map.
#[inline(always)]
unsafe fn lookup<K: KeyOps>(m: &Map, key: *const u8) -> *const u8 {
    let h = h32(K::hash(m, key));
    match find::<K>(m, key, h) {
        Ok((_, i)) => (*m.ent).vals.add(i * m.vsize),
        Err(_) => std::ptr::null(),
    }
}

#[inline(always)]
unsafe fn assign<K: KeyOps>(m: &mut Map, key: *const u8) -> *mut u8 {
    let h = h32(K::hash(m, key));
    let ks = K::ksize(m);
    let mut pos = usize::MAX;
    if !m.ent.is_null() {
        match find::<K>(m, key, h) {
            Ok((_, i)) => {
                let ent = &*m.ent;
                if K::UPDATE_KEY {
                    std::ptr::copy(key, ent.keys.add(i * ks), ks);
                }
                return ent.vals.add(i * m.vsize);
            }
            Err(p) => {
                if (*m.ent).used < (*m.ent).cap {
                    pos = p;
                }
            }
        }
    }
    if pos == usize::MAX {
        grow(m);
        pos = h as usize & m.mask;
        while *m.index.add(pos) != 0 {
            pos = (pos + 1) & m.mask;
        }
    }
    let ent = &mut *m.ent;
    let i = ent.used;
    ent.used += 1;
    *ent.hashes.add(i) = h;
    std::ptr::copy_nonoverlapping(key, ent.keys.add(i * ks), ks);
    *m.index.add(pos) = (h & !(m.mask as u32)) | (i as u32 + 1);
    m.count += 1;
    ent.vals.add(i * m.vsize)
}

#[inline(always)]
unsafe fn delete<K: KeyOps>(m: &mut Map, key: *const u8) {
    let h = h32(K::hash(m, key));
    let Ok((pos, i)) = find::<K>(m, key, h) else {
        return;
    };
    let ent = &mut *m.ent;
    std::ptr::write_bytes(ent.keys.add(i * m.ksize), 0, m.ksize);
    std::ptr::write_bytes(ent.vals.add(i * m.vsize), 0, m.vsize);
    *ent.hashes.add(i) = 0;
    m.count -= 1;
    // Shift the rest of the probe cluster back over the freed slot.
    let mask = m.mask;
    let mut hole = pos;
    let mut j = pos;
    loop {
        j = (j + 1) & mask;
        let s = *m.index.add(j);
        if s == 0 {
            break;
        }
        let home = *ent.hashes.add((s & mask as u32) as usize - 1) as usize & mask;
        // The entry at j may move to the hole if the hole lies within
        // [home, j) cyclically.
        if (j.wrapping_sub(home) & mask) >= (j.wrapping_sub(hole) & mask) {
            *m.index.add(hole) = s;
            hole = j;
        }
    }
    *m.index.add(hole) = 0;
}

/// `make(map[K]V, hint)`.
#[no_mangle]
pub extern "C" fn cranego_makemap(t: *const Type, hint: isize) -> *mut u8 {
    // SAFETY: the compiler passes a map type descriptor with key and value types.
    let (kt, vt) = unsafe { (&*(*t).key, &*(*t).elem) };
    let mp = crate::alloc::alloc(std::mem::size_of::<Map>()) as *mut Map;
    let mut m = Map {
        count: 0,
        class: key_class(kt),
        ksize: kt.size,
        vsize: vt.size,
        kt,
        vt,
        seed: typeops::fastrand(),
        ent: std::ptr::null_mut(),
        index: std::ptr::null_mut(),
        mask: 0,
        clear_seq: 0,
        iterated: false,
    };
    // Huge hints are ignored (as gc does when they overflow).
    if hint > MIN_CAP as isize && hint as usize <= MAX_CAP {
        let cap = (hint as usize).next_power_of_two();
        m.ent = new_entries(&m, cap);
        new_index(&mut m, cap);
    }
    // SAFETY: mp is a fresh allocation of the right size.
    unsafe { mp.write(m) };
    mp as *mut u8
}

/// `len(m)`.
#[no_mangle]
pub extern "C" fn cranego_maplen(m: *mut u8) -> isize {
    if m.is_null() {
        return 0;
    }
    // SAFETY: a non-nil map value points to a Map.
    unsafe { (*(m as *const Map)).count as isize }
}

/// The value slot of `key` in `m`, or null for an absent key (checking the
/// key as gc does when the map is nil or empty).
///
/// # Safety
/// `t` must be `m`'s type, `key` a valid key.
#[inline(always)]
unsafe fn access(t: *const Type, m: *mut u8, key: *const u8) -> *const u8 {
    let m = m as *const Map;
    if m.is_null() || (*m).count == 0 {
        check_key(&*(*t).key, key);
        return std::ptr::null();
    }
    let m = &*m;
    by_class!(m, lookup(m, key))
}

/// `m[key]`: a pointer to the value, or to zeroes when absent.
#[no_mangle]
pub extern "C" fn cranego_mapaccess1(t: *const Type, m: *mut u8, key: *const u8) -> *const u8 {
    // SAFETY: compiled code passes the map's type, the map and a key.
    unsafe {
        let p = access(t, m, key);
        if p.is_null() {
            zero_val((*(*t).elem).size)
        } else {
            p
        }
    }
}

/// The result of `v, ok := m[key]`.
#[repr(C)]
pub struct MapAccess2 {
    pub ptr: *const u8,
    pub ok: u64,
}

/// `v, ok := m[key]`.
#[no_mangle]
pub extern "C" fn cranego_mapaccess2(t: *const Type, m: *mut u8, key: *const u8) -> MapAccess2 {
    // SAFETY: compiled code passes the map's type, the map and a key.
    unsafe {
        let p = access(t, m, key);
        if p.is_null() {
            MapAccess2 { ptr: zero_val((*(*t).elem).size), ok: 0 }
        } else {
            MapAccess2 { ptr: p, ok: 1 }
        }
    }
}

/// `m[key] = ...`: the value slot to store into (a new zeroed one if the
/// key was absent).
#[no_mangle]
pub extern "C" fn cranego_mapassign(_t: *const Type, m: *mut u8, key: *const u8) -> *mut u8 {
    if m.is_null() {
        crate::panic::panic_exit("assignment to entry in nil map", "");
    }
    // SAFETY: a non-nil map value points to a Map; key is a valid key.
    unsafe {
        let m = &mut *(m as *mut Map);
        by_class!(m, assign(m, key))
    }
}

/// `delete(m, key)`.
#[no_mangle]
pub extern "C" fn cranego_mapdelete(t: *const Type, m: *mut u8, key: *const u8) {
    // SAFETY: compiled code passes the map's type, the map and a key.
    unsafe {
        let m = m as *mut Map;
        if m.is_null() || (*m).count == 0 {
            check_key(&*(*t).key, key);
            return;
        }
        let m = &mut *m;
        by_class!(m, delete(m, key))
    }
}

/// `clear(m)`.
#[no_mangle]
pub extern "C" fn cranego_mapclear(_t: *const Type, m: *mut u8) {
    if m.is_null() {
        return;
    }
    // SAFETY: a non-nil map value points to a Map.
    unsafe {
        let m = &mut *(m as *mut Map);
        if m.ent.is_null() {
            return;
        }
        let ent = &mut *m.ent;
        std::ptr::write_bytes(ent.keys, 0, ent.used * m.ksize);
        std::ptr::write_bytes(ent.vals, 0, ent.used * m.vsize);
        std::ptr::write_bytes(ent.hashes, 0, ent.used);
        std::ptr::write_bytes(m.index, 0, m.mask + 1);
        ent.used = 0;
        m.count = 0;
        m.clear_seq += 1;
    }
}

// Iterator state words.
const IT_MAP: usize = 0;
/// The generation the positions below refer to.
const IT_ENT: usize = 1;
const IT_START: usize = 2;
/// End of the current run: `n0` in the first run, `start` in the second.
const IT_END: usize = 3;
/// Next position to look at.
const IT_CUR: usize = 4;
/// `clear_seq << 1 | second run`.
const IT_SEQ: usize = 5;

/// Starts `for k, v := range m`.
#[no_mangle]
pub extern "C" fn cranego_mapiterinit(_t: *const Type, m: *mut u8, it: *mut MapIter) {
    // SAFETY: compiled code passes a map and its iterator's storage.
    unsafe {
        let it = &mut *it;
        it.key = std::ptr::null_mut();
        it.elem = std::ptr::null_mut();
        it.state = [0; 6];
        let mp = m as *mut Map;
        if mp.is_null() || (*mp).count == 0 {
            return;
        }
        let m = &mut *mp;
        m.iterated = true;
        let n0 = (*m.ent).used;
        let start = (typeops::fastrand() % n0 as u64) as usize;
        it.state = [mp as usize, m.ent as usize, start, n0, start, m.clear_seq << 1];
        iter_advance(it);
    }
}

/// Advances a map iteration.
#[no_mangle]
pub extern "C" fn cranego_mapiternext(it: *mut MapIter) {
    // SAFETY: compiled code passes an iterator started by cranego_mapiterinit.
    unsafe { iter_advance(&mut *it) }
}

/// The number of live slots before position `p` of a frozen generation.
///
/// # Safety
/// `p` must be at most `e.used`.
unsafe fn rank(e: &Entries, p: usize) -> usize {
    std::slice::from_raw_parts(e.hashes, p).iter().filter(|&&h| h != 0).count()
}

unsafe fn iter_advance(it: &mut MapIter) {
    let st = &mut it.state;
    let mp = st[IT_MAP] as *const Map;
    if !mp.is_null() {
        let m = &*mp;
        if st[IT_SEQ] >> 1 == m.clear_seq {
            // Follow the generations the map moved through.
            let mut e = st[IT_ENT] as *const Entries;
            while !std::ptr::eq(e, m.ent) {
                let old = &*e;
                st[IT_START] = rank(old, st[IT_START]);
                st[IT_END] = rank(old, st[IT_END]);
                st[IT_CUR] = rank(old, st[IT_CUR]);
                e = old.next;
            }
            st[IT_ENT] = e as usize;
            let ent = &*e;
            loop {
                let end = st[IT_END];
                let mut c = st[IT_CUR];
                while c < end {
                    if *ent.hashes.add(c) != 0 {
                        st[IT_CUR] = c + 1;
                        it.key = ent.keys.add(c * m.ksize);
                        it.elem = ent.vals.add(c * m.vsize);
                        return;
                    }
                    c += 1;
                }
                if st[IT_SEQ] & 1 != 0 {
                    break;
                }
                st[IT_SEQ] |= 1;
                st[IT_CUR] = 0;
                st[IT_END] = st[IT_START];
            }
        }
    }
    st[IT_MAP] = 0;
    it.key = std::ptr::null_mut();
    it.elem = std::ptr::null_mut();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::{Eface, Field, FLAG_DIRECT_IFACE};
    use crate::errors::{blank_type, gostr};
    use std::collections::{HashMap, HashSet};

    fn map_type(k: &Type, v: &Type) -> Type {
        Type { key: k, elem: v, ..blank_type("map", kind::MAP, 8) }
    }

    fn ptr<T>(v: &T) -> *const u8 {
        v as *const T as *const u8
    }

    unsafe fn set<K, V>(t: &Type, m: *mut u8, k: K, v: V) {
        *(cranego_mapassign(t, m, ptr(&k)) as *mut V) = v;
    }

    unsafe fn get<K, V: Copy>(t: &Type, m: *mut u8, k: K) -> Option<V> {
        let r = cranego_mapaccess2(t, m, ptr(&k));
        let v = *(r.ptr as *const V);
        let p1 = cranego_mapaccess1(t, m, ptr(&k));
        assert!(p1 == r.ptr || (r.ok == 0 && p1 == zero_val(std::mem::size_of::<V>())));
        (r.ok == 1).then_some(v)
    }

    unsafe fn del<K>(t: &Type, m: *mut u8, k: K) {
        cranego_mapdelete(t, m, ptr(&k));
    }

    /// All (key, value) pairs an iteration produces.
    unsafe fn collect<K: Copy, V: Copy>(t: &Type, m: *mut u8) -> Vec<(K, V)> {
        let mut it = MapIter { key: std::ptr::null_mut(), elem: std::ptr::null_mut(), state: [0; 6] };
        let mut out = Vec::new();
        cranego_mapiterinit(t, m, &mut it);
        while !it.key.is_null() {
            out.push((*(it.key as *const K), *(it.elem as *const V)));
            cranego_mapiternext(&mut it);
        }
        out
    }

    fn int() -> Type {
        blank_type("int", kind::INT, 8)
    }

    #[test]
    fn int_keys() {
        let it = int();
        let t = map_type(&it, &it);
        unsafe {
            let m = cranego_makemap(&t, 0);
            assert_eq!(cranego_maplen(m), 0);
            assert_eq!(get::<i64, i64>(&t, m, 1), None);
            let n = 100_000i64;
            for i in 0..n {
                set(&t, m, i * 7, i);
            }
            assert_eq!(cranego_maplen(m), n as isize);
            for i in 0..n {
                assert_eq!(get::<i64, i64>(&t, m, i * 7), Some(i));
                assert_eq!(get::<i64, i64>(&t, m, i * 7 + 1), None);
            }
            // Overwrite, then delete the odd ones.
            for i in 0..n {
                set(&t, m, i * 7, -i);
            }
            assert_eq!(cranego_maplen(m), n as isize);
            for i in (1..n).step_by(2) {
                del(&t, m, i * 7);
            }
            del(&t, m, -5i64);
            assert_eq!(cranego_maplen(m), (n / 2) as isize);
            for i in 0..n {
                let want = if i % 2 == 0 { Some(-i) } else { None };
                assert_eq!(get::<i64, i64>(&t, m, i * 7), want);
            }
            // Churn: insertions and deletions that compact in place.
            for round in 0..5i64 {
                for i in 0..n {
                    set(&t, m, n * 10 + round * n + i, i);
                }
                for i in 0..n {
                    del(&t, m, n * 10 + round * n + i);
                }
            }
            assert_eq!(cranego_maplen(m), (n / 2) as isize);
            let all = collect::<i64, i64>(&t, m);
            assert_eq!(all.len(), (n / 2) as usize);
            for (k, v) in all {
                assert_eq!(k % 14, 0);
                assert_eq!(v, -(k / 7));
            }
            cranego_mapclear(&t, m);
            assert_eq!(cranego_maplen(m), 0);
            assert_eq!(get::<i64, i64>(&t, m, 0), None);
            assert!(collect::<i64, i64>(&t, m).is_empty());
            set(&t, m, 3i64, 4i64);
            assert_eq!(get::<i64, i64>(&t, m, 3), Some(4));
            assert_eq!(cranego_maplen(m), 1);
        }
    }

    #[test]
    fn hint_and_small_keys() {
        let i8t = blank_type("int8", kind::INT8, 1);
        let i32t = blank_type("int32", kind::INT32, 4);
        let t8 = map_type(&i8t, &i32t);
        let t32 = map_type(&i32t, &i8t);
        unsafe {
            let m = cranego_makemap(&t8, 1000);
            for i in -128i8..=127 {
                set(&t8, m, i, i as i32 * 3);
            }
            assert_eq!(cranego_maplen(m), 256);
            for i in -128i8..=127 {
                assert_eq!(get::<i8, i32>(&t8, m, i), Some(i as i32 * 3));
            }
            let m = cranego_makemap(&t32, 3);
            for i in 0..1000i32 {
                set(&t32, m, i, (i % 100) as i8);
            }
            for i in 0..1000i32 {
                assert_eq!(get::<i32, i8>(&t32, m, i), Some((i % 100) as i8));
            }
        }
    }

    #[test]
    fn string_keys() {
        let st = blank_type("string", kind::STRING, 16);
        let it = int();
        let t = map_type(&st, &it);
        let words: Vec<String> = (0..20_000).map(|i| format!("key-{i}-{}", "x".repeat(i % 40))).collect();
        let gs = |s: &String| GoString { ptr: s.as_ptr(), len: s.len() as isize };
        unsafe {
            let m = cranego_makemap(&t, 0);
            for (i, w) in words.iter().enumerate() {
                set(&t, m, gs(w), i as i64);
            }
            assert_eq!(cranego_maplen(m), words.len() as isize);
            for (i, w) in words.iter().enumerate() {
                // A copy at another address finds the same entry.
                let c = w.clone();
                assert_eq!(get::<GoString, i64>(&t, m, gs(&c)), Some(i as i64));
            }
            assert_eq!(get::<GoString, i64>(&t, m, gostr("nope")), None);
            set(&t, m, gostr(""), 99i64);
            assert_eq!(get::<GoString, i64>(&t, m, GoString { ptr: std::ptr::null(), len: 0 }), Some(99));
            for w in &words[..10_000] {
                del(&t, m, gs(w));
            }
            assert_eq!(cranego_maplen(m), 10_001);
            let seen: HashSet<String> = collect::<GoString, i64>(&t, m)
                .into_iter()
                .map(|(k, _)| String::from_utf8(crate::print::go_string(k).to_vec()).unwrap())
                .collect();
            assert_eq!(seen.len(), 10_001);
            assert!(seen.contains("") && seen.contains(&words[10_000]) && !seen.contains(&words[0]));
        }
    }

    #[test]
    fn float_keys() {
        let ft = blank_type("float64", kind::FLOAT64, 8);
        let it = int();
        let t = map_type(&ft, &it);
        unsafe {
            let m = cranego_makemap(&t, 0);
            set(&t, m, f64::NAN, 1i64);
            set(&t, m, f64::NAN, 2i64);
            assert_eq!(cranego_maplen(m), 2);
            assert_eq!(get::<f64, i64>(&t, m, f64::NAN), None);
            del(&t, m, f64::NAN);
            assert_eq!(cranego_maplen(m), 2);
            set(&t, m, 0.0f64, 3i64);
            set(&t, m, -0.0f64, 4i64);
            assert_eq!(cranego_maplen(m), 3);
            assert_eq!(get::<f64, i64>(&t, m, 0.0), Some(4));
            let all = collect::<f64, i64>(&t, m);
            assert_eq!(all.len(), 3);
            assert_eq!(all.iter().filter(|(k, _)| k.is_nan()).count(), 2);
            // The key was overwritten with -0, as gc does.
            assert!(all.iter().any(|&(k, v)| k == 0.0 && k.is_sign_negative() && v == 4));
            // NaN entries survive growth and are iterated.
            for i in 0..1000 {
                set(&t, m, i as f64 + 0.5, i as i64);
            }
            assert_eq!(collect::<f64, i64>(&t, m).iter().filter(|(k, _)| k.is_nan()).count(), 2);
            cranego_mapclear(&t, m);
            assert_eq!(cranego_maplen(m), 0);
        }
    }

    #[test]
    fn struct_keys() {
        let it = int();
        let st = blank_type("string", kind::STRING, 16);
        // Plain: struct { X, Y int }.
        let pf = [
            Field { name: gostr("X"), typ: &it, offset: 0, embedded: 0 },
            Field { name: gostr("Y"), typ: &it, offset: 8, embedded: 0 },
        ];
        let point = Type { len: 2, fields: pf.as_ptr(), ..blank_type("main.P", kind::STRUCT, 16) };
        // Not plain: struct { N int; S string }.
        let gf = [
            Field { name: gostr("N"), typ: &it, offset: 0, embedded: 0 },
            Field { name: gostr("S"), typ: &st, offset: 8, embedded: 0 },
        ];
        let named = Type { len: 2, fields: gf.as_ptr(), ..blank_type("main.N", kind::STRUCT, 24) };
        let tp = map_type(&point, &it);
        let tn = map_type(&named, &it);
        unsafe {
            assert_eq!(key_class(&point), CLASS_MEM);
            assert_eq!(key_class(&named), CLASS_GENERIC);
            let m = cranego_makemap(&tp, 0);
            for x in 0..100i64 {
                for y in 0..100i64 {
                    set(&tp, m, [x, y], x * 1000 + y);
                }
            }
            assert_eq!(cranego_maplen(m), 10_000);
            assert_eq!(get::<[i64; 2], i64>(&tp, m, [42, 17]), Some(42_017));
            assert_eq!(get::<[i64; 2], i64>(&tp, m, [17, 100]), None);
            let strs: Vec<String> = (0..50).map(|i| format!("s{i}")).collect();
            let m = cranego_makemap(&tn, 0);
            for (i, s) in strs.iter().enumerate() {
                for n in 0..20i64 {
                    let k = (n, GoString { ptr: s.as_ptr(), len: s.len() as isize });
                    set(&tn, m, k, n + i as i64 * 100);
                }
            }
            assert_eq!(cranego_maplen(m), 1000);
            let copy = String::from("s7");
            let k = (3i64, GoString { ptr: copy.as_ptr(), len: 2 });
            assert_eq!(get::<(i64, GoString), i64>(&tn, m, k), Some(703));
        }
    }

    #[test]
    fn interface_keys() {
        let it = int();
        let st = blank_type("string", kind::STRING, 16);
        let pt = Type { flags: FLAG_DIRECT_IFACE, elem: &it, ..blank_type("*int", kind::POINTER, 8) };
        let any = blank_type("interface {}", kind::INTERFACE, 16);
        let t = map_type(&any, &it);
        let mut ints: Vec<i64> = (0..100).collect();
        let mut strs: Vec<GoString> = vec![gostr("a"), gostr("b")];
        unsafe {
            let m = cranego_makemap(&t, 0);
            for (i, v) in ints.iter_mut().enumerate() {
                set(&t, m, Eface { typ: &it, data: v as *mut i64 as *mut u8 }, i as i64);
            }
            for s in strs.iter_mut() {
                set(&t, m, Eface { typ: &st, data: s as *mut GoString as *mut u8 }, 1000i64);
            }
            set(&t, m, Eface { typ: &pt, data: 0x1234 as *mut u8 }, 7i64);
            set(&t, m, Eface { typ: std::ptr::null(), data: std::ptr::null_mut() }, 8i64);
            assert_eq!(cranego_maplen(m), 104);
            let mut five = 5i64;
            let k = Eface { typ: &it, data: &mut five as *mut i64 as *mut u8 };
            assert_eq!(get::<Eface, i64>(&t, m, k), Some(5));
            let k = Eface { typ: &pt, data: 0x1234 as *mut u8 };
            assert_eq!(get::<Eface, i64>(&t, m, k), Some(7));
            let k = Eface { typ: std::ptr::null(), data: std::ptr::null_mut() };
            assert_eq!(get::<Eface, i64>(&t, m, k), Some(8));
            let mut b = gostr("b");
            let k = Eface { typ: &st, data: &mut b as *mut GoString as *mut u8 };
            assert_eq!(get::<Eface, i64>(&t, m, k), Some(1000));
            // A nil map finds nothing (and does not panic on hashable keys).
            assert_eq!(get::<Eface, i64>(&t, std::ptr::null_mut(), k), None);
        }
    }

    #[test]
    fn nil_map() {
        let it = int();
        let t = map_type(&it, &it);
        let nil = std::ptr::null_mut();
        unsafe {
            assert_eq!(cranego_maplen(nil), 0);
            assert_eq!(get::<i64, i64>(&t, nil, 5), None);
            del(&t, nil, 5i64);
            cranego_mapclear(&t, nil);
            assert!(collect::<i64, i64>(&t, nil).is_empty());
        }
    }

    #[test]
    fn big_and_zero_sized_values() {
        let it = int();
        let big = Type { elem: &it, len: 512, ..blank_type("[512]int", kind::ARRAY, 4096) };
        let empty = Type { len: 0, ..blank_type("struct {}", kind::STRUCT, 0) };
        let tb = map_type(&it, &big);
        let te = map_type(&empty, &it);
        let ts = map_type(&it, &empty);
        unsafe {
            let m = cranego_makemap(&tb, 0);
            assert_eq!(get::<i64, [i64; 512]>(&tb, m, 1), None);
            assert!((*(cranego_mapaccess1(&tb, m, ptr(&1i64)) as *const [i64; 512])).iter().all(|&x| x == 0));
            for i in 0..100i64 {
                set(&tb, m, i, [i; 512]);
            }
            assert_eq!(get::<i64, [i64; 512]>(&tb, m, 42).unwrap()[511], 42);
            let m = cranego_makemap(&te, 0);
            set(&te, m, (), 1i64);
            set(&te, m, (), 2i64);
            assert_eq!(cranego_maplen(m), 1);
            assert_eq!(get::<(), i64>(&te, m, ()), Some(2));
            let m = cranego_makemap(&ts, 0);
            for i in 0..100i64 {
                set(&ts, m, i, ());
            }
            assert_eq!(cranego_maplen(m), 100);
            assert_eq!(collect::<i64, ()>(&ts, m).len(), 100);
        }
    }

    #[test]
    fn iteration_exactly_once_and_random_start() {
        let it = int();
        let t = map_type(&it, &it);
        unsafe {
            let m = cranego_makemap(&t, 0);
            for i in 0..1000i64 {
                set(&t, m, i, i * 2);
            }
            for i in (0..1000i64).step_by(3) {
                del(&t, m, i);
            }
            let mut firsts = HashSet::new();
            for _ in 0..20 {
                let all = collect::<i64, i64>(&t, m);
                let keys: HashSet<i64> = all.iter().map(|&(k, _)| k).collect();
                assert_eq!(all.len(), keys.len());
                assert_eq!(keys, (0..1000).filter(|i| i % 3 != 0).collect());
                assert!(all.iter().all(|&(k, v)| v == k * 2));
                firsts.insert(all[0].0);
            }
            assert!(firsts.len() > 1, "iteration order is not randomized");
        }
    }

    /// Runs one iteration over `m`, calling `body(key)` after each entry.
    unsafe fn iterate(t: &Type, m: *mut u8, mut body: impl FnMut(i64)) -> Vec<i64> {
        let mut it = MapIter { key: std::ptr::null_mut(), elem: std::ptr::null_mut(), state: [0; 6] };
        let mut out = Vec::new();
        cranego_mapiterinit(t, m, &mut it);
        while !it.key.is_null() {
            let k = *(it.key as *const i64);
            out.push(k);
            body(k);
            cranego_mapiternext(&mut it);
        }
        out
    }

    #[test]
    fn delete_during_iteration() {
        let it = int();
        let t = map_type(&it, &it);
        unsafe {
            for _ in 0..20 {
                let m = cranego_makemap(&t, 0);
                for i in 0..500i64 {
                    set(&t, m, i, i);
                }
                // Each entry deletes its partner (k ^ 1): only one of each
                // pair may be produced; and itself (allowed).
                let mut deleted = HashSet::new();
                let seen = iterate(&t, m, |k| {
                    assert!(!deleted.contains(&k), "deleted key {k} produced");
                    del(&t, m, k ^ 1);
                    deleted.insert(k ^ 1);
                    del(&t, m, k);
                    deleted.insert(k);
                });
                assert_eq!(seen.len(), 250);
                assert_eq!(cranego_maplen(m), 0);
            }
        }
    }

    #[test]
    fn insert_during_iteration() {
        let it = int();
        let t = map_type(&it, &it);
        unsafe {
            for round in 0..20i64 {
                let m = cranego_makemap(&t, 0);
                let n = 300i64;
                for i in 0..n {
                    set(&t, m, i, i);
                }
                // Holes, so that relocation moves entries.
                for i in (0..n).step_by(5) {
                    del(&t, m, i);
                }
                let mut next = 1_000_000 * (round + 1);
                let seen = iterate(&t, m, |k| {
                    // Grow the map several times over while iterating, and
                    // delete some new entries again (compaction).
                    for _ in 0..20 {
                        set(&t, m, next, 0i64);
                        if next % 3 == 0 {
                            del(&t, m, next);
                        }
                        next += 1;
                    }
                    let _ = k;
                });
                let mut counts: HashMap<i64, usize> = HashMap::new();
                for k in &seen {
                    *counts.entry(*k).or_default() += 1;
                }
                assert!(counts.values().all(|&c| c == 1), "an entry was produced twice");
                for i in 0..n {
                    let want = usize::from(i % 5 != 0);
                    assert_eq!(counts.get(&i).copied().unwrap_or(0), want, "key {i}");
                }
            }
        }
    }

    #[test]
    fn delete_and_insert_during_iteration_with_growth() {
        let it = int();
        let t = map_type(&it, &it);
        unsafe {
            let m = cranego_makemap(&t, 0);
            for i in 0..2000i64 {
                set(&t, m, i, i);
            }
            let mut deleted = HashSet::new();
            let mut next = 10_000i64;
            let seen = iterate(&t, m, |k| {
                assert!(!deleted.contains(&k));
                // Delete a not-yet-seen original, insert new ones.
                let victim = (k * 7919 + 13) % 2000;
                del(&t, m, victim);
                deleted.insert(victim);
                for _ in 0..3 {
                    set(&t, m, next, 0i64);
                    next += 1;
                }
            });
            let originals: Vec<i64> = seen.iter().copied().filter(|&k| k < 2000).collect();
            let uniq: HashSet<i64> = originals.iter().copied().collect();
            assert_eq!(uniq.len(), originals.len());
            // Every original never deleted was produced.
            for i in 0..2000 {
                if !deleted.contains(&i) {
                    assert!(uniq.contains(&i), "{i} missing");
                }
            }
        }
    }

    #[test]
    fn clear_ends_iteration() {
        let it = int();
        let t = map_type(&it, &it);
        unsafe {
            let m = cranego_makemap(&t, 0);
            for i in 0..4i64 {
                set(&t, m, i, i);
            }
            let seen = iterate(&t, m, |_| {
                cranego_mapclear(&t, m);
                set(&t, m, 5i64, 5i64);
            });
            assert_eq!(seen.len(), 1);
            assert_eq!(cranego_maplen(m), 1);
        }
    }
}
