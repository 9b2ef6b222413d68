//! Writing the index: one update at a time (under the lock), keyed by file path and
//! content hash, into the current generation or a fresh one for a rebuild.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use tantivy::{IndexWriter, TantivyDocument, Term};

use super::merge_policy::{CappedMergePolicy, MAX_MERGED_DOCS};
use super::schema::{self, Fields, field};
use super::{CorpusAliases, IndexError, IndexLock, NewsIndex};

/// tantivy's indexing memory budget, shared by its threads.
const WRITER_MEMORY: usize = 256 * 1024 * 1024;

/// How often a long update commits what it has written so far.
const COMMIT_INTERVAL: std::time::Duration = std::time::Duration::from_secs(60);

/// A file written in parts that a commit holds only the first records of: the next run
/// resumes it at `offset` (line `line`) when the file still hashes to `file_hash`. Kept in
/// the payload of the commit that holds those records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PartialFile {
    /// The file's hash (with the extraction fingerprint) when its records were written.
    pub file_hash: u64,
    /// Byte offset after the last record committed.
    pub offset: u64,
    /// Line number at that offset (from 1).
    pub line: u64,
}

/// What a commit's payload records: the files it holds only part of.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct CommitPayload {
    partial_files: HashMap<String, PartialFile>,
}

/// What the index holds for one file.
#[derive(Debug, Default)]
struct IndexedFile {
    file_hash: u64,
    /// record number → content hash.
    records: HashMap<u64, u64>,
}

/// One article ready to be written: its record in the file, its content hash and its
/// document (built by [`super::document::to_document`]).
pub struct PreparedArticle {
    /// Record number inside the file.
    pub record: u64,
    /// Hash of the article's content, as stored.
    pub content_hash: u64,
    /// The document.
    pub document: TantivyDocument,
    /// Its near-duplicate signature, when its text is long enough to have one.
    pub signature: Option<super::near_duplicates::Signature>,
    /// Its own group, when it is a copy of nothing indexed: a hash of its id.
    pub own_group: u64,
}

/// How a file's articles compare with what the index held for it, in articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecordChanges {
    /// Articles the index did not have.
    pub added: u64,
    /// Articles whose content changed.
    pub updated: u64,
    /// Articles the same as before.
    pub unchanged: u64,
    /// Articles the file no longer holds.
    pub removed: u64,
}

/// What a finished update left: the generation readers now see.
#[derive(Debug, Clone)]
pub struct FinishedUpdate {
    /// Articles in the index.
    pub articles: u64,
    /// Whether a new generation was built and switched to.
    pub rebuilt: bool,
    /// The generation folder written.
    pub generation: PathBuf,
}

/// A file being written in parts.
#[derive(Default)]
struct OpenFile {
    previous: IndexedFile,
    written: HashSet<u64>,
    next: Option<PartialFile>,
}

/// An update of the index under `root`, holding its lock: files are replaced, kept or
/// removed one at a time, and [`IndexUpdate::finish`] commits and (for a rebuild)
/// switches readers to the new generation. Dropped unfinished, a rebuild's generation is
/// removed and readers keep the old one.
pub struct IndexUpdate {
    root: PathBuf,
    index: tantivy::Index,
    fields: Fields,
    writer: IndexWriter,
    manifest: HashMap<String, IndexedFile>,
    /// The near-duplicate groups of the articles indexed and written so far.
    duplicates: super::near_duplicates::Groups,
    /// Files being written in parts: what the index held, the records written so far, and
    /// where in the file the last part written ended.
    open_files: HashMap<String, OpenFile>,
    /// Files the last commit holds only part of (an interrupted run's): resumable.
    partial_files: HashMap<String, PartialFile>,
    /// Whether this update goes on with a rebuild an earlier run left unfinished.
    resumed: bool,
    last_commit: std::time::Instant,
    commit_interval: std::time::Duration,
    // Declared after the writer, so dropped (and the folder removed) after it.
    unfinished: UnfinishedGeneration,
    generation: PathBuf,
    rebuilt: bool,
    _lock: IndexLock,
}

