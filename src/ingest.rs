//! The ingest pipeline: corpus files are read, parsed and extracted on all cores while one
//! thread writes the finished documents into an [`IndexUpdate`]. Also the default-index
//! policy: a search over the default location builds the index on first use.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rayon::prelude::*;
use serde::Serialize;

use crate::corpus::{self, Corpus, CorpusOptions, ReadError};
use crate::extract::{self, Extraction, Extractor};
use crate::index::document;
use crate::index::{Fields, IndexError, IndexUpdate, NewsIndex, PreparedArticle};

/// The corpus folder indexed when none is named.
pub const DEFAULT_CORPUS: &str = "corpus";
/// The index folder used when none is named.
pub const DEFAULT_INDEX: &str = "index";

/// What can stop an indexing run (a bad file only skips that file).
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// A corpus root that cannot be read (its message is the whole story: not a source,
    /// which would print it twice).
    #[error("corpus {0}")]
    Corpus(ReadError),
    /// The entity extractor could not be loaded.
    #[error("cannot load the entity extractor: {0}")]
    ExtractorUnavailable(String),
    /// Opening or writing the index failed.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// The default index is missing or outdated and there is no default corpus.
    #[error("{reason} at {index}/ and no {corpus}/ folder to build it from")]
    NothingToBuildFrom {
        /// Why the index had to be built.
        reason: BuildReason,
        /// The index folder.
        index: String,
        /// The corpus folder looked for.
        corpus: String,
    },
}

impl From<ReadError> for IngestError {
    fn from(error: ReadError) -> Self {
        IngestError::Corpus(error)
    }
}

/// How to run the indexer.
#[derive(Debug, Clone, Default)]
pub struct IndexOptions {
    /// Build a fresh generation from scratch instead of updating the current one.
    pub rebuild: bool,
    /// Show a progress bar on standard error.
    pub progress: bool,
    /// Text tagged per article (the rest is searchable only); `None`: the default.
    pub max_tagged_bytes: Option<usize>,
    /// What is extracted from the text besides the files' metadata.
    pub extraction: Extraction,
    /// JSONL files larger than this are read in chunks; `None`: the default
    /// ([`corpus::stream::STREAM_ABOVE_BYTES`]).
    pub stream_above_bytes: Option<u64>,
    /// Commit what is written at most this often during a long run (what a run killed on
    /// its way keeps); `None`: every 60 s.
    pub commit_interval: Option<std::time::Duration>,
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
    /// Articles an interrupted earlier run had committed, kept instead of done again.
    pub resumed: u64,
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

impl IndexReport {
    /// Adds one file's (or chunk's) record changes.
    fn count(&mut self, changes: crate::index::RecordChanges) {
        self.added += changes.added;
        self.updated += changes.updated;
        self.unchanged += changes.unchanged;
        self.removed += changes.removed;
    }

