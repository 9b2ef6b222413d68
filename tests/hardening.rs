//! Hostile and messy input through the command line: queries that used to abort the
//! process, closed pipes, and inputs that used to be dropped without a word.

mod common;

use std::io::Read;
use std::process::Stdio;

use common::newsdex;

fn query_exit(dir: &std::path::Path, index: &std::path::Path, query: &str) -> (i32, String) {
    let output = newsdex(dir)
        .args(["search", "--index", index.to_str().unwrap(), "--", query])
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn queries_that_aborted_the_process_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    let nested = "(".repeat(3000);
    let wide = "(".repeat(50_000);
    let negated = format!("{}oil", "NOT ".repeat(10_000));
    let phrase = format!("\"{}\"", "word ".repeat(16_000));
    for query in [&nested, &wide, &negated, &phrase] {
        let (code, stderr) = query_exit(dir.path(), &index, query);
        assert_eq!(code, 2, "{:.60}: {stderr}", query);
        assert!(stderr.contains("bad query"), "{stderr}");
    }
    let (code, stderr) = query_exit(dir.path(), &index, "title:*");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("person, place, org"), "{stderr}");
}

#[test]
fn any_value_of_a_facet_field_and_and_not_work() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    let total = |query: &str| {
        common::search(dir.path(), &index, &["--limit", "0", "--", query])["total"].clone()
    };
    // Two articles mention talks; one of them a prisoner.
    assert_eq!(total("talks"), 2);
    assert_eq!(total("talks NOT prisoners"), 1);
    assert_eq!(total("talks AND NOT prisoners"), 1);
    // Articles with any organization: OPEC's and NATO's.
    assert_eq!(total("org:*"), 2);
}

#[test]
fn a_query_of_symbols_says_it_has_no_words() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    let (code, stderr) = query_exit(dir.path(), &index, "😀 OR 🚀");
    assert_eq!(code, 2);
    assert!(stderr.contains("no word to search for"), "{stderr}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    for args in [
        vec!["search", "--limit", "100"],
        vec!["search", "--format", "json"],
        vec!["stats"],
    ] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsdex"))
            .args(&args)
            .args(["--index", index.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before newsdex writes, as `| head -0` would.
        drop(child.stdout.take());
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(status.code(), Some(0), "{args:?}: {stderr}");
    }
}
