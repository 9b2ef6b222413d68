//! A real `newsdex serve` under hostile requests: deep nesting, huge parameters, slow and
//! idle connections, foreign Host names, every error status with a JSON body. The server
//! keeps answering `/healthz` throughout.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{Server, get, get_json, raw};
use serde_json::Value;

fn fixture_server(extra: &[&str]) -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().unwrap();
    let (_, index) = common::indexed_fixture(dir.path());
    let server = common::start_server_with(&index, extra);
    (dir, server)
}

fn assert_alive(server: &Server) {
    assert_eq!(get(&server.addr, "/healthz"), (200, "ok\n".to_string()));
}

/// The status and the parsed JSON error of a raw request.
fn json_error(server: &Server, request: &[u8]) -> (u16, String) {
    let (status, head, body) = raw(&server.addr, request);
    assert!(
        head.contains("content-type: application/json"),
        "status {status} without a JSON body: {head}\n{body}"
    );
    let parsed: Value =
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{status}: {e}: {body}"));
    let message = parsed["error"]
        .as_str()
        .expect("an error message")
        .to_string();
    (status, message)
}

fn get_request(addr: &str, target: &str) -> Vec<u8> {
    format!("GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").into_bytes()
}

#[test]
fn deep_and_huge_queries_are_refused_and_the_server_stays_up() {
    let (_dir, server) = fixture_server(&[]);
    let parens = "(".repeat(800);
    let encoded = "%28".repeat(1000);
    let nots = format!("{}oil", "NOT%20".repeat(40));
    let wildcards = "o*".repeat(4000);
    for query in [parens.as_str(), &encoded, &nots, &wildcards] {
        let started = Instant::now();
        let (status, body) = get_json(&server.addr, &format!("/api/search?q={query}"));
        assert_eq!(status, 400, "{body}");
        assert!(body["error"].as_str().unwrap().starts_with("bad query"));
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "refused quickly"
        );
        assert_alive(&server);
    }
    let (status, body) = get_json(&server.addr, "/api/search?q=title:*");
    assert_eq!(status, 400, "{body}");
    assert_alive(&server);
}

#[test]
fn oversized_and_wrong_requests_get_json_errors() {
    let (_dir, server) = fixture_server(&[]);
    let addr = &server.addr;
    let long_uri = format!("/api/search?q={}", "a".repeat(70_000));
    let (status, message) = json_error(&server, &get_request(addr, &long_uri));
    assert_eq!(status, 414, "{message}");
    assert_alive(&server);

    let big_header = format!(
        "GET /api/stats HTTP/1.1\r\nHost: {addr}\r\nX-Filler: {}\r\nConnection: close\r\n\r\n",
        "b".repeat(40_000)
    );
    let (status, message) = json_error(&server, big_header.as_bytes());
    assert_eq!(status, 431, "{message}");
    assert_alive(&server);

    let post = format!(
        "POST /api/search HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
    );
    let (status, message) = json_error(&server, post.as_bytes());
    assert_eq!(
        (status, message.contains("use GET")),
        (405, true),
        "{message}"
    );

    let (status, _) = json_error(&server, &get_request(addr, "/api/articles/%FF"));
    assert!(status == 400 || status == 404, "{status}");
    let (status, _) = json_error(&server, &get_request(addr, "/nowhere"));
    assert_eq!(status, 404);
    assert_alive(&server);
}

#[test]
fn foreign_host_names_are_refused_unless_allowed() {
    let (_dir, server) = fixture_server(&["--allow-host", "news.example.org"]);
    let request = |host: &str| {
        format!("GET /api/stats HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").into_bytes()
    };
    let (status, message) = json_error(&server, &request("attacker.example.com"));
    assert_eq!(status, 403, "{message}");
    assert!(message.contains("--allow-host"));
    for host in ["localhost:7700", "127.0.0.1", "news.example.org:7700"] {
        let (status, _, body) = raw(&server.addr, &request(host));
        assert_eq!(status, 200, "{host}: {body}");
    }
    // The page carries headers that keep it out of frames and sniffing.
    let (_, head, _) = raw(&server.addr, &get_request(&server.addr, "/"));
    assert!(head.contains("x-content-type-options: nosniff"), "{head}");
    assert!(head.contains("frame-ancestors 'none'"), "{head}");
}

#[test]
fn slow_and_idle_connections_are_closed_and_do_not_block_others() {
    let (_dir, server) = fixture_server(&["--header-timeout", "1"]);
    // Idle sockets: many of them, the server keeps answering and closes them.
    let idle: Vec<TcpStream> = (0..50)
        .map(|_| TcpStream::connect(&server.addr).unwrap())
        .collect();
    assert_alive(&server);
    std::thread::sleep(Duration::from_millis(1500));
    for mut socket in idle {
        socket
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut buffer = [0u8; 16];
        assert_eq!(
            socket.read(&mut buffer).unwrap_or(0),
            0,
            "closed by the server"
        );
    }

    // A head sent a byte at a time, slower than allowed: 408 with a JSON body.
    let mut slow = TcpStream::connect(&server.addr).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    for byte in b"GET /api/stats HTTP/1.1\r\nHost: localhost\r\n" {
        if slow.write_all(&[*byte]).is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
        if started.elapsed() > Duration::from_secs(3) {
            break;
        }
    }
    let _ = slow.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("{\"error\":"), "{answer}");
    assert_alive(&server);
}

#[test]
fn repeated_q_parameters_are_all_required() {
    let (_dir, server) = fixture_server(&[]);
    let (_, both) = get_json(&server.addr, "/api/search?q=talks&q=prisoners&limit=0");
    let (_, one) = get_json(&server.addr, "/api/search?q=talks&limit=0");
    assert_eq!(one["total"], 2);
    assert_eq!(both["total"], 1);
    assert_eq!(both["query"], "talks prisoners");
}
