//! Dates: publication dates from datelines, mentioned dates, --mentions, timelines, eval.

mod common;

use common::{facet, index_json, json, newsdex, search, write_files};
use predicates::prelude::*;
use serde_json::Value;

fn dated_corpus(root: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let corpus = root.join("news");
    write_files(
        &corpus,
        &[
            (
                "2025-05-15-talks.txt",
                "Talks in Istanbul\n\nThe president said Thursday he will travel on Friday. The war began in February 2022.\n\nMore to come.".as_bytes(),
            ),
            (
                "1987/wire.txt",
                b"Shares fall in London\n\nLONDON, March 3 - Shares fell sharply on Tuesday, dealers said.\n\nTrading was heavy.",
            ),
            (
                "undated.txt",
                b"An undated note\n\nNobody knows when this was written, but it mentions 1999.\n\nEnd.",
            ),
            (
                "2025/06/02/later.txt",
                b"Summit planned\n\nLeaders will meet next week, officials said, recalling the talks of May 15, 2025.\n\nEnd.",
            ),
        ],
    );
    let index = root.join("idx");
    index_json(root, &corpus, &index, &[]);
    (corpus, index)
}

fn published_of(response: &Value, title: &str) -> Value {
    response["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["title"] == title)
        .map(|h| h["published"].clone())
        .unwrap_or(Value::Null)
}

#[test]
fn publication_dates_come_from_metadata_datelines_and_paths_never_mtime() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = dated_corpus(dir.path());
    let all = search(dir.path(), &index, &["--limit", "10"]);
    assert_eq!(published_of(&all, "Talks in Istanbul"), "2025-05-15");
    assert_eq!(
        published_of(&all, "Shares fall in London"),
        "1987-03-03",
        "dateline + year from the path"
    );
    assert_eq!(published_of(&all, "Summit planned"), "2025-06-02");
    assert_eq!(published_of(&all, "An undated note"), Value::Null);
}

