//! Organization names as a librarian files them: possessive names kept whole ("Moody's",
//! not "Moody"), and the variants of one body merged into one value ("Lib Dems",
//! "Liberal Democrat" → "Liberal Democrats"). The table lists well-known bodies whose
//! short forms news uses; it was written by hand from the shared corpora's facet values.

use std::collections::HashMap;

use super::NOT_ENTITIES;
use super::gazetteer::fold;
use super::span::{EntityKind, JoinWords, Span, strip_possessive};

/// Last words that make a MISC span ("European Political Community") an organization.
pub(super) const ORG_HEADS: &[&str] = &[
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

/// Small words inside organization names, skipped by acronyms ("Bank of England" → BE).
pub(super) const ACRONYM_SKIP: &[&str] = &["of", "the", "and", "for", "de", "la", "&"];

/// Whether a span names an organization: tagged so, or a MISC run ending in an
/// organization word.
fn is_organization(span: &Span) -> bool {
    span.kind == EntityKind::Organization
        || (span.kind == EntityKind::Misc
            && span.words.len() > 1
            && span
                .words
                .last()
                .is_some_and(|w| ORG_HEADS.contains(&w.to_lowercase().as_str())))
}

/// The name an organization span is written as: the possessive dropped unless it is part
/// of the name, a name split at "and" made whole. `body` is the text the span is in.
fn written_name(span: &Span, body: &str) -> String {
    let stripped = strip_possessive(&span.words);
    let name = if stripped.len() < span.words.len() && keeps_possessive(&stripped.join_words()) {
        span.words.join_words()
    } else {
        stripped.join_words()
    };
    let before = body.get(..span.start).unwrap_or_default();
    match completes_split_name(&name, before) {
        Some(whole) => whole.to_string(),
        None => name,
    }
}

/// Files every organization span of the article under one canonical name: an acronym
/// under the long form the article gives, a variant under the table's value.
pub(super) fn resolve<'a>(spans: &'a [Span], body: &str) -> Vec<(String, &'a Span)> {
    let named: Vec<(&Span, String)> = spans
        .iter()
        .filter(|span| is_organization(span))
        .map(|span| (span, written_name(span, body)))
        .filter(|(_, name)| !NOT_ENTITIES.contains(&name.to_lowercase().as_str()))
        .collect();
    // Initials → the organization names with them, in order, for acronym lookups.
    let mut long_forms: HashMap<String, Vec<&String>> = HashMap::new();
    for (_, candidate) in &named {
        long_forms
            .entry(initials(candidate))
            .or_default()
            .push(candidate);
    }
    named
        .iter()
        .map(|(span, name)| {
            let long = acronym_letters(name).and_then(|letters| {
                long_forms
                    .get(&letters)?
                    .iter()
                    .find(|candidate| **candidate != name)
                    .map(|candidate| candidate.to_string())
            });
            (canonical(long.as_deref().unwrap_or(name)), *span)
        })
        .collect()
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

/// Names whose "'s" is part of the name (folded, without it).
const POSSESSIVE_NAMES: &[&str] = &[
    "moody",
    "mcdonald",
    "sainsbury",
    "lloyd",
    "christie",
    "sotheby",
    "macy",
    "kellogg",
    "wendy",
    "domino",
    "lowe",
    "kohl",
    "dillard",
    "denny",
    "hardee",
    "friendly",
    "applebee",
    "chili",
    "levi",
    "harrah",
    "toys r us",
    "standard & poor",
    "standard and poor",
];

/// Variants (folded) → the one value filed: the full name, as the librarians' guidelines
/// file organizations (an acronym alone is merged by the article's own long form).
const CANONICAL: &[(&str, &str)] = &[
    ("standard & poor's", "Standard & Poor's"),
    ("standard and poor's", "Standard & Poor's"),
    ("standard & poor's corp", "Standard & Poor's"),
    ("standard and poor's corp", "Standard & Poor's"),
    ("standard and poors", "Standard & Poor's"),
    ("s&p", "Standard & Poor's"),
    ("moody's", "Moody's"),
    ("moody's investors service", "Moody's"),
    ("moody's investors service inc", "Moody's"),
    ("lib dems", "Liberal Democrats"),
    ("lib dem", "Liberal Democrats"),
    ("liberal democrat", "Liberal Democrats"),
    ("liberal democrat party", "Liberal Democrats"),
    ("liberal democrats", "Liberal Democrats"),
    ("eu", "European Union"),
    ("european union", "European Union"),
    ("ec", "European Community"),
    ("eec", "European Community"),
    ("european community", "European Community"),
    ("european economic community", "European Community"),
    ("imf", "International Monetary Fund"),
    ("international monetary fund", "International Monetary Fund"),
    ("un", "United Nations"),
    ("u.n.", "United Nations"),
    ("united nations", "United Nations"),
    ("fed", "Federal Reserve"),
    ("federal reserve", "Federal Reserve"),
    ("federal reserve board", "Federal Reserve"),
    ("u.s. federal reserve", "Federal Reserve"),
    ("sec", "Securities and Exchange Commission"),
    (
        "securities and exchange commission",
        "Securities and Exchange Commission",
    ),
    (
        "u.s. securities and exchange commission",
        "Securities and Exchange Commission",
    ),
    ("usda", "U.S. Agriculture Department"),
    ("u.s. agriculture department", "U.S. Agriculture Department"),
    ("agriculture department", "U.S. Agriculture Department"),
];

/// Whether `name` (without its "'s") is a name that keeps it.
pub fn keeps_possessive(name: &str) -> bool {
    POSSESSIVE_NAMES.contains(&fold(name).as_str())
}

/// The value filed for an organization name: its canonical form when the table knows it.
pub fn canonical(name: &str) -> String {
    let key = fold(name.trim());
    CANONICAL
        .iter()
        .find(|(variant, _)| *variant == key)
        .map_or_else(|| name.trim().to_string(), |(_, value)| value.to_string())
}

/// "Poor's" whose text is preceded by "Standard and " or "Standard & ": the tagger split
/// the name at "and". `text_before` is all the text before the name.
pub fn completes_split_name(name: &str, text_before: &str) -> Option<&'static str> {
    let poor = matches!(fold(name).as_str(), "poor" | "poor's" | "poors");
    // Bytes, not characters: only the ASCII tail is compared, wherever characters start.
    let before = text_before.trim_end().as_bytes();
    let ends_with = |words: &[u8]| {
        before.len() >= words.len()
            && before[before.len() - words.len()..].eq_ignore_ascii_case(words)
    };
    (poor && (ends_with(b"standard and") || ends_with(b"standard &")))
        .then_some("Standard & Poor's")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_one_value_and_possessive_names_stay_whole() {
        assert_eq!(canonical("Lib Dems"), "Liberal Democrats");
        assert_eq!(canonical("Liberal Democrat"), "Liberal Democrats");
        assert_eq!(canonical("Standard and Poor's Corp"), "Standard & Poor's");
        assert_eq!(canonical("Moody's Investors Service Inc"), "Moody's");
        assert_eq!(canonical("Acme Widgets"), "Acme Widgets");
        assert!(keeps_possessive("Moody"));
        assert!(!keeps_possessive("Putin"));
        assert_eq!(
            completes_split_name("Poor's", "said Standard and "),
            Some("Standard & Poor's")
        );
    }
}
