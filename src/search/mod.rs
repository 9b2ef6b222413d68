//! Answering a `SearchRequest`: query parsing, filters, ranking, facet counts, snippets.

pub mod query;

use std::collections::{BTreeMap, HashMap};
use std::ops::{Bound, Range};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tantivy::collector::{Collector, Count, SegmentCollector, TopDocs};
use tantivy::columnar::StrColumn;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocId, Order, Score, SegmentReader, TantivyDocument, Term};

use crate::dates::Period;
use crate::index::document;
use crate::index::schema::{FacetKind, Fields, KEY_ANALYZER, NAME_ANALYZER};
use crate::index::{CorpusAliases, IndexError, NewsIndex};

/// Longest snippet, in characters.
const SNIPPET_CHARS: usize = 220;

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

impl std::str::FromStr for SortOrder {
    type Err = crate::choice::InvalidValue;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        crate::choice::one_of("sort", text)
    }
}

/// A search as a user asks it.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Query text; empty browses everything the filters let through.
    pub query: String,
    /// Facet values every hit must have (`person=putin`); all must match.
    pub filters: Vec<(FacetKind, String)>,
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
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            filters: Vec::new(),
            from: None,
            to: None,
            facets: Vec::new(),
            top: 10,
            sort: SortOrder::Relevance,
            limit: 10,
            offset: 0,
            mentions: Vec::new(),
            timeline: None,
        }
    }
}

/// One facet value and how many hits have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// The value as indexed.
    pub value: String,
    /// Number of hits with it.
    pub count: u64,
}

/// Highlighted text: the fragment and the byte ranges of matched words in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlighted {
    /// Plain text.
    pub text: String,
    /// Byte ranges of matches inside `text`.
    pub ranges: Vec<Range<usize>>,
}

impl Highlighted {
    /// HTML with matches in `<mark>` and everything else escaped.
    pub fn to_html(&self) -> String {
        let mut html = String::with_capacity(self.text.len() + 16 * self.ranges.len());
        let mut position = 0;
        for range in &self.ranges {
            if range.start < position || range.end > self.text.len() {
                continue;
            }
            html.push_str(&escape_html(&self.text[position..range.start]));
            html.push_str("<mark>");
            html.push_str(&escape_html(&self.text[range.clone()]));
            html.push_str("</mark>");
            position = range.end;
        }
        html.push_str(&escape_html(&self.text[position..]));
        html
    }
}

/// Escapes text for HTML.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// An article as stored in the index.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StoredArticle {
    /// Stable id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Publication day, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Original URL.
    pub url: Option<String>,
    /// Source file.
    pub path: String,
    /// Record number inside the file.
    pub record: u64,
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
    /// Text.
    pub body: String,
}

impl StoredArticle {
    fn from_document(
        fields: &Fields,
        doc: &TantivyDocument,
        aliases: &CorpusAliases,
    ) -> StoredArticle {
        let text = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let all = |field: Field| -> Vec<String> {
            doc.get_all(field)
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        };
        StoredArticle {
            id: text(fields.id).unwrap_or_default(),
            title: text(fields.title),
            source: text(fields.source.value),
            published: doc
                .get_first(fields.published)
                .and_then(|v| v.as_datetime())
                .and_then(document::from_tantivy_date)
                .map(|d| d.to_string()),
            url: text(fields.url),
            path: crate::corpus::display_key(&text(fields.path).unwrap_or_default()),
            record: doc
                .get_first(fields.record)
                .and_then(|v| v.as_u64())
                .unwrap_or_default(),
            people: full_names(FacetKind::Person, all(fields.person.value), aliases),
            places: all(fields.place.value),
            orgs: full_names(FacetKind::Org, all(fields.org.value), aliases),
            topics: all(fields.topic.value),
            authors: all(fields.author.value),
            body: text(fields.body).unwrap_or_default(),
        }
    }
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
    /// Source file.
    pub path: String,
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
    let query = with_filters(index, text_query.box_clone(), request);
    let facet_counter = HitStatsCollector::new(&request.facets, request.timeline.is_some())
        .with_aliases(aliases.clone())
        .with_top(request.top, searcher.segment_readers().len());

