#![no_main]
//! Fuzz target: see `newsdex::fuzzing::decode`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsdex::fuzzing::decode(data));
