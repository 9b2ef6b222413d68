//! Reading corpora: walking folders, sniffing formats, one reader per format.
//!
//! `Corpus::files` lists what is there, `load` reads one file's bytes (cheap, hashed for
//! incremental indexing) and `parse` turns them into `Article`s.

mod json;
mod path_key;
mod reflow;
mod reuters;
pub mod stream;
mod text;

pub use path_key::{display_key, key_path, path_key};

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::dates;

/// Why a file (or one record inside it) could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadErrorKind {
    /// The file system refused.
    #[error("cannot read: {0}")]
    Io(String),
    /// A NUL byte: not a text file.
    #[error("binary file (NUL byte at byte {0})")]
    Binary(usize),
    /// Neither UTF-8 nor a single-byte text encoding.
    #[error(
        "not text: invalid UTF-8 at byte {0}, and too many control or high bytes for Windows-1252"
    )]
    NotText(usize),
    /// Nothing but white space.
    #[error("empty file")]
    Empty,
    /// An extension newsdex has no reader for.
    #[error("unsupported file type {0} (newsdex reads .txt, .json, .jsonl, .ndjson and .sgm)")]
    Unsupported(String),
    /// Malformed JSON.
    #[error("invalid JSON at line {line}, column {column}: {message}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What serde_json said.
        message: String,
    },
    /// One record of a multi-article file is unusable.
    #[error("{location}: {message}")]
    Record {
        /// Where in the file ("line 3", "record 2", "NEWID=17").
        location: String,
        /// What is wrong.
        message: String,
    },
    /// Over a size limit.
    #[error("too large: {0}")]
    TooLarge(String),
    /// A FIFO, device or socket: nothing to read as an article.
    #[error("not a regular file: {0}")]
    NotAFile(String),
    /// A metadata sidecar whose article is missing.
    #[error("metadata sidecar with no article beside it (expected {0})")]
    OrphanSidecar(String),
    /// A file with a known extension but no article in it.
    #[error("no articles found: {0}")]
    NoArticles(String),
}

/// A read error tied to the file it happened in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {kind}")]
pub struct ReadError {
    /// The file.
    pub path: String,
    /// What went wrong.
    pub kind: ReadErrorKind,
}

impl ReadError {
    fn new(path: &str, kind: ReadErrorKind) -> Self {
        ReadError {
            path: path.to_string(),
            kind,
        }
    }
}

/// The article formats newsdex reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text, optionally with a `NAME.meta.json` sidecar.
    Text,
    /// A JSON object or array of objects.
    Json,
    /// One JSON object per line.
    JsonLines,
    /// Reuters-21578 SGML.
    ReutersSgml,
}

impl Format {
    /// The format for a file name, by extension.
    pub fn for_path(path: &Path) -> Result<Format, String> {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "txt" | "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            "jsonl" | "ndjson" => Ok(Format::JsonLines),
            "sgm" | "sgml" => Ok(Format::ReutersSgml),
            "" => Err("(no extension)".to_string()),
            other => Err(format!("'.{other}'")),
        }
    }
}

/// Options that change how files are read.
#[derive(Debug, Clone, Default)]
pub struct CorpusOptions {
    /// Use the folder a file sits in (below the corpus root) as its topic, as in the BBC corpus.
    pub topic_from_folder: bool,
}

/// A file found in a corpus, not yet read.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Absolute path.
    pub path: PathBuf,
    /// The metadata sidecar beside it, if any.
    pub sidecar: Option<PathBuf>,
    /// The folder below the corpus root that holds it, for `--topic-from-folder`.
    pub folder_topic: Option<String>,
}

/// The outcome of walking corpus roots.
#[derive(Debug, Default)]
pub struct Listing {
    /// Files to read, sorted by path.
    pub files: Vec<SourceFile>,
    /// Entries that cannot be read at all (walk errors, orphan sidecars).
    pub problems: Vec<ReadError>,
}

/// One or more corpus folders to read.
#[derive(Debug, Clone)]
pub struct Corpus {
    roots: Vec<PathBuf>,
    options: CorpusOptions,
}

/// A file's bytes with its content hash, read before deciding whether it needs parsing.
#[derive(Debug)]
pub struct LoadedFile {
    /// Absolute path as a lossless key (see `path_key`).
    pub path: String,
    /// Hash of the bytes, the sidecar and the read options.
    pub hash: u64,
    bytes: Vec<u8>,
    sidecar: Option<(String, Vec<u8>)>,
    folder_topic: Option<String>,
}

