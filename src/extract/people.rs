//! People as a librarian files them: one value per person per article, the fullest name
//! the article (or the file's own tags) gives, without titles, roles or possessives.

use std::collections::HashMap;

use super::NOT_ENTITIES;
use super::span::{EntityKind, JoinWords, Span, strip_possessive};

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

/// Lower-case words that belong inside personal names.
pub(super) const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "van", "von", "der", "den", "du", "dos", "del", "la", "le", "bin", "ibn",
    "al", "el",
];

/// Whether `word` is a title or role word ("Mr", "President", "Sen.").
pub(super) fn is_title(word: &str) -> bool {
    TITLES.contains(&word.to_lowercase().as_str())
}

/// A person span without leading titles and a trailing possessive.
pub(super) fn person_words(words: &[String]) -> Vec<String> {
    let mut words = strip_possessive(words);
    while words.len() > 1 && is_title(&words[0]) {
        words.remove(0);
    }
    if words.len() == 1 && is_title(&words[0]) {
        return Vec::new();
    }
    words
}

/// The people of one article: each mention with the value it is filed under, and the
/// file's own tags with bare surnames completed.
pub(super) struct People<'a> {
    /// (canonical name, span) for every person mention in the text.
    pub mentions: Vec<(String, &'a Span)>,
    /// The file's tags, a tag that is only a surname ("Volcker") replaced by the full
    /// name the text gives.
    pub provided: Vec<String>,
}

/// Files every person span of the article under one canonical name.
pub(super) fn resolve<'a>(spans: &'a [Span], provided: &[String]) -> People<'a> {
    let person_names: Vec<Vec<String>> = spans
        .iter()
        .filter(|s| s.kind == EntityKind::Person)
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
    let mut mentions = Vec::new();
    for span in spans.iter().filter(|s| s.kind == EntityKind::Person) {
        let words = person_words(&span.words);
        if words.is_empty() || NOT_ENTITIES.contains(&words.join_words().to_lowercase().as_str()) {
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
        mentions.push((full.join_words(), span));
    }
    let provided = provided
        .iter()
        .map(|name| match full_name_of.get(name.trim()) {
            Some(full) if !name.trim().contains(' ') => full.join_words(),
            _ => name.clone(),
        })
        .collect();
    People { mentions, provided }
}
