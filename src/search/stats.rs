//! What an index holds: sizes, the publication span and the top values per facet.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tantivy::Order;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::AllQuery;

use super::SearchError;
use super::facets::{FacetCount, HitStatsCollector, top_values};
use crate::index::NewsIndex;
use crate::index::document;
use crate::index::schema::{FacetKind, field};

/// Facet summary for `stats`.
#[derive(Debug, Clone, Serialize)]
pub struct FacetSummary {
    /// Number of distinct values.
    pub distinct: u64,
    /// Most frequent values.
    pub top: Vec<FacetCount>,
}

/// What an index holds.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Number of articles.
    pub articles: u64,
    /// Articles with a known publication date.
    pub dated: u64,
    /// Earliest publication date.
    pub published_from: Option<String>,
    /// Latest publication date.
    pub published_to: Option<String>,
    /// Per facet: distinct values and the most frequent ones.
    pub facets: BTreeMap<String, FacetSummary>,
    /// Generation folder.
    pub generation: String,
}

/// Summarizes the index: sizes, date span and top values per facet.
pub fn stats(index: &NewsIndex, top: usize) -> Result<Stats, SearchError> {
    let searcher = index.searcher();
    let counter = HitStatsCollector::new(index, &searcher, &FacetKind::ALL, false)?;
    let (articles, counts) = searcher.search(&AllQuery, &(Count, counter))?;
    let counts = counts.facets;
    let date_at = |order: Order| -> Result<Option<String>, SearchError> {
        let first = searcher.search(
            &AllQuery,
            &TopDocs::with_limit(1)
                .order_by_fast_field::<tantivy::DateTime>(field::PUBLISHED, order),
        )?;
        Ok(first
            .first()
            .and_then(|(date, _)| *date)
            .and_then(document::from_tantivy_date)
            .map(|d| d.to_string()))
    };
    let dated = searcher.search(
        &tantivy::query::ExistsQuery::new(field::PUBLISHED.to_string(), false),
        &Count,
    );
    let facets = counts
        .into_iter()
        .map(|(kind, values)| {
            let distinct = values.len() as u64;
            let mut single = HashMap::new();
            single.insert(kind, values);
            let top = top_values(single, top, &index.aliases())
                .into_values()
                .next()
                .unwrap_or_default();
            (kind.name().to_string(), FacetSummary { distinct, top })
        })
        .collect();
    Ok(Stats {
        articles: articles as u64,
        dated: dated.unwrap_or(0) as u64,
        published_from: date_at(Order::Asc)?,
        published_to: date_at(Order::Desc)?,
        facets,
        generation: index.generation().display().to_string(),
    })
}
