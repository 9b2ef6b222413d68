//! The HTTP API, through a real `newsdex serve` process on a loopback port.

mod common;

use std::time::{Duration, Instant};

use common::{fixture_corpus, get, get_json, index_json, start_server as start, write_files};
use serde_json::Value;

#[test]
fn search_api_returns_the_cli_json() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    let server = start(&index);
    let (status, api) = get_json(
        &server.addr,
        "/api/search?q=ceasefire&person=putin&facets=place,source&limit=5",
    );
    assert_eq!(status, 200);
    let cli = common::search(
        dir.path(),
        &index,
        &[
            "ceasefire",
            "--person",
            "putin",
            "--facets",
            "place,source",
            "--limit",
            "5",
        ],
    );
    let without_time = |mut v: Value| {
        v["took_ms"] = Value::Null;
        v
    };
    assert_eq!(without_time(api), without_time(cli));

    // Repeated parameters work like repeated flags: all must match.
    let (_, both) = get_json(
        &server.addr,
        "/api/search?place=kyiv&place=istanbul&limit=0",
    );
    assert_eq!(both["total"], 1);
    // The country chip's filter: the same articles as the CLI's --country.
    let (status, about) = get_json(&server.addr, "/api/search?country=ukraine&limit=0");
    assert_eq!(status, 200, "{about}");
    assert_eq!(
        about["total"],
        common::search(
            dir.path(),
            &index,
            &["--country", "Ukraine", "--limit", "0"]
        )["total"]
    );
    assert!(about["total"].as_u64().unwrap() > 0, "{about}");
    // not_… leaves a value out, as --not-… does.
    let (status, kept) = get_json(&server.addr, "/api/search?q=ceasefire&not_place=Istanbul");
    assert_eq!(status, 200, "{kept}");
    assert_eq!(kept["total"], 1);
    assert_eq!(kept["hits"][0]["title"], "Kýiv celebrates");
    let (_, timeline) = get_json(&server.addr, "/api/search?timeline=year&limit=0&from=2023");
    assert_eq!(timeline["timeline"].as_array().unwrap().len(), 3);
}

#[test]
fn errors_are_json_with_the_right_status() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    let server = start(&index);
    let (status, body) = get_json(&server.addr, "/api/search?q=%28oil");
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().contains("expected ')'"));
    let (status, body) = get_json(&server.addr, "/api/search?limit=5000");
    assert_eq!(status, 400);
    assert_eq!(body["error"], "limit must be at most 100");
    let (status, _) = get_json(&server.addr, "/api/search?from=May");
    assert_eq!(status, 400);
    let (status, body) = get_json(&server.addr, "/api/search?colour=red");
    assert_eq!(
        (status, body["error"].as_str().unwrap()),
        (400, "unknown parameter 'colour'")
    );
    let (status, body) = get_json(&server.addr, "/api/articles/0000000000000000");
    assert_eq!(status, 404);
    assert_eq!(body["error"], "no article with id '0000000000000000'");
    let (status, _) = get_json(&server.addr, "/nowhere");
    assert_eq!(status, 404);
    let long = format!("/api/search?q={}", "a".repeat(10_000));
    assert_eq!(get(&server.addr, &long).0, 400);
}

#[test]
fn articles_facets_stats_health_and_page() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    let server = start(&index);
    let (_, hits) = get_json(&server.addr, "/api/search?q=grain");
    let id = hits["hits"][0]["id"].as_str().unwrap().to_string();
    let (status, article) = get_json(&server.addr, &format!("/api/articles/{id}"));
    assert_eq!(status, 200);
    assert_eq!(
        article["body"],
        "Grain exports from Odesa resumed after a pause in shipping."
    );

    let (status, people) = get_json(&server.addr, "/api/facets/person?prefix=zel");
    assert_eq!(status, 200);
    assert_eq!(
        people["values"],
        serde_json::json!([{"value": "Volodymyr Zelenskyy", "count": 1}])
    );
    let (_, places) = get_json(&server.addr, "/api/facets/place?prefix=KY");
    assert_eq!(places["values"][0]["value"], "Kyiv");
    assert_eq!(get(&server.addr, "/api/facets/colour").0, 404);

    let (_, stats) = get_json(&server.addr, "/api/stats");
    assert_eq!(stats["articles"], 5);
    assert_eq!(get(&server.addr, "/healthz"), (200, "ok\n".to_string()));
    let (status, page) = get(&server.addr, "/");
    assert_eq!(status, 200);
    assert!(page.contains("<script src=\"/app.js\"></script>"));
    assert!(get(&server.addr, "/app.js").1.contains("/api/search?"));
}

