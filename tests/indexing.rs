//! The index command: summaries, skipped inputs, incremental updates, rebuilds, the lock.

mod common;

use std::path::Path;

use common::{fixture_corpus, index_json, indexed_fixture, newsdex, search, titles, write_files};
use predicates::prelude::*;
use serde_json::Value;

/// `newsdex index --corpus CORPUS --index INDEX` in `cwd`, text output.
fn index_command(cwd: &Path, corpus: &Path, index: &Path) -> assert_cmd::Command {
    let mut command = newsdex(cwd);
    command.args([
        "index",
        "--corpus",
        corpus.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    command
}

fn skipped_reasons(report: &Value) -> Vec<(String, String)> {
    report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let path = s["path"].as_str().unwrap();
            let name = Path::new(path)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (name, s["error"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn summary_counts_articles_and_names_every_skipped_input() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = fixture_corpus(dir.path());
    let report = index_json(dir.path(), &corpus, &dir.path().join("idx"), &[]);
    assert_eq!(report["added"], 5);
    assert_eq!(report["updated"], 0);
    assert_eq!(report["removed"], 0);
    assert_eq!(report["unchanged"], 0);
    let skipped = skipped_reasons(&report);
    let reason = |name: &str| {
        skipped
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, e)| e.clone())
            .unwrap_or_else(|| panic!("{name} not reported: {skipped:?}"))
    };
    assert_eq!(reason("empty.txt"), "empty file");
    assert!(reason("photo.txt").starts_with("binary file (NUL byte at byte"));
    assert!(reason("report.pdf").starts_with("unsupported file type '.pdf'"));
    assert!(reason("feed.jsonl").starts_with("line 2: invalid JSON"));
    assert!(reason("lost.meta.json").starts_with("metadata sidecar with no article beside it"));
    assert_eq!(skipped.len(), 5);
}

#[test]
fn text_summary_lists_skipped_files_with_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = fixture_corpus(dir.path());
    index_command(dir.path(), &corpus, Path::new("idx"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "5 added, 0 updated, 0 removed, 0 unchanged, 5 skipped",
        ))
        .stdout(predicate::str::contains("empty.txt: empty file"));
}

#[test]
fn incremental_runs_touch_only_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index) = indexed_fixture(dir.path());

    let again = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(
        (
            again["added"].as_u64(),
            again["updated"].as_u64(),
            again["removed"].as_u64(),
            again["unchanged"].as_u64()
        ),
        (Some(0), Some(0), Some(0), Some(5))
    );
    assert_eq!(again["rebuilt"], false);

    std::fs::write(
        corpus.join("2025/ceasefire.txt"),
        "Ceasefire talks collapse in Istanbul\n\nThe delegations left Istanbul on Friday.\n\nSecond paragraph.\n\nPolitico",
    )
    .unwrap();
    let edited = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(edited["updated"], 1);
    assert_eq!(edited["unchanged"], 4);
    assert_eq!(
        titles(&search(dir.path(), &index, &["collapse"])),
        vec!["Ceasefire talks collapse in Istanbul"]
    );
    assert_eq!(search(dir.path(), &index, &["stall"])["total"], 0);

    // Editing only the sidecar is a change too.
    std::fs::write(
        corpus.join("2025/ceasefire.meta.json"),
        r#"{"published":"2025-05-16","source":"Politico Europe"}"#,
    )
    .unwrap();
    let sidecar = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(sidecar["updated"], 1);
    assert_eq!(
        search(dir.path(), &index, &["--source", "politico europe"])["total"],
        1
    );

    std::fs::remove_file(corpus.join("wire.json")).unwrap();
    let removed = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(removed["removed"], 2);
    assert_eq!(removed["articles"], 3);
    assert_eq!(search(dir.path(), &index, &["elections"])["total"], 0);

    write_files(
        &corpus,
        &[(
            "late.txt",
            b"Late news\n\nA late story about wheat.\n\nMore text.",
        )],
    );
    let added = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(added["added"], 1);
    assert_eq!(added["articles"], 4);

    // One JSONL record edited, one appended: counted per article, not per file.
    let feed = std::fs::read_to_string(corpus.join("feed.jsonl")).unwrap();
    let feed = feed.replace("OPEC kept output steady", "OPEC cut output")
        + "{\"title\":\"New line\",\"body\":\"appended\"}\n";
    std::fs::write(corpus.join("feed.jsonl"), feed).unwrap();
    let jsonl = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(
        (
            jsonl["added"].as_u64(),
            jsonl["updated"].as_u64(),
            jsonl["unchanged"].as_u64()
        ),
        (Some(1), Some(1), Some(3))
    );
}

