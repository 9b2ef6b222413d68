//! Writing the index: incremental upserts keyed by file path and content hash, or a full
//! rebuild into a new generation.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

use rayon::prelude::*;
use serde::Serialize;
use tantivy::indexer::LogMergePolicy;
use tantivy::{IndexWriter, TantivyDocument, Term};

use super::schema::{self, Fields};
use super::{CorpusAliases, IndexError, IndexLock, NewsIndex};
use crate::corpus::{self, Corpus, ReadError};
use crate::extract::Extractor;

/// tantivy's indexing memory budget, shared by its threads.
const WRITER_MEMORY: usize = 256 * 1024 * 1024;

/// How often a long run commits what it has indexed so far.
const COMMIT_INTERVAL: std::time::Duration = std::time::Duration::from_secs(60);

/// How to run the indexer.
#[derive(Debug, Clone, Default)]
pub struct IndexOptions {
    /// Build a fresh generation from scratch instead of updating the current one.
    pub rebuild: bool,
    /// Show a progress bar on standard error.
    pub progress: bool,
    /// Text tagged per article (the rest is searchable only); `None`: the default.
    pub max_tagged_bytes: Option<usize>,
}

/// A file or record that was not indexed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedInput {
    /// The file.
    pub path: String,
    /// Why (with the line or record inside the file where it applies).
    pub error: String,
}

impl From<ReadError> for SkippedInput {
    fn from(error: ReadError) -> Self {
        SkippedInput {
            path: error.path,
            error: error.kind.to_string(),
        }
    }
}

/// What an indexing run did, counted in articles.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexReport {
    /// New articles.
    pub added: u64,
    /// Articles whose content changed.
    pub updated: u64,
    /// Articles whose file (or record) disappeared.
    pub removed: u64,
    /// Articles left as they were.
    pub unchanged: u64,
    /// Inputs not indexed, each with its reason.
    pub skipped: Vec<SkippedInput>,
    /// Articles indexed with a field left out (e.g. an unreadable date).
    pub warnings: Vec<SkippedInput>,
    /// Fields of the records read that newsdex does not use → how many records have them.
    pub unused_fields: std::collections::BTreeMap<String, u64>,
    /// Articles in the index after the run.
    pub articles: u64,
    /// Whether a new generation was built.
    pub rebuilt: bool,
    /// The generation folder written.
    pub generation: String,
    /// Wall time of the run.
    pub took_ms: f64,
}

/// What the index holds for one file.
#[derive(Debug, Default)]
struct IndexedFile {
    file_hash: u64,
    /// record number → content hash.
    records: HashMap<u64, u64>,
}

/// Builds and updates indexes.
pub struct Indexer;

enum FileOutcome {
    Unchanged(String),
    /// The file, and per article its content hash and document.
    Parsed(corpus::ParsedFile, Vec<(u64, TantivyDocument)>),
    Failed(String, ReadError),
    ExtractorUnavailable(String),
}

impl Indexer {
    /// Indexes `corpus` into the index under `root`.
    pub fn run(
        root: &Path,
        corpus: &Corpus,
        options: &IndexOptions,
    ) -> Result<IndexReport, IndexError> {
        let started = std::time::Instant::now();
        // A corpus that is not there fails before the index folder is made.
        let roots = corpus.absolute_roots()?;
        let _lock = IndexLock::acquire(root)?;
        // What a failed run (a full disk, a kill) left behind would fail this one too.
        super::remove_leftovers(root)?;
        Self::run_locked(root, corpus, options, &roots, started).map_err(|error| match error {
            IndexError::Tantivy(source) => IndexError::Write {
                path: root.display().to_string(),
                source,
            },
            other => other,
        })
    }

