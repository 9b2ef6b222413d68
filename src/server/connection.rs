//! Accepting connections: each one's request head is read under a deadline and size
//! limits before hyper sees it, so a slow, idle or oversized request gets a JSON answer
//! (408, 414, 431) and the socket is closed instead of being held open.
//!
//! Connections serve one request each (no keep-alive): every request then passes this
//! guard, and an idle socket costs nothing after its answer.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::http::{Request, StatusCode};
use axum::response::IntoResponse;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tower::ServiceExt;

use super::guard::{self, ApiError};

/// Bounds on what one connection may cost the server.
#[derive(Debug, Clone)]
pub struct ConnectionLimits {
    /// Time allowed to send the request head (request line and headers).
    pub header_timeout: Duration,
    /// Time allowed to answer one request, reading the index included.
    pub request_timeout: Duration,
    /// Longest request line (method, URI, version), in bytes.
    pub max_request_line: usize,
    /// Largest request head, in bytes.
    pub max_head: usize,
    /// Connections served at once; more are answered 503 at once.
    pub max_connections: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_request_line: 16 * 1024,
            max_head: 32 * 1024,
            max_connections: 256,
        }
    }
}

/// Serves `app` on `listener` until the process stops.
pub async fn accept_loop(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
) -> std::io::Result<()> {
    let limits = Arc::new(limits);
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(accepted) => accepted,
            // Out of file descriptors or a connection reset before accept: keep serving.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let (app, limits) = (app.clone(), limits.clone());
        let slot = slots.clone().try_acquire_owned();
        tokio::spawn(async move {
            match slot {
                Ok(_slot) => serve_connection(stream, app, &limits).await,
                Err(_) => {
                    let busy = ApiError(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "the server is busy; try again shortly".to_string(),
                    );
                    answer_raw(stream, &busy).await;
                }
            }
        });
    }
}

async fn serve_connection(mut stream: TcpStream, app: Router, limits: &ConnectionLimits) {
    let head = match read_head(&mut stream, limits).await {
        Ok(head) => head,
        Err(Some(error)) => return answer_raw(stream, &error).await,
        Err(None) => return,
    };
    let request_timeout = limits.request_timeout;
    let service = hyper::service::service_fn(move |request: Request<hyper::body::Incoming>| {
        let app = app.clone();
        async move {
            let request = request.map(axum::body::Body::new);
            let response = match tokio::time::timeout(request_timeout, app.oneshot(request)).await {
                Ok(Ok(response)) => response,
                Ok(Err(never)) => match never {},
                Err(_) => ApiError(
                    StatusCode::SERVICE_UNAVAILABLE,
                    format!(
                        "the request took longer than {} s; narrow the search",
                        request_timeout.as_secs()
                    ),
                )
                .into_response(),
            };
            Ok::<_, Infallible>(guard::with_security_headers(response))
        }
    });
    let io = TokioIo::new(Rewind {
        prefix: head,
        position: 0,
        inner: stream,
    });
    let connection = hyper::server::conn::http1::Builder::new()
        .keep_alive(false)
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size((limits.max_head * 2).max(8192))
        .serve_connection(io, service);
    // A client that stops reading its answer must not hold the connection forever.
    let whole = limits.header_timeout + limits.request_timeout * 2;
    let _ = tokio::time::timeout(whole, connection).await;
}

/// Reads until the end of the request head. `Err(Some)` is answered; `Err(None)` (the
/// client went away) is not.
async fn read_head(
    stream: &mut TcpStream,
    limits: &ConnectionLimits,
) -> Result<Vec<u8>, Option<ApiError>> {
    let deadline = tokio::time::Instant::now() + limits.header_timeout;
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    loop {
        let read = match tokio::time::timeout_at(deadline, stream.read(&mut chunk)).await {
            Err(_) => {
                // Nothing sent at all: an idle connection, closed without a word.
                if head.is_empty() {
                    return Err(None);
                }
                return Err(Some(ApiError(
                    StatusCode::REQUEST_TIMEOUT,
                    format!(
                        "the request head took longer than {} s to arrive",
                        limits.header_timeout.as_secs()
                    ),
                )));
            }
            Ok(Ok(0)) | Ok(Err(_)) => return Err(None),
            Ok(Ok(read)) => read,
        };
        let scan_from = head.len().saturating_sub(3);
        head.extend_from_slice(&chunk[..read]);
        let start = head
            .iter()
            .position(|&b| b != b'\r' && b != b'\n')
            .unwrap_or(head.len());
        let line_length = find(&head[start..], b"\n").unwrap_or(head.len() - start);
        if line_length > limits.max_request_line {
            return Err(Some(ApiError(
                StatusCode::URI_TOO_LONG,
                format!(
                    "the request line is longer than {} bytes",
                    limits.max_request_line
                ),
            )));
        }
        let tail = &head[scan_from..];
        if start < head.len()
            && (find(tail, b"\r\n\r\n").is_some() || find(tail, b"\n\n").is_some())
        {
            return Ok(head);
        }
        if head.len() > limits.max_head {
            return Err(Some(ApiError(
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                format!(
                    "the request headers are larger than {} bytes",
                    limits.max_head
                ),
            )));
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Writes an error answer straight to the socket and closes it.
async fn answer_raw(mut stream: TcpStream, error: &ApiError) {
    let body = guard::error_json(&error.1);
    let mut head = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        error.0.as_u16(),
        error.0.canonical_reason().unwrap_or(""),
        body.len()
    );
    for (name, value) in guard::SECURITY_HEADERS {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let write = async {
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body.as_bytes()).await?;
        stream.shutdown().await
    };
    let _ = tokio::time::timeout(Duration::from_secs(5), write).await;
}

/// A stream that first replays the bytes already read from it.
struct Rewind {
    prefix: Vec<u8>,
    position: usize,
    inner: TcpStream,
}

impl AsyncRead for Rewind {
    fn poll_read(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffer: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if self.position < self.prefix.len() {
            let available = &self.prefix[self.position..];
            let take = available.len().min(buffer.remaining());
            buffer.put_slice(&available[..take]);
            self.position += take;
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut self.inner).poll_read(context, buffer)
    }
}

impl AsyncWrite for Rewind {
    fn poll_write(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(context, data)
    }

    fn poll_flush(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(context)
    }

    fn poll_shutdown(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(context)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffers: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(context, buffers)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}
