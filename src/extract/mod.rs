//! Entity extraction: turns an `Article` into the `Entities` the index facets on.
//!
//! Today the extractor merges the metadata that files provide; text-based NER,
//! the place gazetteer and temporal tagging plug in behind the same `extract` call.

pub mod gazetteer;
pub mod ner;
pub mod temporal;
pub mod tokenize;

use serde::{Deserialize, Serialize};

use crate::article::Article;

/// A place with its position in the gazetteer hierarchy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Canonical place name.
    pub name: String,
    /// Enclosing places from the top down (continent, country, region); empty when unresolved.
    pub hierarchy: Vec<String>,
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
}

/// Thread-safe extractor shared by all indexing workers.
#[derive(Debug, Default)]
pub struct Extractor {}

impl Extractor {
    /// Loads the extractor's models and tables.
    pub fn load() -> Self {
        Extractor {}
    }

    /// Extracts the entities of `article`, merging what the file provides.
    pub fn extract(&self, article: &Article) -> Entities {
        let provided = &article.provided;
        Entities {
            people: dedup_names(&provided.people),
            places: dedup_names(&provided.places)
                .into_iter()
                .map(|name| Place {
                    name,
                    hierarchy: Vec::new(),
                })
                .collect(),
            orgs: dedup_names(&provided.orgs),
            topics: dedup_names(&provided.topics),
            dates: temporal::tag(&article.body, article.published),
        }
    }
}

/// Trims names, drops empty ones and keeps the first spelling of case-insensitive duplicates.
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
}
