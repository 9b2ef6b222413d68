//! Entities extracted from text: the seed article, canonical names, place hierarchy and
//! forgiving filters, and the NER evaluation command.

mod common;

use std::path::Path;

use common::{facet, index_json, json, search, write_files};
use serde_json::Value;

fn seed_extracted(cwd: &Path) -> Value {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/000_3103284c3c302c6a.txt");
    json(
        cwd,
        &["extract", seed.to_str().unwrap(), "--format", "json"],
    )[0]
    .clone()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn seed_people_places_and_organizations() {
    let dir = tempfile::tempdir().unwrap();
    let article = seed_extracted(dir.path());
    let people = strings(&article["people"]);
    assert_eq!(
        people,
        vec![
            "Donald Trump",
            "Vladimir Putin",
            "Volodymyr Zelenskyy",
            "Sergey Lavrov",
            "Recep Tayyip Erdoğan",
            "Rustem Umerov",
            "Kyrylo Budanov"
        ]
    );
    for not_a_person in ["Mr. Nobody", "Nobody", "Air Force One", "Moscow-Kyiv"] {
        assert!(!people.contains(&not_a_person.to_string()));
    }
    let places: Vec<(String, Vec<String>)> = article["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_string(),
                strings(&p["hierarchy"]),
            )
        })
        .collect();
    let hierarchy_of = |name: &str| {
        places
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, h)| h.clone())
    };
    for (city, continent, country) in [
        ("Kyiv", "Europe", "Ukraine"),
        ("Bucha", "Europe", "Ukraine"),
        ("Dnipro", "Europe", "Ukraine"),
        ("Moscow", "Europe", "Russia"),
        ("Istanbul", "Asia", "Turkey"),
        ("Ankara", "Asia", "Turkey"),
        ("Tirana", "Europe", "Albania"),
    ] {
        assert_eq!(
            hierarchy_of(city),
            Some(vec![continent.to_string(), country.to_string()]),
            "{city}"
        );
    }
    for country in ["Ukraine", "Russia", "Turkey", "United Arab Emirates"] {
        assert!(
            hierarchy_of(country).is_some(),
            "{country} missing from {places:?}"
        );
    }
    let orgs = strings(&article["orgs"]);
    assert!(orgs.contains(&"NATO".to_string()));
    assert!(orgs.contains(&"European Political Community".to_string()));
}

#[test]
fn extract_lists_every_mention_with_its_span() {
    let dir = tempfile::tempdir().unwrap();
    let article = seed_extracted(dir.path());
    let body = article["body"].as_str().unwrap();
    let putin = article["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Vladimir Putin")
        .unwrap();
    assert_eq!(putin["type"], "PER");
    let mentions = putin["mentions"].as_array().unwrap();
    assert!(
        mentions.len() >= 5,
        "'Putin' alone counts as Vladimir Putin"
    );
    for mention in mentions {
        let (start, end) = (
            mention["start"].as_u64().unwrap() as usize,
            mention["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&body[start..end], mention["text"].as_str().unwrap());
    }
    let russia = article["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Russia")
        .unwrap();
    let texts: Vec<&str> = russia["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.contains(&"Russian"),
        "demonyms are mentions of the country: {texts:?}"
    );
}

#[test]
fn canonical_names_and_ambiguous_places() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    write_files(
        &corpus,
        &[
            (
                "titles.txt",
                b"Titles\n\nGerman Chancellor Olaf Scholz met Prime Minister Keir Starmer in Berlin. Scholz said the talks with Starmer's team went well.\n\nEnd.",
            ),
            (
                "acronym.txt",
                b"Acronym\n\nThe North Atlantic Treaty Organization met in Brussels. NATO leaders agreed on spending.\n\nEnd.",
            ),
            ("paris-france.txt", b"Paris\n\nThousands marched in Paris on Saturday as unions called a strike across France.\n\nEnd."),
            (
                "paris-texas.txt",
                b"Paris, Texas\n\nThe town council of Paris approved a new school, officials in Texas said. Voters in Paris backed it.\n\nEnd.",
            ),
        ],
    );
    let extracted = json(
        dir.path(),
        &["extract", corpus.to_str().unwrap(), "--format", "json"],
    );
    let by_file = |name: &str| {
        extracted
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["path"].as_str().unwrap().ends_with(name))
            .unwrap()
            .clone()
    };
    let titles = by_file("titles.txt");
    assert_eq!(
        strings(&titles["people"]),
        vec!["Olaf Scholz", "Keir Starmer"]
    );
    let acronym = by_file("acronym.txt");
    assert_eq!(
        strings(&acronym["orgs"]),
        vec!["North Atlantic Treaty Organization"]
    );
    let country_of_paris = |article: &Value| {
        article["places"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "Paris")
            .map(|p| strings(&p["hierarchy"]))
    };
    assert_eq!(
        country_of_paris(&by_file("paris-france.txt")),
        Some(vec!["Europe".to_string(), "France".to_string()])
    );
    assert_eq!(
        country_of_paris(&by_file("paris-texas.txt")),
        Some(vec![
            "North America".to_string(),
            "United States".to_string()
        ])
    );
}

