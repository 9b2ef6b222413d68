//! The search command on a fixture corpus: keywords, filters, facets, dates, sort, paging, JSON.

mod common;

use common::{facet, indexed_fixture, newsdex, search, titles};
use predicates::prelude::*;

#[test]
fn keywords_are_stemmed_and_accent_folded() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    assert_eq!(
        titles(&search(dir.path(), &index, &["election"])),
        vec!["Voters head to the polls"]
    );
    assert_eq!(
        titles(&search(dir.path(), &index, &["kyiv"])),
        vec!["Kýiv celebrates"]
    );
    assert_eq!(search(dir.path(), &index, &["nothingburger"])["total"], 0);
}

#[test]
fn all_words_are_required_and_phrases_booleans_fields_work() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let total = |args: &[&str]| search(dir.path(), &index, args)["total"].as_u64().unwrap();
    assert_eq!(total(&["ceasefire"]), 2);
    assert_eq!(total(&["ceasefire prisoners"]), 1);
    assert_eq!(total(&["\"grain exports\""]), 1);
    assert_eq!(total(&["\"exports grain\""]), 0);
    assert_eq!(total(&["oil OR elections"]), 2);
    assert_eq!(total(&["ceasefire -istanbul"]), 1);
    assert_eq!(total(&["ceasefire NOT istanbul"]), 1);
    assert_eq!(total(&["(oil OR grain) exports"]), 1);
    assert_eq!(total(&["person:zelenskyy"]), 1);
    assert_eq!(total(&["title:ceasefire"]), 1);
    assert_eq!(total(&["source:reuters"]), 2);
}

#[test]
fn title_matches_rank_above_body_matches() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let response = search(dir.path(), &index, &["ceasefire"]);
    assert_eq!(titles(&response)[0], "Ceasefire talks stall in Istanbul");
    let scores: Vec<f64> = response["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(scores[0] > scores[1]);
}

#[test]
fn each_filter_narrows_without_changing_ranking() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let total = |args: &[&str]| search(dir.path(), &index, args)["total"].as_u64().unwrap();
    assert_eq!(
        total(&["--person", "putin"]),
        2,
        "a surname finds the full name"
    );
    assert_eq!(
        total(&["--person", "VLADIMIR PUTIN"]),
        2,
        "case-insensitive"
    );
    assert_eq!(
        total(&["--person", "putin vladimir"]),
        0,
        "words keep their order"
    );
    assert_eq!(total(&["--place", "kyiv"]), 2);
    assert_eq!(total(&["--place", "united states"]), 1);
    assert_eq!(total(&["--org", "nato"]), 1);
    assert_eq!(total(&["--source", "REUTERS"]), 2);
    assert_eq!(total(&["--topic", "war"]), 1);
    assert_eq!(
        total(&["--person", "putin", "--place", "istanbul"]),
        1,
        "all filters must match"
    );
    assert_eq!(total(&["--place", "kyiv", "--place", "istanbul"]), 1);
    assert_eq!(total(&["--person", "nobody"]), 0);

    let plain = search(dir.path(), &index, &["ceasefire"]);
    let filtered = search(dir.path(), &index, &["ceasefire", "--person", "putin"]);
    assert_eq!(plain["hits"][0]["score"], filtered["hits"][0]["score"]);
}

