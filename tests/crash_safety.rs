//! Killing the indexer (SIGKILL) at random points of index, --rebuild and incremental
//! runs: after every kill the index opens, the rerun completes, and no article is lost.
//! `NEWSDEX_CRASH_ROUNDS=200 cargo test --test crash_safety` for a longer run
//! (`NEWSDEX_CRASH_SEED` to replay one).

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::write_files;

/// xorshift64: deterministic per seed, no dependency.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// Writes article `n`: every third one a JSONL file of three records, the others text.
/// Returns how many articles it holds.
fn write_article(corpus: &Path, n: u64, version: u64) -> u64 {
    if n.is_multiple_of(3) {
        let lines: Vec<String> = (0..3)
            .map(|k| {
                format!(
                    "{{\"title\":\"Feed {n} item {k}\",\"body\":\"Traders in Frankfurt watched marker{n}x{k} and version{version}.\",\"date\":\"2024-03-0{}\"}}",
                    k + 1
                )
            })
            .collect();
        write_files(
            corpus,
            &[(&format!("feeds/{n:03}.jsonl"), lines.join("\n").as_bytes())],
        );
        3
    } else {
        let text = format!(
            "Story {n}\n\nAngela Merkel met officials in Berlin about marker{n}x0 (version{version}).\n\nThe talks went on.\n"
        );
        write_files(corpus, &[(&format!("text/{n:03}.txt"), text.as_bytes())]);
        1
    }
}

fn file_of(corpus: &Path, n: u64) -> std::path::PathBuf {
    if n.is_multiple_of(3) {
        corpus.join(format!("feeds/{n:03}.jsonl"))
    } else {
        corpus.join(format!("text/{n:03}.txt"))
    }
}

fn index_command(corpus: &Path, index: &Path, rebuild: bool) -> Command {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("newsdex"));
    command
        .args(["index", "--format", "json", "--corpus"])
        .arg(corpus)
        .arg("--index")
        .arg(index)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if rebuild {
        command.arg("--rebuild");
    }
    command
}

/// Articles the index holds, or None when no index was ever completed.
fn indexed_articles(index: &Path) -> Option<u64> {
    let output = Command::new(assert_cmd::cargo::cargo_bin("newsdex"))
        .args(["stats", "--format", "json", "--index"])
        .arg(index)
        .output()
        .unwrap();
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("no index at"),
            "the index does not open: {stderr}"
        );
        return None;
    }
    let stats: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    stats["articles"].as_u64()
}

fn search_total(index: &Path, query: &str) -> u64 {
    let output = Command::new(assert_cmd::cargo::cargo_bin("newsdex"))
        .args(["search", "--limit", "0", "--format", "json", "--index"])
        .arg(index)
        .arg("--")
        .arg(query)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let response: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    response["total"].as_u64().unwrap()
}

#[test]
fn killed_index_runs_never_lose_an_article() {
    let rounds: u64 = std::env::var("NEWSDEX_CRASH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(12);
    let seed: u64 = std::env::var("NEWSDEX_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9e37_79b9_7f4a_7c15);
    eprintln!("crash test: {rounds} rounds, NEWSDEX_CRASH_SEED={seed}");
    let mut random = Random(seed);
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news");
    let index = dir.path().join("idx");
    let mut articles: Vec<Option<u64>> = Vec::new(); // per file number: its article count
    for n in 0..60 {
        articles.push(Some(write_article(&corpus, n, 0)));
    }

    // How long a whole run takes here, so kills land inside runs.
    let started = Instant::now();
    let first = index_command(&corpus, &index, false).output().unwrap();
    assert!(first.status.success());
    let run_time = started.elapsed().max(Duration::from_millis(200));
    std::fs::remove_dir_all(&index).unwrap();

    for round in 0..rounds {
        // Change the corpus: edit, add or delete a few files (an incremental run's work).
        for _ in 0..random.below(4) {
            let n = random.below(articles.len() as u64 + 5);
            match random.below(3) {
                0 if (n as usize) < articles.len() && articles[n as usize].is_some() => {
                    std::fs::remove_file(file_of(&corpus, n)).unwrap();
                    articles[n as usize] = None;
                }
                _ => {
                    while articles.len() <= n as usize {
                        articles.push(None);
                    }
                    articles[n as usize] = Some(write_article(&corpus, n, round + 1));
                }
            }
        }
        let expected: u64 = articles.iter().flatten().sum();
        let rebuild = random.below(3) == 0;
        let delay = Duration::from_micros(random.below(run_time.as_micros() as u64 * 3 / 2));
        let mut child = index_command(&corpus, &index, rebuild).spawn().unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();

        // Whatever the kill interrupted, the index opens (or was never built)...
        let before = indexed_articles(&index);
        // ...and a rerun completes with every article in it.
        let rerun = index_command(&corpus, &index, false).output().unwrap();
        assert!(
            rerun.status.success(),
            "round {round} (seed {seed}, rebuild {rebuild}, killed after {delay:?}, index had {before:?}): {}",
            String::from_utf8_lossy(&rerun.stderr)
        );
        assert_eq!(
            indexed_articles(&index),
            Some(expected),
            "round {round} (seed {seed}, rebuild {rebuild}, killed after {delay:?})"
        );
    }
    // Each article still found by its own word.
    for (n, count) in articles.iter().enumerate() {
        if let Some(count) = count {
            let query = if n.is_multiple_of(3) {
                format!("marker{n}x0 OR marker{n}x1 OR marker{n}x2")
            } else {
                format!("marker{n}x0")
            };
            assert_eq!(search_total(&index, &query), *count, "file {n}");
        }
    }
    // No generation folders piling up.
    let generations = std::fs::read_dir(&index)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().starts_with("gen-"))
        })
        .count();
    assert!(generations <= 2, "{generations} generation folders left");
}

