//! Every hit of a search, a page at a time, for exports (CSV): memory holds one page, so
//! an export of thousands of hits streams.

use std::ops::ControlFlow;

use super::{Hit, SearchError, SearchRequest, search};
use crate::index::NewsIndex;

/// The most hits one export gives: the deepest page search reaches. Past it, narrow the
/// search (a date range, a filter).
pub const EXPORT_LIMIT: usize = 10_000;

/// Hits fetched per page.
const PAGE: usize = 100;

/// Calls `each` with the hits of `request` in its order, from `request.offset`, at most
/// `max_hits` (capped at [`EXPORT_LIMIT`]) or until `each` breaks; returns how many it
/// was given. The request's facets, timeline, limit and offset paging are the export's.
pub fn for_each_hit(
    index: &NewsIndex,
    request: &SearchRequest,
    max_hits: usize,
    mut each: impl FnMut(&Hit) -> ControlFlow<()>,
) -> Result<usize, SearchError> {
    let max_hits = max_hits.min(EXPORT_LIMIT);
    let mut page = SearchRequest {
        facets: Vec::new(),
        timeline: None,
        ..request.clone()
    };
    let mut given = 0;
    while given < max_hits {
        page.offset = request.offset.saturating_add(given);
        page.limit = PAGE.min(max_hits - given);
        let response = search(index, &page)?;
        for hit in &response.hits {
            given += 1;
            if each(hit).is_break() {
                return Ok(given);
            }
        }
        if response.hits.len() < page.limit {
            break;
        }
    }
    Ok(given)
}
