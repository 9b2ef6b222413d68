//! What the tagger hands to the canonicalization rules: typed runs of words with their
//! place in the text.

use serde::Serialize;

/// The type of a name the tagger found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum EntityKind {
    /// A person.
    #[serde(rename = "PER")]
    Person,
    /// A place.
    #[serde(rename = "LOC")]
    Place,
    /// An organization.
    #[serde(rename = "ORG")]
    Organization,
    /// Any other name (nationality words, events, works).
    #[serde(rename = "MISC")]
    Misc,
}

/// The tagger's type numbers (`ner::TYPES`, from 1), as the (start, end, type) word
/// ranges of a sentence carry them before they become spans.
pub(super) mod tagger_type {
    /// PER.
    pub const PERSON: usize = 1;
    /// LOC.
    pub const PLACE: usize = 2;
    /// ORG.
    pub const ORGANIZATION: usize = 3;
    /// MISC.
    pub const MISC: usize = 4;
}

/// Whether one of the (start, end, type) word ranges covers word `k`.
pub(super) fn covers(found: &[(usize, usize, usize)], k: usize) -> bool {
    covering(found, k).is_some()
}

/// The first of the (start, end, type) word ranges that covers word `k`.
pub(super) fn covering(found: &[(usize, usize, usize)], k: usize) -> Option<(usize, usize, usize)> {
    found
        .iter()
        .copied()
        .find(|&(start, end, _)| start <= k && k < end)
}

/// Whether word `k` of a sentence is there and starts with a capital.
pub(super) fn capitalized_at(words: &[&str], k: usize) -> bool {
    words
        .get(k)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

impl EntityKind {
    /// The kind of the tagger's type number (`ner::TYPES`: 1 PER, 2 LOC, 3 ORG, 4 MISC).
    pub fn from_type(type_number: usize) -> Option<EntityKind> {
        match type_number {
            tagger_type::PERSON => Some(EntityKind::Person),
            tagger_type::PLACE => Some(EntityKind::Place),
            tagger_type::ORGANIZATION => Some(EntityKind::Organization),
            tagger_type::MISC => Some(EntityKind::Misc),
            _ => None,
        }
    }

    /// The CoNLL code: `PER`, `LOC`, `ORG` or `MISC`.
    pub fn code(self) -> &'static str {
        match self {
            EntityKind::Person => "PER",
            EntityKind::Place => "LOC",
            EntityKind::Organization => "ORG",
            EntityKind::Misc => "MISC",
        }
    }
}

/// A run of words the tagger (or a repair rule) gave one type.
#[derive(Debug, Clone)]
pub(super) struct Span {
    pub kind: EntityKind,
    pub words: Vec<String>,
    /// Byte offset of the first word in the text.
    pub start: usize,
    /// Byte offset past the last word.
    pub end: usize,
    /// The word before the span, if any ("Military" before "Intelligence").
    pub previous: Option<String>,
    /// The word after the span, if any ("'s" after "McDonald").
    pub next: Option<String>,
}

#[cfg(test)]
impl Span {
    /// A span of `kind` over the words of `name` (split at spaces), at byte offsets
    /// `0..name.len()`, with no words around it: the common test set-up.
    pub fn of(kind: EntityKind, name: &str) -> Span {
        Span {
            kind,
            words: name.split(' ').map(str::to_string).collect(),
            start: 0,
            end: name.len(),
            previous: None,
            next: None,
        }
    }
}

impl Span {
    /// Narrows `start..end` to where the span's words are in `text`: a rule that cut words
    /// off a span ("U.S. Senate voted" → "U.S. Senate") or split it in two keeps the offsets
    /// of the whole until then. Left as it is when a word cannot be found in order.
    pub fn locate_words(&mut self, text: &str) {
        let Some(range) = text.get(self.start..self.end) else {
            return;
        };
        let mut at = 0;
        let mut first = None;
        for word in &self.words {
            let Some(found) = range[at..].find(word.as_str()) else {
                return;
            };
            first.get_or_insert(at + found);
            at += found + word.len();
        }
        if let Some(first) = first {
            self.end = self.start + at;
            self.start += first;
        }
    }

    /// A span of some of this span's words, as another kind, with this span's offsets and
    /// neighbours (`locate_words` narrows them later): the parts of a name a rule split.
    pub fn part(&self, kind: EntityKind, words: &[String]) -> Span {
        Span {
            kind,
            words: words.to_vec(),
            start: self.start,
            end: self.end,
            previous: self.previous.clone(),
            next: self.next.clone(),
        }
    }

    /// Whether the span opens its sentence (or a quotation), where capitals prove nothing.
    pub fn opens_sentence(&self) -> bool {
        self.previous
            .as_deref()
            .is_none_or(|p| matches!(p, "\"" | "“" | "‘" | "'" | "(" | "—" | "-" | ":"))
    }

    /// Whether the span directly follows a capitalized word that is not a title: then it is
    /// the tail of a longer name the tagger split ("Military Intelligence").
    pub fn follows_name_word(&self) -> bool {
        self.previous.as_deref().is_some_and(|p| {
            p.chars().next().is_some_and(char::is_uppercase)
                && !super::people::is_title(p)
                && !p.ends_with("'s")
        })
    }
}

/// Joins tokens back into a name as written: no space before "'s" or punctuation.
pub(super) trait JoinWords {
    fn join_words(&self) -> String;
}

impl JoinWords for [String] {
    fn join_words(&self) -> String {
        let mut out = String::new();
        for (index, word) in self.iter().enumerate() {
            let glued = matches!(
                word.as_str(),
                "'s" | "’s" | "'" | "’" | "," | "." | ")" | ":" | "/"
            );
            // "InStat/MDR", "Baker/Hughes": a slash joins two names without spaces.
            if index > 0 && !glued && !out.ends_with('(') && !out.ends_with('/') {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    }
}

/// The words without a trailing possessive ("Germany 's" → "Germany").
pub(super) fn strip_possessive(words: &[String]) -> Vec<String> {
    let mut words = words.to_vec();
    if words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "'s" | "’s" | "'" | "’"))
    {
        words.pop();
    }
    words
}