    /// Adds what reading one file (or chunk) skipped, left out or did not use.
    fn note(
        &mut self,
        problems: Vec<ReadError>,
        warnings: Vec<ReadError>,
        unused_fields: std::collections::BTreeMap<String, u64>,
    ) {
        self.skipped
            .extend(problems.into_iter().map(SkippedInput::from));
        self.warnings
            .extend(warnings.into_iter().map(SkippedInput::from));
        for (field, records) in unused_fields {
            *self.unused_fields.entry(field).or_insert(0) += records;
        }
    }
}

/// Builds and updates indexes from corpora.
pub struct Indexer;

/// What the workers made of one file.
enum FileOutcome {
    Unchanged(String),
    /// The file, and its articles ready to write.
    Parsed(corpus::ParsedFile, Vec<PreparedArticle>),
    /// A file read in chunks that an interrupted run committed the first records of: the
    /// chunks that follow go on from there.
    Resumed(String),
    /// One chunk of a file read in chunks (hashing to the number): its notes, and its
    /// articles ready to write.
    Chunk(String, u64, corpus::stream::Chunk, Vec<PreparedArticle>),
    /// A file read in chunks is done; the error that stopped it early, if one did.
    Streamed(String, Option<ReadError>),
    Failed(String, ReadError),
    ExtractorUnavailable(String),
}

impl Indexer {
    /// Indexes `corpus` into the index under `root`.
    pub fn run(
        root: &Path,
        corpus: &Corpus,
        options: &IndexOptions,
    ) -> Result<IndexReport, IngestError> {
        let started = std::time::Instant::now();
        // A corpus that is not there fails before the index folder is made.
        let roots = corpus.absolute_roots()?;
        // Without the taggers the writer is the bottleneck: it gets the cores.
        let writer_threads = match options.extraction {
            Extraction::None => std::thread::available_parallelism().map_or(1, |n| n.get()),
            Extraction::All | Extraction::Dates => 1,
        };
        let mut update = IndexUpdate::begin_with_threads(root, options.rebuild, writer_threads)?;
        if let Some(interval) = options.commit_interval {
            update.set_commit_interval(interval);
        }
        let resumed_build = update.is_resumed();
        let listing = corpus.files()?;
        let mut report = IndexReport {
            rebuilt: update.is_rebuild(),
            generation: update.generation().display().to_string(),
            ..IndexReport::default()
        };
        report
            .skipped
            .extend(listing.problems.into_iter().map(SkippedInput::from));

        // Progress in bytes read, so one huge file moves the bar (and the ETA) too.
        // Each file's size, looked up once (for the bar and the choice to read in chunks).
        let sizes: Vec<u64> = listing
            .files
            .iter()
            .map(|file| std::fs::metadata(&file.path).map_or(0, |meta| meta.len()))
            .collect();
        let total_bytes: u64 = sizes.iter().sum();
        let progress = progress_bar(options.progress, total_bytes);
        // Loaded on first use: a run where nothing changed never needs it.
        let extractor: OnceLock<Result<Extractor, String>> = OnceLock::new();
        let mut seen: HashSet<String> = HashSet::new();
        let known_hashes = update.file_hashes();
        let partial_files = update.partial_files();
        let fields = update.fields().clone();
        let stream_above_bytes = options
            .stream_above_bytes
            .unwrap_or(corpus::stream::STREAM_ABOVE_BYTES);
        let settings = ExtractionSettings {
            max_tagged_bytes: options
                .max_tagged_bytes
                .unwrap_or(extract::DEFAULT_MAX_TAGGED_BYTES),
            extraction: options.extraction,
        };
        // Files are read, parsed and extracted on all cores while this thread feeds the
        // finished documents to the index writer, so the two overlap.
        let (sender, receiver) = std::sync::mpsc::sync_channel::<FileOutcome>(8);
        std::thread::scope(|scope| -> Result<(), IngestError> {
            let (files, sizes) = (&listing.files, &sizes);
            let known = Known {
                hashes: &known_hashes,
                partial: &partial_files,
            };
            let (fields, extractor, progress) = (&fields, &extractor, &progress);
            scope.spawn(move || {
                files
                    .par_iter()
                    .zip(sizes)
                    .for_each_with(sender, |sender, (file, &size)| {
                        if corpus::stream::is_streamed(file, size, stream_above_bytes) {
                            // Moves the bar chunk by chunk.
                            stream_file(file, known, fields, extractor, settings, sender);
                        } else {
                            let outcome = process_file(file, known, fields, extractor, settings);
                            // The receiver only goes away when the run already failed.
                            let _ = sender.send(outcome);
                            progress.inc(size);
                        }
                    });
            });
            for outcome in receiver {
                let done = report.added + report.updated + report.unchanged;
                let seconds = started.elapsed().as_secs_f64().max(1e-3);
                progress.set_message(format!("{done} articles, {:.0}/s", done as f64 / seconds));
                match outcome {
                    FileOutcome::Unchanged(path) => {
                        let kept = update.keep_file(&path);
                        // In a rebuild gone on with, what is there was written by the
                        // interrupted run.
                        if resumed_build {
                            report.resumed += kept;
                        } else {
                            report.unchanged += kept;
                        }
                        seen.insert(path);
                    }
                    FileOutcome::Resumed(path) => {
                        report.resumed += update.resume_file(&path)?;
                    }
                    FileOutcome::Parsed(parsed, articles) => {
                        let changes = update.replace_file(&parsed.path, articles)?;
                        report.count(changes);
                        report.note(parsed.problems, parsed.warnings, parsed.unused_fields);
                        seen.insert(parsed.path);
                    }
                    FileOutcome::Chunk(path, file_hash, chunk, articles) => {
                        progress.inc(chunk.bytes);
                        let changes = update.add_to_file(&path, articles)?;
                        let next = chunk.next;
                        update.mark_written_to(&path, file_hash, next.offset, next.line);
                        // A file read in parts counts what it removed when it is closed.
                        report.count(changes);
                        report.note(chunk.problems, chunk.warnings, chunk.unused_fields);
                    }
                    FileOutcome::Streamed(path, stopped_by) => {
                        if update.is_open(&path) {
                            report.removed += update.close_file(&path);
                        } else if stopped_by.is_some() {
                            // Nothing of it could be read: like a file read whole that fails.
                            report.removed += update.remove_file(&path);
                        }
                        if let Some(error) = stopped_by {
                            report.skipped.push(error.into());
                        }
                        seen.insert(path);
                    }
                    FileOutcome::ExtractorUnavailable(message) => {
                        return Err(IngestError::ExtractorUnavailable(message));
                    }
                    FileOutcome::Failed(path, error) => {
                        // The file is no longer readable: what it held is no longer in the corpus.
                        report.removed += update.remove_file(&path);
                        report.skipped.push(error.into());
                        seen.insert(path);
                    }
                }
            }
            Ok(())
        })?;
        progress.finish_and_clear();

        // Files under the walked roots that are gone; in a rebuild gone on with, every
        // file this run did not see (the interrupted run may have had other corpora).
        report.removed += update.remove_unseen(&seen, |path| {
            let file_path = corpus::key_path(path);
            resumed_build || roots.iter().any(|root| file_path.starts_with(root))
        });
        let finished = update.finish()?;
        report.articles = finished.articles;
        report.took_ms = started.elapsed().as_secs_f64() * 1000.0;
        Ok(report)
    }
}

fn progress_bar(show: bool, total: u64) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !show || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "indexing {bar:40} {bytes}/{total_bytes} ({bytes_per_sec}, {time_left}) {msg}",
    ) {
        bar.set_style(style.with_key(
            "time_left",
            |state: &indicatif::ProgressState, out: &mut dyn std::fmt::Write| {
                let _ = out.write_str(&time_left(state.elapsed(), state.fraction()));
            },
        ));
    }
    bar
}

