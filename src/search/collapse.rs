//! Wire copy shown once: hits of one near-duplicate group (see
//! `index::near_duplicates`) collapse to the best of them, which says how many others
//! the index holds.

use std::collections::HashSet;

use serde::Serialize;

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
    (offset + limit) * WINDOW_FACTOR + 20
}

/// The group of a document (its own address hash when it has none).
fn group_of(searcher: &Searcher, address: DocAddress) -> Option<u64> {
    let segment = searcher.segment_reader(address.segment_ord);
    let column = segment.fast_fields().u64(field::DUPLICATE_GROUP).ok()?;
    column.first(address.doc_id)
}

/// Keeps the first (best-ranked) hit of each group, in order, then the page asked for.
pub(super) fn collapse<T>(
    searcher: &Searcher,
    ranked: Vec<(T, DocAddress)>,
    offset: usize,
    limit: usize,
) -> Vec<(T, DocAddress)> {
    let mut seen = HashSet::new();
    ranked
        .into_iter()
        .filter(|(_, address)| match group_of(searcher, *address) {
            Some(group) => seen.insert(group),
            None => true,
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
    let term = Term::from_field_u64(fields.duplicate_group, group);
    let query = TermQuery::new(term, IndexRecordOption::Basic);
    // Counted, not doc_freq: deleted copies (an updated file's old version) do not count.
    query
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
    let term = Term::from_field_u64(fields.duplicate_group, group);
    let query = TermQuery::new(term, IndexRecordOption::Basic);
    let top = tantivy::collector::TopDocs::with_limit(SIMILAR_LISTED + 1)
        .order_by_fast_field::<tantivy::DateTime>(field::PUBLISHED, tantivy::Order::Asc);
    let mut similar = Vec::new();
    for (_, other) in searcher.search(&query, &top)? {
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

/// What the near-duplicate grouping of an index amounts to, with a sample of groups to
/// check by hand.
#[derive(Debug, Clone, Serialize)]
pub struct GroupingReport {
    /// Articles in the index.
    pub articles: u64,
    /// Groups of two or more articles.
    pub groups: u64,
    /// Articles in those groups.
    pub grouped_articles: u64,
    /// Size of the largest group.
    pub largest: u64,
    /// A random sample of groups (seeded), each as its members.
    pub sample: Vec<Vec<GroupMember>>,
}

/// One article of a sampled group.
#[derive(Debug, Clone, Serialize)]
pub struct GroupMember {
    /// Its id.
    pub id: String,
    /// Its headline.
    pub title: Option<String>,
    /// Its publication day.
    pub published: Option<String>,
    /// The start of its text.
    pub opening: String,
}

/// Counts the groups of an index and draws `sample` of them (by `seed`) for a hand check.
pub fn grouping_report(
    index: &crate::index::NewsIndex,
    sample: usize,
    seed: u64,
) -> Result<GroupingReport, SearchError> {
    let searcher = index.searcher();
    let fields = index.fields();
    let mut members: std::collections::HashMap<u64, Vec<DocAddress>> = Default::default();
    let mut articles = 0;
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let Ok(column) = segment.fast_fields().u64(field::DUPLICATE_GROUP) else {
            continue;
        };
        for doc in segment.doc_ids_alive() {
            articles += 1;
            if let Some(group) = column.first(doc) {
                members
                    .entry(group)
                    .or_default()
                    .push(DocAddress::new(ord as u32, doc));
            }
        }
    }
    let mut groups: Vec<(u64, Vec<DocAddress>)> =
        members.into_iter().filter(|(_, m)| m.len() > 1).collect();
    groups.sort_by_key(|(group, _)| *group);
    let grouped_articles = groups.iter().map(|(_, m)| m.len() as u64).sum();
    let largest = groups
        .iter()
        .map(|(_, m)| m.len() as u64)
        .max()
        .unwrap_or(0);
    // A seeded shuffle (splitmix64), so a sample can be drawn again.
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut order: Vec<usize> = (0..groups.len()).collect();
    for i in (1..order.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    let mut drawn = Vec::new();
    for &k in order.iter().take(sample) {
        let mut group = Vec::new();
        for address in &groups[k].1 {
            let doc: TantivyDocument = searcher.doc(*address)?;
            let article = crate::index::document::from_document(fields, &doc);
            group.push(GroupMember {
                id: article.id,
                title: article.title,
                published: article.published,
                opening: article.body.chars().take(160).collect(),
            });
        }
        drawn.push(group);
    }
    Ok(GroupingReport {
        articles,
        groups: groups.len() as u64,
        grouped_articles,
        largest,
        sample: drawn,
    })
}