    fn run_locked(
        root: &Path,
        corpus: &Corpus,
        options: &IndexOptions,
        roots: &[std::path::PathBuf],
        started: std::time::Instant,
    ) -> Result<IndexReport, IndexError> {
        let listing = corpus.files()?;

        let existing = match NewsIndex::open(root) {
            Ok(index) if !options.rebuild => Some(index),
            Ok(_) | Err(IndexError::NotFound(_)) | Err(IndexError::SchemaMismatch { .. }) => None,
            Err(other) => return Err(other),
        };
        let rebuilt = existing.is_none();
        let (index, generation) = match &existing {
            Some(open) => (open.tantivy().clone(), open.generation().to_path_buf()),
            None => {
                let generation = super::create_generation(root)?;
                let index = tantivy::Index::open_in_dir(&generation)?;
                (index, generation)
            }
        };
        // Declared before the writer, so dropped (and the folder removed) after it.
        let mut unfinished = UnfinishedGeneration(rebuilt.then(|| generation.clone()));
        schema::register_analyzers(index.tokenizers());
        let fields = Fields::from_schema(&index.schema())?;
        let mut manifest = match &existing {
            Some(open) => read_manifest(open)?,
            None => HashMap::new(),
        };

        // One indexing thread: extraction keeps both cores busy already, and a corpus that
        // fits the memory budget then lands in one segment, which facets read fastest.
        let mut writer: IndexWriter = index.writer_with_num_threads(1, WRITER_MEMORY)?;
        // Segment files of a run that failed before its commit (a full disk) take space
        // and are referenced by nothing.
        if !rebuilt {
            writer.garbage_collect_files().wait()?;
        }
        let mut merge_policy = LogMergePolicy::default();
        merge_policy.set_del_docs_ratio_before_merge(0.3);
        writer.set_merge_policy(Box::new(merge_policy));

        let mut report = IndexReport {
            rebuilt,
            generation: generation.display().to_string(),
            ..IndexReport::default()
        };
        report
            .skipped
            .extend(listing.problems.into_iter().map(SkippedInput::from));

        let progress = progress_bar(options.progress, listing.files.len() as u64);
        // Loaded on first use: a run where nothing changed never needs it.
        let extractor: OnceLock<Result<Extractor, String>> = OnceLock::new();
        let mut seen: HashSet<String> = HashSet::new();
        // Files are read, parsed and extracted on all cores while this thread feeds the
        // finished documents to the index writer, so the two overlap.
        let known_hashes: HashMap<String, u64> = manifest
            .iter()
            .map(|(path, file)| (path.clone(), file.file_hash))
            .collect();
        let (sender, receiver) = std::sync::mpsc::sync_channel::<FileOutcome>(8);
        std::thread::scope(|scope| -> Result<(), IndexError> {
            let files = &listing.files;
            let (known_hashes, fields, extractor, progress) =
                (&known_hashes, &fields, &extractor, &progress);
            let max_tagged_bytes = options
                .max_tagged_bytes
                .unwrap_or(crate::extract::DEFAULT_MAX_TAGGED_BYTES);
            scope.spawn(move || {
                files.par_iter().for_each_with(sender, |sender, file| {
                    let outcome =
                        process_file(file, known_hashes, fields, extractor, max_tagged_bytes);
                    progress.inc(1);
                    // The receiver only goes away when the run already failed.
                    let _ = sender.send(outcome);
                });
            });
            let mut last_commit = std::time::Instant::now();
            for outcome in receiver {
                // A long run commits as it goes: a crash or a slow file at the end does not
                // cost what was indexed before it.
                if last_commit.elapsed() >= COMMIT_INTERVAL {
                    writer.commit()?;
                    last_commit = std::time::Instant::now();
                }
                match outcome {
                    FileOutcome::Unchanged(path) => {
                        report.unchanged +=
                            manifest.get(&path).map_or(0, |f| f.records.len() as u64);
                        seen.insert(path);
                    }
                    FileOutcome::Parsed(parsed, documents) => {
                        let previous = manifest.remove(&parsed.path).unwrap_or_default();
                        if !previous.records.is_empty() {
                            writer.delete_term(Term::from_field_text(fields.path, &parsed.path));
                        }
                        let mut current_records = HashSet::new();
                        for (article, (content_hash, _)) in parsed.articles.iter().zip(&documents) {
                            current_records.insert(article.record);
                            match previous.records.get(&article.record) {
                                None => report.added += 1,
                                Some(hash) if hash == content_hash => report.unchanged += 1,
                                Some(_) => report.updated += 1,
                            }
                        }
                        report.removed += previous
                            .records
                            .keys()
                            .filter(|record| !current_records.contains(record))
                            .count() as u64;
                        for (_, document) in documents {
                            writer.add_document(document)?;
                        }
                        report
                            .skipped
                            .extend(parsed.problems.into_iter().map(SkippedInput::from));
                        report
                            .warnings
                            .extend(parsed.warnings.into_iter().map(SkippedInput::from));
                        for (field, records) in parsed.unused_fields {
                            *report.unused_fields.entry(field).or_insert(0) += records;
                        }
                        seen.insert(parsed.path);
                    }
                    FileOutcome::ExtractorUnavailable(message) => {
                        return Err(IndexError::ExtractorUnavailable(message));
                    }
                    FileOutcome::Failed(path, error) => {
                        // The file is no longer readable: what it held is no longer in the corpus.
                        if let Some(previous) = manifest.remove(&path) {
                            writer.delete_term(Term::from_field_text(fields.path, &path));
                            report.removed += previous.records.len() as u64;
                        }
                        report.skipped.push(error.into());
                        seen.insert(path);
                    }
                }
            }
            Ok(())
        })?;
        progress.finish_and_clear();

        // Files under the walked roots that are gone.
        for (path, indexed) in &manifest {
            let file_path = corpus::key_path(path);
            if !seen.contains(path) && roots.iter().any(|r| file_path.starts_with(r)) {
                writer.delete_term(Term::from_field_text(fields.path, path));
                report.removed += indexed.records.len() as u64;
            }
        }

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
            super::switch_to(root, &generation)?;
            unfinished.0 = None;
        }
        report.articles = reader.searcher().num_docs();
        report.took_ms = started.elapsed().as_secs_f64() * 1000.0;
        Ok(report)
    }
}