/// The progress line's estimate of the time left: the average rate since the start, once
/// there is enough of a start to go on. indicatif's own estimate follows the latest steps,
/// and the first ones (the tagger loading, the first file read whole) said "15m left"
/// for a run of 2.5 s.
pub fn time_left(elapsed: std::time::Duration, fraction_done: f32) -> String {
    let fraction_done = f64::from(fraction_done);
    if elapsed.as_secs_f64() < 1.0 || fraction_done < 0.01 {
        return "estimating time left".to_string();
    }
    if fraction_done >= 1.0 {
        return "finishing".to_string();
    }
    let left = elapsed.as_secs_f64() * (1.0 - fraction_done) / fraction_done;
    let left = left.round() as u64;
    if left >= 3600 {
        format!("{}h {:02}m left", left / 3600, left % 3600 / 60)
    } else if left >= 60 {
        format!("{}m {:02}s left", left / 60, left % 60)
    } else {
        format!("{left}s left")
    }
}

/// How the workers extract.
#[derive(Clone, Copy)]
struct ExtractionSettings {
    max_tagged_bytes: usize,
    extraction: Extraction,
}

/// The extractor, loaded by the first worker that needs it.
fn loaded_extractor(
    extractor: &OnceLock<Result<Extractor, String>>,
    settings: ExtractionSettings,
) -> Result<&Extractor, String> {
    extractor
        .get_or_init(|| {
            Extractor::load()
                .map(|e| {
                    e.with_max_tagged_bytes(settings.max_tagged_bytes)
                        .with_extraction(settings.extraction)
                })
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Extracts `articles` on all cores (one big file would otherwise keep one core busy and
/// the others idle) into documents, in order; a text longer than what is tagged gets a
/// warning.
fn prepare_articles(
    articles: &[crate::article::Article],
    path: &str,
    extractor: &Extractor,
    fields: &Fields,
    file_hash: u64,
    fingerprint: u64,
    warnings: &mut Vec<ReadError>,
) -> Vec<PreparedArticle> {
    let max_tagged_bytes = extractor.max_tagged_bytes();
    for article in articles.iter().filter(|a| a.body.len() > max_tagged_bytes) {
        warnings.push(ReadError {
            path: corpus::display_key(path),
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
    let (prepared, faults): (Vec<PreparedArticle>, Vec<Option<ReadError>>) = articles
        .par_iter()
        .map(|article| {
            let (entities, fault) = extractor.extract_or_fall_back(article);
            let content_hash = article.content_hash() ^ fingerprint;
            let prepared = PreparedArticle {
                record: article.record,
                content_hash,
                signature: crate::index::near_duplicates::article_signature(
                    article.title.as_deref(),
                    &article.body,
                ),
                own_group: xxhash_rust::xxh3::xxh3_64(article.id.as_bytes()),
                document: document::to_document(
                    fields,
                    article,
                    &entities,
                    file_hash,
                    content_hash,
                ),
            };
            (
                prepared,
                fault.map(|message| extraction_fault(path, article, &message)),
            )
        })
        .unzip();
    warnings.extend(faults.into_iter().flatten());
    prepared
}

/// The warning for an article whose extraction failed: it is indexed all the same, with
/// the metadata its file provides.
fn extraction_fault(path: &str, article: &crate::article::Article, message: &str) -> ReadError {
    ReadError {
        path: corpus::display_key(path),
        kind: corpus::ReadErrorKind::Record {
            location: format!("record {}", article.record),
            message: format!(
                "extracting people, places, organizations and dates failed ({message}); the article is indexed with its text and the metadata its file provides"
            ),
        },
    }
}

/// What the index held when the run began: each file's hash, and the files it holds only
/// the first records of.
#[derive(Clone, Copy)]
struct Known<'a> {
    hashes: &'a HashMap<String, u64>,
    partial: &'a HashMap<String, crate::index::PartialFile>,
}

impl Known<'_> {
    /// Whether the index holds all of the file `path` as it hashes now.
    fn holds_whole(&self, path: &str, file_hash: u64) -> bool {
        self.hashes.get(path) == Some(&file_hash) && !self.partial.contains_key(path)
    }
}

/// Reads, parses and extracts one file (on a worker thread), unless its hash says the
/// index already holds it as it is.
fn process_file(
    file: &corpus::SourceFile,
    known: Known<'_>,
    fields: &Fields,
    extractor: &OnceLock<Result<Extractor, String>>,
    settings: ExtractionSettings,
) -> FileOutcome {
    let path_text = corpus::path_key(&file.path);
    let loaded = match corpus::load(file) {
        Ok(loaded) => loaded,
        Err(error) => return FileOutcome::Failed(path_text, error),
    };
    // The extractor's fingerprint is part of each hash: what another version (or another
    // --extract level) extracted is extracted again.
    let fingerprint = settings.extraction.fingerprint();
    let file_hash = loaded.hash ^ fingerprint;
    if known.holds_whole(&loaded.path, file_hash) {
        return FileOutcome::Unchanged(loaded.path);
    }
    let extractor = match loaded_extractor(extractor, settings) {
        Ok(extractor) => extractor,
        Err(message) => return FileOutcome::ExtractorUnavailable(message),
    };
    match corpus::parse(loaded) {
        Ok(mut parsed) => {
            let articles = prepare_articles(
                &parsed.articles,
                &parsed.path,
                extractor,
                fields,
                file_hash,
                fingerprint,
                &mut parsed.warnings,
            );
            FileOutcome::Parsed(parsed, articles)
        }
        Err(error) => FileOutcome::Failed(path_text, error),
    }
}

/// Reads, parses and extracts a large file chunk by chunk (on a worker thread), sending
/// each chunk's documents as they are ready: the queue to the writer is bounded, so memory
/// stays bounded however large the file is.
fn stream_file(
    file: &corpus::SourceFile,
    known: Known<'_>,
    fields: &Fields,
    extractor: &OnceLock<Result<Extractor, String>>,
    settings: ExtractionSettings,
    sender: &std::sync::mpsc::SyncSender<FileOutcome>,
) {
    // The receiver only goes away when the run already failed: sends may be dropped.
    let (path, hash) = match corpus::stream::hash_file(file) {
        Ok(hashed) => hashed,
        Err(error) => {
            let _ = sender.send(FileOutcome::Failed(corpus::path_key(&file.path), error));
            return;
        }
    };
    let fingerprint = settings.extraction.fingerprint();
    let file_hash = hash ^ fingerprint;
    if known.holds_whole(&path, file_hash) {
        let _ = sender.send(FileOutcome::Unchanged(path));
        return;
    }
    // Committed in part by an interrupted run, and the same file still: the rest only.
    let resume_at = known
        .partial
        .get(&path)
        .filter(|partial| partial.file_hash == file_hash)
        .map(|partial| corpus::stream::Position {
            offset: partial.offset,
            line: partial.line,
        });
    let extractor = match loaded_extractor(extractor, settings) {
        Ok(extractor) => extractor,
        Err(message) => {
            let _ = sender.send(FileOutcome::ExtractorUnavailable(message));
            return;
        }
    };
    let chunks = match corpus::stream::chunks_from(file, resume_at.unwrap_or_default()) {
        Ok(chunks) => chunks,
        Err(error) => {
            let _ = sender.send(FileOutcome::Failed(path, error));
            return;
        }
    };
    if resume_at.is_some() && sender.send(FileOutcome::Resumed(path.clone())).is_err() {
        return;
    }
    let mut stopped_by = None;
    for chunk in chunks {
        match chunk {
            Ok(mut chunk) => {
                let articles = prepare_articles(
                    &chunk.articles,
                    &path,
                    extractor,
                    fields,
                    file_hash,
                    fingerprint,
                    &mut chunk.warnings,
                );
                // The articles are in their documents now; the chunk keeps its notes only.
                chunk.articles = Vec::new();
                if sender
                    .send(FileOutcome::Chunk(path.clone(), file_hash, chunk, articles))
                    .is_err()
                {
                    return;
                }
            }
            Err(error) => stopped_by = Some(error),
        }
    }
    let _ = sender.send(FileOutcome::Streamed(path, stopped_by));
}

/// Why the default index is built before it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildReason {
    /// Nothing has been indexed there yet.
    NoIndexYet,
    /// It was built with an older schema.
    OlderSchema,
}

impl std::fmt::Display for BuildReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BuildReason::NoIndexYet => "no index yet",
            BuildReason::OlderSchema => "the index was built by an older newsdex",
        })
    }
}

