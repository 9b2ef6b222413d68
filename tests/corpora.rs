//! Tests on the real corpora in ../shared/corpora; each is skipped (with a message) when absent.

mod common;

use std::collections::BTreeMap;

use common::{facet, index_json, search, shared_corpora};

#[test]
fn reuters_indexes_every_record_and_place_filters_match_the_tags() {
    let Some(corpora) = shared_corpora() else {
        eprintln!("skipped: ../shared/corpora not found");
        return;
    };
    let reuters = corpora.join("reuters21578");
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("idx");
    let report = index_json(dir.path(), &reuters, &index, &[]);
    assert_eq!(report["articles"], 21_578);
    assert!(
        report["skipped"].as_array().unwrap().is_empty(),
        "{}",
        report["skipped"]
    );

    // Count the records tagged `japan` straight from the SGML.
    let mut tagged_japan = 0;
    for entry in std::fs::read_dir(&reuters).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "sgm") {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            tagged_japan += text
                .split("<PLACES>")
                .skip(1)
                .filter(|places| {
                    places
                        .split("</PLACES>")
                        .next()
                        .unwrap_or("")
                        .contains("<D>japan</D>")
                })
                .count();
        }
    }
    // Every record tagged `japan` is found; extraction from the text adds the articles
    // that name Japan without the tag (tags and extracted places are merged).
    let japan = search(dir.path(), &index, &["--place", "Japan", "--limit", "0"]);
    assert!(japan["total"].as_u64().unwrap() >= tagged_japan as u64);
    let in_text = search(
        dir.path(),
        &index,
        &["japan OR japanese OR tokyo", "--limit", "0"],
    );
    assert!(
        japan["total"].as_u64().unwrap()
            <= tagged_japan as u64 + in_text["total"].as_u64().unwrap()
    );

    let stats = common::stats(dir.path(), &index);
    assert_eq!(stats["published_from"], "1987-02-26");
    assert_eq!(stats["published_to"], "1987-10-20");
    assert_eq!(
        stats["dated"], 21_578,
        "every Reuters article has its publication date"
    );

    let timeline = search(dir.path(), &index, &["--timeline", "month", "--limit", "0"]);
    let periods = common::timeline_periods(&timeline);
    assert_eq!(
        periods,
        vec![
            "1987-02", "1987-03", "1987-04", "1987-05", "1987-06", "1987-07", "1987-08", "1987-09",
            "1987-10"
        ]
    );
    let total: u64 = timeline["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["count"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 21_578);

    let baker = search(
        dir.path(),
        &index,
        &["--person", "baker", "--facets", "person", "--limit", "0"],
    );
    let people: Vec<String> = facet(&baker, "person")
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert!(people.contains(&"James Baker".to_string()), "{people:?}");
    let us = search(
        dir.path(),
        &index,
        &[
            "trade",
            "--place",
            "united states",
            "--facets",
            "place",
            "--limit",
            "1",
        ],
    );
    assert_eq!(facet(&us, "place")[0].0, "United States");

    // Hard-wrapped names stay whole; wire abbreviations are their states.
    let top = search(
        dir.path(),
        &index,
        &["--facets", "person,place", "--top", "100", "--limit", "0"],
    );
    let values =
        |name: &str| -> Vec<String> { facet(&top, name).into_iter().map(|(v, _)| v).collect() };
    // No first names alone, companies, sentence adverbs or amounts among the people.
    for wrong in [
        "Paul",
        "Robert",
        "Corp",
        "Moreover",
        "Additionally",
        "N.Z. Dlrs",
        "H.K. Dlrs",
        "Drexel Burnham",
        "Interbank Offered Rates",
        "Interbank Offered Rate",
    ] {
        assert!(
            !values("person").contains(&wrong.to_string()),
            "person {wrong} in the top 100"
        );
    }
    // One value per country.
    assert!(values("place").contains(&"Netherlands".to_string()));
    assert!(!values("place").contains(&"The Netherlands".to_string()));
    for wrong in ["Calif", "CALIF", "N.J.", "N.Y.", "Pa", "Mass", "Fla"] {
        assert!(
            !values("place").contains(&wrong.to_string()),
            "place {wrong} in the top 100"
        );
    }
    let orgs = search(
        dir.path(),
        &index,
        &["--facets", "org", "--top", "100", "--limit", "0"],
    );
    let orgs: Vec<String> = facet(&orgs, "org").into_iter().map(|(v, _)| v).collect();
    for wrong in [
        "Poor",
        "Moody",
        "Investors Service Inc",
        "Lambert Inc",
        "West German",
        "Soviet Union",
        "Commission",
        "Bank",
    ] {
        assert!(
            !orgs.contains(&wrong.to_string()),
            "org {wrong} in the top 100"
        );
    }
    assert!(orgs.contains(&"Standard & Poor's".to_string()), "{orgs:?}");
    // A company with and without its legal form is one value ("General Motors Corp" 100
    // articles, "General Motors" 23, "General Motors Corp." 2), found by any form.
    assert!(
        orgs.contains(&"General Motors Corp".to_string()),
        "{orgs:?}"
    );
    assert!(!orgs.contains(&"General Motors".to_string()), "{orgs:?}");
    let company_total = |name: &str| {
        search(dir.path(), &index, &["--org", name, "--limit", "0"])["total"]
            .as_u64()
            .unwrap()
    };
    let general_motors = company_total("General Motors Corp");
    assert!(
        general_motors >= 120,
        "{general_motors} General Motors hits"
    );
    assert_eq!(company_total("general motors"), general_motors);
    assert_eq!(company_total("General Motors Corp."), general_motors);

    // A surname tag joins the full name the text gives: one value per person per article.
    for (full, surname) in [
        ("Paul Volcker", "Volcker"),
        ("Yasuhiro Nakasone", "Nakasone"),
    ] {
        let with = search(
            dir.path(),
            &index,
            &[
                "--person", full, "--facets", "person", "--top", "500", "--limit", "0",
            ],
        );
        let names: Vec<String> = facet(&with, "person").into_iter().map(|(v, _)| v).collect();
        assert!(
            !names.contains(&surname.to_string()),
            "{surname} beside {full}"
        );
    }
    // Across the corpus, a surname alone is the full name the corpus names: "Reagan" (371
    // articles) and "Ronald Reagan" (24) are one value, found by either filter.
    let people = search(
        dir.path(),
        &index,
        &["--facets", "person,org", "--top", "100", "--limit", "0"],
    );
    let top_people = facet(&people, "person");
    assert!(
        top_people
            .iter()
            .all(|(v, _)| v != "Reagan" && v != "Volcker"),
        "{top_people:?}"
    );
    let reagan = top_people
        .iter()
        .find(|(v, _)| v == "Ronald Reagan")
        .map(|(_, n)| *n);
    assert!(reagan.is_some_and(|n| n > 380), "{top_people:?}");
    let filtered = search(
        dir.path(),
        &index,
        &["--person", "Ronald Reagan", "--limit", "0"],
    );
    assert_eq!(filtered["total"].as_u64(), reagan, "{filtered}");
    let top_orgs = facet(&people, "org");
    assert!(
        top_orgs.iter().all(|(v, _)| v != "4TH" && v != "3RD"),
        "{top_orgs:?}"
    );

    let total = |place: &str| {
        search(dir.path(), &index, &["--place", place, "--limit", "0"])["total"]
            .as_u64()
            .unwrap()
    };
    assert!(
        total("Burkina Faso") <= 5,
        "{} Burkina Faso hits",
        total("Burkina Faso")
    );
    assert!(
        total("California") > 800,
        "{} California hits",
        total("California")
    );
    // Georgia in Reuters' 1987 wires is the state (Atlanta stories), not the country.
    let georgia = search(
        dir.path(),
        &index,
        &["--place", "Georgia", "--facets", "country", "--limit", "0"],
    );
    let countries = facet(&georgia, "country");
    assert_eq!(countries[0].0, "United States", "{countries:?}");
    assert!(
        countries[0].1 * 10 > georgia["total"].as_u64().unwrap() * 9,
        "{countries:?}"
    );
}

