#![no_main]
//! Fuzz target: see `newsdex::fuzzing::read_text`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsdex::fuzzing::read_text(data));
