#![no_main]
//! Fuzz target: see `newsdex::fuzzing::extract`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsdex::fuzzing::extract(data));
