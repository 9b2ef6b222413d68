//! What every answer goes through: the Host check (no DNS rebinding against a loopback
//! server), errors as `{"error": …}` whatever produced them, and security headers.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// Headers on every answer: no MIME sniffing, no framing, scripts and styles only from here.
pub const SECURITY_HEADERS: [(&str, &str); 4] = [
    ("x-content-type-options", "nosniff"),
    (
        "content-security-policy",
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    ),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
];

/// Largest error body of another layer that is kept as the error message.
const MAX_MESSAGE_BYTES: usize = 1024;

/// A JSON error with its status.
pub struct ApiError(pub StatusCode, pub String);

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
}

/// The JSON text of an error answer.
pub fn error_json(message: &str) -> String {
    serde_json::to_string(&ErrorBody { error: message })
        .unwrap_or_else(|_| r#"{"error":"error"}"#.to_string())
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.0,
            [(header::CONTENT_TYPE, "application/json")],
            error_json(&self.1),
        )
            .into_response()
    }
}

/// Adds `SECURITY_HEADERS` to an answer.
pub fn with_security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in SECURITY_HEADERS {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// Host names the server answers to besides IP literals and `localhost`.
#[derive(Debug, Clone, Default)]
pub struct AllowedHosts(pub Vec<String>);

impl AllowedHosts {
    /// Whether a `Host` header value (with or without port) names this server. An IP
    /// literal cannot be rebound by DNS, so any is accepted; a name must be `localhost`
    /// or one the operator allowed.
    pub fn allows(&self, host: &str) -> bool {
        let name = host_name(host);
        if name.is_empty() {
            return false;
        }
        let unbracketed = name.trim_start_matches('[').trim_end_matches(']');
        if unbracketed.parse::<IpAddr>().is_ok() {
            return true;
        }
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        name == "localhost"
            || name.ends_with(".localhost")
            || self
                .0
                .iter()
                .any(|allowed| allowed.eq_ignore_ascii_case(&name))
    }
}

/// The host part of a `Host` header: `[::1]:7700` → `[::1]`, `example.org:80` → `example.org`.
fn host_name(host: &str) -> &str {
    let host = host.trim();
    if host.starts_with('[') {
        return host.find(']').map_or(host, |end| &host[..=end]);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => host,
    }
}

/// Refuses requests whose Host is not this server (a DNS-rebinding page in a browser).
pub async fn check_host(
    State(allowed): State<Arc<AllowedHosts>>,
    request: Request,
    next: Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_string)
        .or_else(|| request.uri().authority().map(|a| a.to_string()));
    match host {
        Some(host) if allowed.allows(&host) => next.run(request).await,
        Some(host) => ApiError(
            StatusCode::FORBIDDEN,
            format!(
                "this server does not answer to the host name '{}'; start it with --allow-host NAME to allow one",
                host_name(&host)
            ),
        )
        .into_response(),
        None => ApiError(StatusCode::BAD_REQUEST, "no Host header".to_string()).into_response(),
    }
}

/// Turns every error answer that is not JSON yet (axum's rejections, 405) into one.
pub async fn json_errors(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"application/json"));
    if status.as_u16() < 400 || is_json {
        return response;
    }
    let message = if status == StatusCode::METHOD_NOT_ALLOWED {
        format!("method {method} is not allowed on {path}; use GET")
    } else {
        let bytes = axum::body::to_bytes(response.into_body(), MAX_MESSAGE_BYTES)
            .await
            .unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes).trim().to_string();
        if text.is_empty() {
            status.canonical_reason().unwrap_or("error").to_string()
        } else {
            text
        }
    };
    let mut answer = ApiError(status, message).into_response();
    if status == StatusCode::METHOD_NOT_ALLOWED {
        answer
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_that_name_this_server() {
        let allowed = AllowedHosts(vec!["news.example.org".to_string()]);
        for host in [
            "127.0.0.1:7700",
            "localhost:7700",
            "LOCALHOST",
            "[::1]:7700",
            "10.0.0.5",
            "news.example.org",
            "News.Example.Org:443",
        ] {
            assert!(allowed.allows(host), "{host}");
        }
        for host in [
            "evil.example.com",
            "localhost.evil.com",
            "",
            "127.0.0.1.nip.io:7700",
        ] {
            assert!(!allowed.allows(host), "{host}");
        }
    }
}
