//! Reuters-21578 benchmark: index time from scratch, in-process query latency (count +
//! top 10 + top-10 place counts, with and without a place filter), and whole-process time.
//!
//! Run with `cargo bench`; needs ../shared/corpora/reuters21578.

use std::path::Path;
use std::time::{Duration, Instant};

use newsdex::corpus::{Corpus, CorpusOptions};
use newsdex::index::{FacetKind, NewsIndex};
use newsdex::ingest::{IndexOptions, Indexer};
use newsdex::search::{SearchRequest, search};

// The allocator the newsdex binary uses, so in-process figures match it.
#[path = "common/queries.rs"]
mod queries;
use queries::QUERIES;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROUNDS: usize = 50;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn main() -> anyhow::Result<()> {
    let corpus_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/reuters21578");
    if !corpus_dir.is_dir() {
        println!("skipped: {} not found", corpus_dir.display());
        return Ok(());
    }
    let work = tempfile::tempdir()?;
    let index_dir = work.path().join("index");
    let corpus = Corpus::new(vec![corpus_dir.clone()], CorpusOptions::default());

    let mut index_times = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let report = Indexer::run(
            &index_dir,
            &corpus,
            &IndexOptions {
                rebuild: true,
                ..IndexOptions::default()
            },
        )?;
        index_times.push(started.elapsed());
        assert_eq!(report.articles, 21_578);
    }
    // The same corpus with only the metadata the files give (`--extract none`), in the
    // same run, as a ratio to full extraction.
    let mut metadata_only_times = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let scratch = tempfile::tempdir()?;
        Indexer::run(
            scratch.path(),
            &corpus,
            &IndexOptions {
                rebuild: true,
                extraction: newsdex::extract::Extraction::None,
                ..IndexOptions::default()
            },
        )?;
        metadata_only_times.push(started.elapsed());
    }
    let started = Instant::now();
    let report = Indexer::run(&index_dir, &corpus, &IndexOptions::default())?;
    let incremental = started.elapsed();
    println!(
        "index Reuters from scratch: median {:.0} ms of 3 runs (all: {:?} ms)",
        ms(median(index_times.clone())),
        index_times
            .iter()
            .map(|d| ms(*d).round())
            .collect::<Vec<_>>()
    );
    println!(
        "index Reuters with --extract none: median {:.0} ms of 3 runs ({:.2}x the full extraction's time)",
        ms(median(metadata_only_times.clone())),
        ms(median(metadata_only_times)) / ms(median(index_times.clone()))
    );
    println!(
        "incremental run with nothing changed: {:.0} ms ({} unchanged)",
        ms(incremental),
        report.unchanged
    );

    let index = NewsIndex::open(&index_dir)?;
    let measure = |request: &SearchRequest| -> anyhow::Result<Duration> {
        let mut samples = Vec::with_capacity(ROUNDS);
        for _ in 0..ROUNDS {
            let started = Instant::now();
            let response = search(&index, request)?;
            samples.push(started.elapsed());
            std::hint::black_box(response);
        }
        Ok(median(samples))
    };
    let base = |query: &str| SearchRequest {
        query: query.to_string(),
        limit: 10,
        facets: vec![FacetKind::Place],
        top: 10,
        ..SearchRequest::default()
    };
    let mut rows = Vec::new();
    for query in QUERIES {
        let plain = base(query);
        let filtered = SearchRequest {
            filters: vec![(FacetKind::Place, "United States".to_string())],
            ..base(query)
        };
        let bare = SearchRequest {
            facets: Vec::new(),
            limit: 10,
            ..base(query)
        };
        let counts_only = SearchRequest {
            limit: 0,
            ..base(query)
        };
        rows.push((
            query,
            measure(&bare)?,
            measure(&plain)?,
            measure(&filtered)?,
            measure(&counts_only)?,
        ));
    }
    println!(
        "\nin-process latency, median of {ROUNDS} rounds (count + top 10 + snippets; +places = top-10 place counts)"
    );
    println!(
        "{:<22} {:>10} {:>12} {:>18} {:>22}",
        "query", "no facets", "+places", "+places +US filter", "count+places, no hits"
    );
    for (query, bare, plain, filtered, counts) in &rows {
        println!(
            "{:<22} {:>8.3}ms {:>10.3}ms {:>16.3}ms {:>20.3}ms",
            query,
            ms(*bare),
            ms(*plain),
            ms(*filtered),
            ms(*counts)
        );
    }
    type Row<'a> = (&'a str, Duration, Duration, Duration, Duration);
    let column = |pick: fn(&Row) -> Duration| median(rows.iter().map(pick).collect());
    let (bare, plain, filtered) = (column(|r| r.1), column(|r| r.2), column(|r| r.3));
    println!(
        "median over the 20 queries: count + top-10 place counts, no hits fetched: {:.3} ms",
        ms(column(|r| r.4))
    );
    println!(
        "median over the 20 queries: no facets {:.3} ms, +places {:.3} ms ({:.2}x), +places +US filter {:.3} ms ({:.2}x)",
        ms(bare),
        ms(plain),
        ms(plain).max(1e-9) / ms(bare).max(1e-9),
        ms(filtered),
        ms(filtered) / ms(bare).max(1e-9)
    );

    let oil = SearchRequest {
        query: "oil".to_string(),
        limit: 0,
        ..SearchRequest::default()
    };
    let oil_timeline = SearchRequest {
        timeline: Some(newsdex::search::Granularity::Month),
        ..oil.clone()
    };
    let (count_only, with_timeline) = (measure(&oil)?, measure(&oil_timeline)?);
    println!(
        "timeline by month over all {} hits for \"oil\": {:.3} ms (count alone {:.3} ms, {:.2}x)",
        search(&index, &oil)?.total,
        ms(with_timeline),
        ms(count_only),
        ms(with_timeline) / ms(count_only).max(1e-9)
    );

    let mut bodies: Vec<String> = Vec::new();
    for parsed in corpus.parsed_files()? {
        bodies.extend(parsed?.articles.into_iter().map(|a| a.body));
    }
    let anchor = chrono::NaiveDate::from_ymd_opt(1987, 3, 1);
    let started = Instant::now();
    let mut found = 0;
    for body in &bodies {
        found += newsdex::extract::temporal::tag(body, anchor).len();
    }
    let tagging = started.elapsed();
    let megabytes = bodies.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!(
        "temporal tagging, one core: {} Reuters bodies ({megabytes:.1} MB) in {:.0} ms = {:.0} docs/s, {:.1} MB/s ({found} expressions)",
        bodies.len(),
        ms(tagging),
        bodies.len() as f64 / tagging.as_secs_f64(),
        megabytes / tagging.as_secs_f64()
    );

    let extractor = newsdex::extract::Extractor::load()?;
    let gazetteer = newsdex::extract::gazetteer::Gazetteer::load();
    let tokens: usize = bodies
        .iter()
        .map(|b| newsdex::extract::tokenize::tokenize(b).len())
        .sum();
    let started = Instant::now();
    for body in &bodies {
        let sentences = newsdex::extract::tokenize::sentences(body);
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|sentence| sentence.iter().map(|t| t.text).collect())
            .collect();
        std::hint::black_box(extractor.model().tag_document(&words, &gazetteer));
    }
    let tagging = started.elapsed();
    let started = Instant::now();
    for body in &bodies {
        let article = newsdex::article::Article {
            body: body.clone(),
            published: anchor,
            ..Default::default()
        };
        std::hint::black_box(extractor.extract(&article));
    }
    let full = started.elapsed();
    println!(
        "entity tagging, one core, tokenization included: {tokens} tokens in {:.0} ms = {:.0} tokens/s; whole extraction (entities + dates + canonical names) {:.0} tokens/s",
        ms(tagging),
        tokens as f64 / tagging.as_secs_f64(),
        tokens as f64 / full.as_secs_f64()
    );

    let binary = env!("CARGO_BIN_EXE_newsdex");
    let run = |args: &[&str]| -> anyhow::Result<Duration> {
        let mut samples = Vec::new();
        for _ in 0..20 {
            let started = Instant::now();
            let status = std::process::Command::new(binary)
                .args(args)
                .stdout(std::process::Stdio::null())
                .status()?;
            samples.push(started.elapsed());
            anyhow::ensure!(status.success(), "newsdex {args:?} failed");
        }
        Ok(median(samples))
    };
    let index_arg = index_dir.to_str().unwrap_or_default();
    let startup = run(&["--version"])?;
    let whole = run(&[
        "search",
        "crude oil",
        "--facets",
        "place",
        "--place",
        "United States",
        "--index",
        index_arg,
    ])?;
    println!(
        "\nwhole process: newsdex search (faceted, filtered) median {:.2} ms; process start-up baseline (--version) {:.2} ms; ratio {:.1}x",
        ms(whole),
        ms(startup),
        ms(whole) / ms(startup).max(1e-9)
    );
    Ok(())
}