#[test]
fn rebuilds_and_updates_are_picked_up_without_failing_requests_in_flight() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = fixture_corpus(dir.path());
    let index = dir.path().join("idx");
    index_json(dir.path(), &corpus, &index, &[]);
    let server = start(&index);
    let addr = server.addr.clone();

    // Clients hammer the server (bounded in count and time) while the index changes.
    let stop_at = Instant::now() + Duration::from_secs(30);
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let clients: Vec<_> = (0..4)
        .map(|_| {
            let addr = addr.clone();
            let done = done.clone();
            std::thread::spawn(move || {
                let mut statuses = Vec::new();
                for _ in 0..20_000 {
                    if Instant::now() > stop_at || done.load(std::sync::atomic::Ordering::Relaxed) {
                        break;
                    }
                    statuses.push(get(&addr, "/api/search?q=ceasefire&facets=place&limit=3").0);
                }
                statuses
            })
        })
        .collect();

    let total = |addr: &str| {
        get_json(addr, "/api/search?limit=0").1["total"]
            .as_u64()
            .unwrap()
    };
    let wait_for = |expected: u64| {
        let deadline = Instant::now() + Duration::from_secs(5);
        while total(&addr) != expected {
            assert!(
                Instant::now() < deadline,
                "server still answers {} articles, expected {expected}",
                total(&addr)
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    assert_eq!(total(&addr), 5);

    write_files(
        &corpus,
        &[("extra.txt", b"Extra story\n\nAbout a ceasefire.\n\nEnd.")],
    );
    index_json(dir.path(), &corpus, &index, &[]);
    wait_for(6);

    std::fs::remove_file(corpus.join("wire.json")).unwrap();
    index_json(dir.path(), &corpus, &index, &["--rebuild"]);
    wait_for(4);
    index_json(dir.path(), &corpus, &index, &["--rebuild"]);
    wait_for(4);

    done.store(true, std::sync::atomic::Ordering::Relaxed);
    for client in clients {
        let statuses = client.join().unwrap();
        assert!(statuses.len() > 10, "the client ran during the changes");
        assert!(
            statuses.iter().all(|&s| s == 200),
            "a request failed: {statuses:?}"
        );
    }
}

/// The body of a chunked HTTP/1.1 response, put back together.
fn dechunked(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 {
            break;
        }
        out.push_str(&after[..size]);
        rest = &after[size + 2..];
    }
    out
}

/// GET `path`; the status, the header block (lower-cased) and the body, de-chunked.
fn get_whole(addr: &str, path: &str) -> (u16, String, String) {
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let (status, head, body) = common::raw(addr, request.as_bytes());
    let body = if head.contains("transfer-encoding: chunked") {
        dechunked(&body)
    } else {
        body
    };
    (status, head, body)
}

#[test]
fn search_csv_streams_every_hit_as_a_download() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    let server = start(&index);
    let (status, head, csv) = get_whole(
        &server.addr,
        "/api/search.csv?q=ceasefire&sort=oldest&facets=place",
    );
    assert_eq!(status, 200, "{head}");
    assert!(head.contains("content-type: text/csv"), "{head}");
    assert!(
        head.contains("attachment; filename=\"newsdex-search.csv\""),
        "{head}"
    );
    let mut reader = ::csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert_eq!(&rows[0][3], "Ceasefire talks stall in Istanbul");
    // The CLI's rows, byte for byte.
    let cli = common::newsdex(dir.path())
        .args([
            "search",
            "ceasefire",
            "--sort",
            "oldest",
            "--format",
            "csv",
            "--index",
        ])
        .arg(&index)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(cli.stdout).unwrap(), csv);
    let (status, _) = get_json(&server.addr, "/api/search.csv?q=ceasefire&limit=20000");
    assert_eq!(status, 400);
}