#[test]
fn facet_counts_cover_all_hits_not_just_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let response = search(
        dir.path(),
        &index,
        &[
            "--facets",
            "person,place,source,year,topic,org",
            "--limit",
            "1",
        ],
    );
    assert_eq!(response["total"], 5);
    assert_eq!(response["hits"].as_array().unwrap().len(), 1);
    assert_eq!(
        facet(&response, "person")[0],
        ("Vladimir Putin".to_string(), 2)
    );
    assert_eq!(facet(&response, "source")[0], ("Reuters".to_string(), 2));
    assert_eq!(
        facet(&response, "year"),
        vec![
            ("2025".to_string(), 3),
            ("2023".to_string(), 1),
            ("2024".to_string(), 1)
        ]
    );
    let limited = search(dir.path(), &index, &["--facets", "place", "--top", "2"]);
    assert_eq!(facet(&limited, "place").len(), 2);
    let narrowed = search(dir.path(), &index, &["ceasefire", "--facets", "place"]);
    // Places given by the files, plus those found in the text ("Ukrainian and Russian
    // delegations" → Ukraine, Russia).
    assert_eq!(
        facet(&narrowed, "place"),
        vec![
            ("Kyiv".to_string(), 2),
            ("Istanbul".to_string(), 1),
            ("Russia".to_string(), 1),
            ("Ukraine".to_string(), 1)
        ]
    );
}

#[test]
fn date_ranges_use_whole_periods() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let total = |args: &[&str]| search(dir.path(), &index, args)["total"].as_u64().unwrap();
    assert_eq!(total(&["--from", "2025"]), 3);
    assert_eq!(total(&["--from", "2024-11", "--to", "2024-11"]), 1);
    assert_eq!(total(&["--to", "2023"]), 1);
    assert_eq!(total(&["--from", "2025-05-15", "--to", "2025-05-15"]), 1);
    assert_eq!(total(&["ceasefire", "--from", "2025-05-16"]), 1);
    newsdex(dir.path())
        .args([
            "search",
            "--index",
            index.to_str().unwrap(),
            "--from",
            "May 2025",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("use YYYY, YYYY-MM or YYYY-MM-DD"));
}

#[test]
fn sort_by_date_and_paging() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let dates = |args: &[&str]| -> Vec<String> {
        search(dir.path(), &index, args)["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["published"].as_str().unwrap_or("-").to_string())
            .collect()
    };
    assert_eq!(
        dates(&["--sort", "newest"]),
        vec![
            "2025-05-20",
            "2025-05-15",
            "2025-01-10",
            "2024-11-05",
            "2023-07-20"
        ]
    );
    assert_eq!(
        dates(&["--sort", "oldest", "--limit", "2"]),
        vec!["2023-07-20", "2024-11-05"]
    );
    assert_eq!(
        dates(&["--sort", "oldest", "--limit", "2", "--offset", "2"]),
        vec!["2025-01-10", "2025-05-15"]
    );
    assert_eq!(
        dates(&["--sort", "oldest", "--offset", "4"]),
        vec!["2025-05-20"]
    );
    let count_only = search(dir.path(), &index, &["--limit", "0"]);
    assert_eq!(count_only["total"], 5);
    assert!(count_only["hits"].as_array().unwrap().is_empty());
}

#[test]
fn json_hits_have_the_documented_shape() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let response = search(dir.path(), &index, &["ceasefire", "istanbul"]);
    assert_eq!(response["query"], "ceasefire istanbul");
    assert!(response["took_ms"].as_f64().unwrap() >= 0.0);
    let hit = &response["hits"][0];
    for key in [
        "id",
        "score",
        "title",
        "source",
        "published",
        "path",
        "snippet",
        "people",
        "places",
        "orgs",
        "topics",
    ] {
        assert!(hit.get(key).is_some(), "hit lacks {key}");
    }
    assert_eq!(hit["source"], "Politico");
    assert_eq!(hit["published"], "2025-05-15");
    assert_eq!(
        hit["people"],
        serde_json::json!(["Vladimir Putin", "Volodymyr Zelenskyy"])
    );
    assert!(
        hit["snippet"]
            .as_str()
            .unwrap()
            .contains("<mark>ceasefire</mark>")
    );
    assert!(hit["path"].as_str().unwrap().ends_with("ceasefire.txt"));
    assert!(response["facets"].as_object().unwrap().is_empty());
}

