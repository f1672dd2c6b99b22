//! gc's size classes (go1.27, `internal/runtime/gc/sizeclasses.go`): the
//! sizes small objects are rounded up to. Matching them is what makes
//! `cap()` after `append` and `MemStats.TotalAlloc` print what gc prints.

/// Bytes per object of each size class (class 0 is unused).
pub const CLASS_TO_SIZE: [u16; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448,
    480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
    4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
];

/// The largest size-class object.
pub const MAX_SMALL_SIZE: usize = 32768;
/// Objects with pointers larger than this carry an 8-byte malloc header.
const MIN_SIZE_FOR_MALLOC_HEADER: usize = 512;
const MALLOC_HEADER_SIZE: usize = 8;
pub const PAGE_SIZE: usize = 8192;

/// gc's maxAlloc on linux/amd64 (48-bit address space).
pub const MAX_ALLOC: usize = 1 << 48;

/// gc's `size_to_class8`: the class of sizes up to 1024 bytes by `size / 8`
/// rounded up, and `size_to_class128` above that by `(size - 1024) / 128`.
static SIZE_TO_CLASS8: [u8; 129] = class_table(0, 8);
static SIZE_TO_CLASS128: [u8; 249] = class_table(1024, 128);

/// The first class holding `base + i * step` bytes, for each `i`.
const fn class_table<const N: usize>(base: usize, step: usize) -> [u8; N] {
    let mut t = [0u8; N];
    let mut i = 0;
    while i < N {
        let size = base + i * step;
        let mut c = 0;
        while c + 1 < CLASS_TO_SIZE.len() && (CLASS_TO_SIZE[c] as usize) < size {
            c += 1;
        }
        t[i] = c as u8;
        i += 1;
    }
    t
}

/// The size class of a small object of `size` bytes (`size <= MAX_SMALL_SIZE`).
#[inline]
pub fn class_of(size: usize) -> usize {
    if size <= 1024 - 8 {
        SIZE_TO_CLASS8[size.div_ceil(8)] as usize
    } else {
        SIZE_TO_CLASS128[(size + 127 - 1024) / 128] as usize
    }
}

/// gc's `roundupsize`: the bytes an allocation of `size` really occupies
/// (for a pointer-containing object, not counting its malloc header).
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let header = if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER { MALLOC_HEADER_SIZE } else { 0 };
        let req = size + header;
        return CLASS_TO_SIZE[class_of(req)] as usize - header;
    }
    size.checked_add(PAGE_SIZE - 1).map(|s| s & !(PAGE_SIZE - 1)).unwrap_or(size)
}

/// gc's `nextslicecap`: the capacity `append` asks for when a slice of
/// capacity `old_cap` must hold `new_len` elements (wrapping as gc's does,
/// so an absurd length falls back to `new_len` and fails in `grow_cap`).
pub fn next_slice_cap(new_len: usize, old_cap: usize) -> usize {
    let double = old_cap.wrapping_add(old_cap);
    if new_len > double {
        return new_len;
    }
    const THRESHOLD: usize = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    let mut cap = old_cap;
    while cap < new_len {
        cap = cap.wrapping_add(cap.wrapping_add(3 * THRESHOLD) >> 2);
    }
    if (cap as isize) <= 0 {
        return new_len;
    }
    cap
}

/// The capacity `append` really gets: `next_slice_cap` rounded up to a size
/// class (gc's `growslice`), panicking as Go does when it cannot exist.
pub fn grow_cap(old_cap: usize, new_len: usize, elem_size: usize, has_pointers: bool) -> usize {
    let cap = next_slice_cap(new_len, old_cap);
    if elem_size == 0 {
        return cap;
    }
    let Some(mem) = cap.checked_mul(elem_size).filter(|&m| m <= MAX_ALLOC) else {
        crate::panic::runtime_error("growslice: len out of range")
    };
    let capmem = roundupsize(mem, !has_pointers);
    if capmem > MAX_ALLOC {
        crate::panic::runtime_error("growslice: len out of range")
    }
    capmem / elem_size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn append_caps_like_gc() {
        // Appending one int at a time: gc's capacities.
        let mut cap = 0;
        let mut seen = Vec::new();
        for len in 1..=2000 {
            if len > cap {
                cap = grow_cap(cap, len, 8, false);
                seen.push(cap);
            }
        }
        assert_eq!(&seen[..12], &[1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280]);
        // Bytes: rounded to size classes.
        assert_eq!(grow_cap(0, 5, 1, false), 8);
        assert_eq!(grow_cap(32, 33, 1, false), 64);
        // Pointer-containing elements above 512 bytes lose the header's 8 bytes.
        assert_eq!(roundupsize(1000, false), 1016);
        assert_eq!(roundupsize(1000, true), 1024);
    }

    #[test]
    fn class_tables_give_the_first_class_that_fits() {
        for size in 0..=MAX_SMALL_SIZE {
            let first = CLASS_TO_SIZE.iter().position(|&c| c as usize >= size).unwrap();
            assert_eq!(class_of(size), first, "size {size}");
        }
    }

    #[test]
    fn roundupsize_like_go() {
        assert_eq!(roundupsize(0, true), 0);
        assert_eq!(roundupsize(1, true), 8);
        assert_eq!(roundupsize(1017, true), 1024);
        assert_eq!(roundupsize(1025, true), 1152);
        assert_eq!(roundupsize(513, false), 576 - 8);
        assert_eq!(roundupsize(32760, true), 32768);
        assert_eq!(roundupsize(32761, true), 32768);
        assert_eq!(roundupsize(40961, true), 49152);
        assert_eq!(roundupsize(32768, false), 32768);
    }
}