/// A new generation that is removed unless the run finishes and switches to it.
struct UnfinishedGeneration(Option<std::path::PathBuf>);

impl Drop for UnfinishedGeneration {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            // Best effort: the next run removes what is left anyway.
            let _ = std::fs::remove_dir_all(path);
        }
    }
}

fn progress_bar(show: bool, total: u64) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !show || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "indexing {bar:40} {pos}/{len} files ({per_sec}, {eta} left)",
    ) {
        bar.set_style(style);
    }
    bar
}

fn process_file(
    file: &corpus::SourceFile,
    known_hashes: &HashMap<String, u64>,
    fields: &Fields,
    extractor: &OnceLock<Result<Extractor, String>>,
    max_tagged_bytes: usize,
) -> FileOutcome {
    let path_text = corpus::path_key(&file.path);
    let loaded = match corpus::load(file) {
        Ok(loaded) => loaded,
        Err(error) => return FileOutcome::Failed(path_text, error),
    };
    // The extractor's fingerprint is part of each hash: what another version extracted is
    // extracted again.
    let file_hash = loaded.hash ^ crate::extract::fingerprint();
    if known_hashes.get(&loaded.path) == Some(&file_hash) {
        return FileOutcome::Unchanged(loaded.path);
    }
    let extractor = match extractor.get_or_init(|| {
        Extractor::load()
            .map(|e| e.with_max_tagged_bytes(max_tagged_bytes))
            .map_err(|e| e.to_string())
    }) {
        Ok(extractor) => extractor,
        Err(message) => return FileOutcome::ExtractorUnavailable(message.clone()),
    };
    match corpus::parse(loaded) {
        Ok(mut parsed) => {
            let max_tagged_bytes = extractor.max_tagged_bytes();
            for article in parsed
                .articles
                .iter()
                .filter(|a| a.body.len() > max_tagged_bytes)
            {
                parsed.warnings.push(ReadError {
                    path: corpus::display_key(&parsed.path),
                    kind: corpus::ReadErrorKind::Record {
                        location: format!("record {}", article.record),
                        message: format!(
                            "the text is {}; people, places, organizations and dates were looked for in the first {} only (all of it is searchable)",
                            corpus::human_bytes(article.body.len() as u64),
                            corpus::human_bytes(max_tagged_bytes as u64)
                        ),
                    },
                });
            }
            let documents = parsed
                .articles
                .iter()
                .map(|article| {
                    let entities = extractor.extract(article);
                    let content_hash = article.content_hash() ^ crate::extract::fingerprint();
                    (
                        content_hash,
                        schema::to_document(fields, article, &entities, file_hash, content_hash),
                    )
                })
                .collect();
            FileOutcome::Parsed(parsed, documents)
        }
        Err(error) => FileOutcome::Failed(path_text, error),
    }
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
        let paths = fast.str("path")?.ok_or_else(|| unreadable("path"))?;
        let records = fast.u64("record").map_err(|_| unreadable("record"))?;
        let file_hashes = fast.u64("file_hash").map_err(|_| unreadable("file_hash"))?;
        let content_hashes = fast
            .u64("content_hash")
            .map_err(|_| unreadable("content_hash"))?;
        let mut path = String::new();
        for doc in segment.doc_ids_alive() {
            let ord = paths
                .term_ords(doc)
                .next()
                .ok_or_else(|| unreadable("path"))?;
            let file_hash = file_hashes
                .first(doc)
                .ok_or_else(|| unreadable("file_hash"))?;
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
