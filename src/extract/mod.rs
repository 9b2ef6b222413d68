//! Entity extraction: turns an `Article` into the `Entities` the index facets on.
//!
//! The text is tokenized, tagged (PER/LOC/ORG/MISC) by the perceptron in `ner`, and the
//! mentions are canonicalized: titles and possessives dropped, a bare surname joined to the
//! full name used in the same article, an acronym joined to its long form, places resolved
//! in the `gazetteer` (demonyms count as their country). Metadata the file provides is
//! merged in. Dates come from the `temporal` tagger.

mod abbreviations;
pub mod aboutness;
pub mod clusters;
pub mod conll;
mod cues;
pub mod gazetteer;
mod headline;
pub mod ner;
mod organizations;
mod people;
mod places;
mod refine;
mod span;
pub mod temporal;
pub mod tokenize;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::article::Article;
use gazetteer::{Gazetteer, PlaceKind};
use ner::NerModel;
pub use span::EntityKind;
use span::{Span, tagger_type};

/// How much of each article extraction reads: the files' own metadata always; dates and
/// entities in the text unless told otherwise (feeds that are tagged already need neither).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Extraction {
    /// People, places, organizations and dates found in the text, beside the metadata.
    #[default]
    All,
    /// Dates found in the text; people, places and organizations only as the file gives them.
    Dates,
    /// Only the metadata the file gives.
    None,
}

crate::parse_by_name!(Extraction, "extract");

impl Extraction {
    /// What an index run at this level stores with each file, so that indexing again at
    /// another level extracts the files again: [`fingerprint`] for `All`, a variant of it
    /// otherwise.
    pub fn fingerprint(self) -> u64 {
        match self {
            Extraction::All => fingerprint(),
            Extraction::Dates => fingerprint().rotate_left(1) ^ 0x6461_7465_7300_0000,
            Extraction::None => fingerprint().rotate_left(2) ^ 0x6e6f_6e65_0000_0000,
        }
    }
}

/// The hash of the source of the readers and the extraction rules, from `build.rs`.
const EXTRACTION_SOURCE: &str = env!("NEWSDEX_EXTRACTION_SOURCE");

/// Identifies what extraction finds: the model and tables compiled in, this version of
/// newsdex and the source of its readers and rules (`build.rs`). The index stores it with
/// each file, so files extracted by another newsdex are extracted again by an incremental
/// run instead of keeping stale entities.
pub fn fingerprint() -> u64 {
    static FINGERPRINT: std::sync::LazyLock<u64> = std::sync::LazyLock::new(|| {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.update(EXTRACTION_SOURCE.as_bytes());
        hasher.update(ner::MODEL);
        hasher.update(gazetteer::TABLE.as_bytes());
        hasher.update(gazetteer::NAME_LISTS.as_bytes());
        hasher.update(clusters::TABLE.as_bytes());
        hasher.update(clusters::BROWN_TABLE.as_bytes());
        hasher.digest()
    });
    *FINGERPRINT
}

/// A place with its position in the gazetteer hierarchy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Canonical place name.
    pub name: String,
    /// Enclosing places from the top down (continent, country); empty when unresolved.
    pub hierarchy: Vec<String>,
    /// Continent, country, state or city; `None` when not in the gazetteer.
    pub kind: Option<PlaceKind>,
    /// Other names users may type for it (`Kiev`).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub aliases: Vec<String>,
}

impl Place {
    /// A place the gazetteer does not know, kept as written.
    pub fn unresolved(name: &str) -> Place {
        Place {
            name: name.trim().to_string(),
            hierarchy: Vec::new(),
            kind: None,
            aliases: Vec::new(),
        }
    }

    /// The country the place is in (itself for a country).
    pub fn country(&self) -> Option<&str> {
        match self.kind {
            Some(PlaceKind::Country) => Some(&self.name),
            Some(PlaceKind::City | PlaceKind::State | PlaceKind::Area) => {
                self.hierarchy.get(1).map(String::as_str)
            }
            _ => None,
        }
    }

    /// The continent the place is on (itself for a continent).
    pub fn continent(&self) -> Option<&str> {
        match self.kind {
            Some(PlaceKind::Continent) => Some(&self.name),
            Some(_) => self.hierarchy.first().map(String::as_str),
            None => None,
        }
    }
}

/// Where an entity is mentioned: in the body, or in the headline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset past the end.
    pub end: usize,
    /// The text as written.
    pub text: String,
    /// Whether the mention is in the headline (offsets into the title), not the body.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub in_title: bool,
}

/// An entity found in the text, with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FoundEntity {
    /// Canonical name.
    pub name: String,
    /// Person, place or organization (`PER`, `LOC`, `ORG` in JSON).
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// For places: continent, country above it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hierarchy: Vec<String>,
    /// Mentions in the body.
    pub mentions: Vec<Mention>,
}

/// The people, places, organizations and topics of one article, canonicalized.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Entities {
    /// Canonical person names.
    pub people: Vec<String>,
    /// Resolved (or flat) places.
    pub places: Vec<Place>,
    /// The countries the article is about: those its file tags, and those its text
    /// names prominently enough ([`aboutness`]); the `country` facet.
    pub countries: Vec<String>,
    /// Canonical organization names.
    pub orgs: Vec<String>,
    /// Topics and categories.
    pub topics: Vec<String>,
    /// Temporal expressions in the body, with byte offsets into it.
    pub dates: Vec<temporal::Timex>,
    /// Entities found in the text with their mentions.
    pub entities: Vec<FoundEntity>,
}

