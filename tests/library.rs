//! In-process tests of the library stages (no binary): the facet collector's ways of
//! reading values, the writer's manifest, the live index's generation swaps and the text
//! presentation. Each runs over a `TempIndex`: a corpus and an index in a temporary folder.

use std::path::PathBuf;

use newsdex::index::{IndexUpdate, PreparedArticle};
use newsdex::ingest::SkippedInput;
use newsdex::search::{self, FacetCount};
use newsdex::{
    Corpus, CorpusOptions, FacetKind, IndexOptions, IndexReport, Indexer, NewsIndex, SearchRequest,
    SharedIndex,
};

/// A corpus folder and an index folder inside one temporary directory.
struct TempIndex {
    _dir: tempfile::TempDir,
    corpus: PathBuf,
    root: PathBuf,
}

impl TempIndex {
    fn new() -> TempIndex {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir_all(&corpus).unwrap();
        let root = dir.path().join("index");
        TempIndex {
            _dir: dir,
            corpus,
            root,
        }
    }

    /// Writes a JSONL file into the corpus, one record per `(title, author, topic)`.
    fn add_records(&self, name: &str, records: &[(String, String, String)]) {
        let lines: Vec<String> = records
            .iter()
            .map(|(title, author, topic)| {
                serde_json::json!({
                    "title": title,
                    "body": "Markets rose in trading on Monday.",
                    "author": author,
                    "topics": [topic],
                    "published": "2025-05-15",
                })
                .to_string()
            })
            .collect();
        std::fs::write(self.corpus.join(name), lines.join("\n")).unwrap();
    }

    fn index(&self, rebuild: bool) -> IndexReport {
        let corpus = Corpus::new(vec![self.corpus.clone()], CorpusOptions::default());
        let options = IndexOptions {
            rebuild,
            ..IndexOptions::default()
        };
        Indexer::run(&self.root, &corpus, &options).unwrap()
    }

    fn open(&self) -> NewsIndex {
        NewsIndex::open(&self.root).unwrap()
    }
}

/// 100 records: authors "Writer 00".."Writer 79" (the first 20 twice), topics T0–T2.
fn hundred_records(prefix: &str) -> Vec<(String, String, String)> {
    (0..100)
        .map(|i| {
            (
                format!("{prefix} story {i}"),
                format!("Writer {:02}", i % 80),
                format!("T{}", i % 3),
            )
        })
        .collect()
}

fn facet_counts(index: &NewsIndex, kind: FacetKind, top: usize) -> Vec<(String, u64)> {
    let request = SearchRequest {
        facets: vec![kind],
        top,
        limit: 0,
        ..SearchRequest::default()
    };
    let response = search::search(index, &request).unwrap();
    response.facets[kind.name()]
        .iter()
        .map(|FacetCount { value, count }| (value.clone(), *count))
        .collect()
}