/// The articles of one file, and the records that had to be skipped.
#[derive(Debug, Default)]
pub struct ParsedFile {
    /// Absolute path as a lossless key (see `path_key`).
    pub path: String,
    /// Content hash (see `LoadedFile::hash`).
    pub hash: u64,
    /// Articles read.
    pub articles: Vec<Article>,
    /// Records or sidecars skipped, each with its reason.
    pub problems: Vec<ReadError>,
    /// Fields that could not be used in articles that were kept (an unreadable date).
    pub warnings: Vec<ReadError>,
    /// Fields newsdex does not read (`views`) → how many records carry them.
    pub unused_fields: std::collections::BTreeMap<String, u64>,
}

/// Largest file read: beyond it a file is skipped, not loaded into memory.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024 * 1024;
/// Longest article text kept: a longer "article" is a dump, not news, and is skipped.
pub const MAX_ARTICLE_BYTES: usize = 64 * 1024 * 1024;

/// A size in words: `12.3 MiB`.
pub fn human_bytes(bytes: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    if bytes >= 1024 * 1024 * 1024 {
        format!("{:.1} GiB", bytes as f64 / (1024.0 * MIB))
    } else if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// Bumped whenever readers change what they produce, so that unchanged files are re-read.
const READER_VERSION: u64 = 2;

impl Corpus {
    /// A corpus made of these folders (or single files).
    pub fn new(roots: Vec<PathBuf>, options: CorpusOptions) -> Corpus {
        Corpus { roots, options }
    }

    /// The roots, made absolute; an error names a root that does not exist.
    pub fn absolute_roots(&self) -> Result<Vec<PathBuf>, ReadError> {
        self.roots
            .iter()
            .map(|root| {
                std::fs::canonicalize(root).map_err(|error| {
                    ReadError::new(
                        &root.display().to_string(),
                        ReadErrorKind::Io(error.to_string()),
                    )
                })
            })
            .collect()
    }

    /// Lists the files under every root: hidden files and folders are left out, as in ripgrep.
    pub fn files(&self) -> Result<Listing, ReadError> {
        let mut listing = Listing::default();
        let mut sidecars = Vec::new();
        for root in self.absolute_roots()? {
            if root.is_file() {
                // A single article file named directly keeps its sidecar.
                let beside = [
                    root.with_extension("meta.json"),
                    PathBuf::from(format!("{}.meta.json", root.display())),
                ];
                sidecars.extend(beside.into_iter().filter(|p| p.is_file() && *p != root));
            }
            let walker = walkdir::WalkDir::new(&root)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
            for entry in walker {
                let entry = match entry {
                    Ok(entry) => entry,
                    Err(error) => {
                        let path = error
                            .path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_else(|| root.display().to_string());
                        listing
                            .problems
                            .push(ReadError::new(&path, ReadErrorKind::Io(error.to_string())));
                        continue;
                    }
                };
                let file_type = entry.file_type();
                if file_type.is_dir() {
                    continue;
                }
                if !file_type.is_file() {
                    // A FIFO would block the run, a device (a link to /dev/zero) never ends.
                    listing.problems.push(ReadError::new(
                        &entry.path().display().to_string(),
                        ReadErrorKind::NotAFile(special_file_kind(file_type).to_string()),
                    ));
                    continue;
                }
                let path = entry.into_path();
                if is_sidecar(&path) {
                    sidecars.push(path);
                    continue;
                }
                let folder_topic = self
                    .options
                    .topic_from_folder
                    .then(|| folder_below_root(&root, &path))
                    .flatten();
                listing.files.push(SourceFile {
                    sidecar: None,
                    path,
                    folder_topic,
                });
            }
        }
        // Overlapping roots must not index a file twice.
        listing.files.sort_by(|a, b| a.path.cmp(&b.path));
        listing.files.dedup_by(|a, b| a.path == b.path);
        sidecars.sort();
        sidecars.dedup();
        attach_sidecars(&mut listing, sidecars);
        Ok(listing)
    }
}

/// What a file that is neither a regular file nor a folder is, in words.
fn special_file_kind(file_type: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        "a named pipe (FIFO)"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "a device"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_symlink() {
        "a broken symbolic link"
    } else {
        "not a regular file"
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn is_sidecar(path: &Path) -> bool {
    path.file_name()
        .map(|n| {
            n.to_string_lossy()
                .to_ascii_lowercase()
                .ends_with(".meta.json")
        })
        .unwrap_or(false)
}

/// The immediate folder below `root` holding `path`, when there is one.
fn folder_below_root(root: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(root).ok()?;
    let parent = relative.parent()?;
    let last = parent.file_name()?;
    Some(last.to_string_lossy().into_owned())
}

/// Pairs `NAME.meta.json` (or `NAME.txt.meta.json`) with the text file `NAME.txt`.
fn attach_sidecars(listing: &mut Listing, sidecars: Vec<PathBuf>) {
    use std::collections::HashMap;
    let mut by_stem: HashMap<PathBuf, usize> = HashMap::new();
    for (index, file) in listing.files.iter().enumerate() {
        if Format::for_path(&file.path) == Ok(Format::Text) {
            by_stem.insert(file.path.with_extension(""), index);
            by_stem.insert(file.path.clone(), index);
        }
    }
    for sidecar in sidecars {
        let name = sidecar.to_string_lossy();
        let stem = PathBuf::from(&name[..name.len() - ".meta.json".len()]);
        match by_stem.get(&stem) {
            Some(&index) if listing.files[index].sidecar.is_none() => {
                listing.files[index].sidecar = Some(sidecar);
            }
            _ => {
                let expected = format!("{}.txt", stem.display());
                listing.problems.push(ReadError::new(
                    &sidecar.display().to_string(),
                    ReadErrorKind::OrphanSidecar(expected),
                ));
            }
        }
    }
}

impl Corpus {
    /// Reads and parses every file, one at a time: for tools that need all the articles
    /// (evaluation, training) rather than an index.
    pub fn parsed_files(
        &self,
    ) -> Result<impl Iterator<Item = Result<ParsedFile, ReadError>>, ReadError> {
        let listing = self.files()?;
        Ok(listing
            .files
            .into_iter()
            .map(|file| load(&file).and_then(parse)))
    }
}

/// Reads a file (and its sidecar) into memory and hashes it.
pub fn load(file: &SourceFile) -> Result<LoadedFile, ReadError> {
    let path = path_key(&file.path);
    let read = |p: &Path| {
        std::fs::read(p)
            .map_err(|e| ReadError::new(&p.display().to_string(), ReadErrorKind::Io(e.to_string())))
    };
    let size = std::fs::metadata(&file.path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(ReadError::new(
            &file.path.display().to_string(),
            ReadErrorKind::TooLarge(format!(
                "the file is {}, over the {} limit for one file",
                human_bytes(size),
                human_bytes(MAX_FILE_BYTES)
            )),
        ));
    }
    let bytes = read(&file.path)?;
    let sidecar = match &file.sidecar {
        Some(sidecar_path) => Some((sidecar_path.display().to_string(), read(sidecar_path)?)),
        None => None,
    };
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(&READER_VERSION.to_le_bytes());
    hasher.update(&(bytes.len() as u64).to_le_bytes());
    hasher.update(&bytes);
    if let Some((_, sidecar_bytes)) = &sidecar {
        hasher.update(b"\0sidecar\0");
        hasher.update(sidecar_bytes);
    }
    if let Some(topic) = &file.folder_topic {
        hasher.update(b"\0topic\0");
        hasher.update(topic.as_bytes());
    }
    Ok(LoadedFile {
        path,
        hash: hasher.digest(),
        bytes,
        sidecar,
        folder_topic: file.folder_topic.clone(),
    })
}

impl LoadedFile {
    /// A file given as bytes rather than read from disk (for tests and fuzzing): `path`
    /// decides the format by its extension.
    pub fn from_bytes(path: &str, bytes: Vec<u8>, sidecar: Option<Vec<u8>>) -> LoadedFile {
        LoadedFile {
            path: path.to_string(),
            hash: xxhash_rust::xxh3::xxh3_64(&bytes),
            bytes,
            sidecar: sidecar.map(|s| (format!("{path}.meta.json"), s)),
            folder_topic: None,
        }
    }
}

/// Parses a loaded file into articles. A whole-file error means nothing could be read;
/// record-level problems are returned beside the articles that could.
pub fn parse(file: LoadedFile) -> Result<ParsedFile, ReadError> {
    let shown = display_key(&file.path);
    let path = shown.as_str();
    let format = Format::for_path(&key_path(&file.path))
        .map_err(|ext| ReadError::new(path, ReadErrorKind::Unsupported(ext)))?;
    let content = decode(&file.bytes).map_err(|kind| ReadError::new(path, kind))?;
    if content.trim().is_empty() {
        return Err(ReadError::new(path, ReadErrorKind::Empty));
    }
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let records = match format {
        Format::Text => {
            // Plain text exported from web pages keeps numeric references ("Bernab&#233;u").
            let mut article = text::parse(&decode_character_references(&content, false));
            let mut record_warnings = Vec::new();
            if let Some((sidecar_path, sidecar_bytes)) = &file.sidecar {
                match json::apply_sidecar(&mut article, sidecar_bytes) {
                    Ok(sidecar_warnings) => record_warnings = sidecar_warnings,
                    Err(kind) => problems.push(ReadError::new(sidecar_path, kind)),
                }
            }
            vec![json::RecordRead {
                article,
                warnings: record_warnings,
                unused_fields: Vec::new(),
            }]
        }
        Format::Json => {
            let (records, record_problems) =
                json::parse_document(&content).map_err(|kind| ReadError::new(path, kind))?;
            problems.extend(
                record_problems
                    .into_iter()
                    .map(|kind| ReadError::new(path, kind)),
            );
            records
        }
        Format::JsonLines => {
            let (records, record_problems) = json::parse_lines(&content);
            problems.extend(
                record_problems
                    .into_iter()
                    .map(|kind| ReadError::new(path, kind)),
            );
            records
        }
        Format::ReutersSgml => {
            let (records, record_problems) = reuters::parse(&content);
            problems.extend(
                record_problems
                    .into_iter()
                    .map(|kind| ReadError::new(path, kind)),
            );
            records
        }
    };
    let mut articles = Vec::with_capacity(records.len());
    let mut unused_fields = std::collections::BTreeMap::new();
    keep_records(
        records,
        path,
        &mut articles,
        &mut unused_fields,
        &mut problems,
        &mut warnings,
    );
    if articles.is_empty() && problems.is_empty() {
        return Err(ReadError::new(
            path,
            ReadErrorKind::NoArticles(
                match format {
                    Format::ReutersSgml => "no <REUTERS> records",
                    _ => "no records with a title or body",
                }
                .to_string(),
            ),
        ));
    }
    settle_articles(
        &mut articles,
        &file.path,
        path,
        file.folder_topic.as_deref(),
        &mut warnings,
    );
    Ok(ParsedFile {
        path: file.path,
        hash: file.hash,
        articles,
        problems,
        warnings,
        unused_fields,
    })
}

/// Keeps the records that fit the size limit as articles (counting the fields newsdex does
/// not read) and turns their warnings into located ones.
fn keep_records(
    records: Vec<json::RecordRead>,
    path: &str,
    articles: &mut Vec<Article>,
    unused_fields: &mut std::collections::BTreeMap<String, u64>,
    problems: &mut Vec<ReadError>,
    warnings: &mut Vec<ReadError>,
) {
    for record in records {
        for field in &record.unused_fields {
            *unused_fields.entry(field.clone()).or_insert(0) += 1;
        }
        let size = record.article.body.len() + record.article.title.as_ref().map_or(0, String::len);
        if size > MAX_ARTICLE_BYTES {
            problems.push(ReadError::new(
                path,
                ReadErrorKind::TooLarge(format!(
                    "record {} is {} of text, over the {} limit for one article",
                    record.article.record,
                    human_bytes(size as u64),
                    human_bytes(MAX_ARTICLE_BYTES as u64)
                )),
            ));
            continue;
        }
        for warning in record.warnings {
            warnings.push(ReadError::new(
                path,
                ReadErrorKind::Record {
                    location: format!("record {}", record.article.record),
                    message: warning,
                },
            ));
        }
        articles.push(record.article);
    }
}

/// What every article of a file gets once read: reflowed text, its path and id, and a
/// publication date from the path or dateline when the record has none.
fn settle_articles(
    articles: &mut [Article],
    path_key: &str,
    path: &str,
    folder_topic: Option<&str>,
    warnings: &mut Vec<ReadError>,
) {
    let path_date = dates::date_from_path(path);
    for article in articles.iter_mut() {
        article.body = reflow::reflow(&article.body);
        article.path = path_key.to_string();
        article.id = Article::make_id(path_key, article.record);
        if article.published.is_none() {
            article.published = path_date.or_else(|| {
                let (month, day) = dates::dateline(&article.body)?;
                let year =
                    dates::year_from_path(path).or_else(|| dates::dominant_year(&article.body))?;
                chrono::NaiveDate::from_ymd_opt(year, month, day)
            });
        }
        if let Some(date) = article.published
            && !dates::is_plausible_publication(date)
        {
            warnings.push(ReadError::new(
                path,
                ReadErrorKind::Record {
                    location: format!("record {}", article.record),
                    message: format!(
                        "publication date {date} is not between {} and {}, article kept without one",
                        dates::EARLIEST_PUBLICATION_YEAR,
                        dates::LATEST_PUBLICATION_YEAR
                    ),
                },
            ));
            article.published = None;
        }
        if let Some(topic) = folder_topic {
            article.provided.topics.push(topic.to_string());
        }
    }
}

/// Decodes text: UTF-8 (BOM dropped), else Windows-1252 when the bytes look like text.
pub fn decode(bytes: &[u8]) -> Result<String, ReadErrorKind> {
    if let Some(text) = decode_utf16(bytes) {
        return text;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadErrorKind::Binary(offset));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(error) => {
            let controls = bytes
                .iter()
                .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
                .count();
            // Windows-1252 text is mostly ASCII: accented letters and typographic quotes
            // are a few percent of it, never most of it.
            let high = bytes.iter().filter(|&&b| b >= 0x80).count();
            if controls * 20 > bytes.len() || high * 10 > bytes.len() * 3 {
                return Err(ReadErrorKind::NotText(error.valid_up_to()));
            }
            bytes.iter().map(|&b| windows_1252(b)).collect()
        }
    };
    Ok(unify_line_ends(text))
}

/// Windows (`\r\n`) and old Mac (`\r`) line ends as `\n`.
fn unify_line_ends(text: String) -> String {
    // Most text has none: no copy then.
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// UTF-16 text, recognized by its byte-order mark (as Windows' Notepad writes it).
fn decode_utf16(bytes: &[u8]) -> Option<Result<String, ReadErrorKind>> {
    let little_endian = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|pair| {
        if little_endian {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for (index, unit) in char::decode_utf16(units).enumerate() {
        match unit {
            Ok('\0') | Err(_) => return Some(Err(ReadErrorKind::NotText(2 + 2 * index))),
            Ok(c) => text.push(c),
        }
    }
    Some(Ok(unify_line_ends(text)))
}

/// The Windows-1252 character for a byte (Latin-1 plus typographic marks in 0x80-0x9F).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[(byte - 0x80) as usize],
        _ => byte as char,
    }
}

/// `text` with its character references decoded: numeric ones ("&#233;", "&#xE9;"), and
/// with `named` the five of XML ("&lt;", "&amp;"...). Anything else after a "&" stays.
pub(crate) fn decode_character_references(text: &str, named: bool) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let decoded = after.find(';').filter(|&end| end <= 9).and_then(|end| {
            let entity = &after[1..end];
            let c = match entity {
                "lt" if named => Some('<'),
                "gt" if named => Some('>'),
                "amp" if named => Some('&'),
                "quot" if named => Some('"'),
                "apos" if named => Some('\''),
                _ => entity.strip_prefix('#').and_then(|number| {
                    match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => number.parse::<u32>().ok(),
                    }
                    .and_then(char::from_u32)
                }),
            }?;
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Drops control characters other than newlines and tabs, which some wire feeds carry.
pub(crate) fn drop_control_chars(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_repairs_windows_1252_and_rejects_binary() {
        assert_eq!(decode(b"caf\xe9 \x93quoted\x94").unwrap(), "café “quoted”");
        assert_eq!(decode(b"\xEF\xBB\xBFline\r\nnext").unwrap(), "line\nnext");
        assert_eq!(decode(b"abc\0def"), Err(ReadErrorKind::Binary(3)));
        assert!(matches!(
            decode(b"\x01\x02\x03\x04\xff\x05\x06"),
            Err(ReadErrorKind::NotText(4))
        ));
        // Random high bytes are no Windows-1252 text.
        let noise: Vec<u8> = (0..2000u32).map(|i| 0x80 + (i * 37 % 128) as u8).collect();
        assert!(matches!(decode(&noise), Err(ReadErrorKind::NotText(0))));
    }

    #[test]
    fn decode_reads_utf16_with_a_byte_order_mark() {
        let mut little = vec![0xFF, 0xFE];
        let mut big = vec![0xFE, 0xFF];
        for unit in "Kyïv talks\r\nresume".encode_utf16() {
            little.extend(unit.to_le_bytes());
            big.extend(unit.to_be_bytes());
        }
        assert_eq!(decode(&little).unwrap(), "Kyïv talks\nresume");
        assert_eq!(decode(&big).unwrap(), "Kyïv talks\nresume");
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::for_path(Path::new("a/b.TXT")), Ok(Format::Text));
        assert_eq!(
            Format::for_path(Path::new("a.ndjson")),
            Ok(Format::JsonLines)
        );
        assert_eq!(
            Format::for_path(Path::new("reut2-000.sgm")),
            Ok(Format::ReutersSgml)
        );
        assert_eq!(
            Format::for_path(Path::new("x.pdf")),
            Err("'.pdf'".to_string())
        );
    }
}