impl Entities {
    /// Every calendar period the article's dates talk about (`YYYY`, `YYYY-MM`,
    /// `YYYY-MM-DD`), each once and in order, so a search for a month finds the days,
    /// weeks and quarters inside it.
    pub fn mentioned_periods(&self) -> std::collections::BTreeSet<String> {
        self.dates
            .iter()
            .filter(|timex| timex.kind == temporal::TimexType::Date)
            .flat_map(|timex| temporal::covered_periods(&timex.value))
            .collect()
    }
}

/// Errors loading the extractor.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The bundled tagger model is unreadable.
    #[error("entity tagger: {0}")]
    Model(#[from] ner::NerError),
}

/// The value an organization is filed under ("Lib Dems" → "Liberal Democrats"), for
/// filters to meet what extraction stored.
pub fn canonical_organization(name: &str) -> String {
    organizations::canonical(name)
}

/// The value of an organization the file's tags name: the alias table's, or the name the
/// text gives it when the tag is one of its mentions or its acronym (a Reuters "IEA" tag beside "International
/// Energy Agency (IEA)" is one value), else the tag's canonical form.
fn provided_organization(tag: &str, found: &[FoundEntity]) -> String {
    let canonical = organizations::canonical(tag);
    // The alias table's value stands: a Reuters "EC" is the European Community, whatever
    // else the article's initials spell ("European Commission").
    if organizations::is_known_variant(tag) {
        return canonical;
    }
    let is_the_tagged_body = |entity: &&FoundEntity| {
        entity.kind == EntityKind::Organization
            && (entity.name == canonical
                || entity
                    .mentions
                    .iter()
                    .any(|mention| mention.text.eq_ignore_ascii_case(tag))
                || organizations::initials(&entity.name).eq_ignore_ascii_case(tag))
    };
    found
        .iter()
        .find(is_the_tagged_body)
        .map_or(canonical, |entity| entity.name.clone())
}

/// The upper-cased initials of an organization's name, small words skipped ("Bank of
/// England" → "BE"), to meet its acronym.
pub fn organization_initials(name: &str) -> String {
    organizations::initials(name)
}

/// Whether a lower-case word belongs inside personal names ("de", "van", "bin").
pub fn is_name_particle(word: &str) -> bool {
    people::NAME_PARTICLES.contains(&word)
}

/// Whether a word alone names no organization ("Holdings", "Bank", "International").
pub fn is_generic_organization_word(word: &str) -> bool {
    organizations::is_generic_organization_word(word)
}

/// Whether a word is a company's legal form ("Inc", "Ltd.", "Plc").
pub fn is_legal_form(word: &str) -> bool {
    organizations::is_legal_form(word)
}

/// Whether an organization's name reads as a company's: a legal form at the end or a
/// company word in it ("Phillips Petroleum", "Baker Hughes Inc"; not "Reagan
/// Administration").
pub fn is_company_name(name: &str) -> bool {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words
        .last()
        .is_some_and(|w| organizations::is_legal_form(w))
        || words
            .iter()
            .skip(1)
            .any(|w| organizations::COMPANY_WORDS.contains(&w.as_str()))
}

/// A "person" whose whole name the article also gives inside a company's name is that
/// company, named short: "E.F. Hutton" beside "E.F. Hutton Group Inc", "Smith Barney" and
/// "Harris Upham" beside "Smith Barney, Harris Upham and Co Inc", "Dean Witter" beside
/// "Dean Witter Reynolds Inc". Its mentions become the company's. Not when the company's
/// name is a role and a person of a firm, which the tagger ran together ("Analyst Sanford
/// Margoshes of Shearson Lehman Brothers").
fn file_people_under_their_companies(found: &mut Vec<FoundEntity>) {
    let words = |name: &str| -> Vec<String> {
        name.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(crate::names::fold)
            .collect()
    };
    let companies: Vec<(usize, Vec<String>)> = found
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Organization && is_company_name(&e.name))
        .map(|(k, e)| (k, words(&e.name)))
        .collect();
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (k, entity) in found.iter().enumerate() {
        if entity.kind != EntityKind::Person {
            continue;
        }
        let person = words(&entity.name);
        let inside = |company: &[String]| {
            company.len() > person.len()
                && company.windows(person.len()).enumerate().any(|(at, w)| {
                    w == person.as_slice()
                        && !(at > 0 && people::is_title(&company[at - 1]))
                        && company
                            .get(at + person.len())
                            .is_none_or(|next| next != "of")
                })
        };
        if let Some((company, _)) = companies.iter().find(|(_, company)| inside(company)) {
            moves.push((k, *company));
        }
    }
    for &(person, company) in &moves {
        let mentions = std::mem::take(&mut found[person].mentions);
        found[company].mentions.extend(mentions);
    }
    for &(_, company) in &moves {
        found[company].mentions.sort_by_key(|m| m.start);
    }
    // A person whose mentions went to a company has none left.
    found.retain(|entity| !entity.mentions.is_empty());
}

/// Text tagged per article by default; the rest of a longer one is searchable, not tagged.
pub const DEFAULT_MAX_TAGGED_BYTES: usize = 8 * 1024 * 1024;

/// The tagger's document-level pass sees at most this much text at a time, so time and
/// memory grow linearly with an article's size (any real article fits in one window).
const TAG_WINDOW_BYTES: usize = 256 * 1024;

/// The entities found in an article's text, each with all its mentions.
#[derive(Default)]
struct FoundEntities {
    entities: Vec<FoundEntity>,
    /// (kind, name) → position in `entities`: a long article names thousands of entities.
    position: HashMap<(EntityKind, String), usize>,
}

