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
        crate::panic::fatal_in_goroutine("sync: unlock of unlocked mutex");
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
        crate::panic::fatal_in_goroutine("sync: Unlock of unlocked RWMutex");
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
        crate::panic::fatal_in_goroutine("sync: RUnlock of unlocked RWMutex");
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
    // If f panics and the panic is recovered, the Once is done all the
    // same (as gc's deferred done.Store(1)).
    let here = 0u8;
    crate::defers::push_cleanup(std::ptr::addr_of!(here) as usize, once_done, o as *mut u8);
    crate::defers::call_func_value(f);
    crate::defers::pop_cleanup();
    once_done(o as *mut u8);
}

/// Marks a Once done and wakes the goroutines waiting for it.
fn once_done(o: *mut u8) {
    // SAFETY: push_cleanup's argument is the *Once; it outlives the call.
    let once = unsafe { &mut *(o as *mut Once) };
    once.state = 2;
    once.waiters.wake_all();
}
