//! `sort`: a faithful port of Go's pattern-defeating quicksort
//! (sort/zsortfunc.go, identical in structure to zsortinterface.go and to
//! slices/zsortordered.go used by sort.Ints/Strings/Float64s) and of its
//! stable insertion-sort + SymMerge. The sequence of Less and Swap calls is
//! the same as Go's, so elements that compare equal end up in the same
//! order, and user callbacks see the same calls.

use crate::abi::{kind, Closure, GoSlice, GoString, Itab, Type};
use crate::print::go_string;

/// What the algorithms need from the data: Go's `lessSwap` / `Interface`.
pub trait LessSwap {
    fn less(&mut self, i: isize, j: isize) -> bool;
    fn swap(&mut self, i: isize, j: isize);
}

fn insertion_sort<D: LessSwap>(data: &mut D, a: isize, b: isize) {
    for i in a + 1..b {
        let mut j = i;
        while j > a && data.less(j, j - 1) {
            data.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn sift_down<D: LessSwap>(data: &mut D, lo: isize, hi: isize, first: isize) {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return;
        }
        if child + 1 < hi && data.less(first + child, first + child + 1) {
            child += 1;
        }
        if !data.less(first + root, first + child) {
            return;
        }
        data.swap(first + root, first + child);
        root = child;
    }
}

fn heap_sort<D: LessSwap>(data: &mut D, a: isize, b: isize) {
    let first = a;
    let lo = 0;
    let hi = b - a;
    let mut i = (hi - 1) / 2;
    while i >= 0 {
        sift_down(data, i, hi, first);
        i -= 1;
    }
    let mut i = hi - 1;
    while i >= 0 {
        data.swap(first, first + i);
        sift_down(data, lo, i, first);
        i -= 1;
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

/// Go's `bits.Len(uint(n))`.
fn bits_len(n: isize) -> isize {
    (usize::BITS - (n as usize).leading_zeros()) as isize
}

/// Go's pdqsort over `data[a:b]`; `limit` bad pivots before heapsort.
pub fn pdqsort<D: LessSwap>(data: &mut D, a: isize, b: isize, limit: isize) {
    const MAX_INSERTION: isize = 12;
    let (mut a, mut b, mut limit) = (a, b, limit);
    let mut was_balanced = true;
    let mut was_partitioned = true;
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            insertion_sort(data, a, b);
            return;
        }
        if limit == 0 {
            heap_sort(data, a, b);
            return;
        }
        if !was_balanced {
            break_patterns(data, a, b);
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(data, a, b);
        if hint == Hint::Decreasing {
            reverse_range(data, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = Hint::Increasing;
        }
        if was_balanced && was_partitioned && hint == Hint::Increasing && partial_insertion_sort(data, a, b) {
            return;
        }
        if a > 0 && !data.less(a - 1, pivot) {
            let mid = partition_equal(data, a, b, pivot);
            a = mid;
            continue;
        }
        let (mid, already_partitioned) = partition(data, a, b, pivot);
        was_partitioned = already_partitioned;
        let (left_len, right_len) = (mid - a, b - mid);
        let balance_threshold = length / 8;
        if left_len < right_len {
            was_balanced = left_len >= balance_threshold;
            pdqsort(data, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right_len >= balance_threshold;
            pdqsort(data, mid + 1, b, limit);
            b = mid;
        }
    }
}

fn partition<D: LessSwap>(data: &mut D, a: isize, b: isize, pivot: isize) -> (isize, bool) {
    data.swap(a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    while i <= j && data.less(i, a) {
        i += 1;
    }
    while i <= j && !data.less(j, a) {
        j -= 1;
    }
    if i > j {
        data.swap(j, a);
        return (j, true);
    }
    data.swap(i, j);
    i += 1;
    j -= 1;
    loop {
        while i <= j && data.less(i, a) {
            i += 1;
        }
        while i <= j && !data.less(j, a) {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    data.swap(j, a);
    (j, false)
}

fn partition_equal<D: LessSwap>(data: &mut D, a: isize, b: isize, pivot: isize) -> isize {
    data.swap(a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    loop {
        while i <= j && !data.less(a, i) {
            i += 1;
        }
        while i <= j && data.less(a, j) {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    i
}

fn partial_insertion_sort<D: LessSwap>(data: &mut D, a: isize, b: isize) -> bool {
    const MAX_STEPS: usize = 5;
    const SHORTEST_SHIFTING: isize = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !data.less(i, i - 1) {
            i += 1;
        }
        if i == b {
            return true;
        }
        if b - a < SHORTEST_SHIFTING {
            return false;
        }
        data.swap(i, i - 1);
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !data.less(j, j - 1) {
                    break;
                }
                data.swap(j, j - 1);
                j -= 1;
            }
        }
        if b - i >= 2 {
            let mut j = i + 1;
            while j < b {
                if !data.less(j, j - 1) {
                    break;
                }
                data.swap(j, j - 1);
                j += 1;
            }
        }
    }
    false
}

fn break_patterns<D: LessSwap>(data: &mut D, a: isize, b: isize) {
    let length = b - a;
    if length >= 8 {
        let mut random = length as u64;
        let modulus = 1usize << bits_len(length);
        let mut idx = a + (length / 4) * 2 - 1;
        while idx <= a + (length / 4) * 2 + 1 {
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            let mut other = (random as usize & (modulus - 1)) as isize;
            if other >= length {
                other -= length;
            }
            data.swap(idx, a + other);
            idx += 1;
        }
    }
}

fn choose_pivot<D: LessSwap>(data: &mut D, a: isize, b: isize) -> (isize, Hint) {
    const SHORTEST_NINTHER: isize = 50;
    const MAX_SWAPS: usize = 4 * 3;
    let l = b - a;
    let mut swaps = 0usize;
    let mut i = a + l / 4;
    let mut j = a + l / 4 * 2;
    let mut k = a + l / 4 * 3;
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median_adjacent(data, i, &mut swaps);
            j = median_adjacent(data, j, &mut swaps);
            k = median_adjacent(data, k, &mut swaps);
        }
        j = median(data, i, j, k, &mut swaps);
    }
    match swaps {
        0 => (j, Hint::Increasing),
        MAX_SWAPS => (j, Hint::Decreasing),
        _ => (j, Hint::Unknown),
    }
}

fn order2<D: LessSwap>(data: &mut D, a: isize, b: isize, swaps: &mut usize) -> (isize, isize) {
    if data.less(b, a) {
        *swaps += 1;
        return (b, a);
    }
    (a, b)
}

fn median<D: LessSwap>(data: &mut D, a: isize, b: isize, c: isize, swaps: &mut usize) -> isize {
    let (a, b) = order2(data, a, b, swaps);
    let (b, _c) = order2(data, b, c, swaps);
    let (_a, b) = order2(data, a, b, swaps);
    b
}

fn median_adjacent<D: LessSwap>(data: &mut D, a: isize, swaps: &mut usize) -> isize {
    median(data, a - 1, a, a + 1, swaps)
}

fn reverse_range<D: LessSwap>(data: &mut D, a: isize, b: isize) {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn swap_range<D: LessSwap>(data: &mut D, a: isize, b: isize, n: isize) {
    for i in 0..n {
        data.swap(a + i, b + i);
    }
}

/// Go's `stable`: insertion-sorted blocks of 20, then SymMerge passes.
pub fn stable<D: LessSwap>(data: &mut D, n: isize) {
    let mut block_size = 20;
    let (mut a, mut b) = (0, block_size);
    while b <= n {
        insertion_sort(data, a, b);
        a = b;
        b += block_size;
    }
    insertion_sort(data, a, n);
    while block_size < n {
        a = 0;
        b = 2 * block_size;
        while b <= n {
            sym_merge(data, a, a + block_size, b);
            a = b;
            b += 2 * block_size;
        }
        let m = a + block_size;
        if m < n {
            sym_merge(data, a, m, n);
        }
        block_size *= 2;
    }
}

fn sym_merge<D: LessSwap>(data: &mut D, a: isize, m: isize, b: isize) {
    if m - a == 1 {
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = ((i + j) as usize >> 1) as isize;
            if data.less(h, a) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = a;
        while k < i - 1 {
            data.swap(k, k + 1);
            k += 1;
        }
        return;
    }
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = ((i + j) as usize >> 1) as isize;
            if !data.less(m, h) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = m;
        while k > i {
            data.swap(k, k - 1);
            k -= 1;
        }
        return;
    }
    let mid = ((a + b) as usize >> 1) as isize;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = ((start + r) as usize >> 1) as isize;
        if !data.less(p - c, c) {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(data, start, m, end);
    }
    if a < start && start < mid {
        sym_merge(data, a, start, mid);
    }
    if mid < end && end < b {
        sym_merge(data, mid, end, b);
    }
}

fn rotate<D: LessSwap>(data: &mut D, a: isize, m: isize, b: isize) {
    let mut i = m - a;
    let mut j = b - m;
    while i != j {
        if i > j {
            swap_range(data, m - i, m, j);
            i -= j;
        } else {
            swap_range(data, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(data, m - i, m, i);
}

// ---------------------------------------------------------------------------
// Data adapters.

/// A slice of values ordered by `cmp.Less` (slices.Sort).
struct Ordered<'a, T, F: Fn(&T, &T) -> bool> {
    x: &'a mut [T],
    lt: F,
}

impl<T, F: Fn(&T, &T) -> bool> LessSwap for Ordered<'_, T, F> {
    fn less(&mut self, i: isize, j: isize) -> bool {
        (self.lt)(&self.x[i as usize], &self.x[j as usize])
    }
    fn swap(&mut self, i: isize, j: isize) {
        self.x.swap(i as usize, j as usize);
    }
}

/// `cmp.Less` for floats: NaNs first.
fn float_less(x: &f64, y: &f64) -> bool {
    (x.is_nan() && !y.is_nan()) || x < y
}

fn string_less(x: &GoString, y: &GoString) -> bool {
    go_string(*x) < go_string(*y)
}

fn slice_of<'a, T>(ptr: *mut u8, len: isize) -> &'a mut [T] {
    if len <= 0 || ptr.is_null() {
        return &mut [];
    }
    // SAFETY: compiled code passes a slice of `len` elements of type T.
    unsafe { std::slice::from_raw_parts_mut(ptr as *mut T, len as usize) }
}

/// slices.Sort: pdqsort with limit bits.Len(n).
fn sort_ordered<T, F: Fn(&T, &T) -> bool>(x: &mut [T], lt: F) {
    let n = x.len() as isize;
    let mut d = Ordered { x, lt };
    pdqsort(&mut d, 0, n, bits_len(n));
}

/// slices.IsSorted.
fn is_sorted<T>(x: &[T], lt: impl Fn(&T, &T) -> bool) -> bool {
    (1..x.len()).rev().all(|i| !lt(&x[i], &x[i - 1]))
}

#[no_mangle]
pub extern "C" fn cranego_sort_Ints(ptr: *mut u8, len: isize, _cap: isize) {
    sort_ordered(slice_of::<i64>(ptr, len), |a, b| a < b);
}

#[no_mangle]
pub extern "C" fn cranego_sort_Float64s(ptr: *mut u8, len: isize, _cap: isize) {
    sort_ordered(slice_of::<f64>(ptr, len), float_less);
}

#[no_mangle]
pub extern "C" fn cranego_sort_Strings(ptr: *mut u8, len: isize, _cap: isize) {
    sort_ordered(slice_of::<GoString>(ptr, len), string_less);
}

#[no_mangle]
pub extern "C" fn cranego_sort_IntsAreSorted(ptr: *mut u8, len: isize, _cap: isize) -> bool {
    is_sorted(slice_of::<i64>(ptr, len), |a, b| a < b)
}

#[no_mangle]
pub extern "C" fn cranego_sort_Float64sAreSorted(ptr: *mut u8, len: isize, _cap: isize) -> bool {
    is_sorted(slice_of::<f64>(ptr, len), float_less)
}

#[no_mangle]
pub extern "C" fn cranego_sort_StringsAreSorted(ptr: *mut u8, len: isize, _cap: isize) -> bool {
    is_sorted(slice_of::<GoString>(ptr, len), string_less)
}

/// Go's `sort.Search`'s binary search, calling `f` in the same order.
fn search(n: isize, mut f: impl FnMut(isize) -> bool) -> isize {
    let (mut i, mut j) = (0, n);
    while i < j {
        let h = ((i + j) as usize >> 1) as isize;
        if !f(h) {
            i = h + 1;
        } else {
            j = h;
        }
    }
    i
}

/// `sort.Search(n, f)`: `f` is a func value, called as `code(f, i) -> bool`.
#[no_mangle]
pub extern "C" fn cranego_sort_Search(n: isize, f: *const Closure) -> isize {
    // SAFETY: a func value points to a closure whose first word is its code.
    let code: extern "C" fn(*const Closure, isize) -> bool = unsafe { std::mem::transmute((*f).code) };
    search(n, |i| code(f, i))
}

#[no_mangle]
pub extern "C" fn cranego_sort_SearchInts(ptr: *mut u8, len: isize, _cap: isize, x: i64) -> isize {
    let a = slice_of::<i64>(ptr, len);
    search(a.len() as isize, |i| a[i as usize] >= x)
}

#[no_mangle]
pub extern "C" fn cranego_sort_SearchFloat64s(ptr: *mut u8, len: isize, _cap: isize, x: f64) -> isize {
    let a = slice_of::<f64>(ptr, len);
    search(a.len() as isize, |i| a[i as usize] >= x)
}

#[no_mangle]
pub extern "C" fn cranego_sort_SearchStrings(ptr: *mut u8, len: isize, _cap: isize, xp: *const u8, xn: isize) -> isize {
    let a = slice_of::<GoString>(ptr, len);
    let x = crate::print::go_str(xp, xn);
    search(a.len() as isize, |i| go_string(a[i as usize]) >= x)
}

/// `sort.Slice`/`SliceStable` data: the slice held by an `any`, and a
/// `less func(i, j int) bool`.
struct AnySlice {
    base: *mut u8,
    elem_size: usize,
    less: *const Closure,
    code: extern "C" fn(*const Closure, isize, isize) -> bool,
}

impl LessSwap for AnySlice {
    fn less(&mut self, i: isize, j: isize) -> bool {
        (self.code)(self.less, i, j)
    }
    fn swap(&mut self, i: isize, j: isize) {
        if i == j || self.elem_size == 0 {
            return;
        }
        // SAFETY: i and j are distinct indices below the slice's length.
        unsafe {
            let a = self.base.add(i as usize * self.elem_size);
            let b = self.base.add(j as usize * self.elem_size);
            std::ptr::swap_nonoverlapping(a, b, self.elem_size);
        }
    }
}

/// reflect's Kind.String, for the panic of a non-slice argument.
fn kind_name(k: u8) -> &'static str {
    const NAMES: [&str; 27] = [
        "invalid",
        "bool",
        "int",
        "int8",
        "int16",
        "int32",
        "int64",
        "uint",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "uintptr",
        "float32",
        "float64",
        "complex64",
        "complex128",
        "array",
        "chan",
        "func",
        "interface",
        "map",
        "ptr",
        "slice",
        "string",
        "struct",
        "unsafe.Pointer",
    ];
    NAMES.get(k as usize).copied().unwrap_or("invalid")
}

fn any_slice(typ: *const Type, data: *mut u8, less: *const Closure) -> (AnySlice, isize) {
    if typ.is_null() {
        crate::panic::panic_string("reflect: call of Swapper on zero Value");
    }
    // SAFETY: a non-nil interface's type word is a descriptor.
    let t = unsafe { &*typ };
    if t.kind != kind::SLICE {
        crate::panic::panic_string(&format!("reflect: call of Swapper on {} Value", kind_name(t.kind)));
    }
    // SAFETY: slices are boxed: data points to the slice header; a slice
    // descriptor's elem is its element type.
    let (s, elem_size) = unsafe { (*(data as *const GoSlice), (*t.elem).size) };
    // SAFETY: a func value points to a closure whose first word is its code.
    let code =
        unsafe { std::mem::transmute::<*const u8, extern "C" fn(*const Closure, isize, isize) -> bool>((*less).code) };
    (AnySlice { base: s.ptr, elem_size, less, code }, s.len)
}

/// `sort.Slice(x any, less func(i, j int) bool)`.
#[no_mangle]
pub extern "C" fn cranego_sort_Slice(typ: *const Type, data: *mut u8, less: *const Closure) {
    let (mut d, n) = any_slice(typ, data, less);
    pdqsort(&mut d, 0, n, bits_len(n));
}

/// `sort.SliceStable(x any, less func(i, j int) bool)`.
#[no_mangle]
pub extern "C" fn cranego_sort_SliceStable(typ: *const Type, data: *mut u8, less: *const Closure) {
    let (mut d, n) = any_slice(typ, data, less);
    stable(&mut d, n);
}

/// `sort.SliceIsSorted(x any, less)`.
#[no_mangle]
pub extern "C" fn cranego_sort_SliceIsSorted(typ: *const Type, data: *mut u8, less: *const Closure) -> bool {
    let (mut d, n) = any_slice(typ, data, less);
    let mut i = n - 1;
    while i > 0 {
        if d.less(i, i - 1) {
            return false;
        }
        i -= 1;
    }
    true
}

/// A `sort.Interface` value: methods in the itab in name order
/// (Len, Less, Swap), called with the data word as receiver.
struct IfaceData {
    recv: *mut u8,
    less: extern "C" fn(*mut u8, isize, isize) -> bool,
    swap: extern "C" fn(*mut u8, isize, isize),
}

impl LessSwap for IfaceData {
    fn less(&mut self, i: isize, j: isize) -> bool {
        (self.less)(self.recv, i, j)
    }
    fn swap(&mut self, i: isize, j: isize) {
        (self.swap)(self.recv, i, j)
    }
}

fn iface_data(tab: *const Itab, data: *mut u8) -> (IfaceData, isize) {
    if tab.is_null() {
        crate::panic::cranego_panic_nil(0);
    }
    // SAFETY: a sort.Interface itab has three methods: Len, Less, Swap.
    unsafe {
        let fun = (*tab).fun.as_ptr();
        let len: extern "C" fn(*mut u8) -> isize = std::mem::transmute(*fun);
        let less = std::mem::transmute::<*const u8, extern "C" fn(*mut u8, isize, isize) -> bool>(*fun.add(1));
        let swap = std::mem::transmute::<*const u8, extern "C" fn(*mut u8, isize, isize)>(*fun.add(2));
        let n = len(data);
        (IfaceData { recv: data, less, swap }, n)
    }
}

/// `sort.Sort(data Interface)`.
#[no_mangle]
pub extern "C" fn cranego_sort_Sort(tab: *const Itab, data: *mut u8) {
    let (mut d, n) = iface_data(tab, data);
    if n <= 1 {
        return;
    }
    pdqsort(&mut d, 0, n, bits_len(n));
}

/// `sort.Stable(data Interface)`.
#[no_mangle]
pub extern "C" fn cranego_sort_Stable(tab: *const Itab, data: *mut u8) {
    let (mut d, n) = iface_data(tab, data);
    stable(&mut d, n);
}

/// `sort.IsSorted(data Interface)`.
#[no_mangle]
pub extern "C" fn cranego_sort_IsSorted(tab: *const Itab, data: *mut u8) -> bool {
    let (mut d, n) = iface_data(tab, data);
    let mut i = n - 1;
    while i > 0 {
        if d.less(i, i - 1) {
            return false;
        }
        i -= 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errors::blank_type;

    use crate::testutil::Rng;

    fn fnv(mut h: u64, v: i64) -> u64 {
        for b in v.to_le_bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(1099511628211);
        }
        h
    }

    const SIZES: [usize; 16] = [0, 1, 2, 5, 12, 13, 20, 21, 40, 49, 50, 51, 100, 257, 1000, 5000];

    fn keys(r: &mut Rng, n: usize, pattern: usize) -> Vec<i64> {
        (0..n)
            .map(|i| match pattern {
                0 => (r.next() % (n as u64 / 4 + 1)) as i64,
                1 => (r.next() % 3) as i64,
                2 => (i / 3) as i64,
                3 => ((n - i) / 2) as i64,
                4 => 0,
                5 => (i % 7) as i64,
                6 => (r.next() % 1000000) as i64,
                _ => {
                    if i % 10 == 0 {
                        (r.next() % n as u64) as i64
                    } else {
                        i as i64
                    }
                }
            })
            .collect()
    }

    #[repr(C)]
    #[derive(Clone, Copy)]
    struct Rec {
        key: i64,
        id: i64,
    }

    /// The state a test closure or receiver refers to.
    struct State {
        h: u64,
        x: GoSlice,
    }

    impl State {
        fn rec(&self, i: isize) -> Rec {
            // SAFETY: the tests index within the slice.
            unsafe { *(self.x.ptr as *const Rec).add(i as usize) }
        }
    }

    #[repr(C)]
    struct TestClosure {
        code: *const u8,
        state: *mut State,
    }

    extern "C" fn less_code(f: *const Closure, i: isize, j: isize) -> bool {
        // SAFETY: f is a TestClosure.
        let st = unsafe { &mut *(*(f as *const TestClosure)).state };
        st.h = fnv(fnv(st.h, i as i64), j as i64);
        st.rec(i).key < st.rec(j).key
    }

    extern "C" fn m_len(recv: *mut u8) -> isize {
        // SAFETY: the receiver is a State.
        unsafe { (*(recv as *mut State)).x.len }
    }

    extern "C" fn m_less(recv: *mut u8, i: isize, j: isize) -> bool {
        // SAFETY: as above.
        let st = unsafe { &mut *(recv as *mut State) };
        st.h = fnv(fnv(fnv(st.h, 1), i as i64), j as i64);
        st.rec(i).key < st.rec(j).key
    }

    extern "C" fn m_swap(recv: *mut u8, i: isize, j: isize) {
        // SAFETY: as above.
        let st = unsafe { &mut *(recv as *mut State) };
        st.h = fnv(fnv(fnv(st.h, 2), i as i64), j as i64);
        let p = st.x.ptr as *mut Rec;
        // SAFETY: i, j are within the slice.
        unsafe { std::ptr::swap(p.add(i as usize), p.add(j as usize)) };
    }

    #[repr(C)]
    struct Itab3 {
        inter: *const Type,
        typ: *const Type,
        fun: [*const u8; 3],
    }

    fn sort_hashes() -> [u64; 4] {
        let elem = blank_type("main.rec", kind::STRUCT, 16);
        let slice_t = Type { elem: &elem, ..blank_type("[]main.rec", kind::SLICE, 24) };
        let itab = Itab3 {
            inter: std::ptr::null(),
            typ: std::ptr::null(),
            fun: [m_len as *const u8, m_less as *const u8, m_swap as *const u8],
        };
        let mut r = Rng(5);
        let mut hs = [14695981039346656037u64; 4];
        for n in SIZES {
            for p in 0..8 {
                let k = keys(&mut r, n, p);
                for (mode, h) in hs.iter_mut().enumerate() {
                    let mut v: Vec<Rec> = k.iter().enumerate().map(|(i, &key)| Rec { key, id: i as i64 }).collect();
                    let mut st = State {
                        h: *h,
                        x: GoSlice { ptr: v.as_mut_ptr() as *mut u8, len: n as isize, cap: n as isize },
                    };
                    let clo = TestClosure { code: less_code as *const u8, state: &mut st };
                    let clo_ptr = &clo as *const TestClosure as *const Closure;
                    let header = &mut st.x as *mut GoSlice as *mut u8;
                    let recv = &mut st as *mut State as *mut u8;
                    match mode {
                        0 => cranego_sort_Slice(&slice_t, header, clo_ptr),
                        1 => cranego_sort_SliceStable(&slice_t, header, clo_ptr),
                        2 => cranego_sort_Sort(&itab as *const Itab3 as *const Itab, recv),
                        _ => cranego_sort_Stable(&itab as *const Itab3 as *const Itab, recv),
                    }
                    let mut hh = st.h;
                    for e in &v {
                        hh = fnv(hh, e.id);
                    }
                    *h = hh;
                    if n > 1 {
                        assert!(cranego_sort_SliceIsSorted(&slice_t, header, clo_ptr));
                        assert!(cranego_sort_IsSorted(&itab as *const Itab3 as *const Itab, recv));
                    }
                }
            }
        }
        hs
    }

    fn float_hash() -> u64 {
        let mut r = Rng(5);
        // Advance the generator as the Go test did while making keys.
        for n in SIZES {
            for p in 0..8 {
                keys(&mut r, n, p);
            }
        }
        let vals =
            [0.0, -0.0, 1.0, -1.0, f64::from_bits(0x7ff8000000000001), 2.0, f64::NEG_INFINITY, f64::INFINITY, 0.5];
        let mut h = 14695981039346656037u64;
        for n in SIZES {
            let mut x: Vec<f64> = (0..n).map(|_| vals[(r.next() % vals.len() as u64) as usize]).collect();
            cranego_sort_Float64s(x.as_mut_ptr() as *mut u8, n as isize, n as isize);
            for v in &x {
                h = fnv(h, v.to_bits() as i64);
            }
            assert!(cranego_sort_Float64sAreSorted(x.as_mut_ptr() as *mut u8, n as isize, n as isize));
        }
        h
    }

    struct SearchState {
        h: u64,
        t: isize,
    }

    #[repr(C)]
    struct SearchClosure {
        code: *const u8,
        state: *mut SearchState,
    }

    extern "C" fn search_code(f: *const Closure, i: isize) -> bool {
        // SAFETY: f is a SearchClosure.
        let st = unsafe { &mut *(*(f as *const SearchClosure)).state };
        st.h = fnv(st.h, i as i64);
        i >= st.t
    }

    fn search_hash() -> u64 {
        let mut st = SearchState { h: 14695981039346656037, t: 0 };
        for n in 0..70isize {
            for t in -1..=n + 1 {
                st.t = t;
                let clo = SearchClosure { code: search_code as *const u8, state: &mut st };
                let got = cranego_sort_Search(n, &clo as *const SearchClosure as *const Closure);
                st.h = fnv(st.h, got as i64);
            }
        }
        st.h
    }

    #[test]
    fn ints_and_strings() {
        let mut v: Vec<i64> = vec![5, -1, 3, 3, 0, i64::MIN, 9];
        cranego_sort_Ints(v.as_mut_ptr() as *mut u8, 7, 7);
        assert_eq!(v, [i64::MIN, -1, 0, 3, 3, 5, 9]);
        assert!(cranego_sort_IntsAreSorted(v.as_mut_ptr() as *mut u8, 7, 7));
        assert_eq!(cranego_sort_SearchInts(v.as_mut_ptr() as *mut u8, 7, 7, 3), 3);
        assert_eq!(cranego_sort_SearchInts(v.as_mut_ptr() as *mut u8, 7, 7, 10), 7);
        let words = ["pear", "apple", "", "Apple", "app", "é", "z"];
        let mut s: Vec<GoString> = words.iter().map(|w| crate::errors::gostr(w)).collect();
        assert!(!cranego_sort_StringsAreSorted(s.as_mut_ptr() as *mut u8, 7, 7));
        cranego_sort_Strings(s.as_mut_ptr() as *mut u8, 7, 7);
        let got: Vec<&[u8]> = s.iter().map(|g| go_string(*g)).collect();
        assert_eq!(got, [&b""[..], b"Apple", b"app", b"apple", b"pear", b"z", "é".as_bytes()]);
        assert!(cranego_sort_StringsAreSorted(s.as_mut_ptr() as *mut u8, 7, 7));
        assert_eq!(cranego_sort_SearchStrings(s.as_mut_ptr() as *mut u8, 7, 7, b"b".as_ptr(), 1), 4);
    }

    #[test]
    fn against_go() {
        assert_eq!(
            sort_hashes(),
            [13365321850983543283, 4465396636655361353, 14888735271455617859, 4898218023227952076]
        );
        assert_eq!(float_hash(), 2491376609064846844);
        assert_eq!(search_hash(), 15732957291620617712);
    }
}
