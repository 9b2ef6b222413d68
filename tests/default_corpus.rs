//! The committed default corpus: the seed article with its metadata.

mod common;

use std::path::Path;

use common::index_json;

#[test]
fn seed_article_is_found_with_its_source_and_date() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("idx");
    let corpus = repo.join("corpus");
    let report = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(report["articles"], 1);
    assert!(report["skipped"].as_array().unwrap().is_empty());
    let response = common::search(
        dir.path(),
        &index,
        &["ceasefire", "--from", "2025-05", "--to", "2025-05"],
    );
    assert_eq!(response["total"], 1);
    let hit = &response["hits"][0];
    assert_eq!(hit["source"], "Politico");
    assert_eq!(hit["published"], "2025-05-15");
    assert!(
        hit["snippet"]
            .as_str()
            .unwrap()
            .contains("<mark>ceasefire</mark>")
    );
    // The trailing attribution is metadata, not text.
    assert_eq!(
        common::search(dir.path(), &index, &["politico"])["total"],
        0
    );
    assert_eq!(
        common::search(dir.path(), &index, &["source:politico"])["total"],
        1
    );
}
