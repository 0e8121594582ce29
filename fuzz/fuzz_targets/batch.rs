//! Fuzz target `batch`: see `fuzz/checks.rs` for what it asserts.
#![no_main]

#[path = "../checks.rs"]
#[allow(dead_code)] // each target uses one of the shared checks
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::batch(data));
