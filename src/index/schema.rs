//! The tantivy schema, its analyzers, and turning an article into a document.

use super::cached_stemmer::CachedStemmer;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
    TokenizerManager,
};

/// Bumped whenever the schema or analyzers change: an older index must be rebuilt.
pub const SCHEMA_VERSION: u32 = 7;

/// Analyzer for article text: stemmed, lower-cased, accent-folded.
pub const NEWS_ANALYZER: &str = "news";
/// Analyzer for entity names searched word by word (`person:putin`).
pub const NAME_ANALYZER: &str = "name";
/// Analyzer for whole entity names matched case- and accent-insensitively.
pub const KEY_ANALYZER: &str = "key";

/// Field names, for the fast columns read by name (tantivy looks columns up by name).
pub mod field {
    /// Stable article id.
    pub const ID: &str = "id";
    /// Source file path (a fast column: the manifest of updates).
    pub const PATH: &str = "path";
    /// Record number inside the file.
    pub const RECORD: &str = "record";
    /// Hash of the source file when it was indexed.
    pub const FILE_HASH: &str = "file_hash";
    /// Hash of the article's content.
    pub const CONTENT_HASH: &str = "content_hash";
    /// Headline.
    pub const TITLE: &str = "title";
    /// Article text.
    pub const BODY: &str = "body";
    /// Original URL.
    pub const URL: &str = "url";
    /// The record's own id in its source system.
    pub const SOURCE_ID: &str = "source_id";
    /// Publication date (a fast column: date sort, timelines).
    pub const PUBLISHED: &str = "published";
    /// Every period mentioned, for `--mentions`.
    pub const MENTIONS: &str = "mentions";
    /// Where the text names each person, place and organization (stored only).
    pub const MENTION_SPANS: &str = "mention_spans";
    /// The near-duplicate group (wire copy sent again): indexed and a fast column.
    pub const DUPLICATE_GROUP: &str = "duplicate_group";
    /// The MinHash signature that filed the article in its group (a fast column).
    pub const DUPLICATE_SIGNATURE: &str = "duplicate_signature";
}

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

    /// Facets a search filters by (`--place`, `place=`) and leaves out (`--not-place`,
    /// `not_place=`).
    pub const FILTERS: [FacetKind; 7] = [
        FacetKind::Person,
        FacetKind::Place,
        FacetKind::Country,
        FacetKind::Org,
        FacetKind::Source,
        FacetKind::Topic,
        FacetKind::Author,
    ];

    /// The filter a name stands for (`place`, not `places`): one of [`FacetKind::FILTERS`].
    pub fn filter_named(name: &str) -> Option<FacetKind> {
        FacetKind::FILTERS
            .into_iter()
            .find(|kind| kind.name() == name)
    }

    /// Whether the facet's values have pages of their own (`newsdex entity`,
    /// `/entity/{facet}/{value}`): people, places, countries, organizations.
    pub fn has_entity_pages(self) -> bool {
        matches!(
            self,
            FacetKind::Person | FacetKind::Place | FacetKind::Country | FacetKind::Org
        )
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
    /// The record's own id in its source system.
    pub source_id: Field,
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
    /// Byte spans of the entities' mentions in the body, for the article view.
    pub mention_spans: Field,
    /// Near-duplicate group id.
    pub duplicate_group: Field,
    /// MinHash signature bytes.
    pub duplicate_signature: Field,
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
            id: get(field::ID)?,
            path: get(field::PATH)?,
            record: get(field::RECORD)?,
            file_hash: get(field::FILE_HASH)?,
            content_hash: get(field::CONTENT_HASH)?,
            title: get(field::TITLE)?,
            body: get(field::BODY)?,
            url: get(field::URL)?,
            source_id: get(field::SOURCE_ID)?,
            published: get(field::PUBLISHED)?,
            year: get("year_value")?,
            month: get("month_value")?,
            mentioned: get("mentioned_value")?,
            mentions: get(field::MENTIONS)?,
            mention_spans: get(field::MENTION_SPANS)?,
            duplicate_group: get(field::DUPLICATE_GROUP)?,
            duplicate_signature: get(field::DUPLICATE_SIGNATURE)?,
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
    builder.add_text_field(field::ID, STRING | STORED);
    builder.add_text_field(field::PATH, STRING | STORED | FAST);
    builder.add_u64_field(field::RECORD, STORED | FAST);
    builder.add_u64_field(field::FILE_HASH, FAST);
    builder.add_u64_field(field::CONTENT_HASH, FAST);
    builder.add_text_field(field::TITLE, text(NEWS_ANALYZER, true));
    builder.add_text_field(field::BODY, text(NEWS_ANALYZER, true));
    builder.add_text_field(field::URL, STORED);
    builder.add_text_field(field::SOURCE_ID, STRING | STORED);
    builder.add_date_field(field::PUBLISHED, INDEXED | STORED | FAST);
    builder.add_text_field("year_value", STRING | FAST);
    builder.add_text_field("month_value", STRING | FAST);
    builder.add_text_field("mentioned_value", STRING | FAST);
    builder.add_text_field(field::MENTIONS, STRING);
    builder.add_text_field(field::MENTION_SPANS, STORED);
    builder.add_u64_field(field::DUPLICATE_GROUP, INDEXED | FAST);
    builder.add_bytes_field(field::DUPLICATE_SIGNATURE, FAST);
    builder.add_text_field("country_value", STRING | FAST);
    builder.add_text_field("continent_value", STRING | FAST);
    for name in ["person", "place", "org", "source", "topic", "author"] {
        builder.add_text_field(name, text(NAME_ANALYZER, false));
        builder.add_text_field(&format!("{name}_value"), STRING | STORED | FAST);
        builder.add_text_field(&format!("{name}_key"), key.clone());
    }
    builder.build()
}

/// The article-text analyzer: words lower-cased, accent-folded and stemmed by `stemming`
/// (the snippet generator stems only the words that can match a query's terms).
pub fn news_analyzer(stemming: CachedStemmer) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(stemming)
        .build()
}

/// Registers the analyzers: tantivy does not store them in the index.
pub fn register_analyzers(tokenizers: &TokenizerManager) {
    tokenizers.register(NEWS_ANALYZER, news_analyzer(CachedStemmer::default()));
    tokenizers.register(
        NAME_ANALYZER,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    );
    tokenizers.register(KEY_ANALYZER, crate::names::folding_analyzer());
}
