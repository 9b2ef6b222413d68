//! A live index for a long-running reader: each request gets the generation current
//! when it starts, and a rebuild's new generation replaces it without a restart.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use super::{FacetKind, IndexError, NewsIndex};

/// The index the server reads, swapped for a new generation when one appears.
pub struct SharedIndex {
    root: PathBuf,
    current: RwLock<Arc<NewsIndex>>,
    /// Facets whose values are read into memory ahead of the queries that count them.
    warm: Vec<FacetKind>,
}

impl SharedIndex {
    /// Opens the current generation under `root`.
    pub fn open(root: &Path) -> Result<SharedIndex, IndexError> {
        Ok(SharedIndex {
            root: root.to_path_buf(),
            current: RwLock::new(Arc::new(NewsIndex::open(root)?)),
            warm: Vec::new(),
        })
    }

    /// Keeps the values of `kinds` in memory: read now on a thread of their own (the
    /// index answers meanwhile) and again after each refresh that brings new segments.
    pub fn with_warm_facets(mut self, kinds: &[FacetKind]) -> SharedIndex {
        self.warm = kinds.to_vec();
        let (index, kinds) = (self.get(), self.warm.clone());
        // Warming only speeds queries up: a failure shows again in the query itself.
        std::thread::spawn(move || index.warm_facets(&kinds));
        self
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
        // Cheap when nothing changed: the values in memory still fit the segments.
        let _ = self.get().warm_facets(&self.warm);
        Ok(())
    }
}
