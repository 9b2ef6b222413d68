//! The tantivy schema, its analyzers, and turning an article into a document.

use chrono::NaiveDate;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenizerManager,
};
use tantivy::{DateTime, TantivyDocument};

use crate::article::Article;
use crate::dates;
use crate::extract::Entities;
use crate::extract::temporal::{self, TimexType};

/// Bumped whenever the schema or analyzers change: an older index must be rebuilt.
pub const SCHEMA_VERSION: u32 = 4;

/// Analyzer for article text: stemmed, lower-cased, accent-folded.
pub const NEWS_ANALYZER: &str = "news";
/// Analyzer for entity names searched word by word (`person:putin`).
pub const NAME_ANALYZER: &str = "name";
/// Analyzer for whole entity names matched case- and accent-insensitively.
pub const KEY_ANALYZER: &str = "key";

/// The entity and metadata fields users filter and facet on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FacetKind {
    /// People.
    Person,
    /// Places.
    Place,
    /// Organizations.
    Org,
    /// Publishers.
    Source,
    /// Topics and categories.
    Topic,
    /// Authors the file names.
    Author,
    /// Publication year.
    Year,
    /// Publication month.
    Month,
    /// Months the articles talk about.
    Mentioned,
    /// Countries of the places.
    Country,
    /// Continents of the places.
    Continent,
}

impl FacetKind {
    /// Every facet, in display order.
    pub const ALL: [FacetKind; 11] = [
        FacetKind::Person,
        FacetKind::Place,
        FacetKind::Org,
        FacetKind::Source,
        FacetKind::Topic,
        FacetKind::Author,
        FacetKind::Year,
        FacetKind::Month,
        FacetKind::Mentioned,
        FacetKind::Country,
        FacetKind::Continent,
    ];

    /// The name users type (`--facets person`) and the field prefix in queries.
    pub fn name(self) -> &'static str {
        match self {
            FacetKind::Person => "person",
            FacetKind::Place => "place",
            FacetKind::Org => "org",
            FacetKind::Source => "source",
            FacetKind::Topic => "topic",
            FacetKind::Author => "author",
            FacetKind::Year => "year",
            FacetKind::Month => "month",
            FacetKind::Mentioned => "mentioned",
            FacetKind::Country => "country",
            FacetKind::Continent => "continent",
        }
    }

    /// Whether the facet's values are names (people, places, …), not dates.
    pub fn is_name(self) -> bool {
        !matches!(
            self,
            FacetKind::Year | FacetKind::Month | FacetKind::Mentioned
        )
    }

    /// The fast field holding the facet's exact values.
    pub fn value_field_name(self) -> String {
        format!("{}_value", self.name())
    }

    /// Parses a facet name, accepting plurals (`people`, `places`, `orgs`).
    pub fn parse(name: &str) -> Option<FacetKind> {
        match name.trim().to_ascii_lowercase().as_str() {
            "person" | "people" | "persons" => Some(FacetKind::Person),
            "place" | "places" => Some(FacetKind::Place),
            "org" | "orgs" | "organization" | "organizations" => Some(FacetKind::Org),
            "source" | "sources" => Some(FacetKind::Source),
            "topic" | "topics" | "category" | "categories" => Some(FacetKind::Topic),
            "author" | "authors" | "byline" => Some(FacetKind::Author),
            "year" | "years" => Some(FacetKind::Year),
            "month" | "months" => Some(FacetKind::Month),
            "mentioned" | "mentions" => Some(FacetKind::Mentioned),
            "country" | "countries" => Some(FacetKind::Country),
            "continent" | "continents" => Some(FacetKind::Continent),
            _ => None,
        }
    }
}

impl std::str::FromStr for FacetKind {
    type Err = crate::choice::InvalidValue;
    /// Like [`FacetKind::parse`]; the error lists the facets.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        FacetKind::parse(text).ok_or_else(|| {
            let names: Vec<&str> = FacetKind::ALL.iter().map(|k| k.name()).collect();
            crate::choice::InvalidValue(format!(
                "unknown facet '{text}' (facets: {})",
                names.join(", ")
            ))
        })
    }
}

/// Fields for one entity kind: words for queries, exact values for facets, keys for filters.
#[derive(Debug, Clone, Copy)]
pub struct EntityFields {
    /// Tokenized names (`person:putin`).
    pub words: Field,
    /// Exact values as displayed: stored, and a fast field for counting.
    pub value: Field,
    /// Lower-cased, accent-folded whole values for filters.
    pub key: Field,
}

/// Handles to every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// Stable article id.
    pub id: Field,
    /// Source file path.
    pub path: Field,
    /// Record number inside the file.
    pub record: Field,
    /// Hash of the source file (and sidecar) when it was indexed.
    pub file_hash: Field,
    /// Hash of the article's content.
    pub content_hash: Field,
    /// Headline.
    pub title: Field,
    /// Article text.
    pub body: Field,
    /// Original URL.
    pub url: Field,
    /// Publication date.
    pub published: Field,
    /// Publication year, as a facet value.
    pub year: Field,
    /// Publication month, as a facet value.
    pub month: Field,
    /// Months mentioned in the text, as facet values.
    pub mentioned: Field,
    /// Countries of the places, as facet values.
    pub country: Field,
    /// Continents of the places, as facet values.
    pub continent: Field,
    /// Every period mentioned (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), for `--mentions`.
    pub mentions: Field,
    /// People.
    pub person: EntityFields,
    /// Places.
    pub place: EntityFields,
    /// Organizations.
    pub org: EntityFields,
    /// Publishers.
    pub source: EntityFields,
    /// Topics.
    pub topic: EntityFields,
    /// Authors.
    pub author: EntityFields,
}

