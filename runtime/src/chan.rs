//! Channels (gc's `chan.go`, on one thread): a ring buffer of `cap`
//! elements and two queues of parked goroutines. A blocked sender or
//! receiver waits in a `Waiter` in its own (parked) frame, linked into the
//! channel's queue; whoever completes the transfer copies the element
//! straight from or to the waiter's memory and makes it runnable.

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

    fn pop(&mut self) -> Option<&'static mut Waiter> {
        if self.first.is_null() {
            return None;
        }
        // SAFETY: as above; the waiter stays valid until its goroutine runs.
        let w = unsafe { &mut *self.first };
        self.first = w.next;
        if self.first.is_null() {
            self.last = std::ptr::null_mut();
        }
        Some(w)
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

/// `ch <- *elem`.
#[no_mangle]
pub extern "C" fn cranego_chansend(c: *mut Chan, elem: *mut u8) {
    if c.is_null() {
        crate::sched::park("chan send (nil chan)");
        unreachable!("a nil channel send resumed");
    }
    // SAFETY: a non-nil channel value points to a Chan.
    let ch = unsafe { &mut *c };
    if ch.closed {
        crate::panic::panic_exit("send on closed channel", "");
    }
    if let Some(w) = ch.recvq.pop() {
        // SAFETY: the receiver's slot holds an element.
        unsafe { copy_elem(ch, w.elem, elem) };
        w.ok = true;
        crate::sched::ready(w.g);
        return;
    }
    if ch.count < ch.cap {
        // SAFETY: the free slot after the buffered elements.
        unsafe { copy_elem(ch, slot(ch, ch.count), elem) };
        ch.count += 1;
        return;
    }
    let mut w = Waiter { g: crate::sched::current(), elem, next: std::ptr::null_mut(), ok: false };
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
        return true;
    }
    if let Some(w) = ch.sendq.pop() {
        // SAFETY: the sender's element.
        unsafe { copy_elem(ch, out, w.elem) };
        w.ok = true;
        crate::sched::ready(w.g);
        return true;
    }
    if ch.closed {
        if !out.is_null() {
            // SAFETY: out addresses an element.
            unsafe { std::ptr::write_bytes(out, 0, elem_size(ch)) };
        }
        return false;
    }
    let mut w = Waiter { g: crate::sched::current(), elem: out, next: std::ptr::null_mut(), ok: false };
    ch.recvq.push(&mut w);
    crate::sched::park("chan receive");
    if !w.ok && !out.is_null() {
        // SAFETY: out addresses an element.
        unsafe { std::ptr::write_bytes(out, 0, elem_size(ch)) };
    }
    w.ok
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
    if c.is_null() { 0 } else { unsafe { (*c).count as isize } }
}

/// `cap(ch)`.
#[no_mangle]
pub extern "C" fn cranego_chancap(c: *mut Chan) -> isize {
    // SAFETY: nil or a Chan.
    if c.is_null() { 0 } else { unsafe { (*c).cap as isize } }
}