impl FoundEntities {
    /// Adds a mention of the entity `name`, of `kind`, at `span` of `body`.
    fn add(&mut self, name: &str, kind: EntityKind, hierarchy: &[String], span: &Span, body: &str) {
        let mention = Mention {
            start: span.start,
            end: span.end,
            text: body[span.start..span.end].to_string(),
            in_title: false,
        };
        match self.position.entry((kind, name.to_string())) {
            std::collections::hash_map::Entry::Occupied(at) => {
                self.entities[*at.get()].mentions.push(mention)
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(self.entities.len());
                self.entities.push(FoundEntity {
                    name: name.to_string(),
                    kind,
                    hierarchy: hierarchy.to_vec(),
                    mentions: vec![mention],
                });
            }
        }
    }
}

/// Thread-safe extractor shared by all indexing workers.
pub struct Extractor {
    model: NerModel,
    gazetteer: Gazetteer,
    max_tagged_bytes: usize,
    extraction: Extraction,
}

/// Names the tagger may find that are no person, place or organization.
const NOT_ENTITIES: &[&str] = &[
    "nobody",
    "somebody",
    "anybody",
    "everybody",
    "god",
    "air force one",
    "christmas",
    "easter",
    "good friday",
    "new year",
    "treasuries",
    // Awards ("Oscar nominations", "Grammy-winning"): no person.
    "oscar",
    "oscars",
    "grammy",
    "grammys",
    "emmy",
    "emmys",
    "bafta",
    "baftas",
    "golden globe",
    "golden globes",
    // The line of a football report that lists the unused substitutes.
    "subs not used",
    // Abbreviations written like "AT&T": a genre, research, questions and answers.
    "r&b",
    "r&d",
    "q&a",
    "rhythm and blues",
    // Religions: "the treatment of women under Islam" names no one ("Islam" is also a
    // given name, so the name lists alone do not say).
    "islam",
    "christianity",
    "judaism",
    "hinduism",
    "buddhism",
    "sikhism",
];
impl Extractor {
    /// Loads the tagger model and the gazetteer (compiled into the binary).
    pub fn load() -> Result<Self, ExtractError> {
        Ok(Extractor {
            model: NerModel::bundled()?,
            gazetteer: Gazetteer::load(),
            max_tagged_bytes: DEFAULT_MAX_TAGGED_BYTES,
            extraction: Extraction::All,
        })
    }

    /// Reads the text for `extraction`'s part only.
    pub fn with_extraction(mut self, extraction: Extraction) -> Self {
        self.extraction = extraction;
        self
    }

    /// Tags at most `bytes` of each article's text (entities and dates).
    pub fn with_max_tagged_bytes(mut self, bytes: usize) -> Self {
        self.max_tagged_bytes = bytes;
        self
    }

    /// How much of each article's text is tagged.
    pub fn max_tagged_bytes(&self) -> usize {
        self.max_tagged_bytes
    }

    /// The entity tagger.
    pub fn model(&self) -> &NerModel {
        &self.model
    }

    /// Extracts the entities of `article`, merging what the file provides.
    pub fn extract(&self, article: &Article) -> Entities {
        self.extract_at(article, self.extraction)
    }

    /// How the article's text names each country, as the aboutness model reads it
    /// (`entities` extracted from this article).
    pub fn country_evidence(
        &self,
        article: &Article,
        entities: &Entities,
    ) -> Vec<(String, aboutness::CountryEvidence)> {
        self.country_evidence_in(
            leading_part(&article.body, self.max_tagged_bytes),
            &entities.entities,
            &entities.places,
        )
    }

    /// [`Extractor::country_evidence`] from the parts of an extraction.
    fn country_evidence_in(
        &self,
        tagged: &str,
        found: &[FoundEntity],
        places: &[Place],
    ) -> Vec<(String, aboutness::CountryEvidence)> {
        aboutness::evidence(tagged, found, places, |word| {
            self.gazetteer.demonym_country(word).is_some()
        })
    }

    /// Extracts like [`Extractor::extract`], but a fault in the taggers costs only this
    /// article's extracted entities, not the run: the article keeps what its file
    /// provides, and the error says what went wrong, for the run's summary.
    pub fn extract_or_fall_back(&self, article: &Article) -> (Entities, Option<String>) {
        let fallback = || self.extract_at(article, Extraction::None);
        guarded(|| self.extract(article), fallback)
    }