#[test]
fn text_output_numbers_hits_and_lists_facets() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    newsdex(dir.path())
        .args([
            "search",
            "ceasefire",
            "--facets",
            "person",
            "--index",
            index.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("2 articles match \"ceasefire\""))
        .stdout(predicate::str::contains(
            "  1. Ceasefire talks stall in Istanbul",
        ))
        .stdout(predicate::str::contains("Politico · 2025-05-15"))
        .stdout(predicate::str::contains("2  Vladimir Putin"))
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn malformed_queries_say_what_and_where_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let run = |query: &str| {
        newsdex(dir.path())
            .args(["search", query, "--index", index.to_str().unwrap()])
            .assert()
            .code(2)
    };
    run("\"unclosed phrase").stderr(predicate::str::contains("bad query: missing delimiter"));
    run("(oil").stderr(
        predicate::str::contains("expected ')'").and(predicate::str::contains("at character")),
    );
    run("color:red").stderr(predicate::str::contains("unknown field 'color:'"));
    run("oil AND").stderr(predicate::str::contains(
        "AND, OR and NOT need words on both sides",
    ));
}

#[test]
fn missing_index_explains_how_to_build_one() {
    let dir = tempfile::tempdir().unwrap();
    newsdex(dir.path())
        .args(["search", "oil", "--index", "nowhere"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no index at nowhere (build one with: newsdex index --index nowhere)",
        ));
}

#[test]
fn show_prints_the_whole_article_and_stats_summarize() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let hit = &search(dir.path(), &index, &["grain"])["hits"][0];
    let id = hit["id"].as_str().unwrap();
    let article = common::json(
        dir.path(),
        &[
            "show",
            id,
            "--format",
            "json",
            "--index",
            index.to_str().unwrap(),
        ],
    );
    assert_eq!(
        article["body"],
        "Grain exports from Odesa resumed after a pause in shipping."
    );
    assert_eq!(
        article["places"],
        serde_json::json!(["Odesa", "Ukraine"]),
        "found in the text, then given by the file"
    );
    newsdex(dir.path())
        .args([
            "show",
            "0000000000000000",
            "--index",
            index.to_str().unwrap(),
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no article with id '0000000000000000'",
        ));
    let stats = common::stats(dir.path(), &index);
    assert_eq!(stats["articles"], 5);
    assert_eq!(stats["published_from"], "2023-07-20");
    assert_eq!(stats["published_to"], "2025-05-20");
    assert_eq!(stats["facets"]["person"]["distinct"], 3);
}

#[test]
fn a_snippet_is_the_sentence_with_the_most_query_words_marked_whole() {
    let dir = tempfile::tempdir().unwrap();
    let filler = "The committee met again and the market was calm that week. ".repeat(20);
    let body = format!(
        "Brazilians watched the rates. {filler}Analysts said the central bank raised \
         interest rates in Brazil on Tuesday, its third rise. {filler}Interest was low.\n"
    );
    let corpus = dir.path().join("corpus");
    common::write_files(
        &corpus,
        &[("rates.txt", format!("Bank moves\n\n{body}").as_bytes())],
    );
    let index = dir.path().join("index");
    common::index_json(dir.path(), &corpus, &index, &[]);
    let response = search(dir.path(), &index, &["interest rates brazil"]);
    let snippet = response["hits"][0]["snippet"].as_str().unwrap().to_string();
    assert!(
        snippet.starts_with(
            "Analysts said the central bank raised <mark>interest</mark> \
             <mark>rates</mark> in <mark>Brazil</mark>"
        ),
        "{snippet}"
    );
    assert!(snippet.chars().count() < 300, "{snippet}");
    // A longer word that starts like a query word is not marked.
    let response = search(dir.path(), &index, &["brazil"]);
    let snippet = response["hits"][0]["snippet"].as_str().unwrap();
    assert!(!snippet.contains("<mark>Brazil</mark>ians"), "{snippet}");
}