/// The default index, opened; built first from the default corpus when there is none
/// yet or this newsdex writes a newer schema. `announce` hears why, before the build
/// starts; the build's report is returned beside the index.
pub fn open_default_index(
    announce: impl FnOnce(BuildReason),
) -> Result<(NewsIndex, Option<IndexReport>), IngestError> {
    let root = Path::new(DEFAULT_INDEX);
    let reason = match NewsIndex::open(root) {
        Ok(index) => return Ok((index, None)),
        Err(IndexError::NotFound(_)) => BuildReason::NoIndexYet,
        Err(IndexError::SchemaMismatch { .. }) => BuildReason::OlderSchema,
        Err(other) => return Err(other.into()),
    };
    if !Path::new(DEFAULT_CORPUS).is_dir() {
        return Err(IngestError::NothingToBuildFrom {
            reason,
            index: DEFAULT_INDEX.to_string(),
            corpus: DEFAULT_CORPUS.to_string(),
        });
    }
    announce(reason);
    let corpus = Corpus::new(
        vec![PathBuf::from(DEFAULT_CORPUS)],
        CorpusOptions::default(),
    );
    let options = IndexOptions {
        progress: true,
        ..IndexOptions::default()
    };
    let report = Indexer::run(root, &corpus, &options)?;
    Ok((NewsIndex::open(root)?, Some(report)))
}

