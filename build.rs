// Hashes the source of everything that decides what indexing extracts from a file (the
// readers, the extractors, the document a record becomes) into NEWSDEX_EXTRACTION_SOURCE.
// The extraction fingerprint includes it, so an index built by a newsdex whose rules
// differ, even under the same version number, is extracted again by the next
// incremental run instead of keeping values those rules no longer give.

use std::path::{Path, PathBuf};

/// Folders and files whose code decides what a file's articles are indexed with.
const EXTRACTION_SOURCES: [&str; 7] = [
    "src/extract",
    "src/corpus",
    "src/dates.rs",
    "src/names.rs",
    "src/article.rs",
    "src/ingest.rs",
    "src/index/document.rs",
];

fn main() {
    for source in EXTRACTION_SOURCES {
        println!("cargo:rerun-if-changed={source}");
    }
    let hash = extraction_source_hash(Path::new("."));
    println!("cargo:rustc-env=NEWSDEX_EXTRACTION_SOURCE={hash:016x}");
}

/// The hash of `EXTRACTION_SOURCES` under the package root `root`: FNV-1a over each file's
/// path (relative, so not where the checkout is) and bytes. FNV rather than std's hasher,
/// which may change between Rust versions: the fingerprint only changes when the code does.
fn extraction_source_hash(root: &Path) -> u64 {
    let mut files = Vec::new();
    for source in EXTRACTION_SOURCES {
        collect(root, Path::new(source), &mut files);
    }
    files.sort();
    let mut hash: u64 = 0xCBF2_9CE4_8422_2325;
    for file in &files {
        let bytes = std::fs::read(root.join(file)).unwrap_or_default();
        let name = file.to_string_lossy().replace('\\', "/");
        for &byte in name.as_bytes().iter().chain(&[0]).chain(&bytes) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01B3);
        }
    }
    hash
}

/// The `.rs` files at or under `path` (relative to `root`), as paths relative to `root`.
fn collect(root: &Path, path: &Path, files: &mut Vec<PathBuf>) {
    let full = root.join(path);
    if full.is_dir() {
        let Ok(entries) = std::fs::read_dir(&full) else {
            return;
        };
        for entry in entries.flatten() {
            collect(root, &path.join(entry.file_name()), files);
        }
    } else if path.extension().is_some_and(|extension| extension == "rs") {
        files.push(path.to_path_buf());
    }
}