#[test]
fn a_file_that_becomes_unreadable_is_removed_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index) = indexed_fixture(dir.path());
    std::fs::write(corpus.join("wire.json"), "[{\"title\": ").unwrap();
    let report = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(report["removed"], 2);
    let skipped = skipped_reasons(&report);
    assert!(
        skipped.iter().any(|(name, error)| name == "wire.json"
            && error.starts_with("invalid JSON at line 1, column")),
        "{skipped:?}"
    );
}

#[test]
fn second_corpus_adds_without_removing_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let other = dir.path().join("other");
    write_files(
        &other,
        &[(
            "x.txt",
            b"Other headline\n\nSomething about wheat.\n\nMore.",
        )],
    );
    let report = index_json(dir.path(), &other, &index, &[]);
    assert_eq!(report["added"], 1);
    assert_eq!(report["removed"], 0);
    assert_eq!(report["articles"], 6);
}

#[test]
fn the_lock_stops_a_second_writer_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index) = indexed_fixture(dir.path());
    let _held = newsdex::index::IndexLock::acquire(&index).unwrap();
    index_command(dir.path(), &corpus, &index)
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "another 'newsdex index' is updating",
        ));
}

#[test]
fn rebuild_switches_generations_while_open_readers_keep_answering() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index) = indexed_fixture(dir.path());
    let open = newsdex::index::NewsIndex::open(&index).unwrap();
    let request = newsdex::search::SearchRequest {
        query: "ceasefire".into(),
        ..Default::default()
    };
    assert_eq!(newsdex::search::search(&open, &request).unwrap().total, 2);

    std::fs::remove_file(corpus.join("feed.jsonl")).unwrap();
    for round in 0..2 {
        let report = index_json(dir.path(), &corpus, &index, &["--rebuild"]);
        assert_eq!(report["rebuilt"], true);
        assert_eq!(report["added"], 3, "round {round}");
        // The reader opened before both rebuilds still answers from its generation.
        let old = newsdex::search::search(&open, &request).unwrap();
        assert_eq!(old.total, 2);
        assert_eq!(old.hits.len(), 2);
    }
    let fresh = newsdex::index::NewsIndex::open(&index).unwrap();
    assert_ne!(fresh.generation(), open.generation());
    assert_eq!(newsdex::search::search(&fresh, &request).unwrap().total, 1);
    let generations = std::fs::read_dir(&index)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("gen-")
        })
        .count();
    assert_eq!(
        generations, 2,
        "the current generation and the one before it are kept"
    );
}

#[test]
fn plain_text_titles_sources_and_path_dates() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    write_files(
        &corpus,
        &[
            ("2024/03/09/story.txt", b"Markets rally on rate hopes\n\nStocks rose sharply.\n\nTraders cheered.\n\nThe Guardian"),
            ("undated.txt", b"This first line is a sentence, so it is no title.\n\nSecond paragraph."),
            ("latin1.txt", b"Caf\xe9 society\n\nA story written in Windows-1252 with \x93quotes\x94."),
        ],
    );
    let index = dir.path().join("idx");
    index_json(dir.path(), &corpus, &index, &[]);
    let story = &search(dir.path(), &index, &["markets"])["hits"][0];
    assert_eq!(story["title"], "Markets rally on rate hopes");
    assert_eq!(story["source"], "The Guardian");
    assert_eq!(story["published"], "2024-03-09");
    let undated = &search(dir.path(), &index, &["sentence"])["hits"][0];
    assert_eq!(undated["title"], Value::Null);
    assert_eq!(undated["published"], Value::Null);
    assert_eq!(
        titles(&search(dir.path(), &index, &["cafe"])),
        vec!["Café society"]
    );
    assert_eq!(
        search(dir.path(), &index, &["--from", "2000"])["total"],
        1,
        "undated articles fall outside date ranges"
    );
}

