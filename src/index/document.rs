//! One article as a tantivy document, and back: the only place that knows which field
//! holds what.

use chrono::NaiveDate;
use serde::Serialize;
use tantivy::schema::{Field, Value};
use tantivy::{DateTime, TantivyDocument};

use super::schema::{EntityFields, Fields};
use crate::article::Article;
use crate::dates;
use crate::extract::Entities;

/// Days since 1970-01-01 as a tantivy date.
pub fn to_tantivy_date(date: NaiveDate) -> DateTime {
    // tantivy counts nanoseconds in an i64 (1677 to 2262): a date outside is clamped to
    // the nearest end rather than wrapped around to another century.
    const LIMIT: i64 = i64::MAX / 1_000_000_000 - 1;
    let seconds = date
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp())
        .unwrap_or_default()
        .clamp(-LIMIT, LIMIT);
    DateTime::from_timestamp_secs(seconds)
}

/// A tantivy date back to the calendar day.
pub fn from_tantivy_date(date: DateTime) -> Option<NaiveDate> {
    chrono::DateTime::from_timestamp(date.into_timestamp_secs(), 0).map(|d| d.date_naive())
}

/// The tantivy document for an article and its entities.
pub fn to_document(
    fields: &Fields,
    article: &Article,
    entities: &Entities,
    file_hash: u64,
    content_hash: u64,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, &article.id);
    doc.add_text(fields.path, &article.path);
    doc.add_u64(fields.record, article.record);
    doc.add_u64(fields.file_hash, file_hash);
    doc.add_u64(fields.content_hash, content_hash);
    if let Some(title) = &article.title {
        doc.add_text(fields.title, title);
    }
    doc.add_text(fields.body, &article.body);
    let spans = mention_spans(entities);
    if !spans.is_empty() {
        doc.add_text(fields.mention_spans, spans);
    }
    if let Some(url) = &article.url {
        doc.add_text(fields.url, url);
    }
    if let Some(source_id) = &article.source_id {
        doc.add_text(fields.source_id, source_id);
    }
    if let Some(date) = article.published {
        doc.add_date(fields.published, to_tantivy_date(date));
        doc.add_text(fields.year, dates::year_label(date));
        doc.add_text(fields.month, date.format("%Y-%m").to_string());
    }
    for period in entities.mentioned_periods() {
        // Months are the facet; every period is searchable.
        if period.len() == 7 {
            doc.add_text(fields.mentioned, &period);
        }
        doc.add_text(fields.mentions, period);
    }
    let add_entity = |doc: &mut TantivyDocument, entity: &EntityFields, value: &str| {
        doc.add_text(entity.words, value);
        doc.add_text(entity.value, value);
        doc.add_text(entity.key, value);
    };
    for person in &entities.people {
        add_entity(&mut doc, &fields.person, person);
    }
    let mut continents = std::collections::BTreeSet::new();
    let mut place_terms = std::collections::BTreeSet::new();
    for place in &entities.places {
        doc.add_text(fields.place.value, &place.name);
        // A filter on a country or continent finds the places inside it, and the
        // alternate names users type ("Kiev") find the place.
        place_terms.insert(place.name.clone());
        place_terms.extend(place.hierarchy.iter().cloned());
        place_terms.extend(place.aliases.iter().cloned());
        continents.extend(place.continent().map(str::to_string));
    }
    for term in place_terms {
        doc.add_text(fields.place.words, &term);
        doc.add_text(fields.place.key, &term);
    }
    // The country facet counts the countries articles are about, not every country a
    // place filter finds (src/extract/aboutness.rs).
    for country in &entities.countries {
        doc.add_text(fields.country, country);
    }
    for continent in continents {
        doc.add_text(fields.continent, continent);
    }
    for org in &entities.orgs {
        add_entity(&mut doc, &fields.org, org);
    }
    for topic in &entities.topics {
        add_entity(&mut doc, &fields.topic, topic);
    }
    if let Some(source) = &article.source {
        add_entity(&mut doc, &fields.source, source);
    }
    let mut authors_seen = std::collections::HashSet::new();
    for author in &article.provided.authors {
        if authors_seen.insert(author.to_lowercase()) {
            add_entity(&mut doc, &fields.author, author);
        }
    }
    doc
}