/// An article and what extraction found in it, as `newsdex extract` shows it.
#[derive(Debug, Serialize)]
pub struct Extracted {
    /// The article as read.
    #[serde(flatten)]
    pub article: crate::article::Article,
    /// What was extracted.
    #[serde(flatten)]
    pub entities: crate::extract::Entities,
}

/// What [`extract_files`] made of the files it was given.
#[derive(Debug, Default)]
pub struct ExtractedFiles {
    /// Every article read, with its entities, in file order.
    pub extracted: Vec<Extracted>,
    /// Files and records that could not be read, each with its reason.
    pub skipped: Vec<String>,
    /// How many of the files named could not be read at all.
    pub failed_files: usize,
}

/// Reads and extracts the articles of `files` (any format newsdex reads) without
/// indexing them; `published` overrides each article's publication date, which relative
/// dates are resolved against.
pub fn extract_files(
    files: &[PathBuf],
    published: Option<chrono::NaiveDate>,
) -> Result<ExtractedFiles, IngestError> {
    let extractor =
        Extractor::load().map_err(|e| IngestError::ExtractorUnavailable(e.to_string()))?;
    let mut result = ExtractedFiles::default();
    for file in files {
        let corpus = Corpus::new(vec![file.clone()], CorpusOptions::default());
        let parsed_files = match corpus.parsed_files() {
            Ok(parsed_files) => parsed_files,
            Err(error) => {
                result.skipped.push(error.to_string());
                result.failed_files += 1;
                continue;
            }
        };
        for parsed in parsed_files {
            let parsed = match parsed {
                Ok(parsed) => parsed,
                Err(error) => {
                    result.skipped.push(error.to_string());
                    result.failed_files += 1;
                    continue;
                }
            };
            result
                .skipped
                .extend(parsed.problems.iter().map(ToString::to_string));
            for mut article in parsed.articles {
                if published.is_some() {
                    article.published = published;
                }
                let (entities, fault) = extractor.extract_or_fall_back(&article);
                if let Some(message) = fault {
                    let path = file.to_string_lossy();
                    result
                        .skipped
                        .push(extraction_fault(&path, &article, &message).to_string());
                }
                result.extracted.push(Extracted { article, entities });
            }
        }
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::time_left;
    use std::time::Duration;

    #[test]
    fn time_left_waits_for_a_start_then_uses_the_average_rate() {
        // The tagger loading, nothing read yet: no guess.
        assert_eq!(
            time_left(Duration::from_millis(900), 0.0),
            "estimating time left"
        );
        assert_eq!(
            time_left(Duration::from_secs(3), 0.005),
            "estimating time left"
        );
        assert_eq!(time_left(Duration::from_secs(2), 0.5), "2s left");
        assert_eq!(time_left(Duration::from_secs(30), 0.1), "4m 30s left");
        assert_eq!(time_left(Duration::from_secs(600), 0.1), "1h 30m left");
        assert_eq!(time_left(Duration::from_secs(5), 1.0), "finishing");
    }
}
