//! `newsdex serve`: an HTTP JSON API and a web page over the same library calls as the CLI.

mod connection;
mod guard;

pub use connection::ConnectionLimits;
pub use guard::AllowedHosts;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Path as UrlPath, RawQuery, State};
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;

use crate::choice::InvalidValue;
use crate::dates::Period;
use crate::index::{FacetKind, IndexError, SharedIndex};
use crate::search::{self, SearchError, SearchRequest, SortOrder};
use guard::ApiError;

/// Most hits one API request may ask for.
pub const MAX_LIMIT: usize = 100;
/// Deepest page one API request may ask for.
pub const MAX_OFFSET: usize = 10_000;
/// Longest query string accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 8 * 1024;
/// How often the server looks for a new generation or new commits.
pub const RELOAD_INTERVAL: Duration = Duration::from_millis(250);

const INDEX_HTML: &str = include_str!("../../web/index.html");
const APP_JS: &str = include_str!("../../web/app.js");
const APP_CSS: &str = include_str!("../../web/app.css");

/// What can stop the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The index cannot be opened.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// The address cannot be bound or the connection loop failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// How the server guards itself.
#[derive(Debug, Clone, Default)]
pub struct ServeOptions {
    /// Host names answered besides IP literals and `localhost`.
    pub allowed_hosts: AllowedHosts,
    /// Timeouts and sizes per connection.
    pub limits: ConnectionLimits,
}

/// The facets the page asks for with every search (`web/app.js`): their values are kept
/// in memory from the start.
const PAGE_FACETS: [FacetKind; 9] = [
    FacetKind::Person,
    FacetKind::Continent,
    FacetKind::Country,
    FacetKind::Place,
    FacetKind::Org,
    FacetKind::Source,
    FacetKind::Author,
    FacetKind::Topic,
    FacetKind::Year,
];

/// Serves the API and the page on `listener` until the process is stopped.
pub async fn serve(
    listener: tokio::net::TcpListener,
    root: &Path,
    options: ServeOptions,
) -> Result<(), ServerError> {
    let shared = Arc::new(SharedIndex::open(root)?.with_warm_facets(&PAGE_FACETS));
    let watcher = shared.clone();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(RELOAD_INTERVAL);
        let mut last_error: Option<String> = None;
        loop {
            ticker.tick().await;
            let shared = watcher.clone();
            // A failed refresh (a rebuild in the middle of switching) is retried next tick;
            // the same failure is reported once, not four times a second.
            let outcome = tokio::task::spawn_blocking(move || shared.refresh()).await;
            let message = match outcome {
                Ok(Ok(())) => None,
                Ok(Err(error)) => Some(error.to_string()),
                Err(error) => Some(error.to_string()),
            };
            if let Some(text) = &message
                && message != last_error
            {
                eprintln!("newsdex: cannot reload the index: {text}");
            }
            last_error = message;
        }
    });
    let app = router(shared, options.allowed_hosts);
    connection::accept_loop(listener, app, options.limits).await?;
    Ok(())
}

/// The routes, behind the Host check and JSON errors.
pub fn router(shared: Arc<SharedIndex>, allowed_hosts: AllowedHosts) -> Router {
    Router::new()
        .route("/", get(page))
        .route(
            "/app.js",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
                    APP_JS,
                )
            }),
        )
        .route(
            "/app.css",
            get(|| async { ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], APP_CSS) }),
        )
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/api/search", get(api_search))
        .route("/api/search.csv", get(api_search_csv))
        .route("/api/search.atom", get(api_search_atom))
        .route("/api/articles/{id}", get(api_article))
        .route("/api/entities/{facet}/{value}", get(api_entity))
        .route("/entity/{facet}/{value}", get(page))
        .route("/api/facets/{name}", get(api_facet_values))
        .route("/api/stats", get(api_stats))
        .fallback(not_found)
        .with_state(shared)
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(allowed_hosts),
            guard::check_host,
        ))
        .layer(axum::middleware::from_fn(guard::json_errors))
}