impl IndexUpdate {
    /// Takes the lock on `root` and opens its current generation for an update, or a new
    /// generation when `rebuild` is set, there is no index yet, or it has an older schema.
    /// One indexing thread: see [`IndexUpdate::begin_with_threads`].
    pub fn begin(root: &Path, rebuild: bool) -> Result<IndexUpdate, IndexError> {
        Self::begin_with_threads(root, rebuild, 1)
    }

    /// Like [`IndexUpdate::begin`], with `threads` tantivy indexing threads. One is right
    /// when extraction keeps the cores busy: a corpus that fits the memory budget then
    /// lands in one segment, which facets read fastest; with nothing to extract, the
    /// writer is the bottleneck and more threads pay.
    pub fn begin_with_threads(
        root: &Path,
        rebuild: bool,
        threads: usize,
    ) -> Result<IndexUpdate, IndexError> {
        let lock = IndexLock::acquire(root)?;
        let current = NewsIndex::open(root);
        // What a failed run (a full disk, a kill) left behind would fail this one too,
        // but for a rebuild it committed part of: a rebuild goes on with it.
        let rebuild_wanted = rebuild || current.is_err();
        let resumable = super::remove_leftovers(root, rebuild_wanted)?;
        Self::begin_locked(root, current, rebuild, threads.max(1), resumable, lock)
            .map_err(|error| written(root, error))
    }

    /// Opens the update on `current` (the current generation, as it opened), or on a new
    /// or `resumable` generation when a rebuild is wanted.
    fn begin_locked(
        root: &Path,
        current: Result<NewsIndex, IndexError>,
        rebuild: bool,
        threads: usize,
        resumable: Option<PathBuf>,
        lock: IndexLock,
    ) -> Result<IndexUpdate, IndexError> {
        let existing = match current {
            Ok(index) if !rebuild => Some(index),
            Ok(_) | Err(IndexError::NotFound(_)) | Err(IndexError::SchemaMismatch { .. }) => None,
            Err(other) => return Err(other),
        };
        let rebuilt = existing.is_none();
        // An unfinished rebuild is read like an index being updated: its files' hashes say
        // what it holds already.
        let resumed_build = match (&existing, resumable) {
            (None, Some(generation)) => Some(NewsIndex::open_generation(root, &generation)?),
            _ => None,
        };
        let resumed = resumed_build.is_some();
        let existing = existing.or(resumed_build);
        let (index, generation) = match &existing {
            Some(open) => (open.tantivy().clone(), open.generation().to_path_buf()),
            None => {
                let generation = super::create_generation(root)?;
                let index = tantivy::Index::open_in_dir(&generation)?;
                (index, generation)
            }
        };
        let partial_files = match &existing {
            Some(open) => read_partial_files(open),
            None => HashMap::new(),
        };
        let unfinished = UnfinishedGeneration(rebuilt.then(|| generation.clone()));
        schema::register_analyzers(index.tokenizers());
        let fields = Fields::from_schema(&index.schema())?;
        let manifest = match &existing {
            Some(open) => read_manifest(open)?,
            None => HashMap::new(),
        };
        let duplicates = match &existing {
            Some(open) => read_duplicate_groups(open)?,
            None => super::near_duplicates::Groups::default(),
        };
        let writer: IndexWriter = index.writer_with_num_threads(threads, WRITER_MEMORY)?;
        // Segment files of a run that failed before its commit (a full disk, a kill) take
        // space and are referenced by nothing.
        if !rebuilt || resumed {
            writer.garbage_collect_files().wait()?;
        }
        writer.set_merge_policy(Box::new(CappedMergePolicy::new(MAX_MERGED_DOCS)));
        Ok(IndexUpdate {
            root: root.to_path_buf(),
            index,
            fields,
            writer,
            manifest,
            duplicates,
            open_files: HashMap::new(),
            partial_files,
            resumed,
            last_commit: std::time::Instant::now(),
            commit_interval: COMMIT_INTERVAL,
            unfinished,
            generation,
            rebuilt,
            _lock: lock,
        })
    }

    /// The schema's fields, to build documents with.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// Whether this update writes a new generation.
    pub fn is_rebuild(&self) -> bool {
        self.rebuilt
    }

