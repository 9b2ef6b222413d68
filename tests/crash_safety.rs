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
