//! Scale benchmark: a synthetic corpus from `../shared/tools/make_scale.py` (100,000
//! articles by default; `NEWSDEX_SCALE_N=1000000` for a million), indexed by the newsdex
//! binary with full extraction and with `--extract none`, then the 20 queries of the
//! Reuters bench in-process (count + top 10 read from the store + top-10 place counts,
//! unfiltered and filtered to one place; median of per-query medians and pooled p99 over
//! 10 rounds; on the full index and on the `--extract none` one, whose place values are
//! the peer's), `newsdex search` as a fresh process; and the same for tantivy-py (2
//! threads, no extraction) when it is installed (`pip install tantivy==0.27.0`), in the
//! same run, as ratios.
//!
//! Run with `cargo bench --bench scale`. The corpus is generated under `target/scale/`
//! once and never committed.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use newsdex::{FacetKind, NewsIndex, SearchRequest};

#[path = "common/queries.rs"]
mod queries;
use queries::QUERIES;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROUNDS: usize = 10;

/// Wall time, CPU share and peak memory of one indexing process.
struct IndexRun {
    seconds: f64,
    cpu_percent: f64,
    peak_kb: u64,
    /// Largest anonymous memory (heap) seen, sampled: the peak above also counts the index
    /// files tantivy maps while merging, which the kernel can drop at will.
    peak_anon_kb: u64,
}

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generator = root.join("../shared/tools/make_scale.py");
    if !generator.is_file() {
        println!("skipped: {} not found", generator.display());
        return Ok(());
    }
    let n: u64 = std::env::var("NEWSDEX_SCALE_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let work = root.join("target/scale");
    std::fs::create_dir_all(&work)?;
    let corpus = work.join(format!("scale-{n}.jsonl"));
    if !corpus.is_file() {
        println!("generating {} ({n} articles)", corpus.display());
        let status = Command::new("python3")
            .arg(&generator)
            .args(["--n", &n.to_string(), "--seed", "42", "--quiet", "--out"])
            .arg(&corpus)
            .status()?;
        anyhow::ensure!(status.success(), "make_scale.py failed");
    }
    let megabytes = std::fs::metadata(&corpus)?.len() as f64 / 1e6;
    println!("corpus: {n} articles, {megabytes:.0} MB, one JSONL file");

    let full_index = work.join(format!("index-{n}"));
    let full = index(&corpus, &full_index, &[])?;
    let bare_index = work.join(format!("index-{n}-none"));
    let bare = index(&corpus, &bare_index, &["--extract", "none"])?;
    for (name, run, dir) in [
        ("full extraction", &full, &full_index),
        ("--extract none", &bare, &bare_index),
    ] {
        println!(
            "newsdex index, {name}: {:.1} s, {:.0}% CPU, peak {:.0} MB (heap {:.0} MB, the rest mapped index files), index {:.0} MB",
            run.seconds,
            run.cpu_percent,
            run.peak_kb as f64 / 1024.0,
            run.peak_anon_kb as f64 / 1024.0,
            folder_bytes(dir) as f64 / 1e6
        );
    }

    // A fresh reader's first query reads the facet dictionaries; a server reads the
    // values into memory when it opens the index (warm_facets), which the rounds below
    // measure after.
    let index = NewsIndex::open(&full_index)?;
    let started = Instant::now();
    newsdex::search(&index, &place_request(QUERIES[0], None))?;
    let cold = started.elapsed().as_secs_f64() * 1000.0;
    let started = Instant::now();
    index.warm_facets(&[FacetKind::Place])?;
    println!(
        "newsdex first query on a cold index: {cold:.1} ms; place values read into memory (as the server does when it opens an index) in {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let full_queries = QueryFigures::measure(&index, "full extraction")?;
    // The index with the same place values as the peer's (those the records give).
    let bare_opened = NewsIndex::open(&bare_index)?;
    bare_opened.warm_facets(&[FacetKind::Place])?;
    let bare_queries = QueryFigures::measure(&bare_opened, "--extract none")?;
    let fresh = fresh_process_latency(&full_index)?;
    println!(
        "newsdex search as a fresh process (full extraction index, top 10, no facets): median {fresh:.1} ms"
    );

    let peer_script = root.join("benches/scale_peer.py");
    let has_peer = Command::new("python3")
        .args(["-c", "import tantivy"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_peer {
        println!("tantivy-py not installed (pip install tantivy==0.27.0): no peer figures");
        return Ok(());
    }
    let output = Command::new("python3")
        .arg(&peer_script)
        .arg(&corpus)
        .arg(work.join(format!("peer-{n}")))
        .arg("usa")
        .args(QUERIES)
        .output()?;
    anyhow::ensure!(
        output.status.success(),
        "scale_peer.py failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let peer: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let number = |key: &str| peer[key].as_f64().unwrap_or(f64::NAN);
    println!(
        "tantivy-py 0.27 (2 threads, no extraction): index {:.1} s, {:.0}% CPU, peak {:.0} MB, index {:.0} MB; queries median {:.2} ms, p99 {:.2} ms, filtered median {:.2} ms",
        number("index_s"),
        number("cpu_percent"),
        number("peak_rss_kb") / 1024.0,
        number("index_bytes") / 1e6,
        number("median_ms"),
        number("p99_ms"),
        number("filtered_median_ms")
    );
    println!(
        "ratios newsdex / tantivy-py: index time full {:.2}x, --extract none {:.2}x; queries on the full index: median {:.2}x, p99 {:.2}x, filtered median {:.2}x; on the --extract none index: median {:.2}x, p99 {:.2}x, filtered median {:.2}x",
        full.seconds / number("index_s"),
        bare.seconds / number("index_s"),
        full_queries.median / number("median_ms"),
        full_queries.p99 / number("p99_ms"),
        full_queries.filtered / number("filtered_median_ms"),
        bare_queries.median / number("median_ms"),
        bare_queries.p99 / number("p99_ms"),
        bare_queries.filtered / number("filtered_median_ms")
    );
    // The peer's "default" tokenizer does not stem; newsdex's analyzer does (and folds
    // accents): the same peer with English stemming does the same text work.
    let stemmed = Command::new("python3")
        .arg(&peer_script)
        .arg(&corpus)
        .arg(work.join(format!("peer-stem-{n}")))
        .arg("usa")
        .env("PEER_TOKENIZER", "en_stem")
        .env("PEER_INDEX_ONLY", "1")
        .output()?;
    anyhow::ensure!(
        stemmed.status.success(),
        "scale_peer.py (en_stem) failed: {}",
        String::from_utf8_lossy(&stemmed.stderr)
    );
    let stemmed: serde_json::Value = serde_json::from_slice(&stemmed.stdout)?;
    let stemmed_seconds = stemmed["index_s"].as_f64().unwrap_or(f64::NAN);
    println!(
        "tantivy-py 0.27 with English stemming (en_stem, as newsdex's analyzer stems): index {stemmed_seconds:.1} s; newsdex --extract none / it: {:.2}x",
        bare.seconds / stemmed_seconds
    );
    Ok(())
}

/// Indexes `corpus` from scratch with the newsdex binary, timed by `/usr/bin/time` when
/// there is one (for CPU and peak memory of that process alone).
fn index(corpus: &Path, index: &Path, extra: &[&str]) -> anyhow::Result<IndexRun> {
    let _ = std::fs::remove_dir_all(index);
    let binary = env!("CARGO_BIN_EXE_newsdex");
    let time = Path::new("/usr/bin/time");
    let mut command = if time.is_file() {
        let mut command = Command::new(time);
        command.args(["-f", "%e %P %M", binary]);
        command
    } else {
        Command::new(binary)
    };
    command
        .arg("index")
        .arg("--corpus")
        .arg(corpus)
        .arg("--index")
        .arg(index)
        .args(extra);
    let started = Instant::now();
    let child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let sampler = sample_anon_peak(child.id());
    let output = child.wait_with_output()?;
    let peak_anon_kb = sampler.join().unwrap_or(0);
    let seconds = started.elapsed().as_secs_f64();
    anyhow::ensure!(
        output.status.success(),
        "newsdex index failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // /usr/bin/time's line is the last one on standard error: "12.34 187% 345678".
    let stderr = String::from_utf8_lossy(&output.stderr);
    let fields: Vec<&str> = stderr
        .lines()
        .last()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    Ok(IndexRun {
        seconds,
        cpu_percent: fields
            .get(1)
            .and_then(|p| p.trim_end_matches('%').parse().ok())
            .unwrap_or(f64::NAN),
        peak_kb: fields.get(2).and_then(|k| k.parse().ok()).unwrap_or(0),
        peak_anon_kb,
    })
}

/// Samples, every 100 ms until the process `pid` ends, the largest RssAnon of the newsdex
/// process: `pid` itself, or its child when `pid` is /usr/bin/time.
fn sample_anon_peak(pid: u32) -> std::thread::JoinHandle<u64> {
    std::thread::spawn(move || {
        let anon_kb = |pid: &str| -> Option<u64> {
            let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
            let line = status.lines().find(|l| l.starts_with("RssAnon:"))?;
            line.split_whitespace().nth(1)?.parse().ok()
        };
        let mut peak = 0;
        while Path::new(&format!("/proc/{pid}")).exists() {
            let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
                .unwrap_or_default();
            let target = children.split_whitespace().next().map(str::to_string);
            let measured = anon_kb(target.as_deref().unwrap_or(&pid.to_string()));
            peak = peak.max(measured.unwrap_or(0));
            std::thread::sleep(Duration::from_millis(100));
        }
        peak
    })
}

/// Query latency on one index, in milliseconds: median and p99 unfiltered, median
/// filtered to one place.
struct QueryFigures {
    median: f64,
    p99: f64,
    filtered: f64,
}

impl QueryFigures {
    /// Measures and prints the figures of `index` (called `name`).
    fn measure(index: &NewsIndex, name: &str) -> anyhow::Result<QueryFigures> {
        let (median, p99) = latency(index, None)?;
        let (filtered, _) = latency(index, Some("United States"))?;
        println!(
            "newsdex queries, {name} ({} segments): median {median:.2} ms, p99 {p99:.2} ms, filtered to one place: median {filtered:.2} ms",
            index.searcher().segment_readers().len()
        );
        Ok(QueryFigures {
            median,
            p99,
            filtered,
        })
    }
}

/// The peers' query: top 10 hits and the top 10 places, optionally filtered to a place.
fn place_request(query: &str, place: Option<&str>) -> SearchRequest {
    SearchRequest {
        query: query.to_string(),
        limit: 10,
        facets: vec![FacetKind::Place],
        top: 10,
        filters: place
            .map(|p| vec![(FacetKind::Place, p.to_string())])
            .unwrap_or_default(),
        ..SearchRequest::default()
    }
}

/// Median of the per-query medians and the pooled 99th percentile, in milliseconds.
fn latency(index: &NewsIndex, place: Option<&str>) -> anyhow::Result<(f64, f64)> {
    let mut medians = Vec::new();
    let mut pooled = Vec::new();
    for query in QUERIES {
        let request = place_request(query, place);
        let mut samples: Vec<Duration> = Vec::with_capacity(ROUNDS);
        for _ in 0..ROUNDS {
            let started = Instant::now();
            std::hint::black_box(newsdex::search(index, &request)?);
            samples.push(started.elapsed());
        }
        let ms: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
        medians.push(median(ms.clone()));
        pooled.extend(ms);
    }
    pooled.sort_by(f64::total_cmp);
    let p99 = pooled[(pooled.len() * 99 / 100).saturating_sub(1)];
    Ok((median(medians), p99))
}

/// The median as Python's `statistics.median` takes it (the peer's script): of an even
/// count, the mean of the middle two.
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[middle - 1] + values[middle]) / 2.0
    } else {
        values[middle]
    }
}

/// Median over the 20 queries of the median of 5 runs of `newsdex search QUERY` as a new
/// process each time (what a shell user waits for), in milliseconds.
fn fresh_process_latency(index: &Path) -> anyhow::Result<f64> {
    let binary = env!("CARGO_BIN_EXE_newsdex");
    let mut medians = Vec::new();
    for query in QUERIES {
        let mut samples = Vec::new();
        for _ in 0..5 {
            let started = Instant::now();
            let output = Command::new(binary)
                .arg("search")
                .arg("--index")
                .arg(index)
                .args(["--limit", "10", "--", query])
                .output()?;
            samples.push(started.elapsed().as_secs_f64() * 1000.0);
            anyhow::ensure!(
                output.status.success(),
                "newsdex search failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        medians.push(median(samples));
    }
    Ok(median(medians))
}

fn folder_bytes(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.metadata().ok())
        .filter(|meta| meta.is_file())
        .map(|meta| meta.len())
        .sum()
}
