//! `abridge::summarize` and `summarize_sentences` on arbitrary bytes read as UTF-8, with arbitrary options.
//! The checks are `abridge_fuzz::summarize` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| abridge_fuzz::summarize(data));