    fn extract_at(&self, article: &Article, extraction: Extraction) -> Entities {
        let tagged = leading_part(&article.body, self.max_tagged_bytes);
        let tag_entities = extraction == Extraction::All;
        let headline = tag_entities
            .then(|| self.headline_for_tagging(article.title.as_deref(), tagged))
            .flatten();
        let text: Cow<str> = match &headline {
            Some(headline) => Cow::Owned(format!("{}\n\n{tagged}", headline.cased)),
            None => Cow::Borrowed(tagged),
        };
        // Without the tagger there are no spans: what the file provides is resolved alone.
        let spans = if tag_entities {
            self.settle_kinds(self.refine(self.tag_in_windows(&text), &text))
        } else {
            Vec::new()
        };
        let provided = &article.provided;
        let mut found = FoundEntities::default();
        // Words the article writes in lower case: the same word capitalized alone is
        // weak evidence of a name ("Bill" beside "the bill"). Only spans need them.
        let lower_case_words: HashSet<&str> = if tag_entities {
            tagged
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .collect()
        } else {
            HashSet::new()
        };
        let is_everyday_word = |word: &str| self.model.clusters().is_always_lower_case(word);
        let people = people::resolve(
            &spans,
            &provided.people,
            &self.gazetteer,
            &lower_case_words,
            is_everyday_word,
        );
        for (name, span) in &people.mentions {
            found.add(name, EntityKind::Person, &[], span, &text);
        }
        let places = self.places(&spans, &provided.places, &lower_case_words);
        for (place, span) in &places.mentions {
            found.add(
                &place.name,
                EntityKind::Place,
                &place.hierarchy,
                span,
                &text,
            );
        }
        let is_common_word = |word: &str| self.model.clusters().is_common_word(word);
        // A company the lists know, or a place whose name a club or a firm takes ("Sale",
        // "Reading").
        let known_company = |name: &str| self.gazetteer.lists_organization(name);
        let known_name = |name: &str| {
            known_company(name) || self.gazetteer.resolve(name, &HashSet::new()).is_some()
        };
        for (name, span) in
            organizations::resolve(&spans, &text, is_common_word, known_name, known_company)
        {
            found.add(&name, EntityKind::Organization, &[], span, &text);
        }
        let mut found = found.entities;
        file_people_under_their_companies(&mut found);
        if let Some(headline) = &headline {
            headline.file_mentions(&mut found, tagged.len());
        }
        let kept_places: HashSet<&str> = found
            .iter()
            .filter(|entity| entity.kind == EntityKind::Place)
            .map(|entity| entity.name.as_str())
            .collect();

        let names_of = |kind: EntityKind| {
            found
                .iter()
                .filter(move |e| e.kind == kind)
                .map(|e| e.name.clone())
        };
        let people: Vec<String> = people
            .provided
            .into_iter()
            .chain(names_of(EntityKind::Person))
            .collect();
        let orgs: Vec<String> = provided
            .orgs
            .iter()
            .map(|name| provided_organization(name, &found))
            .chain(names_of(EntityKind::Organization))
            .collect();
        let provided_countries = places
            .provided
            .iter()
            .filter_map(|place| place.country().map(str::to_string));
        let mut countries: Vec<String> = provided_countries.collect();
        let mut places: Vec<Place> = places
            .mentions
            .into_iter()
            .map(|(place, _)| place)
            .filter(|place| kept_places.contains(place.name.as_str()))
            .chain(places.provided)
            .collect();
        let mut seen_places = HashSet::new();
        places.retain(|p| {
            !p.name.trim().is_empty() && seen_places.insert(crate::names::fold(&p.name))
        });
        countries.extend(aboutness::countries_about(
            self.country_evidence_in(tagged, &found, &places),
        ));
        let mut seen_countries = HashSet::new();
        countries.retain(|country| seen_countries.insert(country.clone()));
        Entities {
            people: dedup_names(&people),
            places,
            countries,
            orgs: dedup_names(&orgs),
            topics: dedup_names(&provided.topics),
            dates: match extraction {
                Extraction::None => Vec::new(),
                Extraction::All | Extraction::Dates => temporal::tag(tagged, article.published),
            },
            entities: found,
        }
    }

