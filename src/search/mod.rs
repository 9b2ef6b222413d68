//! Answering a `SearchRequest`: query parsing, filters, ranking, facet counts, snippets.

mod collapse;
mod entity;
mod export;
mod facets;
mod filters;
mod highlight;
pub mod query;
mod stats;
mod timeline;

pub use crate::index::document::StoredArticle;
pub use entity::{EntityProfile, entity_profile};
pub use export::{EXPORT_LIMIT, for_each_hit};
pub use facets::{FacetCount, facet_values};
pub use highlight::{Highlighted, escape_html};
pub use stats::{FacetSummary, Stats, stats};
pub use timeline::{Granularity, MAX_TIMELINE_PERIODS, TimelineBucket};

use std::collections::BTreeMap;

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{Order, Score, TantivyDocument, Term};

use crate::dates::Period;
use crate::index::document;
use crate::index::schema::{FacetKind, Fields, field};
use crate::index::{CorpusAliases, IndexError, NewsIndex};

/// How hits are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// Best BM25 score first.
    #[default]
    Relevance,
    /// Latest publication date first (undated last).
    Newest,
    /// Earliest publication date first (undated last).
    Oldest,
}

crate::parse_by_name!(SortOrder, "sort");

/// A search as a user asks it.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Query text; empty browses everything the filters let through.
    pub query: String,
    /// Facet values every hit must have (`person=putin`); all must match.
    pub filters: Vec<(FacetKind, String)>,
    /// Facet values no hit may have (`not_place=iran`).
    pub exclusions: Vec<(FacetKind, String)>,
    /// Publication date on or after the start of this period.
    pub from: Option<Period>,
    /// Publication date on or before the end of this period.
    pub to: Option<Period>,
    /// Facets to count among all hits.
    pub facets: Vec<FacetKind>,
    /// How many values per facet.
    pub top: usize,
    /// Hit order.
    pub sort: SortOrder,
    /// Hits per page.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
    /// Only articles that mention these periods (all of them).
    pub mentions: Vec<Period>,
    /// Count hits per publication period.
    pub timeline: Option<Granularity>,
    /// Show each near-duplicate group (wire copy sent again) once, by its best hit.
    pub collapse: bool,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            filters: Vec::new(),
            exclusions: Vec::new(),
            from: None,
            to: None,
            facets: Vec::new(),
            top: 10,
            sort: SortOrder::Relevance,
            limit: 10,
            offset: 0,
            mentions: Vec::new(),
            timeline: None,
            collapse: false,
        }
    }
}

/// The article a document holds, its people and organizations as the corpus files them.
fn stored_article(
    fields: &Fields,
    doc: &TantivyDocument,
    aliases: &CorpusAliases,
) -> StoredArticle {
    let mut article = document::from_document(fields, doc);
    article.people = full_names(
        FacetKind::Person,
        std::mem::take(&mut article.people),
        aliases,
    );
    article.orgs = full_names(FacetKind::Org, std::mem::take(&mut article.orgs), aliases);
    article
}

/// An article's values of `kind` as the corpus files them ("Reagan" shown as "Ronald
/// Reagan"), each once.
fn full_names(kind: FacetKind, values: Vec<String>, aliases: &CorpusAliases) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    values
        .iter()
        .filter(|value| !aliases.is_hidden(kind, value))
        .map(|value| aliases.full_name(kind, value).to_string())
        .filter(|value| seen.insert(crate::names::fold(value)))
        .collect()
}

/// One search hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Stable article id (for `newsdex show`).
    pub id: String,
    /// BM25 score; `null` when sorted by date.
    pub score: Option<Score>,
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Publication day, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The record's own id in its source system (JSON `id`, Reuters NEWID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Where the article was published, when the file says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Source file.
    pub path: String,
    /// Other copies of its story the index holds (counted when collapsing).
    #[serde(skip_serializing_if = "is_zero")]
    pub similar: u64,
    /// Highlighted excerpt as HTML (`<mark>` around matches).
    pub snippet: String,
    /// People.
    pub people: Vec<String>,
    /// Places.
    pub places: Vec<String>,
    /// Organizations.
    pub orgs: Vec<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// The excerpt as plain text with match ranges, for terminals.
    #[serde(skip)]
    pub highlighted: Highlighted,
}

/// The answer to a `SearchRequest`.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResponse {
    /// The query text as asked.
    pub query: String,
    /// Number of matching articles.
    pub total: u64,
    /// Time spent searching, in milliseconds.
    pub took_ms: f64,
    /// The requested page of hits.
    pub hits: Vec<Hit>,
    /// Top values per requested facet among all hits.
    pub facets: BTreeMap<String, Vec<FacetCount>>,
    /// Hits per publication period, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Vec<TimelineBucket>>,
}

