//! Inputs from messy disks: file names that are not UTF-8, impossible dates, other text
//! encodings, special files, wrongly typed metadata. Nothing is lost without a word.

mod common;

use std::os::unix::ffi::OsStrExt;

use common::{index_json, newsdex, search, write_files};
use serde_json::Value;

fn messages(report: &Value, key: &str) -> Vec<String> {
    report[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                s["path"].as_str().unwrap(),
                s["error"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn file_names_that_differ_only_in_invalid_bytes_stay_two_articles() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news");
    std::fs::create_dir_all(&corpus).unwrap();
    for (byte, word) in [(0xffu8, "alpha"), (0xfe, "beta")] {
        let mut name = b"a".to_vec();
        name.extend([byte]);
        name.extend(b".txt");
        let path = corpus.join(std::ffi::OsStr::from_bytes(&name));
        std::fs::write(path, format!("Story {word}\n\nThe {word} story is told.\n")).unwrap();
    }
    let index = dir.path().join("idx");
    let first = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(first["added"], 2, "{first}");
    for _ in 0..2 {
        let again = index_json(dir.path(), &corpus, &index, &[]);
        assert_eq!(
            (again["unchanged"].clone(), again["articles"].clone()),
            (2.into(), 2.into()),
            "{again}"
        );
    }
    let hits = search(dir.path(), &index, &["story"]);
    let ids: Vec<&str> = hits["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
    // Shown lossily.
    assert!(
        hits["hits"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("a\u{fffd}.txt")
    );
}

#[test]
fn impossible_publication_dates_are_warned_about_and_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news");
    write_files(
        &corpus,
        &[(
            "feed.jsonl",
            b"{\"title\":\"Far future\",\"body\":\"Oil text.\",\"date\":\"2500-01-01\"}\n{\"title\":\"Year one\",\"body\":\"Oil text.\",\"date\":\"0001-01-01\"}\n{\"title\":\"Real\",\"body\":\"Oil text.\",\"date\":\"1987-03-02\"}\n",
        )],
    );
    let index = dir.path().join("idx");
    let report = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(report["added"], 3);
    let warnings = messages(&report, "warnings");
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].contains("record 1: publication date 2500-01-01 is not between 1700 and 2199")
    );
    assert!(warnings[1].contains("record 2: publication date 0001-01-01"));
    let total = |args: &[&str]| search(dir.path(), &index, args)["total"].clone();
    assert_eq!(total(&["--from", "2500"]), 0);
    assert_eq!(total(&["--to", "1900"]), 0);
    assert_eq!(total(&["--from", "1987", "--to", "1987"]), 1);
    let days = search(dir.path(), &index, &["--timeline", "day", "--limit", "0"]);
    assert_eq!(days["timeline"].as_array().unwrap().len(), 1);
}

#[test]
fn utf16_text_and_random_bytes_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news");
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Notepad story\r\n\r\nThe minister spoke in Kyïv about grain.\r\n".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let noise: Vec<u8> = (0..200_000u32)
        .map(|i| 0x80 + ((i * 7919) % 128) as u8)
        .collect();
    write_files(&corpus, &[("notepad.txt", &utf16), ("noise.txt", &noise)]);
    let index = dir.path().join("idx");
    let report = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(report["added"], 1, "{report}");
    let skipped = messages(&report, "skipped");
    assert!(skipped[0].contains("noise.txt: not text"), "{skipped:?}");
    assert_eq!(
        search(dir.path(), &index, &["grain"])["hits"][0]["title"],
        "Notepad story"
    );
}

#[test]
fn fifos_and_devices_are_reported_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news");
    write_files(&corpus, &[("good.txt", b"Good story\n\nIt is fine.\n")]);
    let fifo = corpus.join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", corpus.join("zero.txt")).unwrap();
    let report = index_json(dir.path(), &corpus, &dir.path().join("idx"), &[]);
    assert_eq!(report["added"], 1);
    let skipped = messages(&report, "skipped");
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(
        skipped[0].contains("pipe.txt: not a regular file: a named pipe"),
        "{skipped:?}"
    );
    assert!(
        skipped[1].contains("zero.txt: not a regular file: a device"),
        "{skipped:?}"
    );
}

#[test]
fn wrongly_typed_metadata_and_repeated_newids_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news");
    let record = |id: u32, word: &str| {
        format!(
            "<REUTERS NEWID=\"{id}\"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>{word} news</TITLE><BODY>The {word} report.</BODY></TEXT></REUTERS>\n"
        )
    };
    let sgml = format!("{}{}", record(17, "cocoa"), record(17, "sugar"));
    write_files(
        &corpus,
        &[
            (
                "typed.json",
                br#"{"title":"Typed","body":"Text.","published":true,"people":{"first":"Ann"}}"#,
            ),
            ("reut.sgm", sgml.as_bytes()),
        ],
    );
    let index = dir.path().join("idx");
    let report = index_json(dir.path(), &corpus, &index, &[]);
    assert_eq!(report["added"], 3, "{report}");
    let warnings = messages(&report, "warnings").join("\n");
    assert!(
        warnings.contains("published: expected text, found a boolean"),
        "{warnings}"
    );
    assert!(
        warnings.contains("people: 1 value(s) that are not names (an object)"),
        "{warnings}"
    );
    assert!(
        warnings.contains("NEWID=17 repeats record number 17"),
        "{warnings}"
    );
    let hits = search(dir.path(), &index, &["report"]);
    assert_eq!(hits["total"], 2);
    assert_ne!(hits["hits"][0]["id"], hits["hits"][1]["id"]);
}