    /// The article's headline as the tagger reads it, when it has one to tag: not when the
    /// body opens with it already, nor when no capital is left after casing ("oil prices
    /// fall" names nobody).
    fn headline_for_tagging<'a>(
        &self,
        title: Option<&'a str>,
        tagged: &str,
    ) -> Option<headline::Headline<'a>> {
        let title =
            title.filter(|title| !title.trim().is_empty() && !tagged.starts_with(title.trim()))?;
        let known_name = |word: &str| {
            self.gazetteer.name_lists(word)
                & (gazetteer::LIST_FIRST_NAME
                    | gazetteer::LIST_PERSON
                    | gazetteer::LIST_ORGANIZATION)
                != 0
                || self
                    .gazetteer
                    .resolve(word, &HashSet::new())
                    .is_some_and(|e| e.kind != PlaceKind::City || e.population >= 100_000)
        };
        let cased = headline::cased_for_tagging(title, tagged, known_name);
        cased
            .chars()
            .any(char::is_uppercase)
            .then_some(headline::Headline { title, cased })
    }

    /// Tags `text` window by window (`TAG_WINDOW_BYTES`, cut at breaks); spans carry byte
    /// offsets into all of `text`.
    fn tag_in_windows(&self, text: &str) -> Vec<Span> {
        let mut spans = Vec::new();
        let mut offset = 0;
        while offset < text.len() {
            let mut window = leading_part(&text[offset..], TAG_WINDOW_BYTES);
            if window.is_empty() {
                // A run without white space: cut at a character, so the window advances.
                let mut end = (offset + TAG_WINDOW_BYTES).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                window = &text[offset..end];
            }
            spans.extend(self.tag(window).into_iter().map(|mut span| {
                span.start += offset;
                span.end += offset;
                span
            }));
            offset += window.len();
        }
        spans
    }

    /// Tags the body as one document; returns entity spans with byte offsets.
    fn tag(&self, body: &str) -> Vec<Span> {
        let sentences = tokenize::sentences(body);
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|sentence| sentence.iter().map(|t| t.text).collect())
            .collect();
        let labels = self.model.tag_document(&words, &self.gazetteer);
        // In sports reports an acronym before a city is a club ("CSKA Moscow"); elsewhere
        // it is as often a trade term ("FOB Vancouver").
        let sports = ner::reports_sport(&words);
        let mut spans = Vec::new();
        // Names whose type a descriptive noun settled somewhere in the text ("record label
        // Sony"): their other mentions take the same type.
        let mut typed_by_noun: HashMap<String, EntityKind> = HashMap::new();
        for ((sentence, words), labels) in sentences.iter().zip(&words).zip(&labels) {
            let mut found = ner::spans(labels);
            // A capitalized run ending in an organization word ("European Political
            // Community summit") is an organization even where the tagger hesitated.
            let people: Vec<(usize, usize)> = found
                .iter()
                .filter(|&&(_, _, t)| t == tagger_type::PERSON)
                .map(|&(s, e, _)| (s, e))
                .collect();
            let is_place = |name: &str| self.gazetteer.resolve(name, &HashSet::new()).is_some();
            let splits_at = |k: usize| {
                organizations::and_joins_two_names(
                    words,
                    &found,
                    k,
                    is_place,
                    |word| self.model.clusters().may_be_a_name(word),
                    |name| {
                        self.gazetteer.name_lists(name)
                            & (gazetteer::LIST_ORGANIZATION | gazetteer::LIST_BRAND)
                            != 0
                    },
                )
            };
            for (start, end) in organizations::headed_runs(words, &people, splits_at) {
                let covered = found
                    .iter()
                    .any(|&(s, e, t)| t == tagger_type::ORGANIZATION && s == start && e == end);
                if !covered {
                    found.retain(|&(s, e, _)| e <= start || s >= end);
                    found.push((start, end, tagger_type::ORGANIZATION));
                }
            }
            let person: Vec<bool> = (0..words.len())
                .map(|w| {
                    found
                        .iter()
                        .any(|&(s, e, t)| t == tagger_type::PERSON && s <= w && w < e)
                })
                .collect();
            let is_common_word =
                |word: &str| self.model.clusters().is_common_word(&word.to_lowercase());
            let first_name =
                |word: &str| self.gazetteer.name_lists(word) & gazetteer::LIST_FIRST_NAME != 0;
            for (start, end) in
                organizations::corporate_names(words, &person, is_place, is_common_word)
            {
                // "Merrill Lynch Capital Markets and Drexel Burnham Lambert Inc" tagged as
                // one: the name before the "and" stays a name of its own.
                for span in found.iter_mut() {
                    if span.0 + 1 < start && span.1 > start && words[start - 1] == "and" {
                        span.1 = start - 1;
                    }
                }
                found.retain(|&(s, e, _)| e <= start || s >= end);
                found.push((start, end, tagger_type::ORGANIZATION));
            }
            organizations::extend_numbered_stations(words, &mut found);
            organizations::extend_over_on(words, &mut found);
            organizations::extend_over_of(words, &mut found);
            organizations::extend_over_und(words, &mut found);
            organizations::split_at_sentence_words(
                words,
                &mut found,
                |word| self.model.clusters().is_always_lower_case(word),
                |word| self.gazetteer.demonym_country(word).is_some(),
            );
            organizations::extend_over_first(words, &mut found);
            organizations::cut_trailing_months(
                words,
                &mut found,
                |name| {
                    self.gazetteer.lists_organization(name) || organizations::is_known_variant(name)
                },
                first_name,
            );
            organizations::extend_over_trailing_body_words(words, &mut found);
            organizations::tag_bodies_by_initials(words, &mut found);
            let is_city = |name: &str| {
                self.gazetteer
                    .resolve(name, &HashSet::new())
                    .is_some_and(|e| e.kind == PlaceKind::City)
            };
            organizations::tag_teams_beside_scores(words, &mut found, sports, is_city);
            if sports {
                organizations::tag_club_acronyms(words, &mut found, is_city, |acronym| {
                    self.gazetteer.name_lists(acronym) != 0
                        || self.gazetteer.resolve(acronym, &HashSet::new()).is_some()
                        || organizations::is_known_variant(acronym)
                });
            }
            places::extend_over_venue_words(words, &mut found);
            places::tag_state_abbreviations(words, &mut found);
            places::retype_regions_after_places(words, &mut found, |place, name| {
                let no_context = HashSet::new();
                let region = self
                    .gazetteer
                    .resolve(name, &no_context)
                    .filter(|region| matches!(region.kind, PlaceKind::State | PlaceKind::Country));
                let town = self.gazetteer.resolve(place, &no_context);
                region
                    .zip(town)
                    .is_some_and(|(region, town)| region.country == town.country)
            });
            organizations::tag_known_variants(words, &mut found);
            organizations::tag_former_bodies(words, &mut found);
            people::tag_list_members(words, &mut found);
            people::take_back_first_names(words, &mut found, first_name);
            people::type_titled_people(words, &mut found, |name| {
                self.gazetteer.name_lists(name)
                    & (gazetteer::LIST_ORGANIZATION | gazetteer::LIST_BRAND)
                    != 0
                    || organizations::is_known_variant(name)
            });
            // A word that can be part of a person's name: no nationality.
            let is_name_word = |word: &str| {
                self.model.clusters().may_be_a_name(&word.to_lowercase())
                    && self.gazetteer.demonym_country(word).is_none()
            };
            organizations::split_person_of_organization(
                words,
                &mut found,
                first_name,
                is_name_word,
                is_place,
            );
            let known_company = |name: &str| self.gazetteer.lists_organization(name);
            organizations::split_organization_and_person(
                words,
                &mut found,
                first_name,
                is_name_word,
                is_place,
                |name| organizations::is_known_variant(name) || known_company(name),
            );
            found.sort();
            // "a London newspaper", "the Basque newspaper Gara": a place or a people.
            let known_place = |name: &str| {
                self.gazetteer.resolve(name, &HashSet::new()).is_some()
                    || self.gazetteer.demonym_country(name).is_some()
            };
            let mut typed = cues::type_titles_after_the(words, &mut found, known_company);
            typed.extend(cues::type_sequels(words, &mut found, known_company));
            typed.extend(cues::type_programmes(words, &mut found, first_name));
            typed.extend(cues::type_appositives(words, &mut found, first_name));
            typed.extend(cues::type_people_in_appositions(
                words,
                &mut found,
                known_company,
                |name| organizations::has_organization_head(name),
            ));
            typed.extend(cues::type_works_of_people(words, &mut found, |name| {
                known_company(name)
                    || known_place(name)
                    || organizations::is_known_variant(name)
                    || organizations::has_organization_head(&name.split(' ').collect::<Vec<_>>())
                    || name
                        .rsplit(' ')
                        .next()
                        .is_some_and(organizations::is_generic_organization_word)
            }));
            typed.extend(cues::type_performed_works(words, &mut found, |name| {
                known_company(name) || known_place(name)
            }));
            typed.extend(cues::type_names_before_nouns(
                words,
                &mut found,
                known_place,
                known_company,
            ));
            // "a professor at Oxford", not "analyst at Jupiter" (a Florida town).
            let major_place = |name: &str| {
                self.gazetteer
                    .resolve(name, &HashSet::new())
                    .is_some_and(|e| e.kind != PlaceKind::City || e.population >= 100_000)
            };
            typed.extend(cues::type_employers(words, &mut found, major_place));
            let known_organization = |name: &str| {
                self.gazetteer.name_lists(name)
                    & (gazetteer::LIST_ORGANIZATION | gazetteer::LIST_BRAND)
                    != 0
            };
            typed.extend(cues::type_names_after_nouns(
                words,
                &mut found,
                first_name,
                known_organization,
            ));
            let mates = cues::type_list_mates(words, &mut found, &typed, known_company);
            typed.extend(mates);
            for (start, end, kind) in typed {
                if let Some(kind) = EntityKind::from_type(kind) {
                    typed_by_noun.insert(words[start..end].join(" "), kind);
                }
            }
            for (start, end, kind) in found {
                let Some(kind) = EntityKind::from_type(kind) else {
                    continue;
                };
                spans.push(Span {
                    kind,
                    words: words[start..end].iter().map(|w| w.to_string()).collect(),
                    start: sentence[start].start,
                    end: sentence[end - 1].end,
                    previous: start.checked_sub(1).map(|p| words[p].to_string()),
                    next: words.get(end).map(|n| n.to_string()),
                });
            }
        }
        if !typed_by_noun.is_empty() {
            // A short form of an organization a noun introduced is that organization
            // ("parts maker Robert Bosch" … "compensation from Bosch").
            let organization_parts: HashSet<String> = typed_by_noun
                .iter()
                .filter(|(name, kind)| **kind == EntityKind::Organization && name.contains(' '))
                .flat_map(|(name, _)| name.split(' ').filter(|w| w.len() > 2))
                .map(str::to_string)
                .collect();
            // A surname of a person named in full stays that person: in "a company Cross
            // is forming" the noun is not in apposition.
            let surnames: HashSet<String> = spans
                .iter()
                .filter(|s| s.kind == EntityKind::Person && s.words.len() > 1)
                .filter_map(|s| s.words.last().cloned())
                .collect();
            for span in &mut spans {
                let name = span.words.join(" ");
                // "The Aviator" opening a sentence is the "Aviator" a cue typed elsewhere.
                let without_the = match span.words.split_first() {
                    Some((first, rest)) if first == "The" && !rest.is_empty() => {
                        Some(rest.join(" "))
                    }
                    _ => None,
                };
                let by_noun = typed_by_noun
                    .get(&name)
                    .or_else(|| {
                        without_the
                            .as_ref()
                            .and_then(|rest| typed_by_noun.get(rest))
                            .filter(|kind| **kind == EntityKind::Misc)
                    })
                    .copied()
                    .or_else(|| {
                        (span.words.len() == 1 && organization_parts.contains(&name))
                            .then_some(EntityKind::Organization)
                    });
                if let Some(kind) = by_noun {
                    span.kind = if surnames.contains(&name) {
                        EntityKind::Person
                    } else {
                        kind
                    };
                }
            }
        }
        spans
    }
}

