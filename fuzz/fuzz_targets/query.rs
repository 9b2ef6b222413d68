#![no_main]
//! Fuzz target: see `newsdex::fuzzing::query`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsdex::fuzzing::query(data));
