//! The command line's `--jsonl` reader on arbitrary input lines.
//! The checks are `abridge_fuzz::jsonl` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| abridge_fuzz::jsonl(data));