/// Runs `extract`; if it panics (a bug in a rule meeting text it was not written for),
/// runs `fallback` instead and returns the panic's message, so one article cannot stop a
/// run of a million. A fallback that panics too leaves no entities.
fn guarded(
    extract: impl FnOnce() -> Entities,
    fallback: impl FnOnce() -> Entities,
) -> (Entities, Option<String>) {
    use std::panic::{AssertUnwindSafe, catch_unwind};
    match catch_unwind(AssertUnwindSafe(extract)) {
        Ok(entities) => (entities, None),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown error".to_string());
            let entities = catch_unwind(AssertUnwindSafe(fallback)).unwrap_or_default();
            (entities, Some(message))
        }
    }
}

/// At most `limit` bytes from the start of `text`, ending at a paragraph, line or word break
/// when one is near the limit; empty when the first `limit` bytes have no break at all.
fn leading_part(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let near = end.saturating_sub(4096);
    for separator in ["\n\n", "\n", ". ", " "] {
        if let Some(at) = head
            .rfind(separator)
            .filter(|&at| at >= near || separator == " ")
        {
            return &text[..at + separator.len()];
        }
    }
    ""
}

fn dedup_names(names: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for name in names {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !name.is_empty() && seen.insert(crate::names::fold(&name)) {
            out.push(name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provided_names_are_trimmed_and_deduplicated_case_insensitively() {
        let names = vec![
            " Vladimir  Putin ".to_string(),
            "vladimir putin".to_string(),
            String::new(),
            "Kyiv".to_string(),
        ];
        assert_eq!(dedup_names(&names), vec!["Vladimir Putin", "Kyiv"]);
    }

    #[test]
    fn names_the_tagger_calls_places_are_settled_by_what_the_lists_know() {
        let extractor = Extractor::load().expect("extractor loads");
        let place = |name: &str| Span::of(EntityKind::Place, name);
        let settled: Vec<(String, EntityKind)> = extractor
            .settle_kinds(vec![
                place("Lord Falconer"),
                place("Sony"),
                place("Wall Street"),
                place("Paris"),
            ])
            .into_iter()
            .map(|span| (span.words.join(" "), span.kind))
            .collect();
        assert_eq!(
            settled,
            vec![
                ("Lord Falconer".to_string(), EntityKind::Person),
                ("Sony".to_string(), EntityKind::Organization),
                ("Wall Street".to_string(), EntityKind::Place),
                ("Paris".to_string(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn holidays_and_religions_the_tagger_takes_for_names_are_dropped() {
        let extractor = Extractor::load().expect("extractor loads");
        let text = "Llanelli host Cardiff on Boxing Day and Neath on St. Patrick's Day. A \
                    film on women under Islam was shown.";
        let span = |name: &str, kind: EntityKind| {
            let start = text.find(name).expect("name in text");
            Span {
                kind,
                words: name
                    .replace("'s", " 's")
                    .split(' ')
                    .map(str::to_string)
                    .collect(),
                start,
                end: start + name.len(),
                previous: None,
                next: None,
            }
        };
        let kept: Vec<String> = extractor
            .refine(
                vec![
                    span("Llanelli", EntityKind::Organization),
                    span("Boxing Day", EntityKind::Organization),
                    span("Neath", EntityKind::Organization),
                    span("St. Patrick's Day", EntityKind::Person),
                    span("Islam", EntityKind::Person),
                ],
                text,
            )
            .into_iter()
            .map(|span| span.words.join(" "))
            .collect();
        assert_eq!(kept, ["Llanelli", "Neath"]);
    }

    #[test]
    fn titles_sentence_openers_and_contractions_are_no_people() {
        let extractor = Extractor::load().expect("extractor loads");
        let person = |name: &str| Span::of(EntityKind::Person, name);
        let spans = [
            person("Roy All Around You"),
            person("Kumar Get The Munchies"),
            person("Financial Officer Edward Lill"),
            Span {
                previous: None,
                ..person("Given")
            },
            Span {
                previous: Some("and".to_string()),
                ..person("Given")
            },
            Span {
                next: Some("'t".to_string()),
                ..person("Don")
            },
            person("He Kang"),
            person("Dieter Worms"),
            person("Osama Bin Laden"),
            person("Will Young"),
            person("Gordon Brown"),
            person("Jack Straw"),
            person("Juan Carlos de la Fuente"),
        ];
        let is_everyday_word = |word: &str| extractor.model.clusters().is_always_lower_case(word);
        let people = people::resolve(
            &spans,
            &[],
            &extractor.gazetteer,
            &HashSet::new(),
            is_everyday_word,
        );
        let names: Vec<&str> = people
            .mentions
            .iter()
            .map(|(name, _)| name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Edward Lill",
                "Given",
                "He Kang",
                "Dieter Worms",
                "Osama Bin Laden",
                "Will Young",
                "Gordon Brown",
                "Jack Straw",
                "Juan Carlos de la Fuente"
            ]
        );
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_no_place_even_in_its_country() {
        let extractor = Extractor::load().expect("extractor loads");
        let place = |name: &str, previous: Option<&str>| Span {
            previous: previous.map(str::to_string),
            ..Span::of(EntityKind::Place, name)
        };
        let spans = [
            place("Britain", Some("in")),
            place("Reading", None),
            place("Reading", Some("in")),
            place("London", None),
        ];
        let places = extractor.places(&spans, &[], &HashSet::new());
        let named: Vec<(&str, Option<&str>)> = places
            .mentions
            .iter()
            .map(|(place, span)| (place.name.as_str(), span.previous.as_deref()))
            .collect();
        assert_eq!(
            named,
            [
                ("United Kingdom", Some("in")),
                ("Reading", Some("in")),
                ("London", None)
            ]
        );
    }

    #[test]
    fn long_articles_are_tagged_window_by_window_with_offsets_into_the_whole_text() {
        let extractor = Extractor::load().expect("extractor loads");
        let mut body = String::new();
        while body.len() < 3 * TAG_WINDOW_BYTES / 2 {
            body.push_str("The committee met again and the market rose as traders watched.\n\n");
        }
        body.push_str("Angela Merkel spoke in Berlin.\n");
        let article = Article {
            body: body.clone(),
            ..Article::default()
        };
        let entities = extractor.extract(&article);
        assert_eq!(entities.people, ["Angela Merkel"]);
        let mention = &entities.entities[0].mentions[0];
        assert_eq!(&body[mention.start..mention.end], "Angela Merkel");

        let capped = Extractor::load()
            .expect("extractor loads")
            .with_max_tagged_bytes(TAG_WINDOW_BYTES);
        assert!(capped.extract(&article).people.is_empty());
    }

    #[test]
    fn a_descriptive_noun_files_a_name_under_its_type_in_every_mention() {
        let extractor = Extractor::load().expect("extractor loads");
        let article = Article {
            body: "The singer fought a long legal battle with record label Sony. Later Sony \
                   dropped the case. Backing singers Pepsi and Shirlie Holliman joined him, and parts \
                   maker Robert Bosch paid. Bosch declined to comment."
                .to_string(),
            ..Article::default()
        };
        let entities = extractor.extract(&article);
        assert!(
            entities.orgs.contains(&"Sony".to_string()),
            "{:?}",
            entities.orgs
        );
        assert!(entities.orgs.contains(&"Robert Bosch".to_string()));
        assert!(!entities.orgs.contains(&"Bosch".to_string()));
        assert!(!entities.places.iter().any(|p| p.name == "Sony"));
        for singer in ["Pepsi", "Shirlie Holliman"] {
            assert!(
                entities.people.contains(&singer.to_string()),
                "{:?}",
                entities.people
            );
            assert!(!entities.orgs.contains(&singer.to_string()));
        }
    }

    #[test]
    fn a_common_word_is_no_foreign_town_unless_its_country_is_named() {
        let extractor = Extractor::load().expect("extractor loads");
        let places_of = |body: &str| -> Vec<String> {
            let article = Article {
                body: body.to_string(),
                ..Article::default()
            };
            extractor
                .extract(&article)
                .places
                .into_iter()
                .map(|place| place.name)
                .collect()
        };
        // Man, a town in Côte d'Ivoire, is a word news writes in lower case.
        let film = places_of(
            "Critics in Berlin praised Man To Man, an epic starring Joseph Fiennes. Other \
             films include Kinsey.",
        );
        assert!(!film.iter().any(|name| name == "Man"), "{film:?}");
        let town = places_of("Rebels entered the town of Man in western Ivory Coast on Friday.");
        assert!(town.iter().any(|name| name == "Man"), "{town:?}");
    }

    #[test]
    fn a_fault_in_the_taggers_costs_the_article_its_extracted_entities_only() {
        let provided = || Entities {
            people: vec!["Paul Volcker".to_string()],
            ..Entities::default()
        };
        let (entities, error) = guarded(|| panic!("slice index starts at 28"), provided);
        assert_eq!(entities.people, ["Paul Volcker"]);
        assert!(error.is_some_and(|e| e.contains("slice index starts at 28")));
        let (entities, error) = guarded(provided, || panic!("not called"));
        assert_eq!(entities.people, ["Paul Volcker"]);
        assert!(error.is_none());
        let (entities, error) = guarded(|| panic!("first"), || panic!("second"));
        assert!(entities.people.is_empty());
        assert_eq!(error.as_deref(), Some("first"));
    }

    #[test]
    fn leading_parts_end_at_breaks() {
        assert_eq!(leading_part("short", 10), "short");
        assert_eq!(leading_part("one two three", 9), "one two ");
        assert_eq!(leading_part("para one.\n\npara two", 15), "para one.\n\n");
        assert_eq!(leading_part("ééééé", 3), "");
    }

    #[test]
    fn span_types_are_settled_by_the_rest_of_the_article() {
        let extractor = Extractor::load().expect("extractor loads");
        let span = |kind: usize, words: &[&str]| Span {
            kind: EntityKind::from_type(kind).expect("a tagger type"),
            words: words.iter().map(|w| w.to_string()).collect(),
            start: 0,
            end: 0,
            previous: Some("in".to_string()),
            next: None,
        };
        let settled = extractor.settle_kinds(vec![
            span(3, &["AOL"]),
            span(2, &["AOL"]),
            span(1, &["Recep", "Tayyip", "Erdoğan"]),
            span(2, &["Erdoğan"]),
            span(3, &["US"]),
            span(3, &["Germany", "'s"]),
            span(2, &["Paris"]),
            span(3, &["Paris", "Saint-Germain"]),
        ]);
        let kinds: Vec<usize> = settled.iter().map(|s| s.kind as usize + 1).collect();
        // AOL: an organization elsewhere; Erdoğan: a person elsewhere; US and Germany:
        // countries; Paris stays a place and Paris Saint-Germain a club.
        assert_eq!(kinds, vec![3, 3, 1, 1, 2, 2, 2, 3]);
    }
}

#[cfg(test)]
mod extraction_source_tests {
    /// The build script's hashing, to check what it compiled in.
    mod build_script {
        #![allow(dead_code)]
        include!(concat!(env!("CARGO_MANIFEST_DIR"), "/build.rs"));

        pub(super) fn hash_of(root: &Path) -> u64 {
            extraction_source_hash(root)
        }
    }

    #[test]
    fn the_fingerprint_covers_the_extraction_code_it_was_built_from() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let now = format!("{:016x}", build_script::hash_of(root));
        // Cargo reran the build script after every edit of the readers and rules, so an
        // index built with other rules is extracted again.
        assert_eq!(super::EXTRACTION_SOURCE, now);
        // The rules are in it: another temporal.rs would give another hash.
        let elsewhere = std::env::temp_dir().join(format!("newsdex-source-{}", std::process::id()));
        let copy = |relative: &str, text: &str| {
            let path = elsewhere.join(relative);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        let temporal = std::fs::read_to_string(root.join("src/extract/temporal.rs")).unwrap();
        copy("src/extract/temporal.rs", &temporal);
        let before = build_script::hash_of(&elsewhere);
        copy(
            "src/extract/temporal.rs",
            &temporal.replace("following", "ensuing"),
        );
        let after = build_script::hash_of(&elsewhere);
        let _ = std::fs::remove_dir_all(&elsewhere);
        assert_ne!(before, after);
    }
}