#[test]
fn facet_counts_are_the_same_whichever_way_the_collector_reads_the_values() {
    let temp = TempIndex::new();
    temp.add_records("a.jsonl", &hundred_records("A"));
    temp.index(false);
    let index = temp.open();
    assert_eq!(index.searcher().segment_readers().len(), 1, "one segment");

    // Fewer values wanted than there are: only the top ones are returned, exactly.
    let top3 = facet_counts(&index, FacetKind::Author, 3);
    assert_eq!(
        top3,
        [
            ("Writer 00".to_string(), 2),
            ("Writer 01".to_string(), 2),
            ("Writer 02".to_string(), 2)
        ]
    );
    // All 80 values (a segment counted a second time: its values read from memory).
    let all = facet_counts(&index, FacetKind::Author, 1000);
    assert_eq!(all.len(), 80);
    assert_eq!(all.iter().map(|(_, c)| c).sum::<u64>(), 100);
    assert_eq!(all[..3], top3[..]);
    assert_eq!(all[20], ("Writer 20".to_string(), 1));
    assert_eq!(
        facet_counts(&index, FacetKind::Topic, 10),
        [
            ("T0".to_string(), 34),
            ("T1".to_string(), 33),
            ("T2".to_string(), 33)
        ]
    );

    // A second file indexed by an update lands in a second segment: counts add up
    // across segments under one value, and the top is exact. The index open before the
    // update sees the same once reloaded (its cached ordinals are for one segment).
    let more: Vec<_> = (0..10)
        .map(|i| {
            (
                format!("B story {i}"),
                "Writer 79".to_string(),
                "T2".to_string(),
            )
        })
        .collect();
    temp.add_records("b.jsonl", &more);
    temp.index(false);
    index.reload().unwrap();
    for index in [index, temp.open()] {
        assert_eq!(index.searcher().segment_readers().len(), 2, "two segments");
        assert_eq!(
            facet_counts(&index, FacetKind::Author, 2),
            [("Writer 79".to_string(), 11), ("Writer 00".to_string(), 2)]
        );
        assert_eq!(
            facet_counts(&index, FacetKind::Topic, 1),
            [("T2".to_string(), 43)]
        );
        let all = facet_counts(&index, FacetKind::Author, 1000);
        assert_eq!(all.len(), 80);
        assert_eq!(all.iter().map(|(_, c)| c).sum::<u64>(), 110);
    }

    // A server reads the values into memory ahead of its first query: same counts.
    let index = temp.open();
    let in_memory = |index: &NewsIndex| {
        let searcher = index.searcher();
        let ordinals = index.facet_ordinals(&searcher, FacetKind::Topic).unwrap();
        (0..2).all(|segment| ordinals.doc_ordinals(segment).is_some())
    };
    assert!(!in_memory(&index));
    index.warm_facets(&[FacetKind::Topic]).unwrap();
    assert!(in_memory(&index));
    assert_eq!(
        facet_counts(&index, FacetKind::Topic, 3),
        [
            ("T2".to_string(), 43),
            ("T0".to_string(), 34),
            ("T1".to_string(), 33)
        ]
    );
}

/// One prepared article for the writer: a document with only what the manifest reads.
fn prepared(index: &IndexUpdate, path: &str, record: u64, body: &str) -> PreparedArticle {
    let article = newsdex::article::Article {
        id: newsdex::article::Article::make_id(path, record),
        path: path.to_string(),
        record,
        body: body.to_string(),
        ..Default::default()
    };
    let content_hash = article.content_hash();
    PreparedArticle {
        record,
        content_hash,
        signature: newsdex::index::near_duplicates::signature(body),
        own_group: record,
        document: newsdex::index::document::to_document(
            index.fields(),
            &article,
            &Default::default(),
            7,
            content_hash,
        ),
    }
}

#[test]
fn the_writer_knows_from_the_index_itself_which_records_changed() {
    let temp = TempIndex::new();
    let mut update = IndexUpdate::begin(&temp.root, false).unwrap();
    assert!(update.is_rebuild(), "no index yet: a new generation");
    let first = vec![
        prepared(&update, "a.jsonl", 0, "one"),
        prepared(&update, "a.jsonl", 1, "two"),
        prepared(&update, "a.jsonl", 2, "three"),
    ];
    let changes = update.replace_file("a.jsonl", first).unwrap();
    assert_eq!((changes.added, changes.updated, changes.removed), (3, 0, 0));
    update
        .replace_file("b.txt", vec![prepared(&update, "b.txt", 0, "b")])
        .unwrap();
    assert_eq!(update.finish().unwrap().articles, 4);

    // A second update reads the manifest back from the index's columns.
    let mut update = IndexUpdate::begin(&temp.root, false).unwrap();
    assert!(!update.is_rebuild());
    assert_eq!(update.file_hashes().get("a.jsonl"), Some(&7));
    assert_eq!(update.keep_file("b.txt"), 1);
    let second = vec![
        prepared(&update, "a.jsonl", 0, "one"),
        prepared(&update, "a.jsonl", 1, "two, edited"),
    ];
    let changes = update.replace_file("a.jsonl", second).unwrap();
    assert_eq!(
        (
            changes.added,
            changes.updated,
            changes.unchanged,
            changes.removed
        ),
        (0, 1, 1, 1)
    );
    // b.txt was seen; nothing else is gone.
    let seen = ["a.jsonl".to_string(), "b.txt".to_string()].into();
    assert_eq!(update.remove_unseen(&seen, |_| true), 0);
    assert_eq!(update.finish().unwrap().articles, 3);

    // A file not seen under the walked corpus is removed with its articles.
    let mut update = IndexUpdate::begin(&temp.root, false).unwrap();
    let seen = ["a.jsonl".to_string()].into();
    assert_eq!(update.remove_unseen(&seen, |path| path == "b.txt"), 1);
    assert_eq!(update.finish().unwrap().articles, 2);
}

