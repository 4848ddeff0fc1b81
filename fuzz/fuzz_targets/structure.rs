//! Paragraphs (`clean::structure`) and sentences (`segment`) of arbitrary bytes read as UTF-8: the span invariants.
//! The checks are `abridge_fuzz::structure` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| abridge_fuzz::structure(data));
