//! Entity extraction: turns an `Article` into the `Entities` the index facets on.
//!
//! The text is tokenized, tagged (PER/LOC/ORG/MISC) by the perceptron in `ner`, and the
//! mentions are canonicalized: titles and possessives dropped, a bare surname joined to the
//! full name used in the same article, an acronym joined to its long form, places resolved
//! in the `gazetteer` (demonyms count as their country). Metadata the file provides is
//! merged in. Dates come from the `temporal` tagger.

mod abbreviations;
pub mod clusters;
mod fasthash;
pub mod gazetteer;
pub mod ner;
mod organizations;
pub mod temporal;
pub mod tokenize;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::article::Article;
use gazetteer::{Gazetteer, PlaceKind};
use ner::NerModel;

/// Identifies what extraction finds: the model and tables compiled in, and this version of
/// newsdex. The index stores it with each file, so files extracted by another version are
/// extracted again by an incremental run instead of keeping stale entities.
pub fn fingerprint() -> u64 {
    static FINGERPRINT: std::sync::LazyLock<u64> = std::sync::LazyLock::new(|| {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.update(ner::MODEL);
        hasher.update(gazetteer::TABLE.as_bytes());
        hasher.update(gazetteer::NAME_LISTS.as_bytes());
        hasher.update(clusters::TABLE.as_bytes());
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
    /// `continent`, `country`, `state` or `city`; `null` when not in the gazetteer.
    pub kind: Option<String>,
    /// Other names users may type for it (`Kiev`).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub aliases: Vec<String>,
}

impl Place {
    /// The country the place is in (itself for a country).
    pub fn country(&self) -> Option<&str> {
        match self.kind.as_deref() {
            Some("country") => Some(&self.name),
            Some("city") | Some("state") => self.hierarchy.get(1).map(String::as_str),
            _ => None,
        }
    }

    /// The continent the place is on (itself for a continent).
    pub fn continent(&self) -> Option<&str> {
        match self.kind.as_deref() {
            Some("continent") => Some(&self.name),
            Some(_) => self.hierarchy.first().map(String::as_str),
            None => None,
        }
    }
}

/// Where an entity is mentioned in the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset past the end.
    pub end: usize,
    /// The text as written.
    pub text: String,
}

/// An entity found in the text, with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FoundEntity {
    /// Canonical name.
    pub name: String,
    /// `PER`, `LOC` or `ORG`.
    #[serde(rename = "type")]
    pub kind: String,
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
    /// Canonical organization names.
    pub orgs: Vec<String>,
    /// Topics and categories.
    pub topics: Vec<String>,
    /// Temporal expressions in the body, with byte offsets into it.
    pub dates: Vec<temporal::Timex>,
    /// Entities found in the text with their mentions.
    pub entities: Vec<FoundEntity>,
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

/// Text tagged per article by default; the rest of a longer one is searchable, not tagged.
pub const DEFAULT_MAX_TAGGED_BYTES: usize = 8 * 1024 * 1024;

/// The tagger's document-level pass sees at most this much text at a time, so time and
/// memory grow linearly with an article's size (any real article fits in one window).
const TAG_WINDOW_BYTES: usize = 256 * 1024;

/// Thread-safe extractor shared by all indexing workers.
pub struct Extractor {
    model: NerModel,
    gazetteer: Gazetteer,
    max_tagged_bytes: usize,
}

/// Words that precede names as titles or roles and are not part of them.
const TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "president",
    "prime",
    "minister",
    "leader",
    "chancellor",
    "secretary",
    "general",
    "gen.",
    "sen.",
    "senator",
    "rep.",
    "gov.",
    "governor",
    "king",
    "queen",
    "prince",
    "pope",
    "ambassador",
    "chairman",
    "director",
    "judge",
    "u.s.",
    "foreign",
    "defense",
    "defence",
    "deputy",
    "vice",
    "premier",
    "ceo",
    "spokesman",
    "spokeswoman",
    "sir",
    "lord",
];
/// Names the tagger may find that are no person, place or organization.
const NOT_ENTITIES: &[&str] = &[
    "nobody",
    "somebody",
    "anybody",
    "everybody",
    "god",
    "air force one",
];
/// Last words that make a MISC span ("European Political Community") an organization.
const ORG_HEADS: &[&str] = &[
    "community",
    "union",
    "council",
    "organization",
    "organisation",
    "committee",
    "bank",
    "party",
    "association",
    "agency",
    "ministry",
    "commission",
    "fund",
    "court",
    "parliament",
    "assembly",
    "forum",
    "alliance",
    "group",
    "corporation",
    "company",
    "institute",
    "university",
    "federation",
    "league",
    "department",
    "office",
    "service",
    "army",
    "navy",
    "police",
];
const ACRONYM_SKIP: &[&str] = &["of", "the", "and", "for", "de", "la", "&"];
/// Lower-case words that belong inside personal names.
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "van", "von", "der", "den", "du", "dos", "del", "la", "le", "bin", "ibn",
    "al", "el",
];

