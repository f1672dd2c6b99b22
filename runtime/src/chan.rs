//! Channels (gc's `chan.go` and `select.go`, on one thread): a ring buffer
//! of `cap` elements and two queues of parked goroutines. A blocked sender
//! or receiver waits in a `Waiter` in its own (parked) frame, linked into
//! the channel's queue; whoever completes the transfer copies the element
//! straight from or to the waiter's memory and makes it runnable. A
//! blocked `select` waits on all its channels at once, its waiters sharing
//! one `SelState`: the first operation to complete claims it, and the
//! others are skipped and then unlinked.

use crate::abi::Type;

/// A goroutine parked on a channel.
#[repr(C)]
struct Waiter {
    g: usize,
    /// The element to send, or where to receive it (null: discard).
    elem: *mut u8,
    next: *mut Waiter,
    /// Set by the goroutine that completed the operation: true for a value
    /// transferred, false when the channel was closed instead.
    ok: bool,
    /// For a `select`'s waiter: the state its waiters share, and the case.
    sel: *mut SelState,
    case: usize,
}

/// A blocked `select`: which case completed.
struct SelState {
    done: bool,
    case: usize,
}

impl Waiter {
    fn new(elem: *mut u8) -> Waiter {
        Waiter {
            g: crate::sched::current(),
            elem,
            next: std::ptr::null_mut(),
            ok: false,
            sel: std::ptr::null_mut(),
            case: 0,
        }
    }
}

/// The object a channel value points to.
#[repr(C)]
pub struct Chan {
    count: usize,
    cap: usize,
    elem: *const Type,
    buf: *mut u8,
    head: usize,
    closed: bool,
    recvq: Queue,
    sendq: Queue,
}

#[repr(C)]
struct Queue {
    first: *mut Waiter,
    last: *mut Waiter,
}

impl Queue {
    fn push(&mut self, w: *mut Waiter) {
        if self.last.is_null() {
            self.first = w;
        } else {
            // SAFETY: queued waiters live in parked goroutines' frames.
            unsafe { (*self.last).next = w };
        }
        self.last = w;
    }

    /// The first waiter that can still take part: a `select` whose other
    /// case completed already is dropped. Claims a `select` for its case.
    fn pop(&mut self) -> Option<&'static mut Waiter> {
        while !self.first.is_null() {
            // SAFETY: as above; the waiter stays valid until its goroutine runs.
            let w = unsafe { &mut *self.first };
            self.first = w.next;
            if self.first.is_null() {
                self.last = std::ptr::null_mut();
            }
            if w.sel.is_null() {
                return Some(w);
            }
            // SAFETY: a select's state lives in its parked frame.
            let sel = unsafe { &mut *w.sel };
            if !sel.done {
                sel.done = true;
                sel.case = w.case;
                return Some(w);
            }
        }
        None
    }

    /// Unlinks `w` if it is queued (a select's waiter for another case).
    fn remove(&mut self, w: *mut Waiter) {
        let mut prev: *mut Waiter = std::ptr::null_mut();
        let mut cur = self.first;
        while !cur.is_null() {
            // SAFETY: queued waiters live in parked goroutines' frames.
            let next = unsafe { (*cur).next };
            if cur == w {
                if prev.is_null() {
                    self.first = next;
                } else {
                    // SAFETY: as above.
                    unsafe { (*prev).next = next };
                }
                if self.last == w {
                    self.last = prev;
                }
                return;
            }
            prev = cur;
            cur = next;
        }
    }
}

fn elem_size(c: &Chan) -> usize {
    // SAFETY: makechan stored the element type's descriptor.
    unsafe { (*c.elem).size }
}

/// Copies one element.
///
/// # Safety
/// Both pointers must address an element (or `dst` be null).
unsafe fn copy_elem(c: &Chan, dst: *mut u8, src: *const u8) {
    if !dst.is_null() {
        // SAFETY: the caller's contract.
        unsafe { std::ptr::copy_nonoverlapping(src, dst, elem_size(c)) };
    }
}

fn slot(c: &Chan, i: usize) -> *mut u8 {
    // SAFETY: i < cap: inside the buffer.
    unsafe { c.buf.add(((c.head + i) % c.cap) * elem_size(c)) }
}

