//! Which segments the index writer merges: tantivy's log-structured policy, with no merge
//! that writes a segment larger than a cap. A merge reads its segments through memory maps,
//! so every page of them counts in the process's resident memory until it ends: at a
//! million articles, one merge of eight 140,000-article segments put 1.4 GB of index files
//! in memory. Capped, memory stays bounded however large the corpus grows, for a few more
//! segments per query (each counted in turn).

use tantivy::index::SegmentMeta;
use tantivy::indexer::{LogMergePolicy, MergeCandidate, MergePolicy};

/// Most articles a merge may write into one segment: about 600 MB of index files at the
/// 2.3 KB an article takes with full extraction, and more than tantivy's writer puts in
/// one segment from its 256 MB budget (about 140,000).
pub const MAX_MERGED_DOCS: u32 = 250_000;

/// `LogMergePolicy` with each merge cut to its smallest segments that fit `max_docs`.
#[derive(Debug)]
pub struct CappedMergePolicy {
    inner: LogMergePolicy,
    max_docs: u32,
}

impl CappedMergePolicy {
    /// tantivy's log merge policy (merging a segment once 30% of it is deleted), with no
    /// merged segment above `max_docs` live articles.
    pub fn new(max_docs: u32) -> Self {
        let mut inner = LogMergePolicy::default();
        // No `set_max_docs_before_merge`: it would also keep a larger segment (one an older
        // newsdex merged) from ever being rewritten without its deleted articles.
        inner.set_del_docs_ratio_before_merge(0.3);
        CappedMergePolicy { inner, max_docs }
    }
}

impl MergePolicy for CappedMergePolicy {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let docs_of = |id| {
            segments
                .iter()
                .find(|segment| segment.id() == id)
                .map_or(0, SegmentMeta::num_docs)
        };
        self.inner
            .compute_merge_candidates(segments)
            .into_iter()
            .filter_map(|MergeCandidate(ids)| {
                // One segment rewritten to drop its deleted articles is never larger.
                if ids.len() == 1 {
                    return Some(MergeCandidate(ids));
                }
                let mut sized: Vec<_> = ids.into_iter().map(|id| (docs_of(id), id)).collect();
                sized.sort_by_key(|&(docs, _)| docs);
                let mut total = 0u64;
                let fitting: Vec<_> = sized
                    .into_iter()
                    .take_while(|&(docs, _)| {
                        total += u64::from(docs);
                        total <= u64::from(self.max_docs)
                    })
                    .map(|(_, id)| id)
                    .collect();
                (fitting.len() >= 2).then_some(MergeCandidate(fitting))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::Index;
    use tantivy::index::SegmentId;
    use tantivy::schema::Schema;

    fn segments(index: &Index, sizes: &[u32]) -> Vec<SegmentMeta> {
        sizes
            .iter()
            .map(|&docs| index.new_segment_meta(SegmentId::generate_random(), docs))
            .collect()
    }

    fn merged_sizes(policy: &dyn MergePolicy, metas: &[SegmentMeta]) -> Vec<u32> {
        policy
            .compute_merge_candidates(metas)
            .into_iter()
            .map(|MergeCandidate(ids)| {
                ids.iter()
                    .filter_map(|id| metas.iter().find(|meta| meta.id() == *id))
                    .map(SegmentMeta::num_docs)
                    .sum()
            })
            .collect()
    }

    #[test]
    fn no_merge_writes_a_segment_above_the_cap() {
        let index = Index::create_in_ram(Schema::builder().build());
        let capped = CappedMergePolicy::new(MAX_MERGED_DOCS);
        // Eight writer-sized segments: tantivy's policy alone merges them into one of
        // 1,120,000 articles; capped, they stay.
        let large = segments(&index, &[140_000; 8]);
        assert_eq!(
            merged_sizes(&LogMergePolicy::default(), &large),
            [1_120_000]
        );
        assert!(merged_sizes(&capped, &large).is_empty());
        // Small segments still merge.
        let small = segments(&index, &[20_000; 8]);
        assert_eq!(merged_sizes(&capped, &small), [160_000]);
        // Too many to merge at once: the smallest that fit.
        let many = segments(
            &index,
            &[
                40_000, 40_000, 40_000, 40_000, 60_000, 60_000, 60_000, 60_000,
            ],
        );
        assert_eq!(merged_sizes(&LogMergePolicy::default(), &many), [400_000]);
        assert_eq!(merged_sizes(&capped, &many), [220_000]);
        // A segment above the cap (an older newsdex merged it) with many articles deleted
        // is still rewritten without them.
        let old = index
            .new_segment_meta(SegmentId::generate_random(), 600_000)
            .with_delete_meta(300_000, 1);
        assert_eq!(merged_sizes(&capped, &[old]), [300_000]);
    }
}