/// A JSONL feed of `records` records of about 1.4 KB, each with its own marker word and
/// the word `edition{edition}`.
fn write_feed(path: &Path, records: u64, edition: u64) {
    let filler = "Grain traders watched the markets closely as prices moved. ".repeat(20);
    let lines: Vec<String> = (0..records)
        .map(|n| {
            format!(
                "{{\"id\":\"r{n}\",\"title\":\"Report {n}\",\"body\":\"{filler}Record mark{n}z edition{edition}.\"}}"
            )
        })
        .collect();
    std::fs::write(path, lines.join("\n")).unwrap();
}

/// The partial files the last commit of the generation being written records, if any.
fn committed_partial_line(index: &Path) -> Option<u64> {
    for entry in std::fs::read_dir(index).ok()?.flatten() {
        let meta = entry.path().join("meta.json");
        let Ok(text) = std::fs::read_to_string(&meta) else {
            continue;
        };
        let Ok(meta) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let payload = meta["payload"].as_str().unwrap_or("{}");
        let payload: serde_json::Value = serde_json::from_str(payload).unwrap_or_default();
        if let Some(partial) = payload["partial_files"]
            .as_object()
            .and_then(|p| p.values().next())
        {
            return partial["line"].as_u64();
        }
    }
    None
}

/// Runs `index` over one large feed read in chunks, committing after every chunk, and
/// kills it (SIGKILL) as soon as a commit holds part of the feed. Returns the number of
/// records that commit holds.
fn kill_after_a_partial_commit(feed: &Path, index: &Path, rebuild: bool) -> u64 {
    let mut command = index_command(feed, index, rebuild);
    command.args([
        "--extract",
        "none",
        "--commit-every",
        "0",
        "--stream-above",
        "100000",
    ]);
    let mut child = command.spawn().unwrap();
    let started = Instant::now();
    let committed = loop {
        if let Some(line) = committed_partial_line(index) {
            break line - 1;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before any commit held part of the feed"
        );
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "no partial commit"
        );
        std::thread::sleep(Duration::from_millis(2));
    };
    child.kill().unwrap();
    let _ = child.wait();
    committed
}

fn finish_run(feed: &Path, index: &Path) -> serde_json::Value {
    let mut command = index_command(feed, index, false);
    command.args(["--extract", "none", "--stream-above", "100000"]);
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn a_run_killed_inside_a_huge_file_resumes_where_its_last_commit_left_off() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    let index = dir.path().join("idx");
    let records = 12_000;
    // ~17 MB: four chunks of ~4 MiB.
    write_feed(&feed, records, 1);

    // The first run ever, killed: the next one keeps what it committed.
    let committed = kill_after_a_partial_commit(&feed, &index, false);
    assert!(committed > 0 && committed < records, "{committed}");
    let report = finish_run(&feed, &index);
    assert_eq!(report["resumed"], committed, "{report}");
    assert_eq!(report["added"], records - committed, "{report}");
    assert_eq!(report["articles"], records, "{report}");
    assert_eq!(search_total(&index, "edition1"), records);
    for n in [0, committed - 1, committed, records - 1] {
        assert_eq!(search_total(&index, &format!("mark{n}z")), 1, "record {n}");
    }

    // An update of the same file, killed: the old records are replaced, none twice.
    write_feed(&feed, records, 2);
    let committed = kill_after_a_partial_commit(&feed, &index, false);
    let report = finish_run(&feed, &index);
    assert_eq!(report["resumed"], committed, "{report}");
    assert_eq!(report["articles"], records, "{report}");
    assert_eq!(search_total(&index, "edition2"), records);
    assert_eq!(search_total(&index, "edition1"), 0);

    // A rebuild, killed: the next rebuild goes on with it.
    let committed = kill_after_a_partial_commit(&feed, &index, true);
    let mut command = index_command(&feed, &index, true);
    command.args(["--extract", "none", "--stream-above", "100000"]);
    let output = command.output().unwrap();
    assert!(output.status.success());
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["resumed"], committed, "{report}");
    assert_eq!(report["articles"], records, "{report}");
    assert_eq!(search_total(&index, "edition2"), records);
}
