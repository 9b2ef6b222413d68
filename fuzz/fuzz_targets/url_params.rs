#![no_main]
//! Fuzz target: see `newsdex::fuzzing::url_params`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsdex::fuzzing::url_params(data));