    let (total, ranked, hit_stats) = if request.limit == 0 {
        let (total, facets) = searcher.search(&query, &(Count, facet_counter))?;
        (total as u64, Vec::new(), facets)
    } else {
        let top = TopDocs::with_limit(request.limit).and_offset(request.offset);
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
                let by_date = top.order_by_fast_field::<tantivy::DateTime>("published", order);
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

    let snippets = if ranked.is_empty() || request.query.trim().is_empty() {
        None
    } else {
        let mut generator = SnippetGenerator::create(&searcher, &*text_query, fields.body)?;
        generator.set_max_num_chars(SNIPPET_CHARS);
        Some(generator)
    };
    let mut hits = Vec::with_capacity(ranked.len());
    for (score, address) in ranked {
        let doc: TantivyDocument = searcher.doc(address)?;
        let article = StoredArticle::from_document(fields, &doc, &aliases);
        let highlighted = match &snippets {
            Some(generator) => {
                let snippet = generator.snippet(&article.body);
                if snippet.fragment().is_empty() {
                    lead(&article.body)
                } else {
                    Highlighted {
                        text: snippet.fragment().to_string(),
                        ranges: snippet.highlighted().to_vec(),
                    }
                }
            }
            None => lead(&article.body),
        };
        hits.push(Hit {
            id: article.id,
            score,
            title: article.title,
            source: article.source,
            published: article.published,
            path: article.path,
            snippet: highlighted.to_html(),
            people: article.people,
            places: article.places,
            orgs: article.orgs,
            topics: article.topics,
            authors: article.authors,
            highlighted,
        });
    }

    Ok(SearchResponse {
        query: request.query.clone(),
        total,
        took_ms: started.elapsed().as_secs_f64() * 1000.0,
        hits,
        facets: top_values(hit_stats.facets, request.top, &aliases),
        timeline: request.timeline.map(|g| timeline(&hit_stats.days, g)),
    })
}

/// The beginning of an article, cut at a word boundary, when nothing is highlighted.
fn lead(body: &str) -> Highlighted {
    let mut end = body.len();
    for (count, (index, _)) in body.char_indices().enumerate() {
        if count == SNIPPET_CHARS {
            end = body[..index].rfind(char::is_whitespace).unwrap_or(index);
            break;
        }
    }
    let mut text = body[..end].trim_end().to_string();
    if end < body.len() {
        text.push_str(" …");
    }
    Highlighted {
        text: text.replace('\n', " "),
        ranges: Vec::new(),
    }
}

fn top_values(
    counts: HashMap<FacetKind, HashMap<String, u64>>,
    top: usize,
    aliases: &CorpusAliases,
) -> BTreeMap<String, Vec<FacetCount>> {
    counts
        .into_iter()
        .map(|(kind, values)| {
            let mut values = if kind.is_name() {
                merge_spellings(as_full_names(kind, values, aliases))
            } else {
                values
                    .into_iter()
                    .map(|(value, count)| FacetCount { value, count })
                    .collect()
            };
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            values.truncate(top);
            (kind.name().to_string(), values)
        })
        .collect()
}

/// Counts with each short form counted under the full name the corpus files it as. An
/// article has one of the two (extraction joins them inside an article), so counts add up.
fn as_full_names(
    kind: FacetKind,
    values: HashMap<String, u64>,
    aliases: &CorpusAliases,
) -> HashMap<String, u64> {
    let mut merged: HashMap<String, u64> = HashMap::with_capacity(values.len());
    for (value, count) in values {
        if aliases.is_hidden(kind, &value) {
            continue;
        }
        let full = aliases.full_name(kind, &value);
        if full == value {
            *merged.entry(value).or_default() += count;
        } else {
            *merged.entry(full.to_string()).or_default() += count;
        }
    }
    merged
}

/// Facet values that fold to one name ("Lech Wałęsa", "Lech Walesa") counted as one,
/// shown as their most frequent spelling. Each article has one spelling of a name, so
/// the counts add up.
fn merge_spellings(values: HashMap<String, u64>) -> Vec<FacetCount> {
    let mut by_name: HashMap<String, (FacetCount, u64)> = HashMap::new();
    for (value, count) in values {
        let entry = by_name
            .entry(crate::names::fold(&value))
            .or_insert_with(|| {
                (
                    FacetCount {
                        value: value.clone(),
                        count: 0,
                    },
                    0,
                )
            });
        entry.0.count += count;
        // The most frequent spelling is shown (ties: the first in sort order).
        if count > entry.1 || (count == entry.1 && value < entry.0.value) {
            entry.0.value = value;
            entry.1 = count;
        }
    }
    by_name.into_values().map(|(merged, _)| merged).collect()
}

/// Adds facet and date filters as zero-score clauses, so they never change ranking.
fn with_filters(
    index: &NewsIndex,
    query: Box<dyn Query>,
    request: &SearchRequest,
) -> Box<dyn Query> {
    let fields = index.fields();
    let aliases = index.aliases();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, query)];
    let mut add_filter = |filter: Box<dyn Query>| {
        clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(filter, 0.0))));
    };
    for (kind, value) in &request.filters {
        let value = match kind {
            FacetKind::Org => crate::extract::canonical_organization(value),
            _ => value.clone(),
        };
        add_filter(facet_filter(index, fields, *kind, &value, &aliases));
    }
    for period in &request.mentions {
        let term = Term::from_field_text(fields.mentions, &period.label());
        add_filter(Box::new(TermQuery::new(term, IndexRecordOption::Basic)));
    }
    if request.from.is_some() || request.to.is_some() {
        let bound = |date: NaiveDate| {
            Term::from_field_date(fields.published, document::to_tantivy_date(date))
        };
        let lower = request
            .from
            .map_or(Bound::Unbounded, |p| Bound::Included(bound(p.first)));
        let upper = request
            .to
            .map_or(Bound::Unbounded, |p| Bound::Excluded(bound(p.end)));
        add_filter(Box::new(RangeQuery::new(lower, upper)));
    }
    if clauses.len() == 1 {
        return clauses
            .pop()
            .map(|(_, q)| q)
            .unwrap_or_else(|| Box::new(AllQuery));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// A value filter: the whole value (case- and accent-insensitive), or its words in order
/// inside a longer name, so `putin` finds "Vladimir Putin".
fn facet_filter(
    index: &NewsIndex,
    fields: &Fields,
    kind: FacetKind,
    value: &str,
    aliases: &CorpusAliases,
) -> Box<dyn Query> {
    let Some(entity) = fields.entity(kind) else {
        let term = Term::from_field_text(fields.value_field(kind), value.trim());
        return Box::new(TermQuery::new(term, IndexRecordOption::Basic));
    };
    // The value, the full name the corpus files it under, and that name's other short
    // forms: `--person "Ronald Reagan"` finds the articles that say only "Reagan".
    let full = aliases.full_name(kind, value.trim());
    let mut key_terms = analyze(index, KEY_ANALYZER, entity.key, value);
    for form in std::iter::once(full).chain(aliases.short_forms(kind, full)) {
        for term in analyze(index, KEY_ANALYZER, entity.key, form) {
            if !key_terms.contains(&term) {
                key_terms.push(term);
            }
        }
    }
    let mut word_terms = analyze(index, NAME_ANALYZER, entity.words, value);
    let whole_value_exists = key_terms
        .iter()
        .any(|term| index.searcher().doc_freq(term).is_ok_and(|count| count > 0));
    // A multi-word value that exists as typed ("United States") needs no phrase search,
    // which would be far slower on a value that half the corpus carries.
    if whole_value_exists && word_terms.len() > 1 {
        word_terms.clear();
    }
    let term_query =
        |term: Term| -> Box<dyn Query> { Box::new(TermQuery::new(term, IndexRecordOption::Basic)) };
    let mut alternatives: Vec<(Occur, Box<dyn Query>)> = key_terms
        .into_iter()
        .map(|term| (Occur::Should, term_query(term)))
        .collect();
    if word_terms.len() == 1 {
        alternatives.extend(
            word_terms
                .into_iter()
                .map(|term| (Occur::Should, term_query(term))),
        );
    } else if !word_terms.is_empty() {
        alternatives.push((Occur::Should, Box::new(PhraseQuery::new(word_terms))));
    }
    Box::new(BooleanQuery::new(alternatives))
}

fn analyze(index: &NewsIndex, analyzer: &str, field: Field, text: &str) -> Vec<Term> {
    let Some(mut analyzer) = index.tantivy().tokenizers().get(analyzer) else {
        return Vec::new();
    };
    let mut terms = Vec::new();
    let mut stream = analyzer.token_stream(text.trim());
    while let Some(token) = stream.next() {
        terms.push(Term::from_field_text(field, &token.text));
    }
    terms
}

/// What is counted over all matching documents in one pass: facet values and, for a
/// timeline, publication days.
#[derive(Default)]
struct HitStats {
    facets: HashMap<FacetKind, HashMap<String, u64>>,
    days: HashMap<i64, u64>,
}

/// Collects `HitStats` from string fast fields (facets) and the `published` date column.
struct HitStatsCollector {
    facets: Vec<FacetKind>,
    timeline: bool,
    /// Values wanted per facet when the index has one segment (exact then); `None`: all.
    single_segment_top: Option<usize>,
    /// Short forms and full names counted as one: read beside the top values.
    aliases: std::sync::Arc<CorpusAliases>,
}

impl HitStatsCollector {
    fn new(kinds: &[FacetKind], timeline: bool) -> Self {
        let mut facets = kinds.to_vec();
        facets.sort();
        facets.dedup();
        HitStatsCollector {
            facets,
            timeline,
            single_segment_top: None,
            aliases: Default::default(),
        }
    }

    /// Counts with the corpus's short forms: a top value's full name and short forms are
    /// read too, so the full name's count is all of them.
    fn with_aliases(mut self, aliases: std::sync::Arc<CorpusAliases>) -> Self {
        self.aliases = aliases;
        self
    }

    /// Only the `top` values per facet are needed; with one segment the others need not be
    /// read from the dictionary at all.
    fn with_top(mut self, top: usize, segments: usize) -> Self {
        if segments == 1 {
            self.single_segment_top = Some(top);
        }
        self
    }
}

struct HitStatsSegment {
    top: Option<usize>,
    aliases: std::sync::Arc<CorpusAliases>,
    columns: Vec<(FacetKind, Option<StrColumn>, Vec<u32>)>,
    published: Option<tantivy::columnar::Column<tantivy::DateTime>>,
    days: HashMap<i64, u64>,
}

const SECONDS_PER_DAY: i64 = 86_400;

impl Collector for HitStatsCollector {
    type Fruit = HitStats;
    type Child = HitStatsSegment;

    fn for_segment(&self, _: u32, segment: &SegmentReader) -> tantivy::Result<HitStatsSegment> {
        let mut columns = Vec::with_capacity(self.facets.len());
        for kind in &self.facets {
            let column = segment.fast_fields().str(&kind.value_field_name())?;
            let terms = column.as_ref().map_or(0, |c| c.num_terms());
            columns.push((*kind, column, vec![0u32; terms]));
        }
        let published = if self.timeline {
            Some(segment.fast_fields().date("published")?)
        } else {
            None
        };
        Ok(HitStatsSegment {
            top: self.single_segment_top,
            aliases: self.aliases.clone(),
            columns,
            published,
            days: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HitStats>) -> tantivy::Result<HitStats> {
        let mut merged = HitStats {
            facets: self.facets.iter().map(|k| (*k, HashMap::new())).collect(),
            days: HashMap::new(),
        };
        for fruit in fruits {
            for (kind, values) in fruit.facets {
                let target = merged.facets.entry(kind).or_default();
                for (value, count) in values {
                    *target.entry(value).or_default() += count;
                }
            }
            for (day, count) in fruit.days {
                *merged.days.entry(day).or_default() += count;
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for HitStatsSegment {
    type Fruit = HitStats;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for (_, column, counts) in &mut self.columns {
            if let Some(column) = column {
                for ord in column.term_ords(doc) {
                    if let Some(count) = counts.get_mut(ord as usize) {
                        *count += 1;
                    }
                }
            }
        }
        if let Some(date) = self.published.as_ref().and_then(|c| c.first(doc)) {
            let day = date.into_timestamp_secs().div_euclid(SECONDS_PER_DAY);
            *self.days.entry(day).or_default() += 1;
        }
    }

    fn harvest(self) -> HitStats {
        let mut facets = HashMap::new();
        for (kind, column, counts) in self.columns {
            let mut values = HashMap::new();
            if let Some(column) = column {
                let hits = counts.iter().filter(|&&c| c > 0).count();
                // Values no facet shows (a first name alone) may be among the top: read
                // as many more.
                let top = self.top.map(|t| t + self.aliases.hidden_count(kind));
                if let Some(top) = top.filter(|&t| t < hits) {
                    // Exact top values: count descending, then value (ordinals follow values).
                    let mut ords: Vec<usize> =
                        (0..counts.len()).filter(|&o| counts[o] > 0).collect();
                    ords.select_nth_unstable_by(top.saturating_sub(1), |&a, &b| {
                        counts[b].cmp(&counts[a]).then(a.cmp(&b))
                    });
                    ords.truncate(top);
                    if self.aliases.has_any(kind) {
                        // The other values filed under a top value's full name.
                        let mut text = String::new();
                        let mut related = Vec::new();
                        for &ord in &ords {
                            text.clear();
                            if !column.ord_to_str(ord as u64, &mut text).unwrap_or(false) {
                                continue;
                            }
                            for value in self.aliases.values_filed_with(kind, &text) {
                                if let Ok(Some(other)) =
                                    column.dictionary().term_ord(value.as_bytes())
                                {
                                    related.push(other as usize);
                                }
                            }
                        }
                        ords.extend(related.into_iter().filter(|&o| counts[o] > 0));
                        ords.sort_unstable();
                        ords.dedup();
                    }
                    let mut text = String::new();
                    for ord in ords {
                        text.clear();
                        if column.ord_to_str(ord as u64, &mut text).unwrap_or(false) {
                            values.insert(text.clone(), counts[ord] as u64);
                        }
                    }
                } else if hits > 64 {
                    // Many values: one sequential pass over the dictionary beats a random
                    // lookup per value.
                    if let Ok(mut stream) = column.dictionary().stream() {
                        while stream.advance() {
                            let count =
                                counts.get(stream.term_ord() as usize).copied().unwrap_or(0);
                            if count > 0 {
                                values.insert(
                                    String::from_utf8_lossy(stream.key()).into_owned(),
                                    count as u64,
                                );
                            }
                        }
                    }
                } else {
                    let mut text = String::new();
                    for (ord, &count) in counts.iter().enumerate() {
                        if count == 0 {
                            continue;
                        }
                        text.clear();
                        if column.ord_to_str(ord as u64, &mut text).unwrap_or(false) {
                            values.insert(text.clone(), count as u64);
                        }
                    }
                }
            }
            facets.insert(kind, values);
        }
        HitStats {
            facets,
            days: self.days,
        }
    }
}

/// Calendar buckets for a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// `2025-05-15`
    Day,
    /// ISO weeks, `2025-W20`
    Week,
    /// `2025-05`
    Month,
    /// `2025`
    Year,
}

impl std::str::FromStr for Granularity {
    type Err = crate::choice::InvalidValue;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        crate::choice::one_of("timeline", text)
    }
}

/// One bar of a timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineBucket {
    /// The calendar period.
    pub period: String,
    /// Hits published in it.
    pub count: u64,
}

/// Most periods a timeline fills in between its first and last; over a longer span only
/// the periods with hits are listed.
pub const MAX_TIMELINE_PERIODS: usize = 2000;

/// Buckets publication days by calendar period, with empty periods between the first and
/// the last included (when there are at most `MAX_TIMELINE_PERIODS`).
fn timeline(days: &HashMap<i64, u64>, granularity: Granularity) -> Vec<TimelineBucket> {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    let label = |date: NaiveDate| match granularity {
        Granularity::Day => date.format("%Y-%m-%d").to_string(),
        Granularity::Week => {
            let week = date.iso_week();
            format!("{:04}-W{:02}", week.year(), week.week())
        }
        Granularity::Month => date.format("%Y-%m").to_string(),
        Granularity::Year => date.format("%Y").to_string(),
    };
    let (Some(&first), Some(&last)) = (days.keys().min(), days.keys().max()) else {
        return Vec::new();
    };
    let (first_date, last_date) = (
        epoch + chrono::Duration::days(first),
        epoch + chrono::Duration::days(last),
    );
    let years = i64::from(last_date.year() - first_date.year());
    let periods = match granularity {
        Granularity::Day => last - first + 1,
        Granularity::Week => (last - first) / 7 + 2,
        Granularity::Month => {
            years * 12 + i64::from(last_date.month()) - i64::from(first_date.month()) + 1
        }
        Granularity::Year => years + 1,
    };
    if periods > MAX_TIMELINE_PERIODS as i64 {
        // Too long a span to fill in: the periods with hits only, in order.
        let mut sparse: BTreeMap<String, u64> = BTreeMap::new();
        for (&day, &count) in days {
            *sparse
                .entry(label(epoch + chrono::Duration::days(day)))
                .or_default() += count;
        }
        return sparse
            .into_iter()
            .map(|(period, count)| TimelineBucket { period, count })
            .collect();
    }
    let mut buckets: Vec<TimelineBucket> = Vec::new();
    let mut day = first;
    while day <= last {
        let date = epoch + chrono::Duration::days(day);
        let period = label(date);
        let count = days.get(&day).copied().unwrap_or(0);
        match buckets.last_mut() {
            Some(bucket) if bucket.period == period => bucket.count += count,
            _ => buckets.push(TimelineBucket { period, count }),
        }
        day += 1;
    }
    buckets
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
            Ok(Some(StoredArticle::from_document(
                fields,
                &doc,
                &index.aliases(),
            )))
        }
        None => Ok(None),
    }
}

/// Values of one facet across the whole index whose name, or a word of it, starts with
/// `prefix` (case- and accent-insensitive), most frequent first: for autocomplete.
pub fn facet_values(
    index: &NewsIndex,
    kind: FacetKind,
    prefix: &str,
    limit: usize,
) -> Result<Vec<FacetCount>, SearchError> {
    let searcher = index.searcher();
    let stats = searcher.search(&AllQuery, &HitStatsCollector::new(&[kind], false))?;
    let fold = crate::names::fold;
    let prefix = fold(prefix.trim());
    let aliases = index.aliases();
    let mut values: Vec<FacetCount> = stats
        .facets
        .into_values()
        .flat_map(|values| as_full_names(kind, values, &aliases))
        .filter(|(value, _)| {
            let folded = fold(value);
            prefix.is_empty()
                || folded.starts_with(&prefix)
                || folded
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word.starts_with(&prefix))
        })
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    values.truncate(limit);
    Ok(values)
}

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
    let counter = HitStatsCollector::new(&FacetKind::ALL, false);
    let (articles, counts) = searcher.search(&AllQuery, &(Count, counter))?;
    let counts = counts.facets;
    let date_at = |order: Order| -> Result<Option<String>, SearchError> {
        let first = searcher.search(
            &AllQuery,
            &TopDocs::with_limit(1).order_by_fast_field::<tantivy::DateTime>("published", order),
        )?;
        Ok(first
            .first()
            .and_then(|(date, _)| *date)
            .and_then(document::from_tantivy_date)
            .map(|d| d.to_string()))
    };
    let dated = searcher.search(
        &tantivy::query::ExistsQuery::new("published".to_string(), false),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> i64 {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        (NaiveDate::from_ymd_opt(y, m, d).unwrap() - epoch).num_days()
    }

    #[test]
    fn timelines_fill_empty_periods_only_over_a_bounded_span() {
        let days: HashMap<i64, u64> = [(day(2025, 1, 30), 2), (day(2025, 3, 2), 1)].into();
        let months = timeline(&days, Granularity::Month);
        let periods: Vec<&str> = months.iter().map(|b| b.period.as_str()).collect();
        assert_eq!(periods, ["2025-01", "2025-02", "2025-03"]);
        assert_eq!(months[1].count, 0);

        // Three centuries by day would be 110,000 bars: only the two with hits.
        let days: HashMap<i64, u64> = [(day(1800, 1, 1), 1), (day(2100, 1, 1), 1)].into();
        let sparse = timeline(&days, Granularity::Day);
        assert_eq!(sparse.len(), 2);
        assert_eq!(sparse[0].period, "1800-01-01");
        assert_eq!(timeline(&days, Granularity::Year).len(), 301);
    }
}