/// `make(chan T, size)`; `t` is the channel type's descriptor.
#[no_mangle]
pub extern "C" fn cranego_makechan(t: *const Type, size: isize) -> *mut Chan {
    // SAFETY: the compiler passes a channel type's descriptor.
    let elem = unsafe { (*t).elem };
    // SAFETY: a channel type's element descriptor.
    let et = unsafe { &*elem };
    if size < 0 || (et.size > 0 && size as usize > (1usize << 40) / et.size) {
        crate::panic::panic_exit("makechan: size out of range", "");
    }
    let c = crate::alloc::alloc(std::mem::size_of::<Chan>()) as *mut Chan;
    let buf = crate::alloc::alloc_object(et.size * size as usize, elem, et.ptrdata == 0);
    // SAFETY: c is a fresh zeroed object of the right size.
    unsafe {
        (*c).cap = size as usize;
        (*c).elem = elem;
        (*c).buf = buf;
    }
    c
}

/// A send that does not block: done (true) if a receiver waits or the
/// buffer has room; panics on a closed channel.
fn try_send(ch: &mut Chan, elem: *mut u8) -> bool {
    if ch.closed {
        crate::panic::panic_exit("send on closed channel", "");
    }
    if let Some(w) = ch.recvq.pop() {
        // SAFETY: the receiver's slot holds an element.
        unsafe { copy_elem(ch, w.elem, elem) };
        w.ok = true;
        crate::sched::ready(w.g);
        return true;
    }
    if ch.count < ch.cap {
        // SAFETY: the free slot after the buffered elements.
        unsafe { copy_elem(ch, slot(ch, ch.count), elem) };
        ch.count += 1;
        return true;
    }
    false
}

/// A receive that does not block: Some(ok) if an element was buffered, a
/// sender waited, or the channel is closed (the zero value, not ok).
fn try_recv(ch: &mut Chan, out: *mut u8) -> Option<bool> {
    if ch.count > 0 {
        // SAFETY: the oldest buffered element.
        unsafe { copy_elem(ch, out, slot(ch, 0)) };
        ch.head = (ch.head + 1) % ch.cap;
        ch.count -= 1;
        if let Some(w) = ch.sendq.pop() {
            // A blocked sender's element takes the freed slot.
            // SAFETY: the sender's element.
            unsafe { copy_elem(ch, slot(ch, ch.count), w.elem) };
            ch.count += 1;
            w.ok = true;
            crate::sched::ready(w.g);
        }
        return Some(true);
    }
    if let Some(w) = ch.sendq.pop() {
        // SAFETY: the sender's element.
        unsafe { copy_elem(ch, out, w.elem) };
        w.ok = true;
        crate::sched::ready(w.g);
        return Some(true);
    }
    if ch.closed {
        zero_elem(ch, out);
        return Some(false);
    }
    None
}

fn zero_elem(ch: &Chan, out: *mut u8) {
    if !out.is_null() {
        // SAFETY: out addresses an element.
        unsafe { std::ptr::write_bytes(out, 0, elem_size(ch)) };
    }
}

/// `ch <- *elem`.
#[no_mangle]
pub extern "C" fn cranego_chansend(c: *mut Chan, elem: *mut u8) {
    if c.is_null() {
        crate::sched::park("chan send (nil chan)");
        unreachable!("a nil channel send resumed");
    }
    // SAFETY: a non-nil channel value points to a Chan.
    let ch = unsafe { &mut *c };
    if try_send(ch, elem) {
        return;
    }
    let mut w = Waiter::new(elem);
    ch.sendq.push(&mut w);
    crate::sched::park("chan send");
    if !w.ok {
        crate::panic::panic_exit("send on closed channel", "");
    }
}

/// `*out = <-ch`; false when the channel is closed and drained.
#[no_mangle]
pub extern "C" fn cranego_chanrecv(c: *mut Chan, out: *mut u8) -> bool {
    if c.is_null() {
        crate::sched::park("chan receive (nil chan)");
        unreachable!("a nil channel receive resumed");
    }
    // SAFETY: a non-nil channel value points to a Chan.
    let ch = unsafe { &mut *c };
    if let Some(ok) = try_recv(ch, out) {
        return ok;
    }
    let mut w = Waiter::new(out);
    ch.recvq.push(&mut w);
    crate::sched::park("chan receive");
    if !w.ok {
        zero_elem(ch, out);
    }
    w.ok
}

