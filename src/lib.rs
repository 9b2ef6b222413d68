//! newsdex: a full-text news search engine.
//!
//! Data flows one way: `corpus` reads files into `Article`s, `extract` finds their
//! `Entities`, `index` writes them to tantivy, `search` answers a `SearchRequest`
//! with a `SearchResponse`, and `present` renders it as text or JSON. `ingest` drives
//! the first three over a corpus folder; `server` serves `search` over HTTP.
//!
//! The types most callers need are re-exported here:
//!
//! ```no_run
//! use newsdex::{Corpus, CorpusOptions, IndexOptions, Indexer, NewsIndex, SearchRequest};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let corpus = Corpus::new(vec!["corpus".into()], CorpusOptions::default());
//! Indexer::run("index".as_ref(), &corpus, &IndexOptions::default())?;
//! let index = NewsIndex::open("index".as_ref())?;
//! let request = SearchRequest { query: "ceasefire".into(), ..SearchRequest::default() };
//! println!("{} hits", newsdex::search(&index, &request)?.total);
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

pub mod article;
pub mod choice;
pub mod corpus;
pub mod dates;
pub mod eval;
pub mod extract;
mod fasthash;
#[doc(hidden)]
pub mod fuzzing;
pub mod index;
pub mod ingest;
pub mod names;
pub mod present;
pub mod search;
pub mod server;

pub use article::Article;
pub use corpus::{Corpus, CorpusOptions};
pub use dates::Period;
pub use extract::{Entities, Extractor};
pub use index::{FacetKind, IndexError, NewsIndex, SharedIndex};
pub use ingest::{IndexOptions, IndexReport, Indexer, IngestError};
pub use search::{
    Granularity, SearchError, SearchRequest, SearchResponse, SortOrder, StoredArticle, search,
};