/// What can go wrong answering a search.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query text cannot be parsed.
    #[error("bad query: {message}{}", position.map(|p| format!(" (at character {})", p + 1)).unwrap_or_default())]
    Query {
        /// What is wrong, in words.
        message: String,
        /// 0-based character position, when known.
        position: Option<usize>,
    },
    /// The index could not be read.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// tantivy failed.
    #[error("search failed: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

/// Runs a search.
pub fn search(index: &NewsIndex, request: &SearchRequest) -> Result<SearchResponse, SearchError> {
    let started = std::time::Instant::now();
    let fields = index.fields();
    let searcher = index.searcher();
    let aliases = index.aliases();
    let text_query = query::parse(index, &request.query)?;
    let query = filters::with_filters(index, text_query.box_clone(), request);
    let facet_counter = facets::HitStatsCollector::new(
        index,
        &searcher,
        &request.facets,
        request.timeline.is_some(),
    )?
    .with_aliases(aliases.clone())
    .with_top(request.top);

    let (total, ranked, hit_stats) = if request.limit == 0 {
        let (total, facets) = searcher.search(&query, &(Count, facet_counter))?;
        (total as u64, Vec::new(), facets)
    } else {
        // No page holds more than the index, and tantivy adds offset and limit: an
        // offset of 2^64 - 1 from the command line must not overflow.
        let documents = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX);
        let (offset, limit) = (
            request.offset.min(documents),
            request.limit.min(documents.max(1)),
        );
        // Collapsing needs the candidates before the page: groups shrink the list.
        let top = if request.collapse {
            TopDocs::with_limit(collapse::window(offset, limit).min(documents.max(1)))
        } else {
            TopDocs::with_limit(limit).and_offset(offset)
        };
        match request.sort {
            SortOrder::Relevance => {
                let (total, hits, facets) =
                    searcher.search(&query, &(Count, top.order_by_score(), facet_counter))?;
                let hits = hits
                    .into_iter()
                    .map(|(score, address)| (Some(score), address))
                    .collect();
                (total as u64, hits, facets)
            }
            SortOrder::Newest | SortOrder::Oldest => {
                let order = if request.sort == SortOrder::Newest {
                    Order::Desc
                } else {
                    Order::Asc
                };
                let by_date = top.order_by_fast_field::<tantivy::DateTime>(field::PUBLISHED, order);
                let (total, hits, facets) =
                    searcher.search(&query, &(Count, by_date, facet_counter))?;
                let hits = hits
                    .into_iter()
                    .map(|(_, address)| (None, address))
                    .collect();
                (total as u64, hits, facets)
            }
        }
    };

    let ranked = if request.collapse {
        collapse::collapse(&searcher, ranked, request.offset, request.limit)
    } else {
        ranked
    };
    let snippets = if ranked.is_empty() || request.query.trim().is_empty() {
        None
    } else {
        Some(highlight::Snippets::new(
            &searcher,
            &*text_query,
            fields.body,
        )?)
    };
    let mut hits = Vec::with_capacity(ranked.len());
    for (score, address) in ranked {
        let similar = if request.collapse {
            collapse::similar_count(&searcher, fields, address)
        } else {
            0
        };
        let doc: TantivyDocument = searcher.doc(address)?;
        let article = stored_article(fields, &doc, &aliases);
        let highlighted = match &snippets {
            Some(snippets) => snippets.of(&article.body),
            None => highlight::lead(&article.body),
        };
        hits.push(Hit {
            id: article.id,
            score,
            title: article.title,
            source: article.source,
            published: article.published,
            source_id: article.source_id,
            url: article.url,
            path: article.path,
            snippet: highlighted.to_html(),
            people: article.people,
            places: article.places,
            orgs: article.orgs,
            topics: article.topics,
            authors: article.authors,
            similar,
            highlighted,
        });
    }

    Ok(SearchResponse {
        query: request.query.clone(),
        total,
        took_ms: started.elapsed().as_secs_f64() * 1000.0,
        hits,
        facets: facets::top_values(hit_stats.facets, request.top, &aliases),
        timeline: request
            .timeline
            .map(|g| timeline::timeline(&hit_stats.days, g)),
    })
}

/// Reads one article by id.
pub fn article(index: &NewsIndex, id: &str) -> Result<Option<StoredArticle>, SearchError> {
    let fields = index.fields();
    let searcher = index.searcher();
    let query = TermQuery::new(
        Term::from_field_text(fields.id, id.trim()),
        IndexRecordOption::Basic,
    );
    let found = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
    match found.first() {
        Some((_, address)) => {
            let doc: TantivyDocument = searcher.doc(*address)?;
            let mut article = stored_article(fields, &doc, &index.aliases());
            article.mentions = document::stored_mentions(fields, &doc);
            article.similar = collapse::similar_articles(&searcher, fields, *address)?;
            Ok(Some(article))
        }
        None => Ok(None),
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}