#[test]
fn filters_are_forgiving_and_follow_the_place_hierarchy() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    write_files(
        &corpus,
        &[
            (
                "bucha.txt",
                b"Bucha\n\nInvestigators returned to Bucha near the capital.\n\nEnd.",
            ),
            (
                "dnipro.txt",
                b"Dnipro\n\nDrones struck Dnipro overnight, the governor said.\n\nEnd.",
            ),
            (
                "tokyo.txt",
                b"Tokyo\n\nMarkets in Tokyo rose as Prime Minister Shigeru Ishiba spoke.\n\nEnd.",
            ),
        ],
    );
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let index = dir.path().join("idx");
    index_json(dir.path(), &corpus, &index, &[]);
    index_json(dir.path(), &seed, &index, &[]);
    let titles = |args: &[&str]| {
        let mut t = common::titles(&search(dir.path(), &index, args));
        t.sort();
        t
    };
    assert_eq!(
        search(dir.path(), &index, &["--person", "putin"])["total"],
        1
    );
    let people = facet(
        &search(
            dir.path(),
            &index,
            &["--person", "putin", "--facets", "person"],
        ),
        "person",
    );
    assert!(
        people.contains(&("Vladimir Putin".to_string(), 1)),
        "{people:?}"
    );
    assert_eq!(
        search(dir.path(), &index, &["--place", "kiev"])["total"],
        1,
        "alternate names find Kyiv"
    );
    assert_eq!(
        titles(&["--place", "Ukraine"]),
        vec!["", "Bucha", "Dnipro"],
        "a country finds its cities (the seed has no title)"
    );
    assert_eq!(titles(&["--place", "Europe"]), vec!["", "Bucha", "Dnipro"]);
    assert_eq!(
        titles(&["--place", "Asia"]),
        vec!["", "Tokyo"],
        "the seed names Istanbul and Ankara"
    );
    let countries = facet(
        &search(dir.path(), &index, &["--facets", "country", "--limit", "0"]),
        "country",
    );
    assert!(
        countries.contains(&("Ukraine".to_string(), 3)),
        "{countries:?}"
    );
    assert!(countries.contains(&("Japan".to_string(), 1)));
    let continents = facet(
        &search(
            dir.path(),
            &index,
            &["--facets", "continent", "--limit", "0"],
        ),
        "continent",
    );
    assert_eq!(continents[0], ("Europe".to_string(), 3));
}

/// `newsdex eval ner --conll FILE --format json`.
fn eval_ner(cwd: &Path, conll: &Path) -> Value {
    json(
        cwd,
        &[
            "eval",
            "ner",
            "--conll",
            conll.to_str().unwrap(),
            "--format",
            "json",
        ],
    )
}

#[test]
fn eval_ner_scores_a_small_conll_file() {
    let dir = tempfile::tempdir().unwrap();
    // Two documents; the gold marks Putin (PER), Moscow (LOC), United Nations (ORG) and a
    // made-up span "Blue" as LOC that no tagger would find.
    let conll = "-DOCSTART- -X- O O\n\nVladimir NNP I-NP I-PER\nPutin NNP I-NP I-PER\nvisited VBD I-VP O\nMoscow NNP I-NP I-LOC\n. . O O\n\n\
                 -DOCSTART- -X- O O\n\nThe DT I-NP O\nUnited NNP I-NP I-ORG\nNations NNP I-NP I-ORG\nmet VBD I-VP O\nin IN I-PP O\nblue JJ I-NP I-LOC\nrooms NNS I-NP O\n. . O O\n";
    let path = dir.path().join("tiny.conll");
    std::fs::write(&path, conll).unwrap();
    let scores = eval_ner(dir.path(), &path);
    assert_eq!(scores["tokens"], 13);
    let f1 = |table: &str, kind: &str| scores[table][kind]["f1"].as_f64().unwrap();
    assert_eq!(f1("mention", "PER"), 100.0);
    assert_eq!(f1("mention", "ORG"), 100.0);
    // LOC: Moscow found, "blue" missed → P 100, R 50.
    assert_eq!(scores["mention"]["LOC"]["r"].as_f64().unwrap(), 50.0);
    assert!((f1("mention", "PER+LOC+ORG") - 2.0 * 100.0 * 75.0 / 175.0).abs() < 0.01);
    assert!(scores["tokens_per_s"].as_f64().unwrap() > 0.0);
    // No sentence is in capitals: nothing to score there.
    assert_eq!(scores["all_caps"]["f1"], 0.0);
}

