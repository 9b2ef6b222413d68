//! Places resolved in the gazetteer: the countries and states an article names settle
//! which of several same-named places a mention is; nationality words count as their
//! country.

use std::collections::HashSet;

use super::gazetteer::{self, PlaceKind};
use super::span::{EntityKind, JoinWords, Span};
use super::{Extractor, Place};

/// The places of one article.
pub(super) struct Places<'a> {
    /// (place, span) for every place mention in the text.
    pub mentions: Vec<(Place, &'a Span)>,
    /// The file's own place tags, resolved.
    pub provided: Vec<Place>,
}

impl Extractor {
    /// Resolves every place and nationality span of the article, and the file's tags.
    pub(super) fn places<'a>(&self, spans: &'a [Span], provided: &[String]) -> Places<'a> {
        // Countries first, so they can settle ambiguous cities.
        let mut context: HashSet<String> = HashSet::new();
        for span in spans {
            let name = span.words.join_words();
            let entry = match span.kind {
                EntityKind::Place => self.gazetteer.resolve(&name, &HashSet::new()),
                EntityKind::Misc => self.gazetteer.demonym_country(&name),
                _ => None,
            };
            if let Some(entry) =
                entry.filter(|e| matches!(e.kind, PlaceKind::Country | PlaceKind::State))
            {
                context.insert(entry.country.clone());
            }
        }
        for name in provided {
            if let Some(entry) = self.gazetteer.resolve(name, &HashSet::new()) {
                context.insert(entry.country.clone());
            }
        }
        let mut mentions = Vec::new();
        for span in spans {
            let name = span.words.join_words();
            let resolved: Vec<Place> = match span.kind {
                EntityKind::Place => {
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
                EntityKind::Misc => self
                    .gazetteer
                    .demonym_country(&name)
                    .map(|e| self.place_of(e))
                    .into_iter()
                    .collect(),
                _ => Vec::new(),
            };
            mentions.extend(resolved.into_iter().map(|place| (place, span)));
        }
        let provided = provided
            .iter()
            .map(|name| self.resolve_place(name, &context))
            .collect();
        Places { mentions, provided }
    }

    /// The place a gazetteer entry is, with its hierarchy.
    pub(super) fn place_of(&self, entry: &gazetteer::Entry) -> Place {
        Place {
            name: entry.name.clone(),
            hierarchy: self.gazetteer.hierarchy(entry),
            kind: Some(entry.kind),
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
