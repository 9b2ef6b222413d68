//! The bodies of the fuzz targets (`fuzz/fuzz_targets/`), here so that the regression test
//! (`tests/fuzz_regressions.rs`) replays saved inputs through exactly the same code.
//! Each takes arbitrary bytes and must return without panicking, whatever they are.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::article::Article;
use crate::corpus::{self, Corpus, CorpusOptions, LoadedFile};
use crate::extract::Extractor;
use crate::index::NewsIndex;
use crate::ingest::{IndexOptions, Indexer};
use crate::search::{self, SearchRequest};

/// A fuzz target: takes any bytes, must not panic.
pub type Target = fn(&[u8]);

/// The fuzz targets by name, as `fuzz/fuzz_targets/NAME.rs` and `fuzz/regressions/NAME/`.
pub const TARGETS: [(&str, Target); 9] = [
    ("read_text", read_text),
    ("read_json", read_json),
    ("read_jsonl", read_jsonl),
    ("read_sgml", read_sgml),
    ("read_sidecar", read_sidecar),
    ("query", query),
    ("url_params", url_params),
    ("extract", extract),
    ("decode", decode),
];

fn read_as(path: &str, data: &[u8], sidecar: Option<Vec<u8>>) {
    let loaded = LoadedFile::from_bytes(path, data.to_vec(), sidecar);
    if let Ok(parsed) = corpus::parse(loaded) {
        for article in &parsed.articles {
            // What the index writer relies on.
            assert!(
                article
                    .published
                    .is_none_or(crate::dates::is_plausible_publication)
            );
            assert!(!article.id.is_empty());
        }
    }
}

/// A `.txt` file.
pub fn read_text(data: &[u8]) {
    read_as("/fuzz/story.txt", data, None);
}

/// A `.json` file.
pub fn read_json(data: &[u8]) {
    read_as("/fuzz/story.json", data, None);
}

/// A `.jsonl` file.
pub fn read_jsonl(data: &[u8]) {
    read_as("/fuzz/feed.jsonl", data, None);
}

/// A Reuters `.sgm` file.
pub fn read_sgml(data: &[u8]) {
    read_as("/fuzz/reut2-000.sgm", data, None);
}

/// A text file with arbitrary sidecar metadata.
pub fn read_sidecar(data: &[u8]) {
    read_as(
        "/fuzz/story.txt",
        b"A title\n\nSome text about Kyiv.\n",
        Some(data.to_vec()),
    );
}

/// Text decoding alone.
pub fn decode(data: &[u8]) {
    if let Ok(text) = corpus::decode(data) {
        assert!(!text.contains('\r'));
    }
}

/// Entity and date extraction on arbitrary text.
pub fn extract(data: &[u8]) {
    static EXTRACTOR: OnceLock<Option<Extractor>> = OnceLock::new();
    let Some(extractor) = EXTRACTOR.get_or_init(|| Extractor::load().ok()) else {
        return;
    };
    let body = String::from_utf8_lossy(data).into_owned();
    let article = Article {
        body,
        published: chrono::NaiveDate::from_ymd_opt(2025, 5, 15),
        ..Article::default()
    };
    let entities = extractor.extract(&article);
    for entity in &entities.entities {
        for mention in &entity.mentions {
            assert!(article.body.get(mention.start..mention.end).is_some());
        }
    }
}

/// A small index built once per process, for the search targets.
fn fixture_index() -> Option<&'static NewsIndex> {
    static INDEX: OnceLock<Option<(PathBuf, NewsIndex)>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let root = std::env::temp_dir().join(format!("newsdex-fuzz-{}", std::process::id()));
            let corpus = root.join("corpus");
            std::fs::create_dir_all(&corpus).ok()?;
            let files: [(&str, &str); 3] = [
                (
                    "2025-05-15-talks.txt",
                    "Ceasefire talks in Istanbul\n\nVladimir Putin and Volodymyr Zelenskyy sent delegations to Istanbul on Thursday.\n",
                ),
                (
                    "feed.jsonl",
                    "{\"title\":\"Oil prices climb\",\"body\":\"Crude oil rose as OPEC kept output steady.\",\"date\":\"2025-01-10\",\"source\":\"Reuters\",\"places\":[\"Saudi Arabia\"]}\n",
                ),
                ("old.txt", "Grain exports\n\nGrain left Odesa in March 1987.\n"),
            ];
            for (name, text) in files {
                std::fs::write(corpus.join(name), text).ok()?;
            }
            let index_dir = root.join("index");
            let corpus = Corpus::new(vec![corpus], CorpusOptions::default());
            Indexer::run(&index_dir, &corpus, &IndexOptions::default()).ok()?;
            let index = NewsIndex::open(&index_dir).ok()?;
            Some((root, index))
        })
        .as_ref()
        .map(|(_, index)| index)
}

fn run_search(request: &SearchRequest) {
    if let Some(index) = fixture_index() {
        match search::search(index, request) {
            Ok(response) => assert!(response.hits.len() <= request.limit),
            // Usage errors are fine; anything else is a bug in how the query was built.
            Err(search::SearchError::Query { .. }) => {}
            Err(other) => panic!("search failed: {other}"),
        }
    }
}

/// Query text, with the facets and a timeline counted.
pub fn query(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    run_search(&SearchRequest {
        query: text.into_owned(),
        facets: crate::index::FacetKind::ALL.to_vec(),
        timeline: Some(search::Granularity::Day),
        ..SearchRequest::default()
    });
}

/// A URL query string as the server receives it.
pub fn url_params(data: &[u8]) {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(data).into_owned().collect();
    if let Ok(request) = crate::server::search_request_from_params(&pairs) {
        run_search(&request);
    }
}

/// Replays every saved input under `folder/NAME/` through target NAME; returns how many.
pub fn replay_regressions(folder: &Path) -> usize {
    let mut replayed = 0;
    for (name, target) in TARGETS {
        let Ok(entries) = std::fs::read_dir(folder.join(name)) else {
            continue;
        };
        for entry in entries.flatten() {
            if let Ok(data) = std::fs::read(entry.path()) {
                target(&data);
                replayed += 1;
            }
        }
    }
    replayed
}
