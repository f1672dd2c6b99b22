//! The cranego runtime: linked into every executable the compiler builds.
//!
//! It starts the program (`main` calls the package's `main.init` then
//! `main.main` on a thread whose stack can grow to Go's 1 GiB limit),
//! allocates memory, formats values for `fmt` and the `print` builtins
//! from the compiler's type descriptors, and reports panics with Go's
//! messages and exit status 2.
//!
//! Compiled Go code calls the `cranego_*` functions below with the system
//! calling convention; strings arrive as `(ptr, len)` pairs.

pub mod abi;
mod alloc;
mod chan;
mod defers;
mod errors;
mod floatfmt;
mod fmt;
mod gc;
mod iface;
mod map;
mod panic;
mod print;
mod sched;
mod signals;
mod sites;
mod sizeclass;
mod slice;
mod stack;
mod stdlib;
mod strings;
#[cfg(test)]
mod testutil;
mod typeops;

#[cfg(not(test))]
extern "C" {
    #[link_name = "main.init"]
    fn go_init();
    #[link_name = "main.main"]
    fn go_main();
}

/// Go's maximum goroutine stack: the main goroutine may recurse this deep.
pub const MAX_STACK: usize = 1 << 30;

/// The program's entry point, called by the C runtime.
///
/// # Safety
/// `argv` must hold `argc` NUL-terminated strings, as the C runtime passes.
#[cfg(not(test))]
#[no_mangle]
pub unsafe extern "C" fn main(argc: i32, argv: *const *const u8) -> i32 {
    let argv = argv as usize;
    let main_goroutine = std::thread::Builder::new().name("main".into()).stack_size(MAX_STACK).spawn(move || {
        let top = 0u8;
        gc::set_stack_top(std::ptr::addr_of!(top) as usize);
        stack::enter(None, gc::main_stack_top());
        sites::init();
        signals::install();
        // The heap is this thread's: os.Args goes there too.
        // SAFETY: the C runtime passes the command line.
        unsafe { stdlib::os::set_args(argc, argv as *const *const u8) };
        // SAFETY: the compiler emits both functions with no parameters and no results.
        unsafe {
            go_init();
            go_main();
        }
        print::flush_stdout();
        sites::report_at_exit();
    });
    match main_goroutine.map(|t| t.join()) {
        Ok(Ok(())) => 0,
        _ => 2,
    }
}