impl From<SearchError> for ApiError {
    fn from(error: SearchError) -> Self {
        let status = match error {
            SearchError::Query { .. } => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError(status, error.to_string())
    }
}

fn bad_request(message: impl Into<String>) -> ApiError {
    ApiError(StatusCode::BAD_REQUEST, message.into())
}

async fn page() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        INDEX_HTML,
    )
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError(
        StatusCode::NOT_FOUND,
        format!("no such page: {}", uri.path()),
    )
}

/// Runs blocking index work off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(work).await.map_err(|e| {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("request failed: {e}"),
        )
    })?
}

fn query_pairs(raw: Option<String>) -> Result<Vec<(String, String)>, ApiError> {
    let raw = raw.unwrap_or_default();
    if raw.len() > MAX_QUERY_BYTES {
        return Err(bad_request(format!(
            "query string longer than {MAX_QUERY_BYTES} bytes"
        )));
    }
    Ok(form_urlencoded::parse(raw.as_bytes())
        .into_owned()
        .collect())
}

/// Turns URL parameters into a `SearchRequest`; repeated parameters work like repeated flags.
pub fn search_request_from_params(pairs: &[(String, String)]) -> Result<SearchRequest, String> {
    let mut request = SearchRequest::default();
    let number = |key: &str, value: &str| -> Result<usize, String> {
        value
            .trim()
            .parse()
            .map_err(|_| format!("{key} must be a whole number, not '{value}'"))
    };
    let period = |key: &str, value: &str| -> Result<Period, String> {
        value.parse().map_err(|error| format!("{key} {error}"))
    };
    for (key, value) in pairs {
        let value = value.as_str();
        // Filters, and the values a search leaves out (`place=…`, `not_place=…`).
        let filter = FacetKind::filter_named(key).map(|kind| (kind, &mut request.filters));
        let excluded = key
            .strip_prefix("not_")
            .and_then(FacetKind::filter_named)
            .map(|kind| (kind, &mut request.exclusions));
        if let Some((kind, list)) = filter.or(excluded) {
            if !value.trim().is_empty() {
                list.push((kind, value.to_string()));
            }
            continue;
        }
        match key.as_str() {
            // Repeated like repeated query words on the command line: all required.
            "q" => {
                if !value.trim().is_empty() {
                    if !request.query.is_empty() {
                        request.query.push(' ');
                    }
                    request.query.push_str(value);
                }
            }
            "from" if !value.is_empty() => request.from = Some(period(key, value)?),
            "to" if !value.is_empty() => request.to = Some(period(key, value)?),
            "mentions" if !value.is_empty() => request.mentions.push(period(key, value)?),
            "facets" => {
                for name in value.split(',').filter(|n| !n.trim().is_empty()) {
                    let kind: FacetKind = name.parse().map_err(|e: InvalidValue| e.0)?;
                    request.facets.push(kind);
                }
            }
            "top" => request.top = number(key, value)?.min(1000),
            "limit" => {
                request.limit = number(key, value)?;
                if request.limit > MAX_LIMIT {
                    return Err(format!("limit must be at most {MAX_LIMIT}"));
                }
            }
            "offset" => {
                request.offset = number(key, value)?;
                if request.offset > MAX_OFFSET {
                    return Err(format!("offset must be at most {MAX_OFFSET}"));
                }
            }
            "sort" => {
                request.sort = match value {
                    "" => SortOrder::Relevance,
                    name => name.parse().map_err(|e: InvalidValue| e.0)?,
                }
            }
            "timeline" => {
                request.timeline = match value {
                    "" => None,
                    name => Some(name.parse().map_err(|e: InvalidValue| e.0)?),
                }
            }
            "collapse" => {
                request.collapse = match value {
                    "" | "false" | "0" => false,
                    "true" | "1" => true,
                    other => return Err(format!("collapse must be true or false, not '{other}'")),
                }
            }
            "from" | "to" | "mentions" => {}
            other => return Err(format!("unknown parameter '{other}'")),
        }
    }
    Ok(request)
}