#[test]
fn color_can_be_forced_or_refused_and_shells_get_completions_and_a_manual() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let index = index.to_str().unwrap();
    // Into a pipe: plain unless asked, even with NO_COLOR set.
    let run = |args: &[&str]| {
        let output = newsdex(dir.path()).args(args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    assert!(!run(&["search", "election", "--index", index]).contains('\x1b'));
    assert!(run(&["--color", "always", "search", "election", "--index", index]).contains('\x1b'));
    assert!(!run(&["search", "--color", "never", "election", "--index", index]).contains('\x1b'));
    let bash = run(&["completions", "bash"]);
    assert!(bash.contains("_newsdex()"), "{bash}");
    assert!(bash.contains("--facets"), "completes the search flags");
    let fish = run(&["completions", "fish"]);
    assert!(fish.contains("complete -c newsdex"), "{fish}");
    let man = run(&["man"]);
    assert!(
        man.starts_with(".ie") || man.contains(".TH newsdex 1"),
        "{man}"
    );
    assert!(man.contains("search"), "the page lists the commands");
    let pages = dir.path().join("man1");
    newsdex(dir.path())
        .args(["man", "--out-dir", pages.to_str().unwrap()])
        .assert()
        .success();
    assert!(pages.join("newsdex-search.1").is_file());
}

#[test]
fn csv_export_gives_one_row_per_hit_with_its_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let index = index.to_str().unwrap();
    let csv = |args: &[&str]| {
        let output = newsdex(dir.path())
            .args(["search", "--index", index, "--format", "csv"])
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    let all = csv(&["ceasefire", "--sort", "oldest"]);
    let lines: Vec<&str> = all.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "id,published,source,title,url,people,places,orgs,topics"
    );
    // Every hit, not a page of ten: both ceasefire stories.
    assert_eq!(lines.len(), 3, "{all}");
    assert!(
        lines[1].contains(",2025-05-15,Politico,Ceasefire talks stall in Istanbul,,"),
        "{all}"
    );
    assert!(
        lines[1].contains("Vladimir Putin; Volodymyr Zelenskyy"),
        "{all}"
    );
    assert!(lines[2].contains("Kýiv celebrates"), "{all}");
    let one = csv(&["ceasefire", "--limit", "1"]);
    assert_eq!(one.matches("\r\n").count(), 2, "{one}");
    // A CSV reader reads every field back, quoted commas and all.
    let everything = csv(&["--sort", "oldest"]);
    let mut reader = ::csv::Reader::from_reader(everything.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.len(), 9);
    let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let total = common::json(
        dir.path(),
        &[
            "search", "--limit", "0", "--format", "json", "--index", index,
        ],
    )["total"]
        .as_u64()
        .unwrap();
    assert_eq!(rows.len() as u64, total);
    assert!(rows.iter().all(|row| row.len() == 9));
    let voters = rows
        .iter()
        .find(|row| &row[3] == "Voters head to the polls")
        .expect("the AP story");
    assert_eq!((&voters[1], &voters[2]), ("2024-11-05", "AP"));
    assert_eq!(&voters[5], "Kamala Harris");
}

#[test]
fn a_facet_value_can_be_left_out_of_the_hits() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let mut kept = titles(&search(
        dir.path(),
        &index,
        &["ceasefire", "--not-place", "istanbul"],
    ));
    kept.sort();
    assert_eq!(kept, vec!["Kýiv celebrates"]);
    // As a filter would match: a country leaves out the places inside it, and the facet
    // counts follow.
    let all = search(dir.path(), &index, &["--limit", "0"])["total"]
        .as_u64()
        .unwrap();
    let ukraine = search(dir.path(), &index, &["--place", "ukraine", "--limit", "0"])["total"]
        .as_u64()
        .unwrap();
    let without = search(
        dir.path(),
        &index,
        &[
            "--not-place",
            "ukraine",
            "--facets",
            "place",
            "--limit",
            "0",
        ],
    );
    assert_eq!(without["total"].as_u64().unwrap(), all - ukraine);
    assert!(ukraine >= 2);
    assert!(
        !facet(&without, "place")
            .iter()
            .any(|(p, _)| p == "Kyiv" || p == "Ukraine"),
        "{without}"
    );
}