#[test]
fn an_unfinished_rebuild_leaves_readers_the_old_generation() {
    let temp = TempIndex::new();
    temp.add_records("a.jsonl", &hundred_records("A"));
    temp.index(false);
    let before = temp.open().generation().to_path_buf();
    {
        let mut update = IndexUpdate::begin(&temp.root, true).unwrap();
        let new_generation = update.generation().to_path_buf();
        assert_ne!(new_generation, before);
        update
            .replace_file("x.txt", vec![prepared(&update, "x.txt", 0, "x")])
            .unwrap();
        // Dropped without finish: a failed rebuild.
        drop(update);
        assert!(
            !new_generation.exists(),
            "the half-built generation is removed"
        );
    }
    let index = temp.open();
    assert_eq!(index.generation(), before);
    assert_eq!(index.searcher().num_docs(), 100);
}

fn total(index: &NewsIndex) -> u64 {
    search::search(index, &SearchRequest::default())
        .unwrap()
        .total
}

#[test]
fn a_live_index_swaps_to_a_rebuilt_generation_and_keeps_serving_on_errors() {
    let temp = TempIndex::new();
    temp.add_records("a.jsonl", &hundred_records("A")[..10]);
    temp.index(false);
    let live = SharedIndex::open(&temp.root).unwrap();
    let held = live.get();
    assert_eq!(total(&held), 10);

    // An update in place: the same generation, reloaded.
    temp.add_records("b.jsonl", &hundred_records("B")[..5]);
    temp.index(false);
    assert_eq!(total(&live.get()), 10, "not seen before a refresh");
    live.refresh().unwrap();
    assert_eq!(live.get().generation(), held.generation());
    assert_eq!(total(&live.get()), 15);

    // A rebuild: a new generation replaces the old one; a request that holds the old
    // one finishes on it.
    std::fs::remove_file(temp.corpus.join("b.jsonl")).unwrap();
    temp.index(true);
    live.refresh().unwrap();
    assert_ne!(live.get().generation(), held.generation());
    assert_eq!(total(&live.get()), 10);
    assert_eq!(total(&held), 15);

    // `current` gone (a rebuild caught mid-switch): the refresh fails and says so, and
    // the index in use stays.
    let serving = live.get().generation().to_path_buf();
    std::fs::remove_file(temp.root.join("current")).unwrap();
    let error = live.refresh().unwrap_err();
    assert!(error.to_string().contains("no index at"), "{error}");
    assert_eq!(live.get().generation(), serving);
    assert_eq!(total(&live.get()), 10);
}

#[test]
fn search_text_numbers_hits_from_the_offset_and_lists_facets_and_paging() {
    let temp = TempIndex::new();
    temp.add_records("a.jsonl", &hundred_records("A")[..12]);
    temp.index(false);
    let request = SearchRequest {
        query: "markets".to_string(),
        facets: vec![FacetKind::Topic],
        limit: 2,
        offset: 4,
        ..SearchRequest::default()
    };
    let response = search::search(&temp.open(), &request).unwrap();
    let plain = newsdex::present::search_text(
        &response,
        &request,
        newsdex::present::Style { color: false },
    );
    assert!(
        plain.starts_with("12 articles match \"markets\""),
        "{plain}"
    );
    assert!(plain.contains("\n  5. A story"), "{plain}");
    assert!(plain.contains("\n  6. A story"), "{plain}");
    assert!(!plain.contains("\n  7. "), "{plain}");
    assert!(
        plain.contains("(showing 5-6; --offset 6 for more)"),
        "{plain}"
    );
    assert!(
        plain.contains("\ntopic\n  4  T0\n  4  T1\n  4  T2\n"),
        "{plain}"
    );
    assert!(plain.contains("Markets rose"), "{plain}");
    assert!(!plain.contains('\x1b'), "no colour when off");

    let colored =
        newsdex::present::search_text(&response, &request, newsdex::present::Style { color: true });
    assert!(colored.contains("\x1b[1;31mMarkets\x1b[0m"), "{colored}");
}