#[test]
fn topic_from_folder_is_asked_for_not_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("bbcish");
    write_files(
        &corpus,
        &[
            (
                "sport/001.txt",
                b"Cup final tonight\n\nThe cup final kicks off tonight.\n\nMore.",
            ),
            (
                "tech/001.txt",
                b"New phone out\n\nA new phone went on sale.\n\nMore.",
            ),
        ],
    );
    let plain = dir.path().join("plain");
    index_json(dir.path(), &corpus, &plain, &[]);
    assert!(common::facet(&search(dir.path(), &plain, &["--facets", "topic"]), "topic").is_empty());
    let with_topics = dir.path().join("topics");
    index_json(dir.path(), &corpus, &with_topics, &["--topic-from-folder"]);
    assert_eq!(
        search(dir.path(), &with_topics, &["--topic", "sport"])["total"],
        1
    );
}

#[test]
fn first_search_on_a_fresh_checkout_builds_the_default_index() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[(
            "corpus/a.txt",
            b"Ceasefire news\n\nA ceasefire was agreed.\n\nMore.",
        )],
    );
    newsdex(dir.path())
        .args(["search", "ceasefire"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "no index yet; indexing corpus/ into index/ first",
        ))
        .stdout(predicate::str::contains("1 article match \"ceasefire\""));
    newsdex(dir.path())
        .args(["search", "ceasefire"])
        .assert()
        .success()
        .stderr(predicate::str::contains("indexing").not());
}

#[test]
fn an_index_from_an_older_newsdex_is_rebuilt_or_reported() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[(
            "corpus/a.txt",
            b"Ceasefire news\n\nA ceasefire was agreed.\n\nMore.",
        )],
    );
    let old = dir.path().join("index/gen-000001");
    std::fs::create_dir_all(&old).unwrap();
    std::fs::write(old.join("newsdex.json"), r#"{"schema_version":1}"#).unwrap();
    std::os::unix::fs::symlink("gen-000001", dir.path().join("index/current")).unwrap();
    // An explicit index location is not touched: the message says what to run.
    newsdex(dir.path())
        .args(["search", "ceasefire", "--index", "index"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "rebuild it with 'newsdex index --rebuild --index index'",
        ));
    // The default index is rebuilt from the default corpus.
    newsdex(dir.path())
        .args(["search", "ceasefire"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "the index was built by an older newsdex; indexing corpus/ into index/ first",
        ))
        .stdout(predicate::str::contains("1 article match"));
}

#[test]
fn an_update_over_a_segment_without_the_manifest_columns_fails_instead_of_duplicating() {
    // A segment whose bookkeeping columns cannot be read (written by another program, or
    // damaged) used to be skipped: its files were then indexed again beside their old
    // documents. The update must stop and say which generation and column.
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index) = indexed_fixture(dir.path());
    {
        let open = newsdex::index::NewsIndex::open(&index).unwrap();
        let fields = open.fields().clone();
        let mut writer: tantivy::IndexWriter<tantivy::TantivyDocument> =
            open.tantivy().writer(15_000_000).unwrap();
        let mut doc = tantivy::TantivyDocument::default();
        doc.add_text(fields.path, "seed.txt");
        doc.add_text(fields.body, "a document without hashes");
        writer.add_document(doc).unwrap();
        writer.commit().unwrap();
    }
    index_command(dir.path(), &corpus, &index)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("file_hash"))
        .stderr(predicate::str::contains("gen-"))
        .stderr(predicate::str::contains("rebuild the index"));
}