/// The body mentions of the article's people, places and organizations, one entity a
/// line: `P|L|O`, tab, name, tab, `start-end` byte spans separated by spaces. Plainer and
/// smaller than JSON in every stored document.
fn mention_spans(entities: &Entities) -> String {
    use crate::extract::EntityKind;
    use std::fmt::Write;
    let mut out = String::new();
    for entity in &entities.entities {
        let letter = match entity.kind {
            EntityKind::Person => 'P',
            EntityKind::Place => 'L',
            EntityKind::Organization => 'O',
            EntityKind::Misc => continue,
        };
        if entity.name.contains(['\t', '\n']) {
            continue;
        }
        let mut spans = entity.mentions.iter().filter(|m| !m.in_title).peekable();
        if spans.peek().is_none() {
            continue;
        }
        let _ = write!(out, "{letter}\t{}\t", entity.name);
        for (i, mention) in spans.enumerate() {
            let _ = write!(
                out,
                "{}{}-{}",
                if i == 0 { "" } else { " " },
                mention.start,
                mention.end
            );
        }
        out.push('\n');
    }
    out
}

/// Reads [`mention_spans`] back; a line it cannot read is left out.
fn parse_mention_spans(text: &str, body_len: usize) -> Vec<StoredMention> {
    text.lines()
        .filter_map(|line| {
            let mut parts = line.split('\t');
            let kind = match parts.next()? {
                "P" => "person",
                "L" => "place",
                "O" => "org",
                _ => return None,
            };
            let name = parts.next()?.to_string();
            let spans = parts
                .next()?
                .split(' ')
                .filter_map(|span| {
                    let (start, end) = span.split_once('-')?;
                    let (start, end) = (start.parse().ok()?, end.parse().ok()?);
                    (start < end && end <= body_len).then_some([start, end])
                })
                .collect();
            Some(StoredMention { kind, name, spans })
        })
        .collect()
}

/// Where the body names one person, place or organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredMention {
    /// `person`, `place` or `org`: the filter it goes with.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The entity's name as extracted (its facet value).
    pub name: String,
    /// Byte spans `[start, end)` of each mention in the body.
    pub spans: Vec<[usize; 2]>,
}

/// Another article in brief: another copy of a story, listed in the article view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleSummary {
    /// Its id.
    pub id: String,
    /// Its headline.
    pub title: Option<String>,
    /// Its publication day.
    pub published: Option<String>,
    /// Its publisher.
    pub source: Option<String>,
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
    /// The record's own id in its source system (JSON `id`, Reuters NEWID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
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
    /// Where the body names its people, places and organizations.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<StoredMention>,
    /// Other copies of the same story (wire copy sent again), oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub similar: Vec<ArticleSummary>,
}

/// The body mentions stored with a document (`StoredArticle::mentions`): only the article
/// view reads them, so a page of hits does not parse them.
pub fn stored_mentions(fields: &Fields, doc: &TantivyDocument) -> Vec<StoredMention> {
    let Some(spans) = doc.get_first(fields.mention_spans).and_then(|v| v.as_str()) else {
        return Vec::new();
    };
    let body_len = doc
        .get_first(fields.body)
        .and_then(|v| v.as_str())
        .map_or(0, str::len);
    parse_mention_spans(spans, body_len)
}

/// The stored article a document holds, its values as indexed (without its mentions:
/// `stored_mentions`).
pub fn from_document(fields: &Fields, doc: &TantivyDocument) -> StoredArticle {
    {
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
                .and_then(from_tantivy_date)
                .map(|d| d.to_string()),
            url: text(fields.url),
            source_id: text(fields.source_id),
            path: crate::corpus::display_key(&text(fields.path).unwrap_or_default()),
            record: doc
                .get_first(fields.record)
                .and_then(|v| v.as_u64())
                .unwrap_or_default(),
            people: all(fields.person.value),
            places: all(fields.place.value),
            orgs: all(fields.org.value),
            topics: all(fields.topic.value),
            authors: all(fields.author.value),
            mentions: Vec::new(),
            body: text(fields.body).unwrap_or_default(),
            similar: Vec::new(),
        }
    }
}