#[test]
fn an_article_keeps_where_its_text_names_each_entity() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let hits = search(dir.path(), &index, &["istanbul", "talks"]);
    let id = hits["hits"][0]["id"].as_str().unwrap().to_string();
    let article = common::json(
        dir.path(),
        &[
            "show",
            &id,
            "--format",
            "json",
            "--index",
            index.to_str().unwrap(),
        ],
    );
    let body = article["body"].as_str().unwrap();
    let mut seen = Vec::new();
    for mention in article["mentions"].as_array().expect("mentions stored") {
        for span in mention["spans"].as_array().unwrap() {
            let (start, end) = (
                span[0].as_u64().unwrap() as usize,
                span[1].as_u64().unwrap() as usize,
            );
            seen.push((
                mention["type"].as_str().unwrap().to_string(),
                mention["name"].as_str().unwrap().to_string(),
                body[start..end].to_string(),
            ));
        }
    }
    // Byte spans into the stored body, with the form the text uses.
    assert!(
        seen.contains(&("place".into(), "Istanbul".into(), "Istanbul".into())),
        "{seen:?}"
    );
    assert!(
        seen.contains(&("place".into(), "Ukraine".into(), "Ukrainian".into())),
        "{seen:?}"
    );
}

const TIN: &str = "{headline}\n\nLONDON, March 3 - The International Tin Council will ask its \
creditors for new talks on the 900 mln stg it owes banks and brokers after the collapse of \
the tin market, council officials said on Tuesday after a meeting in London.\n\nReuter";

#[test]
fn wire_copy_sent_again_collapses_to_one_hit_even_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("wire");
    let index = dir.path().join("idx");
    let tin = |headline: &str| TIN.replace("{headline}", headline);
    common::write_files(
        &corpus,
        &[("a.txt", tin("Tin council seeks new talks").as_bytes())],
    );
    common::index_json(dir.path(), &corpus, &index, &[]);
    // The copy arrives in a later run, the next day's template (other figures) too.
    common::write_files(
        &corpus,
        &[
            ("b.txt", tin("Tin council seeks fresh talks").as_bytes()),
            (
                "c.txt",
                tin("Tin council seeks new talks")
                    .replace("March 3", "March 4")
                    .replace("900 mln", "800 mln")
                    .as_bytes(),
            ),
        ],
    );
    common::index_json(dir.path(), &corpus, &index, &[]);
    let all = search(dir.path(), &index, &["tin", "council"]);
    assert_eq!(all["hits"].as_array().unwrap().len(), 3);
    let collapsed = search(dir.path(), &index, &["tin", "council", "--collapse"]);
    assert_eq!(collapsed["total"], 3, "the count is of articles");
    let hits = collapsed["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 2, "{collapsed}");
    let similar: Vec<u64> = hits
        .iter()
        .map(|h| h["similar"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(similar.iter().sum::<u64>(), 1, "{similar:?}");
    // The article lists its other copy.
    let copied = hits.iter().find(|h| h["similar"] == 1).unwrap();
    let shown = common::json(
        dir.path(),
        &[
            "show",
            copied["id"].as_str().unwrap(),
            "--format",
            "json",
            "--index",
            index.to_str().unwrap(),
        ],
    );
    let others = shown["similar"].as_array().unwrap();
    assert_eq!(others.len(), 1, "{shown}");
    assert_ne!(others[0]["id"], copied["id"]);
}

#[test]
fn an_offset_past_every_article_is_an_empty_page_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = indexed_fixture(dir.path());
    let huge = u64::MAX.to_string();
    for extra in [&[][..], &["--collapse"][..], &["--format", "csv"][..]] {
        let output = newsdex(dir.path())
            .args(["search", "ceasefire", "--offset", &huge, "--limit", "5"])
            .args(extra)
            .args(["--index", index.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{extra:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(!text.contains("Ceasefire talks"), "{extra:?}: {text}");
    }
}
