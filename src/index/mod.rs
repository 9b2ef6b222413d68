//! The on-disk index: generations of tantivy indexes under one data root.
//!
//! ```text
//! index/
//!   .lock            held by the one `newsdex index` run allowed at a time
//!   current -> gen-000002
//!   gen-000001/      the previous generation, kept for readers that still have it open
//!   gen-000002/      tantivy files + newsdex.json (schema version) + aliases.json
//! ```
//! A rebuild writes a new generation and switches `current` atomically (symlink + rename),
//! so readers never see a half-built index.

mod aliases;
pub mod cached_stemmer;
pub mod document;
mod live;
mod merge_policy;
pub mod near_duplicates;
pub mod ordinals;
pub mod schema;
mod writer;

use std::fs::File;
use std::path::{Path, PathBuf};

use tantivy::{IndexReader, ReloadPolicy, Searcher};

pub use aliases::CorpusAliases;
pub use live::SharedIndex;
pub use ordinals::FacetOrdinals;
pub use schema::{FacetKind, Fields};
pub use writer::{FinishedUpdate, IndexUpdate, PartialFile, PreparedArticle, RecordChanges};

const CURRENT_LINK: &str = "current";
const LOCK_FILE: &str = ".lock";
const GENERATION_PREFIX: &str = "gen-";
const GENERATION_META: &str = "newsdex.json";

/// What can go wrong opening or writing an index.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// No index has been built at this location.
    #[error("no index at {0}")]
    NotFound(String),
    /// The folder holds something that is not a newsdex index.
    #[error("{0} is not a newsdex index: {1}")]
    NotAnIndex(String, String),
    /// Built by another version of newsdex.
    #[error(
        "the index at {path} was built with schema version {found}, this newsdex uses {expected}"
    )]
    SchemaMismatch {
        /// Index root.
        path: String,
        /// Version found on disk.
        found: u32,
        /// Version this build writes.
        expected: u32,
    },
    /// Another `newsdex index` holds the lock.
    #[error(
        "another 'newsdex index' is updating {0} right now (lock held on {0}/.lock); wait for it to finish"
    )]
    Locked(String),
    /// A segment lacks the columns an update needs to know what it holds: updating would
    /// index its files a second time, so the update stops.
    #[error(
        "{generation}: segment {segment} has no readable '{column}' column, so its articles cannot be matched to their files; rebuild the index instead of updating it"
    )]
    UnreadableManifest {
        /// The generation folder.
        generation: String,
        /// The segment's id.
        segment: String,
        /// The column that is missing or of another type.
        column: &'static str,
    },
    /// A file-system error on a named path.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// tantivy failed.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// Writing the index failed (a full disk, a permission): nothing of the run was kept.
    #[error("cannot write the index at {path}: {source}{}", write_hint(source))]
    Write {
        /// Index root.
        path: String,
        /// What tantivy said.
        source: tantivy::TantivyError,
    },
}

/// tantivy's writer threads report a failed write without its cause: say the likely ones.
fn write_hint(error: &tantivy::TantivyError) -> &'static str {
    match error {
        tantivy::TantivyError::ErrorInThread(_) => {
            " (writing a segment failed: is the disk full or read-only?)"
        }
        _ => "",
    }
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> IndexError + '_ {
    move |source| IndexError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// An open, searchable generation of the index.
pub struct NewsIndex {
    index: tantivy::Index,
    fields: Fields,
    reader: IndexReader,
    generation: PathBuf,
    /// The short forms the corpus teaches (re-read on reload).
    aliases: std::sync::RwLock<std::sync::Arc<CorpusAliases>>,
    /// Global ordinals per facet, for the segments they were last built for.
    ordinals: std::sync::Mutex<std::collections::HashMap<FacetKind, std::sync::Arc<FacetOrdinals>>>,
}

impl NewsIndex {
    /// Whether `root` holds a built index.
    pub fn exists(root: &Path) -> bool {
        root.join(CURRENT_LINK).exists()
    }

    /// Opens the current generation under `root`.
    pub fn open(root: &Path) -> Result<NewsIndex, IndexError> {
        let generation = current_generation(root)?;
        Self::open_generation(root, &generation)
    }

