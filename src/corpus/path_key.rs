//! Paths as index keys. A Unix path is bytes, not text: two file names that differ only in
//! bytes that are not UTF-8 (`a\xff.txt`, `a\xfe.txt`) must stay two keys, so a path that
//! is not UTF-8 is written as a NUL (which no path contains) and its bytes in hex. Users
//! are shown the lossy form.

use std::ffi::OsStr;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

/// The lossless text key of a path: the path itself when it is UTF-8.
pub fn path_key(path: &Path) -> String {
    match path.to_str() {
        Some(text) => text.to_string(),
        None => {
            let bytes = path.as_os_str().as_bytes();
            let mut key = String::with_capacity(1 + 2 * bytes.len());
            key.push('\0');
            for byte in bytes {
                key.push_str(&format!("{byte:02x}"));
            }
            key
        }
    }
}

/// The path a key was made from.
pub fn key_path(key: &str) -> PathBuf {
    match key.strip_prefix('\0') {
        Some(hex) => {
            let bytes: Vec<u8> = (0..hex.len() / 2)
                .filter_map(|i| hex.get(2 * i..2 * i + 2))
                .filter_map(|pair| u8::from_str_radix(pair, 16).ok())
                .collect();
            PathBuf::from(std::ffi::OsString::from_vec(bytes))
        }
        None => PathBuf::from(key),
    }
}

/// A key as users read it: bytes that are not UTF-8 shown as U+FFFD.
pub fn display_key(key: &str) -> String {
    if key.starts_with('\0') {
        OsStr::new(key_path(key).as_os_str())
            .to_string_lossy()
            .into_owned()
    } else {
        key.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_differ_in_invalid_bytes_keep_distinct_keys() {
        let ff = PathBuf::from(std::ffi::OsString::from_vec(b"/news/a\xff.txt".to_vec()));
        let fe = PathBuf::from(std::ffi::OsString::from_vec(b"/news/a\xfe.txt".to_vec()));
        assert_ne!(path_key(&ff), path_key(&fe));
        assert_eq!(key_path(&path_key(&ff)), ff);
        assert_eq!(display_key(&path_key(&ff)), "/news/a\u{fffd}.txt");
        let plain = Path::new("/news/kyïv.txt");
        assert_eq!(path_key(plain), "/news/kyïv.txt");
        assert_eq!(key_path("/news/kyïv.txt"), plain);
    }
}