async fn api_search(
    State(shared): State<Arc<SharedIndex>>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = query_pairs(raw)?;
    let request = search_request_from_params(&pairs).map_err(bad_request)?;
    let index = shared.get();
    let response = blocking(move || Ok(search::search(&index, &request)?)).await?;
    Ok(axum::Json(response).into_response())
}

/// The parameters without those asking for counts and charts (`facets`, `top`,
/// `timeline`): a table or a feed has no place for them.
fn without_counts(mut pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    pairs.retain(|(key, _)| !matches!(key.as_str(), "facets" | "top" | "timeline"));
    pairs
}

/// `/api/search.csv`: the search's hits as CSV rows, streamed a page at a time. `limit`
/// (default and most: [`search::EXPORT_LIMIT`]) is how many rows; the other parameters
/// are the search's.
async fn api_search_csv(
    State(shared): State<Arc<SharedIndex>>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let mut pairs = without_counts(query_pairs(raw)?);
    let mut rows = search::EXPORT_LIMIT;
    let mut export_error = None;
    pairs.retain(|(key, value)| match key.as_str() {
        "limit" => {
            match value.trim().parse::<usize>() {
                Ok(n) if n <= search::EXPORT_LIMIT => rows = n,
                _ => {
                    export_error = Some(format!(
                        "limit must be a whole number at most {}",
                        search::EXPORT_LIMIT
                    ))
                }
            }
            false
        }
        _ => true,
    });
    if let Some(message) = export_error {
        return Err(bad_request(message));
    }
    let request = search_request_from_params(&pairs).map_err(bad_request)?;
    let index = shared.get();
    // A blocking task writes rows into a small queue the response body drains: memory
    // holds a page and a few chunks however many rows are asked.
    let (sender, receiver) = tokio::sync::mpsc::channel::<String>(4);
    tokio::task::spawn_blocking(move || {
        let mut chunk = String::from(crate::present::CSV_HEADER);
        let sent = search::for_each_hit(&index, &request, rows, |hit| {
            chunk.push_str(&crate::present::csv_row(hit));
            if chunk.len() < 64 * 1024 {
                return std::ops::ControlFlow::Continue(());
            }
            match sender.blocking_send(std::mem::take(&mut chunk)) {
                Ok(()) => std::ops::ControlFlow::Continue(()),
                // The client went away.
                Err(_) => std::ops::ControlFlow::Break(()),
            }
        });
        if sent.is_ok() && !chunk.is_empty() {
            let _ = sender.blocking_send(chunk);
        }
    });
    let stream = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver
            .recv()
            .await
            .map(|chunk| (Ok::<_, std::convert::Infallible>(chunk), receiver))
    });
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"newsdex-search.csv\"",
            ),
        ],
        axum::body::Body::from_stream(stream),
    )
        .into_response())
}

/// Entries in a feed unless `limit` says otherwise.
const FEED_ENTRIES: usize = 20;

/// `/api/search.atom`: any search as an Atom feed, newest first (unless `sort` says
/// otherwise), so a feed reader keeps watching it.
async fn api_search_atom(
    State(shared): State<Arc<SharedIndex>>,
    headers: axum::http::HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = without_counts(query_pairs(raw)?);
    let mut request = search_request_from_params(&pairs).map_err(bad_request)?;
    if !pairs.iter().any(|(key, _)| key == "sort") {
        request.sort = SortOrder::Newest;
    }
    if !pairs.iter().any(|(key, _)| key == "limit") {
        request.limit = FEED_ENTRIES;
    }
    // The guard has checked the Host; the links are absolute, as feed readers need.
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("127.0.0.1");
    let encoded = |pairs: &[(String, String)]| {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
    };
    let page_pairs: Vec<(String, String)> = pairs
        .iter()
        .filter(|(key, _)| !matches!(key.as_str(), "limit" | "offset"))
        .cloned()
        .collect();
    let with_query = |base: String, query: String| {
        if query.is_empty() {
            base
        } else {
            format!("{base}?{query}")
        }
    };
    let links = crate::present::FeedLinks {
        feed_url: with_query(format!("http://{host}/api/search.atom"), encoded(&pairs)),
        page_url: with_query(format!("http://{host}/"), encoded(&page_pairs)),
        page_base: format!("http://{host}/"),
    };
    let index = shared.get();
    let response = blocking(move || Ok(search::search(&index, &request)?)).await?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        crate::present::atom_feed(&response, &links),
    )
        .into_response())
}

