//! Helpers shared by the integration tests: fixture corpora and running the binary.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

/// The newsdex binary, run from `cwd`.
pub fn newsdex(cwd: &Path) -> Command {
    let mut command = Command::cargo_bin("newsdex").expect("binary built");
    command.current_dir(cwd).env("NO_COLOR", "1");
    command
}

/// Runs newsdex with `args` in `cwd`, expects success, parses stdout as JSON.
pub fn json(cwd: &Path, args: &[&str]) -> Value {
    let output = newsdex(cwd).args(args).output().expect("runs");
    assert!(
        output.status.success(),
        "newsdex {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON output")
}

/// Writes `files` (relative path, contents) under `root`.
pub fn write_files(root: &Path, files: &[(&str, &[u8])]) {
    for (name, contents) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, contents).expect("write fixture");
    }
}

/// A small corpus in every format, with a few bad inputs.
pub fn fixture_corpus(root: &Path) -> PathBuf {
    let corpus = root.join("news");
    write_files(
        &corpus,
        &[
            (
                "2025/ceasefire.txt",
                "Ceasefire talks stall in Istanbul\n\nUkrainian and Russian delegations met in Istanbul for ceasefire talks on Thursday.\n\nThe talks ended without an agreement on prisoners.\n\nPolitico".as_bytes(),
            ),
            (
                "2025/ceasefire.meta.json",
                br#"{"published":"2025-05-15","people":["Vladimir Putin","Volodymyr Zelenskyy"],"places":["Istanbul","Kyiv"],"orgs":["NATO"],"topics":["war"]}"#,
            ),
            (
                "wire.json",
                br#"[{"headline":"Voters head to the polls","body":"Millions of voters cast ballots in the presidential elections across the country.","date":"2024-11-05","source":"AP","people":["Kamala Harris"],"places":["United States"],"topics":["politics"]},
                     {"title":"Grain exports resume","text":"Grain exports from Odesa resumed after a pause in shipping.","published":"2023-07-20","publisher":"Reuters","places":["Ukraine"],"topics":["economy"]}]"#,
            ),
            (
                "feed.jsonl",
                "{\"title\":\"Oil prices climb\",\"body\":\"Crude oil prices climbed as OPEC kept output steady.\",\"date\":\"2025-01-10\",\"source\":\"Reuters\",\"places\":[\"Saudi Arabia\"],\"orgs\":[\"OPEC\"]}\n{\"title\": broken\n{\"title\":\"Kýiv celebrates\",\"body\":\"Residents of Kýiv celebrated as talks on a ceasefire began.\",\"date\":\"2025-05-20\",\"source\":\"Kyiv Independent\",\"people\":[\"Vladimir Putin\"],\"places\":[\"Kyiv\"]}\n".as_bytes(),
            ),
            ("empty.txt", b"   \n\n"),
            ("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            ("report.pdf", b"%PDF-1.4"),
            ("lost.meta.json", br#"{"source":"Nobody"}"#),
        ],
    );
    corpus
}

/// Builds the fixture corpus index under `root`; returns (corpus dir, index dir).
pub fn indexed_fixture(root: &Path) -> (PathBuf, PathBuf) {
    let corpus = fixture_corpus(root);
    let index = root.join("idx");
    index_json(root, &corpus, &index, &[]);
    (corpus, index)
}

/// `search --format json --index INDEX` plus `args`.
pub fn search(root: &Path, index: &Path, args: &[&str]) -> Value {
    let mut all = vec![
        "search",
        "--format",
        "json",
        "--index",
        index.to_str().expect("utf-8"),
    ];
    all.extend_from_slice(args);
    json(root, &all)
}

/// Titles of the hits, in order.
pub fn titles(response: &Value) -> Vec<String> {
    response["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|hit| hit["title"].as_str().unwrap_or("").to_string())
        .collect()
}

/// `facet` counts as (value, count) pairs.
pub fn facet(response: &Value, facet: &str) -> Vec<(String, u64)> {
    response["facets"][facet]
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .map(|v| {
            (
                v["value"].as_str().unwrap_or("").to_string(),
                v["count"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// The shared corpora folder, if present.
pub fn shared_corpora() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    path.is_dir().then_some(path)
}

/// `index --corpus CORPUS --index INDEX --format json` plus `extra`; the parsed summary.
pub fn index_json(cwd: &Path, corpus: &Path, index: &Path, extra: &[&str]) -> Value {
    let mut args = vec![
        "index",
        "--corpus",
        corpus.to_str().expect("utf-8"),
        "--index",
        index.to_str().expect("utf-8"),
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    json(cwd, &args)
}

/// `stats --format json --index INDEX`.
pub fn stats(cwd: &Path, index: &Path) -> Value {
    json(
        cwd,
        &[
            "stats",
            "--format",
            "json",
            "--index",
            index.to_str().expect("utf-8"),
        ],
    )
}

/// A running `newsdex serve`, stopped when dropped.
pub struct Server {
    child: Child,
    /// host:port it listens on.
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start_server(index: &Path) -> Server {
    start_server_with(index, &[])
}

/// `newsdex serve` on a free loopback port with `extra` flags.
pub fn start_server_with(index: &Path, extra: &[&str]) -> Server {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsdex"))
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--index",
            index.to_str().unwrap(),
        ])
        .args(extra)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("serve starts");
    let stderr = child.stderr.take().expect("stderr");
    let mut line = String::new();
    BufReader::new(stderr)
        .read_line(&mut line)
        .expect("announces its address");
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server { child, addr }
}

/// GET `path`; returns the status and the body.
pub fn get(addr: &str, path: &str) -> (u16, String) {
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let (status, _, body) = raw(addr, request.as_bytes());
    (status, body)
}

/// Sends `request` as is; returns the status, the header block (lower-cased) and the body.
pub fn raw(addr: &str, request: &[u8]) -> (u16, String, String) {
    let mut stream = TcpStream::connect(addr).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    // The server may answer and close before all of an oversized request is sent.
    let _ = stream.write_all(request);
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    (status, head.to_ascii_lowercase(), body.to_string())
}

pub fn get_json(addr: &str, path: &str) -> (u16, Value) {
    let (status, body) = get(addr, path);
    (
        status,
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}")),
    )
}

/// The periods of a response's timeline, in order.
pub fn timeline_periods(response: &Value) -> Vec<String> {
    response["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .map(|bucket| bucket["period"].as_str().unwrap_or("").to_string())
        .collect()
}