#[test]
fn extract_levels_read_less_of_the_text_and_a_new_level_extracts_again() {
    // A feed that is tagged already: `--extract none` indexes its metadata without the
    // tagger, `dates` adds the dates of the text, and going back to `all` extracts again.
    let dir = tempfile::tempdir().unwrap();
    let record = serde_json::json!({
        "title": "Talks in Berlin",
        "body": "Vladimir Putin met officials in Berlin on Monday. The talks on 3 May 2025 ended late.",
        "people": ["Olaf Scholz"],
        "published": "2025-05-07",
    });
    write_files(
        dir.path(),
        &[("corpus/feed.jsonl", format!("{record}\n").as_bytes())],
    );
    let corpus = dir.path().join("corpus");
    let index = dir.path().join("index");
    type Counts = Vec<(String, u64)>;
    let facets = |level: &str| -> (Value, Counts, Counts) {
        let report = index_json(dir.path(), &corpus, &index, &["--extract", level]);
        let response = search(
            dir.path(),
            &index,
            &["--facets", "person,mentioned", "--limit", "0"],
        );
        (
            report,
            common::facet(&response, "person"),
            common::facet(&response, "mentioned"),
        )
    };
    let scholz = ("Olaf Scholz".to_string(), 1);
    let only_scholz = vec![scholz.clone()];
    let (report, people, mentioned) = facets("none");
    assert_eq!(report["added"], 1);
    assert_eq!(people, only_scholz);
    assert!(mentioned.is_empty(), "{mentioned:?}");

    let (report, people, mentioned) = facets("dates");
    // Another level: the record is extracted again, not kept as it was.
    assert_eq!(report["updated"], 1, "{report}");
    assert_eq!(report["added"], 0);
    assert_eq!(people, only_scholz);
    assert_eq!(mentioned, [("2025-05".to_string(), 1)]);

    let (report, people, _) = facets("all");
    assert_eq!(report["updated"], 1, "{report}");
    assert!(
        people.contains(&("Vladimir Putin".to_string(), 1)),
        "{people:?}"
    );
    assert!(people.contains(&scholz), "{people:?}");

    newsdex(dir.path())
        .args(["index", "--corpus", "corpus", "--extract", "most"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "possible values: all, dates, none",
        ));
}

#[test]
fn records_keep_their_own_ids_to_map_hits_back() {
    // A JSON record's `id` and a Reuters NEWID were dropped; they are the key users have.
    let dir = tempfile::tempdir().unwrap();
    let jsonl = concat!(
        r#"{"id": "wire-2025-0042", "title": "Grain exports rise", "body": "Grain exports rose sharply."}"#,
        "\n",
        r#"{"id": 77, "title": "Grain stocks", "body": "Grain stocks fell."}"#,
        "\n",
        r#"{"title": "Grain prices", "body": "Grain prices were flat."}"#,
        "\n"
    );
    let sgml = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS TOPICS=\"YES\" NEWID=\"9150\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>\n<TITLE>GRAIN HARVEST DONE</TITLE>\n<BODY>The grain harvest was done early.\n</BODY></TEXT>\n</REUTERS>\n";
    write_files(
        dir.path(),
        &[
            ("corpus/feed.jsonl", jsonl.as_bytes()),
            ("corpus/reut2-000.sgm", sgml.as_bytes()),
        ],
    );
    let corpus = dir.path().join("corpus");
    let index = dir.path().join("index");
    let report = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(report["added"], 4, "{report}");
    assert!(
        report["unused_fields"].get("id").is_none(),
        "id is read now: {report}"
    );
    let response = search(dir.path(), &index, &["grain", "--limit", "10"]);
    let mut ids: Vec<(String, Value)> = response["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| {
            (
                hit["title"].as_str().unwrap().to_string(),
                hit.get("source_id").cloned().unwrap_or(Value::Null),
            )
        })
        .collect();
    ids.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        ids,
        [
            ("GRAIN HARVEST DONE".to_string(), Value::from("9150")),
            (
                "Grain exports rise".to_string(),
                Value::from("wire-2025-0042")
            ),
            ("Grain prices".to_string(), Value::Null),
            ("Grain stocks".to_string(), Value::from("77")),
        ]
    );
    let hit = response["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|hit| hit["source_id"] == "wire-2025-0042")
        .unwrap();
    newsdex(dir.path())
        .args(["show", hit["id"].as_str().unwrap(), "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(predicate::str::contains("source id: wire-2025-0042\n"));
}
