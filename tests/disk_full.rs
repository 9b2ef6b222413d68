//! A full disk: the run fails naming the index, and once there is room again the next run
//! works, with nothing a failed run left behind. Needs to mount a small tmpfs (root);
//! skipped with a message where that is not allowed.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{fixture_corpus, write_files};

/// A tmpfs of `megabytes` mounted at `path`, unmounted when dropped.
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount(path: &Path, megabytes: u32) -> Option<SmallDisk> {
        std::fs::create_dir_all(path).ok()?;
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(path)
            .stderr(std::process::Stdio::null())
            .status()
            .ok()?;
        status.success().then(|| SmallDisk(path.to_path_buf()))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn index(cwd: &Path, corpus: &Path, index: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let output = common::newsdex(cwd)
        .args(["index", "--format", "json", "--corpus"])
        .arg(corpus)
        .arg("--index")
        .arg(index)
        .args(extra)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Writes `count` articles of incompressible words, about 60 KB each.
fn bulky_articles(corpus: &Path, count: usize) -> Vec<PathBuf> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut paths = Vec::new();
    for n in 0..count {
        let mut text = format!("Bulk story {n}\n\n");
        while text.len() < 60_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let word: String = (0..8)
                .map(|i| (b'a' + ((state >> (i * 5)) % 26) as u8) as char)
                .collect();
            text.push_str(&word);
            text.push(' ');
        }
        let name = format!("bulk/{n:04}.txt");
        write_files(corpus, &[(name.as_str(), text.as_bytes())]);
        paths.push(corpus.join(name));
    }
    paths
}

fn generations(index: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(index)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("gen-"))
        .collect();
    names.sort();
    names
}

#[test]
fn after_a_full_disk_the_next_run_cleans_up_and_works() {
    let dir = tempfile::tempdir().unwrap();
    let Some(disk) = SmallDisk::mount(&dir.path().join("disk"), 6) else {
        eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        return;
    };
    let corpus = fixture_corpus(dir.path());
    let index_dir = disk.0.join("idx");

    // A first build that does not fit.
    let bulk = bulky_articles(&corpus, 150);
    let (code, stderr) = index(dir.path(), &corpus, &index_dir, &[]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains(&index_dir.display().to_string()),
        "names the index: {stderr}"
    );
    assert!(
        stderr.contains("No space left") || stderr.contains("is the disk full"),
        "{stderr}"
    );

    // Room again: the same disk, a corpus that fits.
    for path in &bulk {
        std::fs::remove_file(path).unwrap();
    }
    let (code, stderr) = index(dir.path(), &corpus, &index_dir, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        generations(&index_dir).len(),
        1,
        "{:?}",
        generations(&index_dir)
    );

    // An incremental run and a rebuild that do not fit, then ones that do.
    let bulk = bulky_articles(&corpus, 150);
    for extra in [&[][..], &["--rebuild"][..]] {
        let (code, stderr) = index(dir.path(), &corpus, &index_dir, extra);
        assert_eq!(code, Some(1), "{extra:?}: {stderr}");
    }
    for path in &bulk {
        std::fs::remove_file(path).unwrap();
    }
    for extra in [&[][..], &["--rebuild"][..]] {
        let (code, stderr) = index(dir.path(), &corpus, &index_dir, extra);
        assert_eq!(code, Some(0), "{extra:?}: {stderr}");
    }
    let stats = common::stats(dir.path(), &index_dir);
    assert_eq!(stats["articles"], 5);
    assert!(
        generations(&index_dir).len() <= 2,
        "{:?}",
        generations(&index_dir)
    );
    drop(disk);
}
