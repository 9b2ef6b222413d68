//! Inputs the fuzzers found (or that the hardening issue listed), replayed through the
//! same target code: each must go through without a panic or a stack overflow.

use std::path::Path;

#[test]
fn saved_fuzz_inputs_go_through_every_target_without_panicking() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let replayed = newsdex::fuzzing::replay_regressions(&folder);
    assert!(
        replayed >= 20,
        "only {replayed} saved inputs found in {}",
        folder.display()
    );
}