#[test]
fn search_text_lists_facets_in_the_order_asked_and_quotes_the_query_once() {
    let temp = TempIndex::new();
    temp.add_records("a.jsonl", &hundred_records("A")[..3]);
    temp.index(false);
    let request = SearchRequest {
        query: "\"markets rose\"".to_string(),
        facets: vec![FacetKind::Year, FacetKind::Topic, FacetKind::Source],
        limit: 1,
        ..SearchRequest::default()
    };
    let response = search::search(&temp.open(), &request).unwrap();
    let text = newsdex::present::search_text(
        &response,
        &request,
        newsdex::present::Style { color: false },
    );
    assert!(
        text.starts_with("3 articles match \"markets rose\" ("),
        "{text}"
    );
    let at = |heading: &str| text.find(&format!("\n{heading}\n")).expect(heading);
    assert!(
        at("year") < at("topic") && at("topic") < at("source"),
        "{text}"
    );
}

#[test]
fn the_index_summary_counts_and_names_what_was_skipped() {
    let report = IndexReport {
        added: 3,
        updated: 1,
        removed: 2,
        unchanged: 5,
        skipped: vec![SkippedInput {
            path: "bad.json".to_string(),
            error: "line 4: expected a value".to_string(),
        }],
        articles: 9,
        rebuilt: false,
        took_ms: 1500.0,
        ..IndexReport::default()
    };
    let text = newsdex::present::report_text(&report);
    assert_eq!(
        text,
        "updated the index: 3 added, 1 updated, 2 removed, 5 unchanged, 1 skipped; 9 articles in the index (1.50 s)\n  skipped bad.json: line 4: expected a value\n"
    );
    // The default corpus is one article.
    let one = IndexReport {
        added: 1,
        articles: 1,
        rebuilt: true,
        ..IndexReport::default()
    };
    assert!(
        newsdex::present::report_text(&one).contains("; 1 article in the index ("),
        "{}",
        newsdex::present::report_text(&one)
    );
}

