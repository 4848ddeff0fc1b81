//! The UTF-8 to UTF-16 offset mapping of the `.wasm` boundary against a plain reference.
//! The checks are `abridge_fuzz::utf16` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| abridge_fuzz::utf16(data));