#[test]
fn extract_shows_dates_with_byte_offsets_into_the_body() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, _) = dated_corpus(dir.path());
    let file = corpus.join("2025-05-15-talks.txt");
    let extracted = json(
        dir.path(),
        &["extract", file.to_str().unwrap(), "--format", "json"],
    );
    let article = &extracted[0];
    let body = article["body"].as_str().unwrap();
    let dates = article["dates"].as_array().unwrap();
    let found: Vec<(String, String, String)> = dates
        .iter()
        .map(|d| {
            (
                d["text"].as_str().unwrap().to_string(),
                d["type"].as_str().unwrap().to_string(),
                d["value"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "Thursday".to_string(),
                "DATE".to_string(),
                "2025-05-15".to_string()
            ),
            (
                "Friday".to_string(),
                "DATE".to_string(),
                "2025-05-16".to_string()
            ),
            (
                "February 2022".to_string(),
                "DATE".to_string(),
                "2022-02".to_string()
            ),
        ]
    );
    for date in dates {
        let (start, end) = (
            date["start"].as_u64().unwrap() as usize,
            date["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&body[start..end], date["text"].as_str().unwrap());
    }
    // --published overrides the file's date for resolving relative expressions.
    let moved = json(
        dir.path(),
        &[
            "extract",
            file.to_str().unwrap(),
            "--published",
            "2025-05-20",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        moved[0]["dates"][0]["value"], "2025-05-15",
        "Thursday before Tuesday 2025-05-20"
    );
    assert_eq!(
        moved[0]["dates"][1]["value"], "2025-05-23",
        "will travel on Friday"
    );
}

#[test]
fn mentions_filter_finds_articles_talking_about_a_period() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = dated_corpus(dir.path());
    let titles = |args: &[&str]| common::titles(&search(dir.path(), &index, args));
    assert_eq!(
        titles(&["--mentions", "2022-02"]),
        vec!["Talks in Istanbul"]
    );
    assert_eq!(titles(&["--mentions", "2022"]), vec!["Talks in Istanbul"]);
    assert!(titles(&["--mentions", "2022-03"]).is_empty());
    let may_15 = titles(&["--mentions", "2025-05-15", "--sort", "oldest"]);
    assert_eq!(may_15, vec!["Talks in Istanbul", "Summit planned"]);
    assert_eq!(
        titles(&["--mentions", "1999"]),
        vec!["An undated note"],
        "absolute dates need no publication date"
    );
    let next_week = titles(&["--mentions", "2025-06-10"]);
    assert_eq!(
        next_week,
        vec!["Summit planned"],
        "next week from Monday 2025-06-02 is 2025-06-09..15"
    );
}

#[test]
fn month_and_mentioned_facets() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = dated_corpus(dir.path());
    let response = search(
        dir.path(),
        &index,
        &["--facets", "month,mentioned", "--limit", "0"],
    );
    let months = facet(&response, "month");
    assert!(months.contains(&("1987-03".to_string(), 1)));
    assert!(months.contains(&("2025-05".to_string(), 1)));
    let mentioned = facet(&response, "mentioned");
    assert!(
        mentioned.contains(&("2025-05".to_string(), 2)),
        "{mentioned:?}"
    );
    assert!(mentioned.contains(&("2022-02".to_string(), 1)));
}

#[test]
fn timeline_has_calendar_buckets_with_empty_ones_between() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = dated_corpus(dir.path());
    let response = search(
        dir.path(),
        &index,
        &["--from", "2025", "--timeline", "month", "--limit", "0"],
    );
    assert_eq!(
        response["timeline"],
        serde_json::json!([{"period": "2025-05", "count": 1}, {"period": "2025-06", "count": 1}])
    );
    let yearly = search(dir.path(), &index, &["--timeline", "year", "--limit", "0"]);
    let periods = common::timeline_periods(&yearly);
    assert_eq!(
        periods.len(),
        2025 - 1987 + 1,
        "every year from the first to the last, undated left out"
    );
    assert_eq!(yearly["timeline"][1]["count"], 0);
    let weekly = search(
        dir.path(),
        &index,
        &["--from", "2025", "--timeline", "week", "--limit", "0"],
    );
    assert_eq!(weekly["timeline"][0]["period"], "2025-W20");
    assert_eq!(weekly["timeline"].as_array().unwrap().len(), 4);
    assert!(
        search(dir.path(), &index, &["--limit", "0"])
            .get("timeline")
            .is_none(),
        "only when asked"
    );
    newsdex(dir.path())
        .args([
            "search",
            "--timeline",
            "month",
            "--index",
            index.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("timeline\n  1987-03").and(predicate::str::contains("█")));
}

#[test]
fn eval_dates_scores_a_small_gold_file() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Shares rose on Friday. Output grew in March 1998 and will rise for two years.";
    let find = |needle: &str| {
        let start = text.find(needle).unwrap();
        (start, start + needle.len())
    };
    let (friday, march, years) = (find("Friday"), find("March 1998"), find("two years"));
    let gold = serde_json::json!({
        "id": "doc1", "dct": "1998-04-15", "text": text,
        "timexes": [
            {"start": friday.0, "end": friday.1, "text": "Friday", "type": "DATE", "value": "1998-04-10"},
            {"start": march.0, "end": march.1, "text": "March 1998", "type": "DATE", "value": "1998-04"},
            {"start": years.0, "end": years.1, "text": "two years", "type": "DURATION", "value": "P2Y"},
            {"start": 0, "end": 6, "text": "Shares", "type": "DATE", "value": "XXXX"}
        ]
    });
    let path = dir.path().join("gold.jsonl");
    std::fs::write(&path, format!("{gold}\n")).unwrap();
    let scores = json(
        dir.path(),
        &[
            "eval",
            "dates",
            "--gold",
            path.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    // DATE: 3 gold, 2 found (exact spans), 1 with the right value ("March 1998" is 1998-03).
    let close = |v: &Value, expected: f64| (v.as_f64().unwrap() - expected).abs() < 0.05;
    assert!(
        close(&scores["DATE"]["strict_f1"], 80.0),
        "{}",
        scores["DATE"]
    );
    assert!(close(&scores["DATE"]["relaxed_f1"], 80.0));
    assert!(close(&scores["DATE"]["value_f1"], 40.0));
    // All types: 4 gold, 3 found, 2 right values.
    assert!(
        close(&scores["all"]["strict_f1"], 2.0 * 3.0 / 7.0 * 100.0),
        "{}",
        scores["all"]
    );
    assert!(close(&scores["all"]["value_f1"], 2.0 * 2.0 / 7.0 * 100.0));
    assert_eq!(scores["docs"], 1);
    assert!(scores["docs_per_s"].as_f64().unwrap() > 0.0);
}

#[test]
fn eval_dates_json_with_errors_is_one_json_document() {
    // `--errors N` printed its lines after the JSON, so the output was not JSON any more.
    let dir = tempfile::tempdir().unwrap();
    let text = "Output grew in March 1998.";
    let start = text.find("March 1998").unwrap();
    let gold = serde_json::json!({
        "id": "doc1", "dct": "1998-04-15", "text": text,
        "timexes": [
            {"start": start, "end": start + 10, "text": "March 1998", "type": "DATE", "value": "1998-04"},
        ]
    });
    let path = dir.path().join("gold.jsonl");
    std::fs::write(&path, format!("{gold}\n")).unwrap();
    let args = [
        "eval",
        "dates",
        "--gold",
        path.to_str().unwrap(),
        "--errors",
        "5",
    ];
    let scores = json(dir.path(), &[&args[..], &["--format", "json"]].concat());
    assert_eq!(
        scores["errors"],
        serde_json::json!([{"pattern": "value  march 1998 [DATE 1998-04] -> [DATE 1998-03]", "count": 1}]),
        "{scores}"
    );
    // As text, the same line follows the scores.
    newsdex(dir.path())
        .args(args)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "   1  value  march 1998 [DATE 1998-04] -> [DATE 1998-03]\n",
        ));
}