#[test]
fn eval_ner_scores_all_caps_sentences_apart() {
    let dir = tempfile::tempdir().unwrap();
    // A headline in capitals with three gold names, one of them ("VISITS" as an ORG) no
    // tagger finds, then an ordinary sentence whose two names are found.
    let conll = "-DOCSTART- -X- O O\n\nPUTIN NNP I-NP I-PER\nVISITS VBZ I-VP I-ORG\nMOSCOW NNP I-NP I-LOC\n. . O O\n\n\
                 Vladimir NNP I-NP I-PER\nPutin NNP I-NP I-PER\nvisited VBD I-VP O\nMoscow NNP I-NP I-LOC\n. . O O\n";
    let path = dir.path().join("caps.conll");
    std::fs::write(&path, conll).unwrap();
    let scores = eval_ner(dir.path(), &path);
    let recall = |value: &serde_json::Value| value["r"].as_f64().unwrap();
    // Capitals: 2 of 3; everywhere: 4 of 5.
    assert!(
        (recall(&scores["all_caps"]) - 200.0 / 3.0).abs() < 0.01,
        "{scores}"
    );
    assert!(
        (recall(&scores["mention"]["PER+LOC+ORG"]) - 80.0).abs() < 0.01,
        "{scores}"
    );
}

#[test]
fn cross_validation_scores_each_fold_with_a_model_that_did_not_see_it() {
    let dir = tempfile::tempdir().unwrap();
    // Six documents that teach the same two names; the held-out file has a name no fold
    // teaches in a place no fold shows, so its score differs from the others'.
    let document = "-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nKowalska NNP I-NP I-PER\nvisited VBD I-VP O\nGdansk NNP I-NP I-LOC\n. . O O\n\n";
    let train = dir.path().join("train.conll");
    std::fs::write(&train, document.repeat(6)).unwrap();
    let other = dir.path().join("other.conll");
    std::fs::write(
        &other,
        "-DOCSTART- -X- O O\n\nthe DT I-NP O\nzzq NN I-NP I-ORG\nvisited VBD I-VP O\nGdansk NNP I-NP I-LOC\n. . O O\n",
    )
    .unwrap();
    let scores = json(
        dir.path(),
        &[
            "eval",
            "ner-cv",
            "--train",
            train.to_str().unwrap(),
            "--folds",
            "3",
            "--fold",
            other.to_str().unwrap(),
            "--epochs",
            "3",
            "--members",
            "1",
            "--format",
            "json",
        ],
    );
    let folds = scores["folds"].as_array().unwrap();
    let names: Vec<&str> = folds.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "train.conll 1/3",
            "train.conll 2/3",
            "train.conll 3/3",
            "other.conll"
        ]
    );
    assert!(folds[..3].iter().all(|f| f["documents"] == 2));
    let f1 = |fold: &Value| fold["mention"]["PER+LOC+ORG"]["f1"].as_f64().unwrap();
    // Every training fold is learned from the others; the odd file's lower-case ORG is not.
    assert!(folds[..3].iter().all(|f| f1(f) == 100.0), "{scores}");
    assert!(f1(&folds[3]) < 100.0, "{scores}");
    let mean = scores["mean_f1"].as_f64().unwrap();
    let expected = (300.0 + f1(&folds[3])) / 4.0;
    assert!((mean - expected).abs() < 0.01, "{scores}");
    assert!(scores["spread"].as_f64().unwrap() > 0.0);
}

#[test]
fn train_ner_learns_from_every_training_file_it_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let first = "-DOCSTART- -X- O O\n\nVladimir NNP I-NP I-PER\nPutin NNP I-NP I-PER\nvisited VBD I-VP O\nMoscow NNP I-NP I-LOC\n. . O O\n";
    let second = "-DOCSTART- -X- O O\n\nThe DT I-NP O\nUnited NNP I-NP I-ORG\nNations NNP I-NP I-ORG\nmet VBD I-VP O\n. . O O\n\n\
                  -DOCSTART- -X- O O\n\nParis NNP I-NP I-LOC\nvoted VBD I-VP O\n. . O O\n";
    for (name, text) in [("a.conll", first), ("b.conll", second)] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let model = dir.path().join("tiny.model");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .current_dir(dir.path())
        .args(["train-ner", "--train", "a.conll", "--train", "b.conll"])
        .args(["--epochs", "1", "--members", "1", "--out"])
        .arg(&model)
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{log}");
    // One document from the first file, two from the second.
    assert!(log.contains("training on 3 documents"), "{log}");
    assert!(model.metadata().unwrap().len() > 0);
}