    /// Whether this update goes on with a rebuild an earlier run left unfinished (what
    /// that run committed is kept, not done again).
    pub fn is_resumed(&self) -> bool {
        self.resumed
    }

    /// The files the index holds only the first records of, and where each resumes.
    pub fn partial_files(&self) -> HashMap<String, PartialFile> {
        self.partial_files.clone()
    }

    /// The generation folder being written.
    pub fn generation(&self) -> &Path {
        &self.generation
    }

    /// The file hash stored for each file the index holds (what a file that did not
    /// change still hashes to).
    pub fn file_hashes(&self) -> HashMap<String, u64> {
        self.manifest
            .iter()
            .map(|(path, file)| (path.clone(), file.file_hash))
            .collect()
    }

    /// Keeps what the index holds for `path`; returns its number of articles.
    pub fn keep_file(&mut self, path: &str) -> u64 {
        self.manifest
            .get(path)
            .map_or(0, |file| file.records.len() as u64)
    }

    /// Replaces what the index holds for `path` with `articles`.
    pub fn replace_file(
        &mut self,
        path: &str,
        articles: Vec<PreparedArticle>,
    ) -> Result<RecordChanges, IndexError> {
        self.open_file(path)?;
        let mut changes = self.add_to_file(path, articles)?;
        changes.removed = self.close_file(path);
        Ok(changes)
    }

    /// Starts replacing what the index holds for `path`, for a file written in parts
    /// ([`IndexUpdate::add_to_file`], then [`IndexUpdate::close_file`]): its old
    /// articles are deleted when the update commits.
    pub fn open_file(&mut self, path: &str) -> Result<(), IndexError> {
        self.commit_when_due()?;
        self.partial_files.remove(path);
        let previous = self.manifest.remove(path).unwrap_or_default();
        if !previous.records.is_empty() {
            self.writer
                .delete_term(Term::from_field_text(self.fields.path, path));
        }
        self.open_files.insert(
            path.to_string(),
            OpenFile {
                previous,
                ..OpenFile::default()
            },
        );
        Ok(())
    }

    /// Goes on writing a file the index holds only the first records of (see
    /// [`IndexUpdate::partial_files`]): those stay, the parts added next follow them.
    /// Returns how many articles were kept.
    pub fn resume_file(&mut self, path: &str) -> Result<u64, IndexError> {
        self.commit_when_due()?;
        let Some(partial) = self.partial_files.remove(path) else {
            self.open_file(path)?;
            return Ok(0);
        };
        let kept = self.manifest.remove(path).unwrap_or_default();
        let written: HashSet<u64> = kept.records.keys().copied().collect();
        let resumed = written.len() as u64;
        self.open_files.insert(
            path.to_string(),
            OpenFile {
                previous: IndexedFile::default(),
                written,
                next: Some(partial),
            },
        );
        Ok(resumed)
    }

    /// Notes where the parts of an open file written so far end (the file hashing to
    /// `file_hash`): a commit from now on holds them, and a later run resumes there.
    pub fn mark_written_to(&mut self, path: &str, file_hash: u64, offset: u64, line: u64) {
        if let Some(open) = self.open_files.get_mut(path) {
            open.next = Some(PartialFile {
                file_hash,
                offset,
                line,
            });
        }
    }

    /// Adds articles of a file opened with [`IndexUpdate::open_file`]; counts them against
    /// what the index held for the file.
    pub fn add_to_file(
        &mut self,
        path: &str,
        articles: Vec<PreparedArticle>,
    ) -> Result<RecordChanges, IndexError> {
        if self.open_files.contains_key(path) {
            // Between parts of a file: one huge file commits as it goes too.
            self.commit_when_due()?;
        } else {
            self.open_file(path)?;
        }
        let mut changes = RecordChanges::default();
        if let Some(open) = self.open_files.get_mut(path) {
            for article in &articles {
                open.written.insert(article.record);
                match open.previous.records.get(&article.record) {
                    None => changes.added += 1,
                    Some(hash) if *hash == article.content_hash => changes.unchanged += 1,
                    Some(_) => changes.updated += 1,
                }
            }
        }
        for article in articles {
            let mut document = article.document;
            // Filed here, in the one writer, so every article sees those before it.
            let group = match &article.signature {
                Some(signature) => {
                    document.add_bytes(
                        self.fields.duplicate_signature,
                        &super::near_duplicates::to_bytes(signature),
                    );
                    self.duplicates.assign(signature, article.own_group)
                }
                None => article.own_group,
            };
            document.add_u64(self.fields.duplicate_group, group);
            self.writer
                .add_document(document)
                .map_err(|error| written(&self.root, error.into()))?;
        }
        Ok(changes)
    }