/// One case of a `select`, as compiled code lays it out: the channel, the
/// element to send or where to receive, and the direction.
#[repr(C)]
pub struct Scase {
    c: *mut Chan,
    elem: *mut u8,
    /// 0: send, 1: receive.
    recv: usize,
}

/// What `select` chose: the case's index (-1: default), and for a receive
/// whether a value was sent.
#[repr(C)]
pub struct Selected {
    index: isize,
    ok: bool,
}

/// `select` over `n` cases (`block`: there is no default): a ready case
/// chosen uniformly at random, else the default, else blocks until one
/// completes.
#[no_mangle]
pub extern "C" fn cranego_selectgo(cases: *mut Scase, n: usize, block: bool) -> Selected {
    let cases: &mut [Scase] = if n == 0 {
        &mut []
    } else {
        // SAFETY: the compiler passes an array of n cases.
        unsafe { std::slice::from_raw_parts_mut(cases, n) }
    };
    // Poll in a random order (gc's pollorder).
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (crate::typeops::fastrand() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    for &i in &order {
        let sc = &cases[i];
        if sc.c.is_null() {
            continue;
        }
        // SAFETY: a non-nil channel value points to a Chan.
        let ch = unsafe { &mut *sc.c };
        if sc.recv == 0 {
            if try_send(ch, sc.elem) {
                return Selected { index: i as isize, ok: false };
            }
        } else if let Some(ok) = try_recv(ch, sc.elem) {
            return Selected { index: i as isize, ok };
        }
    }
    if !block {
        return Selected { index: -1, ok: false };
    }
    if cases.iter().all(|sc| sc.c.is_null()) {
        crate::sched::park(if n == 0 { "select (no cases)" } else { "select" });
        unreachable!("a select without channels resumed");
    }
    let mut state = SelState { done: false, case: 0 };
    let mut waiters: Vec<Waiter> =
        cases.iter().enumerate().map(|(i, sc)| Waiter { sel: &mut state, case: i, ..Waiter::new(sc.elem) }).collect();
    for (sc, w) in cases.iter().zip(waiters.iter_mut()) {
        if sc.c.is_null() {
            continue;
        }
        // SAFETY: as above.
        let ch = unsafe { &mut *sc.c };
        if sc.recv == 0 {
            ch.sendq.push(w);
        } else {
            ch.recvq.push(w);
        }
    }
    crate::sched::park("select");
    let chosen = state.case;
    for (sc, w) in cases.iter().zip(waiters.iter_mut()) {
        if sc.c.is_null() {
            continue;
        }
        // SAFETY: as above.
        let ch = unsafe { &mut *sc.c };
        if sc.recv == 0 {
            ch.sendq.remove(w);
        } else {
            ch.recvq.remove(w);
        }
    }
    let (sc, w) = (&cases[chosen], &waiters[chosen]);
    if sc.recv == 0 && !w.ok {
        crate::panic::panic_exit("send on closed channel", "");
    }
    if sc.recv == 1 && !w.ok {
        // SAFETY: the chosen case's channel is not nil.
        zero_elem(unsafe { &*sc.c }, sc.elem);
    }
    Selected { index: chosen as isize, ok: w.ok }
}

/// `close(ch)`.
#[no_mangle]
pub extern "C" fn cranego_closechan(c: *mut Chan) {
    if c.is_null() {
        crate::panic::panic_exit("close of nil channel", "");
    }
    // SAFETY: a non-nil channel value points to a Chan.
    let ch = unsafe { &mut *c };
    if ch.closed {
        crate::panic::panic_exit("close of closed channel", "");
    }
    ch.closed = true;
    while let Some(w) = ch.recvq.pop() {
        w.ok = false;
        crate::sched::ready(w.g);
    }
    while let Some(w) = ch.sendq.pop() {
        w.ok = false;
        crate::sched::ready(w.g);
    }
}

/// `len(ch)`.
#[no_mangle]
pub extern "C" fn cranego_chanlen(c: *mut Chan) -> isize {
    // SAFETY: nil or a Chan.
    if c.is_null() {
        0
    } else {
        unsafe { (*c).count as isize }
    }
}

/// `cap(ch)`.
#[no_mangle]
pub extern "C" fn cranego_chancap(c: *mut Chan) -> isize {
    // SAFETY: nil or a Chan.
    if c.is_null() {
        0
    } else {
        unsafe { (*c).cap as isize }
    }
}
