//! Wire copy shown once: hits of one near-duplicate group (see
//! `index::near_duplicates`) collapse to the best of them, which says how many others
//! the index holds.

use std::collections::{HashMap, HashSet};

use tantivy::columnar::Column;
use tantivy::query::{Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use super::SearchError;
use crate::index::document::ArticleSummary;
use crate::index::schema::{Fields, field};

/// Candidates read per hit shown: enough for a page whose hits are mostly copies.
const WINDOW_FACTOR: usize = 4;
/// Other copies an article view lists.
const SIMILAR_LISTED: usize = 50;

/// How many ranked candidates to collect so that `offset + limit` groups survive
/// collapsing in all but pathological result lists.
pub(super) fn window(offset: usize, limit: usize) -> usize {
    offset
        .saturating_add(limit)
        .saturating_mul(WINDOW_FACTOR)
        .saturating_add(20)
}

/// The group column of one segment; `None` for an index written without groups.
fn group_column(searcher: &Searcher, segment_ord: u32) -> Option<Column<u64>> {
    let segment = searcher.segment_reader(segment_ord);
    segment.fast_fields().u64(field::DUPLICATE_GROUP).ok()
}

/// The group of a document; `None` for an index written without groups.
fn group_of(searcher: &Searcher, address: DocAddress) -> Option<u64> {
    group_column(searcher, address.segment_ord)?.first(address.doc_id)
}

/// The articles of one group.
fn group_query(fields: &Fields, group: u64) -> TermQuery {
    let term = Term::from_field_u64(fields.duplicate_group, group);
    TermQuery::new(term, IndexRecordOption::Basic)
}

/// Keeps the first (best-ranked) hit of each group, in order, then the page asked for.
pub(super) fn collapse<T>(
    searcher: &Searcher,
    ranked: Vec<(T, DocAddress)>,
    offset: usize,
    limit: usize,
) -> Vec<(T, DocAddress)> {
    let mut seen = HashSet::new();
    // Each segment's column opened once, not once per candidate.
    let mut columns: HashMap<u32, Option<Column<u64>>> = HashMap::new();
    ranked
        .into_iter()
        .filter(|(_, address)| {
            let column = columns
                .entry(address.segment_ord)
                .or_insert_with(|| group_column(searcher, address.segment_ord));
            match column.as_ref().and_then(|c| c.first(address.doc_id)) {
                Some(group) => seen.insert(group),
                None => true,
            }
        })
        .skip(offset)
        .take(limit)
        .collect()
}

/// How many other articles of the hit's group the index holds.
pub(super) fn similar_count(searcher: &Searcher, fields: &Fields, address: DocAddress) -> u64 {
    let Some(group) = group_of(searcher, address) else {
        return 0;
    };
    // Counted, not doc_freq: deleted copies (an updated file's old version) do not count.
    group_query(fields, group)
        .count(searcher)
        .map_or(0, |n| (n as u64).saturating_sub(1))
}

/// The other articles of the group of the article at `address`, oldest first.
pub(super) fn similar_articles(
    searcher: &Searcher,
    fields: &Fields,
    address: DocAddress,
) -> Result<Vec<ArticleSummary>, SearchError> {
    let Some(group) = group_of(searcher, address) else {
        return Ok(Vec::new());
    };
    let top = tantivy::collector::TopDocs::with_limit(SIMILAR_LISTED + 1)
        .order_by_fast_field::<tantivy::DateTime>(field::PUBLISHED, tantivy::Order::Asc);
    let mut similar = Vec::new();
    for (_, other) in searcher.search(&group_query(fields, group), &top)? {
        if other == address {
            continue;
        }
        let doc: TantivyDocument = searcher.doc(other)?;
        let article = crate::index::document::from_document(fields, &doc);
        similar.push(ArticleSummary {
            id: article.id,
            title: article.title,
            published: article.published,
            source: article.source,
        });
    }
    similar.truncate(SIMILAR_LISTED);
    Ok(similar)
}
