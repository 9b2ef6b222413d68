//! Large JSONL files read in chunks of records: memory does not grow with the file, and
//! one chunk is extracted on all cores while the next is read.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use super::{
    Article, Format, READER_VERSION, ReadError, ReadErrorKind, SourceFile, decode, display_key,
    json, keep_records, key_path, path_key, settle_articles,
};

/// JSONL files larger than this are read in chunks (smaller ones are read whole).
pub const STREAM_ABOVE_BYTES: u64 = 64 * 1024 * 1024;

/// About how much of the file one chunk holds.
const CHUNK_BYTES: usize = 4 * 1024 * 1024;

/// Whether `file` (of `size` bytes) is read in chunks: a JSONL file over `threshold`
/// bytes, with no sidecar and no UTF-16 byte-order mark (UTF-16 cannot be cut at newline
/// bytes).
pub fn is_streamed(file: &SourceFile, size: u64, threshold: u64) -> bool {
    if file.sidecar.is_some() || Format::for_path(&file.path) != Ok(Format::JsonLines) {
        return false;
    }
    if size <= threshold {
        return false;
    }
    let mut start = [0u8; 2];
    let utf16 = std::fs::File::open(&file.path)
        .and_then(|mut f| f.read_exact(&mut start))
        .is_ok_and(|()| matches!(start, [0xFF, 0xFE] | [0xFE, 0xFF]));
    !utf16
}

fn io_error(path: &Path, error: std::io::Error) -> ReadError {
    ReadError::new(
        &path.display().to_string(),
        ReadErrorKind::Io(error.to_string()),
    )
}

/// The file's key and the hash [`super::load`] would give it, read in blocks instead of
/// held whole.
pub fn hash_file(file: &SourceFile) -> Result<(String, u64), ReadError> {
    let mut reader = std::fs::File::open(&file.path).map_err(|e| io_error(&file.path, e))?;
    let size = reader
        .metadata()
        .map_err(|e| io_error(&file.path, e))?
        .len();
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(&READER_VERSION.to_le_bytes());
    hasher.update(&size.to_le_bytes());
    let mut block = vec![0u8; 1 << 20];
    loop {
        let read = reader
            .read(&mut block)
            .map_err(|e| io_error(&file.path, e))?;
        if read == 0 {
            break;
        }
        hasher.update(&block[..read]);
    }
    if let Some(topic) = &file.folder_topic {
        hasher.update(b"\0topic\0");
        hasher.update(topic.as_bytes());
    }
    Ok((path_key(&file.path), hasher.digest()))
}

/// One chunk of a file read in chunks: its articles (ready like [`super::parse`]'s) and
/// what had to be skipped or left out in it.
#[derive(Debug, Default)]
pub struct Chunk {
    /// Articles read.
    pub articles: Vec<Article>,
    /// Records skipped, each with its reason.
    pub problems: Vec<ReadError>,
    /// Fields that could not be used in articles that were kept.
    pub warnings: Vec<ReadError>,
    /// Fields newsdex does not read → how many records carry them.
    pub unused_fields: BTreeMap<String, u64>,
    /// Bytes of the file it was read from.
    pub bytes: u64,
    /// Where the chunk after it starts: reading can resume there.
    pub next: Position,
}

/// A place in a file read in chunks, between two records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Byte offset.
    pub offset: u64,
    /// Number of the line that starts there (from 1).
    pub line: u64,
}

impl Position {
    /// The start of a file.
    pub const START: Position = Position { offset: 0, line: 1 };
}

impl Default for Position {
    fn default() -> Self {
        Position::START
    }
}

/// The chunks of a JSONL file, in order; a file that cannot be read any further ends with
/// one error (what was read before it stays read).
pub struct Chunks {
    reader: BufReader<std::fs::File>,
    key: String,
    shown: String,
    folder_topic: Option<String>,
    next_line: usize,
    offset: u64,
    records_seen: bool,
    finished: bool,
}

/// Opens `file` to be read in chunks.
pub fn chunks(file: &SourceFile) -> Result<Chunks, ReadError> {
    chunks_from(file, Position::START)
}

/// Opens `file` to be read in chunks from `position` (where an earlier run's last chunk
/// ended: the records before it were read then).
pub fn chunks_from(file: &SourceFile, position: Position) -> Result<Chunks, ReadError> {
    use std::io::Seek;
    let mut reader = std::fs::File::open(&file.path).map_err(|e| io_error(&file.path, e))?;
    reader
        .seek(std::io::SeekFrom::Start(position.offset))
        .map_err(|e| io_error(&file.path, e))?;
    let key = path_key(&file.path);
    Ok(Chunks {
        reader: BufReader::with_capacity(1 << 20, reader),
        shown: display_key(&key),
        key,
        folder_topic: file.folder_topic.clone(),
        next_line: position.line as usize,
        offset: position.offset,
        // Records were read before a resumed position: an empty rest is no empty file.
        records_seen: position != Position::START,
        finished: false,
    })
}

impl Chunks {
    /// The file's key (see `path_key`).
    pub fn key(&self) -> &str {
        &self.key
    }

    fn read_chunk(&mut self) -> Result<Option<Chunk>, ReadError> {
        let mut bytes = Vec::with_capacity(CHUNK_BYTES + 64 * 1024);
        let mut lines = 0;
        while bytes.len() < CHUNK_BYTES {
            let read = self
                .reader
                .read_until(b'\n', &mut bytes)
                .map_err(|e| io_error(&key_path(&self.key), e))?;
            if read == 0 {
                break;
            }
            lines += 1;
        }
        if bytes.is_empty() {
            return Ok(None);
        }
        let text = decode(&bytes).map_err(|kind| {
            // Offsets are the file's, not the chunk's.
            let kind = match kind {
                ReadErrorKind::Binary(at) => ReadErrorKind::Binary(at + self.offset as usize),
                ReadErrorKind::NotText(at) => ReadErrorKind::NotText(at + self.offset as usize),
                other => other,
            };
            ReadError::new(&self.shown, kind)
        })?;
        self.offset += bytes.len() as u64;
        let (records, record_problems) = json::parse_lines_from(&text, self.next_line);
        self.next_line += lines;
        let mut chunk = Chunk {
            bytes: bytes.len() as u64,
            next: Position {
                offset: self.offset,
                line: self.next_line as u64,
            },
            ..Chunk::default()
        };
        chunk.problems.extend(
            record_problems
                .into_iter()
                .map(|kind| ReadError::new(&self.shown, kind)),
        );
        keep_records(
            records,
            &self.shown,
            &mut chunk.articles,
            &mut chunk.unused_fields,
            &mut chunk.problems,
            &mut chunk.warnings,
        );
        settle_articles(
            &mut chunk.articles,
            &self.key,
            &self.shown,
            self.folder_topic.as_deref(),
            &mut chunk.warnings,
        );
        self.records_seen |= !chunk.articles.is_empty() || !chunk.problems.is_empty();
        Ok(Some(chunk))
    }
}

impl Iterator for Chunks {
    type Item = Result<Chunk, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        match self.read_chunk() {
            Ok(Some(chunk)) => Some(Ok(chunk)),
            Ok(None) => {
                self.finished = true;
                // Like a file read whole: one with nothing in it is an error, not silence.
                (!self.records_seen).then(|| {
                    Err(ReadError::new(
                        &self.shown,
                        ReadErrorKind::NoArticles("no records with a title or body".to_string()),
                    ))
                })
            }
            Err(error) => {
                self.finished = true;
                Some(Err(error))
            }
        }
    }
}