#[test]
fn missing_and_unreadable_corpora_fail_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("idx");
    let run = |corpus: &str| {
        let output = newsdex(dir.path())
            .args(["index", "--corpus", corpus, "--index"])
            .arg(&index)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        (output.status.code(), stderr)
    };
    let (code, stderr) = run("missing");
    assert_eq!(code, Some(1));
    assert_eq!(stderr.matches("No such file").count(), 1, "{stderr}");
    assert!(!index.exists(), "no index folder left behind");

    let lone = dir.path().join("hostname");
    std::fs::write(&lone, "myhost\n").unwrap();
    let (code, stderr) = run(lone.to_str().unwrap());
    assert_eq!(code, Some(1));
    assert!(stderr.contains("nothing was indexed"), "{stderr}");
}

#[test]
fn extract_prints_what_it_can_read_and_fails_for_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[(
            "good.txt",
            b"Good story\n\nAngela Merkel spoke in Berlin.\n",
        )],
    );
    let output = newsdex(dir.path())
        .args(["extract", "good.txt", "missing.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("Angela Merkel"), "{stdout}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("missing.txt"));
}

#[test]
fn a_huge_article_is_searchable_tagged_only_in_part_and_holds_back_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news");
    // 3 MB of text: Angela Merkel early, Boris Johnson and a rare word past the limit.
    let mut text = String::from("Huge dump\n\nAngela Merkel spoke in Berlin on Monday.\n\n");
    let paragraph = "The committee met again and the market rose as traders watched prices.\n\n";
    while text.len() < 3_000_000 {
        text.push_str(paragraph);
    }
    text.push_str("Boris Johnson mentioned zanzibarite at the end.\n");
    write_files(
        &corpus,
        &[
            ("huge.txt", text.as_bytes()),
            (
                "small.txt",
                b"Small story\n\nThe small story is indexed too.\n",
            ),
        ],
    );
    let index = dir.path().join("idx");
    let report = index_json(
        dir.path(),
        &corpus,
        &index,
        &["--max-article-bytes", "1000000"],
    );
    assert_eq!(report["added"], 2, "{report}");
    let warnings = messages(&report, "warnings").join("\n");
    assert!(
        warnings.contains("huge.txt: record 0: the text is 2.9 MiB"),
        "{warnings}"
    );
    let hit = search(dir.path(), &index, &["zanzibarite"]);
    assert_eq!(hit["total"], 1);
    let people: Vec<&str> = hit["hits"][0]["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(people, ["Angela Merkel"]);
    assert_eq!(search(dir.path(), &index, &["small"])["total"], 1);
}

#[test]
fn an_article_over_the_hard_limit_is_skipped_with_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news");
    let line = "word ".repeat(20);
    let body = line.repeat(65 * 1024 * 1024 / line.len() + 1);
    let record = serde_json::json!({"title": "Dump", "body": body}).to_string();
    write_files(
        &corpus,
        &[
            ("dump.json", record.as_bytes()),
            (
                "small.txt",
                b"Small story\n\nThe small story is indexed too.\n",
            ),
        ],
    );
    let report = index_json(dir.path(), &corpus, &dir.path().join("idx"), &[]);
    assert_eq!(report["added"], 1, "{report}");
    let skipped = messages(&report, "skipped").join("\n");
    assert!(
        skipped.contains(
            "dump.json: too large: record 1 is 65.0 MiB of text, over the 64.0 MiB limit"
        ),
        "{skipped}"
    );
}

#[test]
fn character_references_left_in_plain_text_are_read_as_the_characters() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news");
    write_files(
        &corpus,
        &[(
            "rooney.txt",
            b"Rooney row\n\nThe Spanish daily said Wayne Rooney se volvi&#243; loco en el \
              Bernab&#233;u, and cost &#xA3;20. AT&T and R&amp;D stay as written.\n",
        )],
    );
    let index = dir.path().join("index");
    index_json(dir.path(), &corpus, &index, &[]);
    let response = search(dir.path(), &index, &["bernabeu"]);
    assert_eq!(response["total"], 1);
    let id = response["hits"][0]["id"].as_str().unwrap().to_string();
    let shown = common::json(
        dir.path(),
        &[
            "show",
            &id,
            "--index",
            index.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let body = shown["body"].as_str().unwrap();
    assert!(
        body.contains("volvió loco en el Bernabéu, and cost £20"),
        "{body}"
    );
    assert!(body.contains("AT&T and R&amp;D"), "{body}");
}
