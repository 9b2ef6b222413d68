//! A live index for a long-running reader: each request gets the generation current
//! when it starts, and a rebuild's new generation replaces it without a restart.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use super::{IndexError, NewsIndex};

/// The index the server reads, swapped for a new generation when one appears.
pub struct SharedIndex {
    root: PathBuf,
    current: RwLock<Arc<NewsIndex>>,
}

impl SharedIndex {
    /// Opens the current generation under `root`.
    pub fn open(root: &Path) -> Result<SharedIndex, IndexError> {
        Ok(SharedIndex {
            root: root.to_path_buf(),
            current: RwLock::new(Arc::new(NewsIndex::open(root)?)),
        })
    }

    /// The index to answer one request from; it stays valid while the request runs.
    pub fn get(&self) -> Arc<NewsIndex> {
        match self.current.read() {
            Ok(guard) => guard.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Switches to a newly built generation, or reloads the current one's latest commit.
    /// On an error (a rebuild in the middle of its switch) the index in use stays, and the
    /// caller decides how to report it and when to try again.
    pub fn refresh(&self) -> Result<(), IndexError> {
        let current = self.get();
        let latest = NewsIndex::current_generation_path(&self.root)?;
        if latest != current.generation() {
            let fresh = Arc::new(NewsIndex::open(&self.root)?);
            match self.current.write() {
                Ok(mut guard) => *guard = fresh,
                Err(poisoned) => *poisoned.into_inner() = fresh,
            }
        } else {
            current.reload()?;
        }
        Ok(())
    }
}