impl Fields {
    /// The fields of `kind`'s entity values; `None` for the year, which has only a value field.
    pub fn entity(&self, kind: FacetKind) -> Option<&EntityFields> {
        match kind {
            FacetKind::Person => Some(&self.person),
            FacetKind::Place => Some(&self.place),
            FacetKind::Org => Some(&self.org),
            FacetKind::Source => Some(&self.source),
            FacetKind::Topic => Some(&self.topic),
            FacetKind::Author => Some(&self.author),
            FacetKind::Year
            | FacetKind::Month
            | FacetKind::Mentioned
            | FacetKind::Country
            | FacetKind::Continent => None,
        }
    }

    /// The fast field holding `kind`'s exact values.
    pub fn value_field(&self, kind: FacetKind) -> Field {
        match kind {
            FacetKind::Year => self.year,
            FacetKind::Month => self.month,
            FacetKind::Mentioned => self.mentioned,
            FacetKind::Country => self.country,
            FacetKind::Continent => self.continent,
            _ => self.entity(kind).map_or(self.year, |e| e.value),
        }
    }

    /// Looks the fields up in a schema.
    pub fn from_schema(schema: &Schema) -> tantivy::Result<Fields> {
        let get = |name: &str| schema.get_field(name);
        let entity = |name: &str| -> tantivy::Result<EntityFields> {
            Ok(EntityFields {
                words: get(name)?,
                value: get(&format!("{name}_value"))?,
                key: get(&format!("{name}_key"))?,
            })
        };
        Ok(Fields {
            id: get("id")?,
            path: get("path")?,
            record: get("record")?,
            file_hash: get("file_hash")?,
            content_hash: get("content_hash")?,
            title: get("title")?,
            body: get("body")?,
            url: get("url")?,
            published: get("published")?,
            year: get("year_value")?,
            month: get("month_value")?,
            mentioned: get("mentioned_value")?,
            mentions: get("mentions")?,
            country: get("country_value")?,
            continent: get("continent_value")?,
            person: entity("person")?,
            place: entity("place")?,
            org: entity("org")?,
            source: entity("source")?,
            topic: entity("topic")?,
            author: entity("author")?,
        })
    }
}

/// Builds the schema.
pub fn build_schema() -> Schema {
    let mut builder = Schema::builder();
    let text = |analyzer: &str, stored: bool| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing);
        if stored {
            options.set_stored()
        } else {
            options
        }
    };
    let key = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(KEY_ANALYZER)
            .set_index_option(IndexRecordOption::Basic),
    );
    builder.add_text_field("id", STRING | STORED);
    builder.add_text_field("path", STRING | STORED | FAST);
    builder.add_u64_field("record", STORED | FAST);
    builder.add_u64_field("file_hash", FAST);
    builder.add_u64_field("content_hash", FAST);
    builder.add_text_field("title", text(NEWS_ANALYZER, true));
    builder.add_text_field("body", text(NEWS_ANALYZER, true));
    builder.add_text_field("url", STORED);
    builder.add_date_field("published", INDEXED | STORED | FAST);
    builder.add_text_field("year_value", STRING | FAST);
    builder.add_text_field("month_value", STRING | FAST);
    builder.add_text_field("mentioned_value", STRING | FAST);
    builder.add_text_field("mentions", STRING);
    builder.add_text_field("country_value", STRING | FAST);
    builder.add_text_field("continent_value", STRING | FAST);
    for name in ["person", "place", "org", "source", "topic", "author"] {
        builder.add_text_field(name, text(NAME_ANALYZER, false));
        builder.add_text_field(&format!("{name}_value"), STRING | STORED | FAST);
        builder.add_text_field(&format!("{name}_key"), key.clone());
    }
    builder.build()
}

/// Registers the analyzers: tantivy does not store them in the index.
pub fn register_analyzers(tokenizers: &TokenizerManager) {
    tokenizers.register(
        NEWS_ANALYZER,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(Language::English))
            .build(),
    );
    tokenizers.register(
        NAME_ANALYZER,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    );
    tokenizers.register(KEY_ANALYZER, crate::names::folding_analyzer());
}

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
    if let Some(url) = &article.url {
        doc.add_text(fields.url, url);
    }
    if let Some(date) = article.published {
        doc.add_date(fields.published, to_tantivy_date(date));
        doc.add_text(fields.year, dates::year_label(date));
        doc.add_text(fields.month, date.format("%Y-%m").to_string());
    }
    let mut mentioned_months = std::collections::BTreeSet::new();
    let mut mentioned_periods = std::collections::BTreeSet::new();
    for timex in entities.dates.iter().filter(|t| t.kind == TimexType::Date) {
        for period in temporal::covered_periods(&timex.value) {
            if period.len() == 7 {
                mentioned_months.insert(period.clone());
            }
            mentioned_periods.insert(period);
        }
    }
    for month in mentioned_months {
        doc.add_text(fields.mentioned, month);
    }
    for period in mentioned_periods {
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
    let mut countries = std::collections::BTreeSet::new();
    let mut continents = std::collections::BTreeSet::new();
    let mut place_terms = std::collections::BTreeSet::new();
    for place in &entities.places {
        doc.add_text(fields.place.value, &place.name);
        // A filter on a country or continent finds the places inside it, and the
        // alternate names users type ("Kiev") find the place.
        place_terms.insert(place.name.clone());
        place_terms.extend(place.hierarchy.iter().cloned());
        place_terms.extend(place.aliases.iter().cloned());
        countries.extend(place.country().map(str::to_string));
        continents.extend(place.continent().map(str::to_string));
    }
    for term in place_terms {
        doc.add_text(fields.place.words, &term);
        doc.add_text(fields.place.key, &term);
    }
    for country in countries {
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