/// `/api/entities/{facet}/{value}`: an entity's page as `newsdex entity --format json`,
/// under the search parameters given (`q`, filters, dates); `top` and `timeline` shape it.
async fn api_entity(
    State(shared): State<Arc<SharedIndex>>,
    UrlPath((facet, value)): UrlPath<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let Some(kind) = FacetKind::parse(&facet).filter(|kind| kind.has_entity_pages()) else {
        return Err(ApiError(
            StatusCode::NOT_FOUND,
            format!("no entity pages for '{facet}': person, place, country or org"),
        ));
    };
    let mut pairs = query_pairs(raw)?;
    let mut top = 10;
    let mut granularity = search::Granularity::Month;
    let mut problem = None;
    pairs.retain(|(key, value)| match key.as_str() {
        "top" => {
            match value.trim().parse::<usize>() {
                Ok(n) => top = n.min(MAX_LIMIT),
                Err(_) => problem = Some("top must be a whole number".to_string()),
            }
            false
        }
        "timeline" => {
            match value.parse::<search::Granularity>() {
                Ok(g) => granularity = g,
                Err(error) => problem = Some(error.0),
            }
            false
        }
        "facets" | "limit" | "offset" | "sort" => false,
        _ => true,
    });
    if let Some(message) = problem {
        return Err(bad_request(message));
    }
    let within = search_request_from_params(&pairs).map_err(bad_request)?;
    let index = shared.get();
    let profile = blocking(move || {
        Ok(search::entity_profile(
            &index,
            kind,
            &value,
            &within,
            top,
            granularity,
        )?)
    })
    .await?;
    Ok(axum::Json(profile).into_response())
}

async fn api_article(
    State(shared): State<Arc<SharedIndex>>,
    UrlPath(id): UrlPath<String>,
) -> Result<Response, ApiError> {
    let index = shared.get();
    let lookup = id.clone();
    match blocking(move || Ok(search::article(&index, &lookup)?)).await? {
        Some(article) => Ok(axum::Json(article).into_response()),
        None => Err(ApiError(
            StatusCode::NOT_FOUND,
            format!("no article with id '{id}'"),
        )),
    }
}

#[derive(Serialize)]
struct FacetValuesBody {
    facet: String,
    values: Vec<search::FacetCount>,
}

async fn api_facet_values(
    State(shared): State<Arc<SharedIndex>>,
    UrlPath(name): UrlPath<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let kind = FacetKind::parse(&name)
        .ok_or_else(|| ApiError(StatusCode::NOT_FOUND, format!("no facet '{name}'")))?;
    let pairs = query_pairs(raw)?;
    let mut prefix = String::new();
    let mut limit = 10;
    for (key, value) in pairs {
        match key.as_str() {
            "prefix" => prefix = value,
            "limit" => {
                limit = value
                    .parse()
                    .map_err(|_| bad_request("limit must be a whole number"))?;
                limit = limit.min(MAX_LIMIT);
            }
            other => return Err(bad_request(format!("unknown parameter '{other}'"))),
        }
    }
    let index = shared.get();
    let values = blocking(move || Ok(search::facet_values(&index, kind, &prefix, limit)?)).await?;
    Ok(axum::Json(FacetValuesBody {
        facet: kind.name().to_string(),
        values,
    })
    .into_response())
}

async fn api_stats(State(shared): State<Arc<SharedIndex>>) -> Result<Response, ApiError> {
    let index = shared.get();
    let stats = blocking(move || Ok(search::stats(&index, 10)?)).await?;
    Ok(axum::Json(stats).into_response())
}