/// `n` JSONL records of about 1.6 KB each; record `changed` says something else.
fn big_feed(n: usize, changed: Option<usize>) -> String {
    let filler = "Traders said the market was calm and volumes were thin. ".repeat(25);
    (0..n)
        .map(|i| {
            let lead = if Some(i) == changed {
                "Officials in Berlin met on Tuesday."
            } else {
                "Officials in Paris met on Monday."
            };
            serde_json::json!({
                "id": format!("r{i}"),
                "title": format!("Story {i}"),
                "body": format!("{lead} {filler}"),
                "topics": [format!("T{}", i % 3)],
                "people": [format!("Ann Writer{}", i % 7)],
                "published": "2024-03-01",
            })
            .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn index_with(temp: &TempIndex, stream_above_bytes: u64) -> IndexReport {
    let corpus = Corpus::new(vec![temp.corpus.clone()], CorpusOptions::default());
    let options = IndexOptions {
        stream_above_bytes: Some(stream_above_bytes),
        ..IndexOptions::default()
    };
    Indexer::run(&temp.root, &corpus, &options).unwrap()
}

#[test]
fn a_jsonl_file_read_in_chunks_indexes_as_if_read_whole_and_updates_by_record() {
    // 3,000 records of ~1.6 KB: more than one 4 MiB chunk when read in chunks.
    let feed = big_feed(3000, None);
    assert!(feed.len() > 4_300_000);
    let (whole, chunked) = (TempIndex::new(), TempIndex::new());
    for temp in [&whole, &chunked] {
        std::fs::write(temp.corpus.join("feed.jsonl"), &feed).unwrap();
    }
    let report_whole = index_with(&whole, u64::MAX);
    let report_chunked = index_with(&chunked, 0);
    assert_eq!((report_whole.added, report_chunked.added), (3000, 3000));
    assert!(
        report_chunked.skipped.is_empty(),
        "{:?}",
        report_chunked.skipped
    );
    let (whole_index, chunked_index) = (whole.open(), chunked.open());
    for kind in [FacetKind::Topic, FacetKind::Person, FacetKind::Place] {
        assert_eq!(
            facet_counts(&whole_index, kind, 20),
            facet_counts(&chunked_index, kind, 20),
            "{kind:?}"
        );
    }
    let paris = SearchRequest {
        query: "paris monday".into(),
        ..SearchRequest::default()
    };
    assert_eq!(search::search(&chunked_index, &paris).unwrap().total, 3000);

    // One record edited, the last 100 gone, one line broken: counted per record.
    let mut edited = big_feed(2900, Some(10));
    edited.push_str("\n{broken\n");
    std::fs::write(chunked.corpus.join("feed.jsonl"), &edited).unwrap();
    let report = index_with(&chunked, 0);
    assert_eq!(
        (
            report.added,
            report.updated,
            report.unchanged,
            report.removed
        ),
        (0, 1, 2899, 100),
        "{report:?}"
    );
    assert_eq!(report.skipped.len(), 1, "{:?}", report.skipped);
    assert!(
        report.skipped[0].error.contains("line 2901"),
        "{:?}",
        report.skipped
    );
    let index = chunked.open();
    assert_eq!(index.searcher().num_docs(), 2900);
    let berlin = SearchRequest {
        query: "berlin tuesday".into(),
        ..SearchRequest::default()
    };
    let hits = search::search(&index, &berlin).unwrap();
    assert_eq!(hits.total, 1);
    assert_eq!(hits.hits[0].source_id.as_deref(), Some("r10"));
    // Nothing changed: the file is not read again.
    assert_eq!(index_with(&chunked, 0).unchanged, 2900);
}

#[test]
fn csv_rows_quote_what_must_be_quoted_and_defuse_formulas() {
    let hit = newsdex::search::Hit {
        id: "abc".to_string(),
        score: None,
        title: Some("Oil, gas and \"shale\"".to_string()),
        source: Some("=HYPERLINK(\"http://x\")".to_string()),
        published: Some("2025-05-15".to_string()),
        source_id: None,
        url: Some("https://example.com/a".to_string()),
        path: "a.txt".to_string(),
        snippet: String::new(),
        people: vec!["Ann Lee".to_string(), "Bo Li".to_string()],
        places: vec!["Kyiv".to_string()],
        orgs: Vec::new(),
        topics: vec!["line\nbreak".to_string()],
        authors: Vec::new(),
        similar: 0,
        highlighted: Default::default(),
    };
    assert_eq!(
        newsdex::present::csv_row(&hit),
        "abc,2025-05-15,\"'=HYPERLINK(\"\"http://x\"\")\",\"Oil, gas and \"\"shale\"\"\",\
         https://example.com/a,Ann Lee; Bo Li,Kyiv,,\"line\nbreak\"\r\n"
    );
}

#[test]
fn atom_feeds_escape_markup_and_leave_out_what_xml_cannot_carry() {
    let hit = newsdex::search::Hit {
        id: "a b".to_string(),
        score: None,
        title: Some("AT&T <b>wins</b>\u{0c}".to_string()),
        source: Some("Dow & Jones".to_string()),
        published: None,
        source_id: None,
        url: None,
        path: "a.txt".to_string(),
        snippet: "<mark>AT&amp;T</mark>".to_string(),
        people: Vec::new(),
        places: Vec::new(),
        orgs: Vec::new(),
        topics: vec!["m&a".to_string()],
        authors: Vec::new(),
        similar: 0,
        highlighted: Default::default(),
    };
    let response = newsdex::search::SearchResponse {
        query: "\"at&t\"".to_string(),
        total: 1,
        took_ms: 0.0,
        hits: vec![hit],
        facets: Default::default(),
        timeline: None,
    };
    let links = newsdex::present::FeedLinks {
        feed_url: "http://h/api/search.atom?q=%22at%26t%22".to_string(),
        page_url: "http://h/?q=%22at%26t%22".to_string(),
        page_base: "http://h/".to_string(),
    };
    let xml = newsdex::present::atom_feed(&response, &links);
    let feed =
        atom_syndication::Feed::read_from(xml.as_bytes()).unwrap_or_else(|e| panic!("{e}: {xml}"));
    assert_eq!(feed.title().as_str(), "newsdex: \"at&t\"");
    let entry = &feed.entries()[0];
    assert_eq!(entry.title().as_str(), "AT&T <b>wins</b>");
    assert_eq!(entry.links()[0].href(), "http://h/?article=a+b");
    assert_eq!(entry.summary().unwrap().as_str(), "<mark>AT&amp;T</mark>");
    assert_eq!(entry.authors()[0].name(), "Dow & Jones");
    assert_eq!(entry.categories()[0].term(), "m&a");
    // Undated: the epoch, so polling sees no change.
    assert_eq!(entry.updated().to_rfc3339(), "1970-01-01T00:00:00+00:00");
}