#[test]
fn bbc_topics_come_from_folders_when_asked() {
    let Some(corpora) = shared_corpora() else {
        eprintln!("skipped: ../shared/corpora not found");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("idx");
    let bbc = corpora.join("bbc");
    let report = index_json(dir.path(), &bbc, &index, &["--topic-from-folder"]);
    assert_eq!(report["articles"], 2_225);
    let response = search(dir.path(), &index, &["--facets", "topic", "--limit", "0"]);
    let topics: BTreeMap<String, u64> = facet(&response, "topic").into_iter().collect();
    let expected: BTreeMap<String, u64> = [
        ("business", 510),
        ("entertainment", 386),
        ("politics", 417),
        ("sport", 511),
        ("tech", 401),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    assert_eq!(topics, expected);
    let hit = &search(
        dir.path(),
        &index,
        &["\"Ad sales boost Time Warner profit\""],
    )["hits"][0];
    assert_eq!(hit["title"], "Ad sales boost Time Warner profit");

    // One party, one value, whichever way it is written.
    let total =
        |org: &str| search(dir.path(), &index, &["--org", org, "--limit", "0"])["total"].clone();
    assert_eq!(total("lib dems"), total("liberal democrats"));
    assert_eq!(total("labour"), total("labour party"));
    assert_eq!(total("tories"), total("conservative party"));
    assert!(total("liberal democrats").as_u64().unwrap() > 100);

    // Scotland is a place of its own under the United Kingdom, not an alias of it.
    let places = |place: &str| {
        search(dir.path(), &index, &["--place", place, "--limit", "0"])["total"]
            .as_u64()
            .unwrap()
    };
    let (scotland, uk) = (places("Scotland"), places("United Kingdom"));
    assert!(
        scotland > 20 && scotland * 4 < uk,
        "Scotland {scotland}, UK {uk}"
    );
    let scottish = search(
        dir.path(),
        &index,
        &["--place", "Scotland", "--facets", "country", "--limit", "0"],
    );
    assert_eq!(facet(&scottish, "country")[0].0, "United Kingdom");

    // A first name alone is no value; "Bush" and "George Bush" are George W Bush.
    let people = search(
        dir.path(),
        &index,
        &["--facets", "person", "--top", "200", "--limit", "0"],
    );
    let people: Vec<String> = facet(&people, "person")
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    for wrong in ["George", "David", "Bush", "George Bush"] {
        assert!(
            !people.contains(&wrong.to_string()),
            "{wrong} in {people:?}"
        );
    }
    assert!(people.contains(&"George W Bush".to_string()), "{people:?}");

    // Everyday words make no person's name, but for a first name before them.
    let everyone = search(
        dir.path(),
        &index,
        &["--facets", "person", "--top", "100000", "--limit", "0"],
    );
    let everyone: Vec<String> = facet(&everyone, "person")
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    for wrong in [
        "Five Live",
        "Loop Unbundling",
        "Picture Producers",
        "Said No",
    ] {
        assert!(!everyone.contains(&wrong.to_string()), "person {wrong}");
    }
    assert!(everyone.contains(&"Will Young".to_string()));
}

#[test]
fn timeml_date_values_stay_above_the_measured_floor() {
    let Some(corpora) = shared_corpora() else {
        eprintln!("skipped: ../shared/corpora not found");
        return;
    };
    let gold = corpora.join("timeml/tbaq_train.jsonl");
    let dir = tempfile::tempdir().unwrap();
    let scores = common::json(
        dir.path(),
        &[
            "eval",
            "dates",
            "--gold",
            gold.to_str().unwrap(),
            "--part",
            "check",
            "--format",
            "json",
        ],
    );
    // Measured 78.2 value F1 and 82.4 strict span F1 on the held-out part; a drop means a regression.
    assert!(
        scores["DATE"]["value_f1"].as_f64().unwrap() >= 77.0,
        "{}",
        scores["DATE"]
    );
    assert!(
        scores["DATE"]["strict_f1"].as_f64().unwrap() >= 81.0,
        "{}",
        scores["DATE"]
    );
}
