//! newsdex: a full-text news search engine.
//!
//! Data flows one way: `corpus` reads files into `Article`s, `extract` finds their
//! `Entities`, `index` writes them to tantivy, `search` answers a `SearchRequest`
//! with a `SearchResponse`, and `present` renders it as text or JSON.

pub mod article;
pub mod choice;
pub mod corpus;
pub mod dates;
pub mod eval;
pub mod extract;
#[doc(hidden)]
pub mod fuzzing;
pub mod index;
pub mod ingest;
pub mod names;
pub mod present;
pub mod search;
pub mod server;
