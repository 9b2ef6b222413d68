//! The `Article` type: what a reader produces and what the index stores.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One news article as read from a corpus file, before extraction.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier derived from the source path and record number.
    pub id: String,
    /// Path of the file the article came from.
    pub path: String,
    /// Record number inside a multi-article file (0 for single-article files).
    pub record: u64,
    /// Headline, when the file gives one or it can be clearly derived.
    pub title: Option<String>,
    /// Article text.
    pub body: String,
    /// Publisher or wire service.
    pub source: Option<String>,
    /// Original URL.
    pub url: Option<String>,
    /// The record's own id in the system it came from (a JSON `id`, a Reuters NEWID), so
    /// hits can be mapped back to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Publication day.
    pub published: Option<NaiveDate>,
    /// Entities and topics the file itself provides (JSON fields, Reuters tags, sidecar).
    pub provided: ProvidedMetadata,
}

/// Metadata that a corpus file states explicitly, kept beside extracted entities.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProvidedMetadata {
    /// People named by the file.
    pub people: Vec<String>,
    /// Places named by the file.
    pub places: Vec<String>,
    /// Organizations named by the file.
    pub orgs: Vec<String>,
    /// Topics or categories named by the file.
    pub topics: Vec<String>,
    /// Authors named by the file (`author`, `authors`, `byline`).
    #[serde(default)]
    pub authors: Vec<String>,
}

impl Article {
    /// The stable id for the article at `record` inside `path`.
    pub fn make_id(path: &str, record: u64) -> String {
        let key = format!("{path}#{record}");
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
    }

    /// Hash of everything the index stores about the article, to tell changed records apart.
    pub fn content_hash(&self) -> u64 {
        let bytes = serde_json::to_vec(self).unwrap_or_default();
        xxhash_rust::xxh3::xxh3_64(&bytes)
    }
}