    /// Whether `path` was opened with [`IndexUpdate::open_file`] and not closed yet.
    pub fn is_open(&self, path: &str) -> bool {
        self.open_files.contains_key(path)
    }

    /// Ends a file written in parts; returns how many of its old articles it no longer holds.
    pub fn close_file(&mut self, path: &str) -> u64 {
        match self.open_files.remove(path) {
            Some(open) => open
                .previous
                .records
                .keys()
                .filter(|record| !open.written.contains(record))
                .count() as u64,
            None => 0,
        }
    }

    /// Removes what the index holds for `path`; returns its number of articles.
    pub fn remove_file(&mut self, path: &str) -> u64 {
        self.partial_files.remove(path);
        match self.manifest.remove(path) {
            Some(previous) => {
                self.writer
                    .delete_term(Term::from_field_text(self.fields.path, path));
                previous.records.len() as u64
            }
            None => 0,
        }
    }

    /// Removes the files not in `seen` whose path `is_gone` says belongs to the corpus
    /// walked (files of other corpora stay); returns the number of articles removed.
    pub fn remove_unseen(&mut self, seen: &HashSet<String>, is_gone: impl Fn(&str) -> bool) -> u64 {
        let gone: Vec<String> = self
            .manifest
            .keys()
            .filter(|path| !seen.contains(*path) && is_gone(path))
            .cloned()
            .collect();
        gone.iter().map(|path| self.remove_file(path)).sum()
    }

    /// A long update commits as it goes: a crash or a slow file at the end does not cost
    /// what was written before it. A file written in parts may be open: the commit's
    /// payload says where it was written to, so the next run takes it for partial (not
    /// unchanged, though its records carry its new hash) and resumes it there.
    fn commit_when_due(&mut self) -> Result<(), IndexError> {
        if self.last_commit.elapsed() >= self.commit_interval {
            let payload = CommitPayload {
                partial_files: self
                    .open_files
                    .iter()
                    .filter_map(|(path, open)| open.next.map(|next| (path.clone(), next)))
                    .collect(),
            };
            let mut prepared = self
                .writer
                .prepare_commit()
                .map_err(|error| written(&self.root, error.into()))?;
            prepared.set_payload(&serde_json::to_string(&payload).unwrap_or_default());
            prepared
                .commit()
                .map_err(|error| written(&self.root, error.into()))?;
            self.last_commit = std::time::Instant::now();
        }
        Ok(())
    }

    /// Commits during the update at most this often (60 s by default).
    pub fn set_commit_interval(&mut self, interval: std::time::Duration) {
        self.commit_interval = interval;
    }

    /// Commits, learns the corpus aliases and (for a rebuild) switches `current` to the
    /// new generation.
    pub fn finish(self) -> Result<FinishedUpdate, IndexError> {
        let IndexUpdate {
            root,
            index,
            fields,
            mut writer,
            mut unfinished,
            generation,
            rebuilt,
            _lock,
            ..
        } = self;
        let finished = (|| -> Result<FinishedUpdate, IndexError> {
            writer.commit()?;
            writer.wait_merging_threads()?;
            let reader = index.reader()?;
            // Before the switch: a rebuilt generation goes live with its table.
            CorpusAliases::learn(&reader.searcher(), &fields)?
                .save(&generation)
                .map_err(|source| IndexError::Io {
                    path: generation.display().to_string(),
                    source,
                })?;
            if rebuilt {
                super::switch_to(&root, &generation)?;
                unfinished.0 = None;
            }
            Ok(FinishedUpdate {
                articles: reader.searcher().num_docs(),
                rebuilt,
                generation: generation.clone(),
            })
        })();
        finished.map_err(|error| written(&root, error))
    }
}

