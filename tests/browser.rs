//! The web page in headless Chromium (e2e/search.test.mjs, playwright-core), against a real
//! server on a fixture index. Skipped with a message where Chromium, Node or the e2e
//! packages are missing (`.ci/run` installs them).

mod common;

use std::path::Path;

#[test]
fn web_page_works_in_a_real_browser() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium = Path::new("/usr/bin/chromium");
    let playwright = repo.join("e2e/node_modules/playwright-core");
    let node = std::process::Command::new("node").arg("--version").output();
    if !chromium.exists() || !playwright.exists() || node.is_err() {
        eprintln!(
            "skipped: needs /usr/bin/chromium, node and e2e/node_modules (apt-get install chromium; npm ci --prefix e2e)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let corpus = common::fixture_corpus(dir.path());
    common::write_files(
        &corpus,
        &[
            ("markup.txt", b"A tricky headline\n\nThe text says <script>alert(1)</script> and means no harm.\n\nEnd."),
            // A wire story sent twice, the second time with its headline corrected.
            ("wire/tin.txt", TIN.replace("{headline}", "Tin council seeks new talks").as_bytes()),
            ("wire/tin-again.txt", TIN.replace("{headline}", "Tin council seeks fresh talks").as_bytes()),
            // More people than a facet shows at first.
            ("roster.json", br#"{"title":"Cabinet named","body":"The new cabinet was named.","date":"2024-01-02","people":["Ann Abel","Ben Bell","Cy Cole","Di Dunn","Ed Eck","Flo Fay","Gus Gale","Hal Hart","Ida Ito","Jo Jay","Kay Kerr","Lu Lind"]}"#.as_slice()),
        ],
    );
    let index = dir.path().join("idx");
    common::index_json(dir.path(), &corpus, &index, &[]);
    let server = common::start_server(&index);
    let artifacts = repo.join("target/e2e");
    let output = std::process::Command::new("node")
        .args(["--test", "e2e/search.test.mjs"])
        .current_dir(repo)
        .env("NEWSDEX_URL", format!("http://{}", server.addr))
        .env("ARTIFACTS", &artifacts)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "browser test failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(artifacts.join("results.png").exists(), "screenshot saved");
}

const TIN: &str = "{headline}\n\nLONDON, March 3 - The International Tin Council will ask its \
creditors for new talks on the 900 mln stg it owes banks and brokers after the collapse of \
the tin market, council officials said on Tuesday after a meeting in London.\n\nReuter";