#[test]
fn any_search_is_an_atom_feed_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    let server = start(&index);
    let (status, head, body) = get_whole(&server.addr, "/api/search.atom?q=ceasefire&facets=place");
    assert_eq!(status, 200, "{head}");
    assert!(
        head.contains("content-type: application/atom+xml"),
        "{head}"
    );
    // Read back by an Atom parser; then RFC 4287's required elements, checked one by one.
    let feed = atom_syndication::Feed::read_from(body.as_bytes())
        .unwrap_or_else(|e| panic!("{e}: {body}"));
    assert_eq!(feed.title().as_str(), "newsdex: ceasefire");
    assert_eq!(
        feed.id(),
        format!("http://{}/api/search.atom?q=ceasefire", server.addr)
    );
    assert!(
        !feed.authors().is_empty(),
        "a feed without entry authors needs its own"
    );
    assert!(feed.links().iter().any(|l| l.rel() == "self"));
    assert!(
        feed.links().iter().any(|l| l.rel() == "alternate"
            && l.href() == format!("http://{}/?q=ceasefire", server.addr))
    );
    let entries = feed.entries();
    let titles: Vec<&str> = entries.iter().map(|e| e.title().as_str()).collect();
    assert_eq!(
        titles,
        ["Kýiv celebrates", "Ceasefire talks stall in Istanbul"]
    );
    assert_eq!(feed.updated().to_rfc3339(), "2025-05-20T00:00:00+00:00");
    for entry in entries {
        assert!(!entry.id().is_empty() && !entry.title().is_empty());
        let link = entry
            .links()
            .iter()
            .find(|l| l.rel() == "alternate")
            .unwrap();
        let article = link.href().rsplit("?article=").next().unwrap();
        assert!(
            link.href()
                .starts_with(&format!("http://{}/?article=", server.addr))
        );
        // The link opens the article.
        let (status, shown) = get_json(&server.addr, &format!("/api/articles/{article}"));
        assert_eq!(status, 200);
        assert_eq!(shown["title"].as_str(), Some(entry.title().as_str()));
        assert!(entry.published().is_some());
        let summary = entry.summary().unwrap();
        assert!(summary.as_str().contains("<mark>"), "{}", summary.as_str());
    }
}

#[test]
fn an_entity_has_a_page_under_the_current_search() {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    let server = start(&index);
    let (status, putin) = get_json(&server.addr, "/api/entities/person/putin");
    assert_eq!(status, 200, "{putin}");
    assert_eq!(putin["value"], "Vladimir Putin");
    assert_eq!(putin["articles"], 2);
    assert_eq!(
        common::timeline_periods(&putin),
        ["2025-05"],
        "both in May 2025: {putin}"
    );
    let people: Vec<&str> = putin["related"]["person"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["value"].as_str().unwrap())
        .collect();
    assert_eq!(people, ["Volodymyr Zelenskyy"], "itself left out");
    let places = common::facet(&serde_json::json!({"facets": putin["related"]}), "place");
    assert!(places.contains(&("Istanbul".to_string(), 1)), "{places:?}");
    assert!(places.contains(&("Kyiv".to_string(), 2)), "{places:?}");
    // Under the query and filters given.
    let (_, narrowed) = get_json(&server.addr, "/api/entities/person/putin?q=istanbul");
    assert_eq!(narrowed["articles"], 1);
    // The same as the CLI.
    let cli = common::json(
        dir.path(),
        &[
            "entity",
            "person",
            "putin",
            "--format",
            "json",
            "--index",
            index.to_str().unwrap(),
        ],
    );
    assert_eq!(cli, putin);
    let (status, _) = get_json(&server.addr, "/api/entities/year/2025");
    assert_eq!(status, 404);
    // The page's own address serves the page.
    let (status, html) = common::get(&server.addr, "/entity/person/Vladimir%20Putin");
    assert_eq!(status, 200);
    assert!(html.contains("<script"), "{html}");
}
