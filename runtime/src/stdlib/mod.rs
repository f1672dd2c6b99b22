//! The standard-library subset cranego provides, implemented in Rust and
//! called by compiled code with the conventions of `abi.rs`.

pub mod math;
pub mod os;
pub mod runtime;
pub mod sort;
pub mod strconv;
pub mod strings;
pub mod sync;
pub mod time;
pub mod utf8;