struct Span {
    kind: usize,
    words: Vec<String>,
    start: usize,
    end: usize,
    /// The word before the span, if any ("Military" before "Intelligence").
    previous: Option<String>,
}

impl Span {
    /// Whether the span opens its sentence (or a quotation), where capitals prove nothing.
    fn opens_sentence(&self) -> bool {
        self.previous
            .as_deref()
            .is_none_or(|p| matches!(p, "\"" | "“" | "‘" | "'" | "(" | "—" | "-" | ":"))
    }

    /// Whether the span directly follows a capitalized word that is not a title: then it is
    /// the tail of a longer name the tagger split ("Military Intelligence").
    fn follows_name_word(&self) -> bool {
        self.previous.as_deref().is_some_and(|p| {
            p.chars().next().is_some_and(char::is_uppercase)
                && !TITLES.contains(&p.to_lowercase().as_str())
                && !p.ends_with("'s")
        })
    }
}

impl Extractor {
    /// Loads the tagger model and the gazetteer (compiled into the binary).
    pub fn load() -> Result<Self, ExtractError> {
        Ok(Extractor {
            model: NerModel::bundled()?,
            gazetteer: Gazetteer::load(),
            max_tagged_bytes: DEFAULT_MAX_TAGGED_BYTES,
        })
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
        let tagged = leading_part(&article.body, self.max_tagged_bytes);
        let spans = self.refine(self.tag_in_windows(tagged));
        let provided = &article.provided;
        let mut found: Vec<FoundEntity> = Vec::new();
        // (kind, name) → position in `found`: a long article names thousands of entities.
        let mut found_at: HashMap<(&'static str, String), usize> = HashMap::new();
        let mut add =
            |name: String, kind: &'static str, hierarchy: Vec<String>, span: &Span, text: &str| {
                let mention = Mention {
                    start: span.start,
                    end: span.end,
                    text: text[span.start..span.end].to_string(),
                };
                match found_at.entry((kind, name)) {
                    std::collections::hash_map::Entry::Occupied(at) => {
                        found[*at.get()].mentions.push(mention)
                    }
                    std::collections::hash_map::Entry::Vacant(slot) => {
                        let name = slot.key().1.clone();
                        slot.insert(found.len());
                        found.push(FoundEntity {
                            name,
                            kind: kind.to_string(),
                            hierarchy,
                            mentions: vec![mention],
                        });
                    }
                }
            };

        let spans = self.settle_kinds(spans);

        // People: titles and possessives dropped, surnames joined to full names.
        let person_names: Vec<Vec<String>> = spans
            .iter()
            .filter(|s| s.kind == 1)
            .map(|s| person_words(&s.words))
            .filter(|w| !w.is_empty())
            .collect();
        // Surname → the longest full name ending in it (the last of equally long ones).
        let mut full_name_of: HashMap<&str, &[String]> = HashMap::new();
        for name in person_names.iter().filter(|n| n.len() > 1) {
            if let Some(surname) = name.last() {
                let longest = full_name_of.entry(surname.as_str()).or_insert(name);
                if name.len() >= longest.len() {
                    *longest = name;
                }
            }
        }
        // The file's own tags name people in full ("Paul Volcker"): a surname in the text
        // the text never gives in full is that person.
        let provided_names: Vec<Vec<String>> = provided
            .people
            .iter()
            .map(|name| {
                name.split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|words| words.len() > 1)
            .collect();
        for name in &provided_names {
            if let Some(surname) = name.last() {
                full_name_of.entry(surname.as_str()).or_insert(name);
            }
        }
        for span in spans.iter().filter(|s| s.kind == 1) {
            let words = person_words(&span.words);
            if words.is_empty()
                || NOT_ENTITIES.contains(&words.join_words().to_lowercase().as_str())
            {
                continue;
            }
            if words.len() == 1 && span.words.len() == 1 && span.follows_name_word() {
                continue;
            }
            let full = if words.len() == 1 {
                words
                    .last()
                    .and_then(|surname| full_name_of.get(surname.as_str()))
                    .map(|full| full.to_vec())
                    .unwrap_or(words)
            } else {
                words
            };
            add(full.join_words(), "PER", Vec::new(), span, &article.body);
        }

        // Places: countries first, so they can settle ambiguous cities.
        let mut context: HashSet<String> = HashSet::new();
        for span in &spans {
            let name = span.words.join_words();
            let entry = match span.kind {
                2 => self.gazetteer.resolve(&name, &HashSet::new()),
                4 => self.gazetteer.demonym_country(&name),
                _ => None,
            };
            if let Some(entry) =
                entry.filter(|e| matches!(e.kind, PlaceKind::Country | PlaceKind::State))
            {
                context.insert(entry.country.clone());
            }
        }
        for name in &provided.places {
            if let Some(entry) = self.gazetteer.resolve(name, &HashSet::new()) {
                context.insert(entry.country.clone());
            }
        }
        let mut places: Vec<Place> = Vec::new();
        for span in &spans {
            let name = span.words.join_words();
            let resolved: Vec<Place> = match span.kind {
                2 => {
                    let whole = self.resolve_place(&name, &context);
                    if whole.kind.is_none() && span.words.len() == 1 && span.opens_sentence() {
                        // "“Look, nothing…": a capitalized first word the gazetteer does not know.
                        Vec::new()
                    } else if whole.kind.is_none() && name.contains('-') {
                        // "Moscow-Kyiv talks": both places.
                        name.split('-')
                            .map(|part| self.resolve_place(part, &context))
                            .filter(|p| p.kind.is_some())
                            .collect()
                    } else {
                        vec![whole]
                    }
                }
                4 => self
                    .gazetteer
                    .demonym_country(&name)
                    .map(|e| self.place_of(e))
                    .into_iter()
                    .collect(),
                _ => Vec::new(),
            };
            for place in resolved {
                add(
                    place.name.clone(),
                    "LOC",
                    place.hierarchy.clone(),
                    span,
                    &article.body,
                );
                places.push(place);
            }
        }
        for name in &provided.places {
            places.push(self.resolve_place(name, &context));
        }

        // Organizations: an acronym and its long form are one.
        let is_org = |s: &&Span| {
            s.kind == 3
                || (s.kind == 4
                    && s.words.len() > 1
                    && s.words
                        .last()
                        .is_some_and(|w| ORG_HEADS.contains(&w.to_lowercase().as_str())))
        };
        let org_name = |span: &Span| -> String {
            let stripped = strip_possessive(&span.words);
            let whole = span.words.join_words();
            let name = if stripped.len() < span.words.len()
                && organizations::keeps_possessive(&stripped.join_words())
            {
                whole
            } else {
                stripped.join_words()
            };
            let before = article.body.get(..span.start).unwrap_or_default();
            match organizations::completes_split_name(&name, before) {
                Some(whole) => whole.to_string(),
                None => name,
            }
        };
        let org_spans: Vec<(&Span, String)> = spans
            .iter()
            .filter(is_org)
            .map(|span| (span, org_name(span)))
            .collect();
        // Initials → the organization names with them, in order, for acronym lookups.
        let mut long_forms: HashMap<String, Vec<&String>> = HashMap::new();
        for (_, candidate) in &org_spans {
            long_forms
                .entry(initials(candidate))
                .or_default()
                .push(candidate);
        }
        for (span, name) in &org_spans {
            let (span, name) = (*span, name.clone());
            if NOT_ENTITIES.contains(&name.to_lowercase().as_str()) {
                continue;
            }
            let long = acronym_letters(&name).and_then(|letters| {
                long_forms
                    .get(&letters)?
                    .iter()
                    .find(|candidate| ***candidate != name)
                    .map(|candidate| candidate.to_string())
            });
            let name = organizations::canonical(&long.unwrap_or(name));
            add(name, "ORG", Vec::new(), span, &article.body);
        }

        // A tag that is only a surname ("Volcker") is the full name the text gives.
        let mut people: Vec<String> = provided
            .people
            .iter()
            .map(|name| match full_name_of.get(name.trim()) {
                Some(full) if !name.trim().contains(' ') => full.join_words(),
                _ => name.clone(),
            })
            .collect();
        people.extend(
            found
                .iter()
                .filter(|e| e.kind == "PER")
                .map(|e| e.name.clone()),
        );
        let mut orgs: Vec<String> = provided
            .orgs
            .iter()
            .map(|name| organizations::canonical(name))
            .collect();
        orgs.extend(
            found
                .iter()
                .filter(|e| e.kind == "ORG")
                .map(|e| e.name.clone()),
        );
        let mut seen_places = HashSet::new();
        places.retain(|p| !p.name.trim().is_empty() && seen_places.insert(p.name.to_lowercase()));
        Entities {
            people: dedup_names(&people),
            places,
            orgs: dedup_names(&orgs),
            topics: dedup_names(&provided.topics),
            dates: temporal::tag(tagged, article.published),
            entities: found,
        }
    }

    /// Settles a span's type from the rest of the article. A word tagged as a place that
    /// is a person's name elsewhere in the article, and is no place the gazetteer knows, is
    /// that person ("Erdoğan"); one tagged as an organization elsewhere is that organization
    /// ("AOL"). A country's name tagged as an organization (a national team, "US" before a
    /// name) is the country.
    fn settle_kinds(&self, spans: Vec<Span>) -> Vec<Span> {
        let person_words_seen: HashSet<String> = spans
            .iter()
            .filter(|s| s.kind == 1)
            .flat_map(|s| person_words(&s.words))
            .collect();
        let organizations_seen: HashSet<String> = spans
            .iter()
            .filter(|s| s.kind == 3)
            .map(|s| strip_possessive(&s.words).join_words())
            .collect();
        spans
            .into_iter()
            .map(|mut span| {
                // Only places and organizations are looked up in the gazetteer.
                if !matches!(span.kind, 2 | 3) {
                    return span;
                }
                let name = strip_possessive(&span.words).join_words();
                let place = self.gazetteer.resolve(&name, &HashSet::new());
                if span.kind == 2 && place.is_none() {
                    if span.words.iter().all(|w| person_words_seen.contains(w)) {
                        span.kind = 1;
                    } else if organizations_seen.contains(&name) {
                        span.kind = 3;
                    }
                } else if span.kind == 3 && place.is_some_and(|p| p.kind == PlaceKind::Country) {
                    span.kind = 2;
                }
                span
            })
            .collect()
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
        let mut spans = Vec::new();
        for ((sentence, words), labels) in sentences.iter().zip(&words).zip(&labels) {
            let mut found = ner::spans(labels);
            // A capitalized run ending in an organization word ("European Political
            // Community summit") is an organization even where the tagger hesitated.
            let capitalized = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
            let mut i = 1;
            while i < words.len() {
                if !capitalized(words[i]) {
                    i += 1;
                    continue;
                }
                let mut j = i;
                while j + 1 < words.len()
                    && (capitalized(words[j + 1])
                        || (ACRONYM_SKIP.contains(&words[j + 1])
                            && j + 2 < words.len()
                            && capitalized(words[j + 2])))
                {
                    j += 1;
                }
                if j > i && ORG_HEADS.contains(&words[j].to_lowercase().as_str()) {
                    let (start, end) = (i, j + 1);
                    let covered = found
                        .iter()
                        .any(|&(s, e, t)| t == 3 && s == start && e == end);
                    if !covered {
                        found.retain(|&(s, e, _)| e <= start || s >= end);
                        found.push((start, end, 3));
                    }
                }
                i = j + 1;
            }
            found.sort();
            for (start, end, kind) in found {
                spans.push(Span {
                    kind,
                    words: words[start..end].iter().map(|w| w.to_string()).collect(),
                    start: sentence[start].start,
                    end: sentence[end - 1].end,
                    previous: start.checked_sub(1).map(|p| words[p].to_string()),
                });
            }
        }
        spans
    }

    fn place_of(&self, entry: &gazetteer::Entry) -> Place {
        Place {
            name: entry.name.clone(),
            hierarchy: self.gazetteer.hierarchy(entry),
            kind: Some(
                match entry.kind {
                    PlaceKind::Continent => "continent",
                    PlaceKind::Country => "country",
                    PlaceKind::State => "state",
                    PlaceKind::City => "city",
                }
                .to_string(),
            ),
            aliases: entry.aliases.clone(),
        }
    }

    /// A place name resolved in the gazetteer, or kept flat.
    pub fn resolve_place(&self, name: &str, context: &HashSet<String>) -> Place {
        match self.gazetteer.resolve(name.trim(), context) {
            Some(entry) => self.place_of(entry),
            None => Place {
                name: name.trim().to_string(),
                hierarchy: Vec::new(),
                kind: None,
                aliases: Vec::new(),
            },
        }
    }
}

/// Joins tokens back into a name as written: no space before "'s" or punctuation.
trait JoinWords {
    fn join_words(&self) -> String;
}

impl JoinWords for [String] {
    fn join_words(&self) -> String {
        let mut out = String::new();
        for (index, word) in self.iter().enumerate() {
            let glued = matches!(
                word.as_str(),
                "'s" | "’s" | "'" | "’" | "," | "." | ")" | ":"
            );
            if index > 0 && !glued && !out.ends_with('(') {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    }
}

/// Corporate suffixes, number words and other tokens that are never a name on their own.
const NEVER_A_NAME: &[&str] = &[
    "co", "co.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "cos", "llc", "sa", "ag",
    "nv", "bhd", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "mths", "qtr", "shr", "net", "revs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "chapter", "the", "reuter",
];

impl Extractor {
    /// Repairs what the tagger gets wrong on wire copy: all-caps datelines tagged as people
    /// or organizations, titles inside organization spans ("Treasury Secretary James
    /// Baker"), company names tagged as people, and lone suffixes or number words.
    fn refine(&self, spans: Vec<Span>) -> Vec<Span> {
        let mut out = Vec::with_capacity(spans.len());
        for mut span in spans {
            // A name does not run on through lower-case words ("Lavrov belittled"), but for
            // particles ("Charles de Gaulle", "Bank of England").
            let particles: &[&str] = if span.kind == 1 {
                NAME_PARTICLES
            } else {
                ACRONYM_SKIP
            };
            if let Some(cut) = (1..span.words.len()).find(|&k| {
                let word = &span.words[k];
                word.chars().next().is_some_and(char::is_lowercase)
                    && !particles.contains(&word.as_str())
                    && !word.starts_with("'")
            }) {
                span.words.truncate(cut);
                while span
                    .words
                    .last()
                    .is_some_and(|w| particles.contains(&w.as_str()))
                {
                    span.words.pop();
                }
            }
            if span.kind == 3 && span.words.len() > 1 && span.words[0].eq_ignore_ascii_case("the") {
                span.words.remove(0);
            }
            // "Ukraine-Russia talks": places joined by a hyphen are places.
            if span.kind != 2 && span.words.len() == 1 && span.words[0].contains('-') {
                let parts: Vec<&str> = span.words[0].split('-').collect();
                if parts
                    .iter()
                    .all(|p| self.gazetteer.resolve(p, &HashSet::new()).is_some())
                {
                    span.kind = 2;
                }
            }
            let lower: Vec<String> = span.words.iter().map(|w| w.to_lowercase()).collect();
            if NOT_ENTITIES.contains(&lower.join(" ").as_str()) {
                continue;
            }
            if lower
                .iter()
                .all(|w| NEVER_A_NAME.contains(&w.as_str()) || w.chars().count() <= 1)
            {
                continue;
            }
            let text = span.words.join_words();
            let all_caps =
                text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
            if span.kind != 2 && all_caps && text.chars().filter(|c| c.is_alphabetic()).count() > 4
            {
                if self.gazetteer.resolve(&text, &HashSet::new()).is_some() {
                    span.kind = 2;
                } else {
                    // A shouted headline word, not a name.
                    continue;
                }
            }
            // "Chrysler Corp", "Agriculture Department": companies and bodies, not people.
            if span.kind == 1
                && lower.last().is_some_and(|w| {
                    NEVER_A_NAME[..15].contains(&w.as_str()) || ORG_HEADS.contains(&w.as_str())
                })
            {
                span.kind = 3;
            }
            if span.kind == 1
                && span.words.len() == 1
                && span.words[0].chars().filter(|c| c.is_alphabetic()).count() <= 2
            {
                continue;
            }
            // "Treasury Secretary James Baker", "Ukrainian President Volodymyr Zelenskyy": a
            // body or a nationality, a role, then the person.
            if matches!(span.kind, 3 | 4)
                && let Some(k) = (1..span.words.len().saturating_sub(1))
                    .find(|&k| TITLES.contains(&lower[k].as_str()))
            {
                let person: Vec<String> = span.words[k + 1..].to_vec();
                let organization: Vec<String> = span.words[..k].to_vec();
                let organization_named = organization
                    .iter()
                    .any(|w| !NEVER_A_NAME.contains(&w.to_lowercase().as_str()));
                if self.gazetteer.is_demonym(&organization[0]) {
                    // "Ukrainian Defense Minister": the country is named, the rest is the role.
                    out.push(Span {
                        kind: 4,
                        words: organization[..1].to_vec(),
                        start: span.start,
                        end: span.end,
                        previous: span.previous.clone(),
                    });
                } else if span.kind == 3
                    && organization_named
                    && !TITLES.contains(&lower[0].as_str())
                {
                    out.push(Span {
                        kind: 3,
                        words: organization,
                        start: span.start,
                        end: span.end,
                        previous: span.previous.clone(),
                    });
                }
                out.push(Span {
                    kind: 1,
                    words: person,
                    start: span.start,
                    end: span.end,
                    previous: None,
                });
                continue;
            }
            out.push(span);
        }
        out
    }
}

/// A person span without leading titles and a trailing possessive.
fn person_words(words: &[String]) -> Vec<String> {
    let mut words = strip_possessive(words);
    while words.len() > 1 && TITLES.contains(&words[0].to_lowercase().as_str()) {
        words.remove(0);
    }
    if words.len() == 1 && TITLES.contains(&words[0].to_lowercase().as_str()) {
        return Vec::new();
    }
    words
}

fn strip_possessive(words: &[String]) -> Vec<String> {
    let mut words = words.to_vec();
    if words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "'s" | "’s" | "'" | "’"))
    {
        words.pop();
    }
    words
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

/// The letters of a name that can be an acronym (2 to 8 capitals: "NATO", "U.N."), else None.
fn acronym_letters(short: &str) -> Option<String> {
    let letters: String = short.chars().filter(|c| c.is_alphabetic()).collect();
    let is_acronym = (2..=8).contains(&letters.len()) && letters.chars().all(char::is_uppercase);
    is_acronym.then_some(letters)
}

/// The upper-cased initials of a long name, small words skipped ("Bank of England" → "BE").
fn initials(long: &str) -> String {
    long.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !ACRONYM_SKIP.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase()
}

fn dedup_names(names: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for name in names {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !name.is_empty() && seen.insert(name.to_lowercase()) {
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
            kind,
            words: words.iter().map(|w| w.to_string()).collect(),
            start: 0,
            end: 0,
            previous: Some("in".to_string()),
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
        let kinds: Vec<usize> = settled.iter().map(|s| s.kind).collect();
        // AOL: an organization elsewhere; Erdoğan: a person elsewhere; US and Germany:
        // countries; Paris stays a place and Paris Saint-Germain a club.
        assert_eq!(kinds, vec![3, 3, 1, 1, 2, 2, 2, 3]);
    }
}