    fn open_generation(root: &Path, generation: &Path) -> Result<NewsIndex, IndexError> {
        check_schema_version(root, generation)?;
        let index = tantivy::Index::open_in_dir(generation)?;
        schema::register_analyzers(index.tokenizers());
        let fields = Fields::from_schema(&index.schema())?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(NewsIndex {
            index,
            fields,
            reader,
            generation: generation.to_path_buf(),
            aliases: std::sync::RwLock::new(std::sync::Arc::new(CorpusAliases::load(generation))),
            ordinals: Default::default(),
        })
    }

    /// The generation folder `current` points to now under `root`.
    pub fn current_generation_path(root: &Path) -> Result<PathBuf, IndexError> {
        current_generation(root)
    }

    /// A searcher over the generation as it was when opened (or last reloaded).
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Picks up commits made to this generation since it was opened.
    pub fn reload(&self) -> Result<(), IndexError> {
        self.reader.reload()?;
        let aliases = std::sync::Arc::new(CorpusAliases::load(&self.generation));
        // A poisoned lock only means a reader panicked: the table itself is whole.
        *self.aliases.write().unwrap_or_else(|e| e.into_inner()) = aliases;
        Ok(())
    }

    /// The short forms of people and organizations this corpus teaches.
    pub fn aliases(&self) -> std::sync::Arc<CorpusAliases> {
        self.aliases
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The global ordinals of a facet over the segments of `searcher`: built on first use
    /// after the segments change, then shared by every query.
    pub fn facet_ordinals(
        &self,
        searcher: &Searcher,
        kind: FacetKind,
    ) -> Result<std::sync::Arc<FacetOrdinals>, tantivy::TantivyError> {
        // A poisoned lock only means a query panicked: a cached entry is whole or absent.
        let mut cache = self.ordinals.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(ordinals) = cache.get(&kind).filter(|o| o.fits(searcher)) {
            return Ok(ordinals.clone());
        }
        let ordinals =
            std::sync::Arc::new(FacetOrdinals::build(searcher, &kind.value_field_name())?);
        cache.insert(kind, ordinals.clone());
        Ok(ordinals)
    }

    /// Reads the facet values of `kinds` for every document into memory now, so that the
    /// first queries of a long-lived reader (the server) are as fast as the later ones.
    pub fn warm_facets(&self, kinds: &[FacetKind]) -> Result<(), IndexError> {
        let searcher = self.searcher();
        for &kind in kinds {
            let ordinals = self.facet_ordinals(&searcher, kind)?;
            if ordinals.all_in_memory() {
                continue;
            }
            for (segment_ord, segment) in searcher.segment_readers().iter().enumerate() {
                let column = segment.fast_fields().str(&kind.value_field_name())?;
                ordinals.keep_in_memory(segment_ord, column.as_ref(), segment.max_doc());
            }
        }
        Ok(())
    }

    /// The schema's fields.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The tantivy index (for query parsing and tokenizers).
    pub fn tantivy(&self) -> &tantivy::Index {
        &self.index
    }

    /// The generation folder this handle reads.
    pub fn generation(&self) -> &Path {
        &self.generation
    }
}

/// The generation `current` points to.
fn current_generation(root: &Path) -> Result<PathBuf, IndexError> {
    let link = root.join(CURRENT_LINK);
    match std::fs::read_link(&link) {
        Ok(target) => Ok(root.join(target)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            Err(IndexError::NotFound(root.display().to_string()))
        }
        Err(error) => Err(IndexError::NotAnIndex(
            root.display().to_string(),
            format!("{CURRENT_LINK} is not a link to a generation ({error})"),
        )),
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct GenerationMeta {
    schema_version: u32,
}

fn check_schema_version(root: &Path, generation: &Path) -> Result<(), IndexError> {
    let meta_path = generation.join(GENERATION_META);
    let bytes = std::fs::read(&meta_path).map_err(io_error(&meta_path))?;
    let meta: GenerationMeta = serde_json::from_slice(&bytes).map_err(|error| {
        IndexError::NotAnIndex(
            root.display().to_string(),
            format!("{}: {error}", meta_path.display()),
        )
    })?;
    if meta.schema_version != schema::SCHEMA_VERSION {
        return Err(IndexError::SchemaMismatch {
            path: root.display().to_string(),
            found: meta.schema_version,
            expected: schema::SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// An exclusive lock on an index root, held while it is written; released on drop.
pub struct IndexLock {
    _file: File,
}

impl IndexLock {
    /// Takes the lock, failing at once if another process holds it.
    pub fn acquire(root: &Path) -> Result<IndexLock, IndexError> {
        std::fs::create_dir_all(root).map_err(io_error(root))?;
        let path = root.join(LOCK_FILE);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_error(&path))?;
        match file.try_lock() {
            Ok(()) => Ok(IndexLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => {
                Err(IndexError::Locked(root.display().to_string()))
            }
            Err(std::fs::TryLockError::Error(source)) => Err(IndexError::Io {
                path: path.display().to_string(),
                source,
            }),
        }
    }
}

/// Generation folders under `root`, oldest first.
fn generations(root: &Path) -> Result<Vec<(u32, PathBuf)>, IndexError> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(root).map_err(io_error(root))? {
        let entry = entry.map_err(io_error(root))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(number) = name
            .strip_prefix(GENERATION_PREFIX)
            .and_then(|n| n.parse().ok())
        {
            found.push((number, entry.path()));
        }
    }
    found.sort();
    Ok(found)
}

/// Removes what a failed run left under `root`: generation folders newer than `current`
/// (a rebuild that never switched), or all of them when nothing is current yet, and the
/// temporary link of an interrupted switch. With `keep_resumable`, the newest of them is
/// kept when it committed anything and has this schema (a rebuild killed on its way,
/// which the next rebuild goes on with) and returned. Called with the lock held.
fn remove_leftovers(root: &Path, keep_resumable: bool) -> Result<Option<PathBuf>, IndexError> {
    let current = current_generation(root).ok();
    let found = generations(root)?;
    let current_number = found
        .iter()
        .find(|(_, path)| Some(path) == current.as_ref())
        .map(|(number, _)| *number);
    let leftovers: Vec<PathBuf> = found
        .into_iter()
        .filter(|(number, _)| current_number.is_none_or(|current| *number > current))
        .map(|(_, path)| path)
        .collect();
    let kept = leftovers
        .last()
        .filter(|newest| keep_resumable && is_resumable(root, newest))
        .cloned();
    for path in leftovers {
        if Some(&path) != kept.as_ref() {
            std::fs::remove_dir_all(&path).map_err(io_error(&path))?;
        }
    }
    let temporary = root.join(format!(".{CURRENT_LINK}.tmp"));
    if temporary.symlink_metadata().is_ok() {
        std::fs::remove_file(&temporary).map_err(io_error(&temporary))?;
    }
    Ok(kept)
}

/// Whether an unfinished generation can be gone on with: this schema, and a commit that
/// holds articles.
fn is_resumable(root: &Path, generation: &Path) -> bool {
    check_schema_version(root, generation).is_ok()
        && tantivy::Index::open_in_dir(generation)
            .and_then(|index| index.load_metas())
            .is_ok_and(|metas| metas.segments.iter().any(|s| s.num_docs() > 0))
}

/// Creates an empty generation folder with a fresh tantivy index.
fn create_generation(root: &Path) -> Result<PathBuf, IndexError> {
    let next = generations(root)?.last().map(|(n, _)| n + 1).unwrap_or(1);
    let path = root.join(format!("{GENERATION_PREFIX}{next:06}"));
    std::fs::create_dir_all(&path).map_err(io_error(&path))?;
    let meta = serde_json::to_vec(&GenerationMeta {
        schema_version: schema::SCHEMA_VERSION,
    })
    .unwrap_or_default();
    let meta_path = path.join(GENERATION_META);
    std::fs::write(&meta_path, meta).map_err(io_error(&meta_path))?;
    tantivy::Index::create_in_dir(&path, schema::build_schema())?;
    Ok(path)
}

/// Points `current` at `generation` atomically, then deletes generations older than the
/// one it replaced (that one stays for readers that still have it open).
fn switch_to(root: &Path, generation: &Path) -> Result<(), IndexError> {
    let previous = current_generation(root).ok();
    let name = generation.file_name().ok_or_else(|| {
        IndexError::NotAnIndex(root.display().to_string(), "bad generation path".into())
    })?;
    let temporary = root.join(format!(".{CURRENT_LINK}.tmp"));
    let _ = std::fs::remove_file(&temporary);
    std::os::unix::fs::symlink(name, &temporary).map_err(io_error(&temporary))?;
    let link = root.join(CURRENT_LINK);
    std::fs::rename(&temporary, &link).map_err(io_error(&link))?;
    for (_, old) in generations(root)? {
        let keep = old == generation || previous.as_deref() == Some(old.as_path());
        if !keep {
            // A reader may still have files of it open; on Unix they stay readable.
            let _ = std::fs::remove_dir_all(&old);
        }
    }
    Ok(())
}