/// tantivy's errors while writing are failed writes of this index (a full disk).
fn written(root: &Path, error: IndexError) -> IndexError {
    match error {
        IndexError::Tantivy(source) => IndexError::Write {
            path: root.display().to_string(),
            source,
        },
        other => other,
    }
}

/// A new generation that is removed unless the run finishes and switches to it.
struct UnfinishedGeneration(Option<PathBuf>);

impl Drop for UnfinishedGeneration {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            // Best effort: the next run removes what is left anyway.
            let _ = std::fs::remove_dir_all(path);
        }
    }
}

/// The files the index's last commit holds only part of (none when its payload says
/// nothing: a finished run's commit, or an index older than payloads).
fn read_partial_files(index: &NewsIndex) -> HashMap<String, PartialFile> {
    index
        .tantivy()
        .load_metas()
        .ok()
        .and_then(|metas| metas.payload)
        .and_then(|payload| serde_json::from_str::<CommitPayload>(&payload).ok())
        .map(|payload| payload.partial_files)
        .unwrap_or_default()
}

/// The near-duplicate groups of the articles the index holds, for new copies to join.
fn read_duplicate_groups(index: &NewsIndex) -> Result<super::near_duplicates::Groups, IndexError> {
    let mut groups = super::near_duplicates::Groups::default();
    let searcher = index.searcher();
    let mut bytes = Vec::new();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let (Some(signatures), Ok(group_ids)) = (
            fast.bytes(field::DUPLICATE_SIGNATURE)?,
            fast.u64(field::DUPLICATE_GROUP),
        ) else {
            continue;
        };
        for doc in segment.doc_ids_alive() {
            let (Some(ord), Some(group)) = (signatures.term_ords(doc).next(), group_ids.first(doc))
            else {
                continue;
            };
            bytes.clear();
            if signatures.ord_to_bytes(ord, &mut bytes).is_ok()
                && let Some(signature) = super::near_duplicates::from_bytes(&bytes)
            {
                groups.add_existing(&signature, group);
            }
        }
    }
    Ok(groups)
}

/// What the index holds, per file: the index is its own manifest.
fn read_manifest(index: &NewsIndex) -> Result<HashMap<String, IndexedFile>, IndexError> {
    let searcher = index.searcher();
    let mut manifest: HashMap<String, IndexedFile> = HashMap::new();
    for segment in searcher.segment_readers() {
        if segment.num_docs() == 0 {
            continue;
        }
        let unreadable = |column: &'static str| IndexError::UnreadableManifest {
            generation: index.generation().display().to_string(),
            segment: segment.segment_id().uuid_string(),
            column,
        };
        let fast = segment.fast_fields();
        let paths = fast
            .str(field::PATH)?
            .ok_or_else(|| unreadable(field::PATH))?;
        let records = fast
            .u64(field::RECORD)
            .map_err(|_| unreadable(field::RECORD))?;
        let file_hashes = fast
            .u64(field::FILE_HASH)
            .map_err(|_| unreadable(field::FILE_HASH))?;
        let content_hashes = fast
            .u64(field::CONTENT_HASH)
            .map_err(|_| unreadable(field::CONTENT_HASH))?;
        let mut path = String::new();
        for doc in segment.doc_ids_alive() {
            let ord = paths
                .term_ords(doc)
                .next()
                .ok_or_else(|| unreadable(field::PATH))?;
            let file_hash = file_hashes
                .first(doc)
                .ok_or_else(|| unreadable(field::FILE_HASH))?;
            path.clear();
            paths
                .ord_to_str(ord, &mut path)
                .map_err(|source| IndexError::Io {
                    path: index.generation().display().to_string(),
                    source,
                })?;
            let entry = manifest.entry(path.clone()).or_default();
            entry.file_hash = file_hash;
            if let Some(record) = records.first(doc) {
                entry
                    .records
                    .insert(record, content_hashes.first(doc).unwrap_or_default());
            }
        }
    }
    Ok(manifest)
}
