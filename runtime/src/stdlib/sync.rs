//! `sync`: WaitGroup, Mutex, RWMutex and Once for goroutines that share
//! one thread, so no atomics: a blocked goroutine parks on the value's
//! wait queue (`sched::WaitQueue`, whose two words the Go struct holds)
//! and the goroutine that changes the state wakes it. Go's zero values
//! are ready to use here too.

use crate::abi::Closure;
use crate::sched::WaitQueue;

/// `sync.WaitGroup`: `struct{n int; first, last uintptr}` in the compiler's
/// table (compiler/src/stdlib.rs): the counter, then the queue.
#[repr(C)]
pub struct WaitGroup {
    n: isize,
    waiters: WaitQueue,
}

#[no_mangle]
pub extern "C" fn cranego_sync_WaitGroup_Add(wg: *mut WaitGroup, delta: isize) {
    // SAFETY: the compiler passes a non-nil *WaitGroup.
    let wg = unsafe { &mut *wg };
    wg.n += delta;
    if wg.n < 0 {
        crate::panic::panic_string("sync: negative WaitGroup counter");
    }
    if wg.n == 0 {
        wg.waiters.wake_all();
    }
}

#[no_mangle]
pub extern "C" fn cranego_sync_WaitGroup_Done(wg: *mut WaitGroup) {
    cranego_sync_WaitGroup_Add(wg, -1);
}

#[no_mangle]
pub extern "C" fn cranego_sync_WaitGroup_Wait(wg: *mut WaitGroup) {
    // SAFETY: as above.
    let wg = unsafe { &mut *wg };
    while wg.n > 0 {
        wg.waiters.wait("sync.WaitGroup.Wait");
    }
}

/// `sync.Mutex`.
#[repr(C)]
pub struct Mutex {
    locked: isize,
    waiters: WaitQueue,
}

#[no_mangle]
pub extern "C" fn cranego_sync_Mutex_Lock(m: *mut Mutex) {
    // SAFETY: the compiler passes a non-nil *Mutex.
    let m = unsafe { &mut *m };
    while m.locked != 0 {
        m.waiters.wait("sync.Mutex.Lock");
    }
    m.locked = 1;
}

#[no_mangle]
pub extern "C" fn cranego_sync_Mutex_TryLock(m: *mut Mutex) -> bool {
    // SAFETY: as above.
    let m = unsafe { &mut *m };
    if m.locked != 0 {
        return false;
    }
    m.locked = 1;
    true
}

#[no_mangle]
pub extern "C" fn cranego_sync_Mutex_Unlock(m: *mut Mutex) {
    // SAFETY: as above.
    let m = unsafe { &mut *m };
    if m.locked == 0 {
        crate::panic::fatal("sync: unlock of unlocked mutex");
    }
    m.locked = 0;
    m.waiters.wake_one();
}

/// `sync.RWMutex`: one writer or any number of readers.
#[repr(C)]
pub struct RWMutex {
    writer: isize,
    readers: isize,
    waiters: WaitQueue,
}

#[no_mangle]
pub extern "C" fn cranego_sync_RWMutex_Lock(m: *mut RWMutex) {
    // SAFETY: the compiler passes a non-nil *RWMutex.
    let m = unsafe { &mut *m };
    while m.writer != 0 || m.readers != 0 {
        m.waiters.wait("sync.RWMutex.Lock");
    }
    m.writer = 1;
}

#[no_mangle]
pub extern "C" fn cranego_sync_RWMutex_Unlock(m: *mut RWMutex) {
    // SAFETY: as above.
    let m = unsafe { &mut *m };
    if m.writer == 0 {
        crate::panic::fatal("sync: Unlock of unlocked RWMutex");
    }
    m.writer = 0;
    m.waiters.wake_all();
}

#[no_mangle]
pub extern "C" fn cranego_sync_RWMutex_RLock(m: *mut RWMutex) {
    // SAFETY: as above.
    let m = unsafe { &mut *m };
    while m.writer != 0 {
        m.waiters.wait("sync.RWMutex.RLock");
    }
    m.readers += 1;
}

#[no_mangle]
pub extern "C" fn cranego_sync_RWMutex_RUnlock(m: *mut RWMutex) {
    // SAFETY: as above.
    let m = unsafe { &mut *m };
    if m.readers <= 0 {
        crate::panic::fatal("sync: RUnlock of unlocked RWMutex");
    }
    m.readers -= 1;
    if m.readers == 0 {
        m.waiters.wake_all();
    }
}

/// `sync.Once`: state 0 not run, 1 running, 2 done.
#[repr(C)]
pub struct Once {
    state: isize,
    waiters: WaitQueue,
}

#[no_mangle]
pub extern "C" fn cranego_sync_Once_Do(o: *mut Once, f: *const Closure) {
    // SAFETY: the compiler passes a non-nil *Once.
    let once = unsafe { &mut *o };
    while once.state == 1 {
        once.waiters.wait("sync.Mutex.Lock");
    }
    if once.state == 2 {
        return;
    }
    once.state = 1;
    // SAFETY: f is a func() value. If it panics, Go's Once counts as done
    // too; a recovered panic leaves state 1 here (a known difference).
    unsafe {
        let code: extern "C" fn(*const Closure) = std::mem::transmute((*f).code);
        code(f);
    }
    // SAFETY: the Once outlives the call (the caller holds it).
    let once = unsafe { &mut *o };
    once.state = 2;
    once.waiters.wake_all();
}
