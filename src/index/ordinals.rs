//! Global ordinals of a facet column: one number per distinct value across all segments
//! of a searcher, and each segment's own ordinals mapped to them (Lucene's `OrdinalMap`).
//! Built once per set of segments and facet by merging the segments' sorted dictionaries,
//! so a query counts every segment into one array and reads the strings of only the
//! values it shows, from memory instead of the compressed dictionary blocks. A segment
//! counted a second time also keeps each document's values in memory (two array reads
//! per document instead of three lookups in the column's compressed index): a long-lived
//! process (the server, a benchmark) pays for that once, a one-off search never.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use tantivy::Searcher;
use tantivy::columnar::StrColumn;
use tantivy::index::SegmentId;

/// The distinct values of one facet column over a searcher's segments, in byte order.
#[derive(Debug)]
pub struct FacetOrdinals {
    /// The segments (in searcher order) these ordinals were built for.
    segments: Vec<SegmentId>,
    /// Global ordinal → value.
    values: Vec<Box<str>>,
    /// Per segment (in searcher order): segment ordinal → global ordinal.
    segment_maps: Vec<Vec<u32>>,
    /// Per segment: how often it was counted, and its documents' values once cached.
    segment_values: Vec<(AtomicU32, OnceLock<DocOrdinals>)>,
}

/// The segment ordinals of every document of one segment, in memory: two bytes each when
/// the segment has fewer than 65,536 values (nearly always), which halves the memory a
/// count reads (at a million articles its reads, not its additions, were the cost).
#[derive(Debug)]
pub struct DocOrdinals {
    /// Document → where its values start in the ordinals (one more entry: the end).
    starts: Vec<u32>,
    ordinals: Ordinals,
}

/// A segment's document values, as narrow as its dictionary allows.
#[derive(Debug)]
enum Ordinals {
    Narrow(Vec<u16>),
    Wide(Vec<u32>),
}

impl DocOrdinals {
    /// The values of documents `0..max_doc` in `column` (none without a column).
    fn read(column: Option<&StrColumn>, max_doc: u32) -> DocOrdinals {
        let Some(column) = column else {
            return DocOrdinals {
                starts: Vec::new(),
                ordinals: Ordinals::Narrow(Vec::new()),
            };
        };
        let mut starts = Vec::with_capacity(max_doc as usize + 1);
        let mut wide: Vec<u32> = Vec::new();
        for doc in 0..max_doc {
            starts.push(wide.len() as u32);
            wide.extend(column.term_ords(doc).map(|ord| ord as u32));
        }
        starts.push(wide.len() as u32);
        let ordinals = if column.num_terms() <= usize::from(u16::MAX) + 1 {
            Ordinals::Narrow(wide.iter().map(|&ord| ord as u16).collect())
        } else {
            Ordinals::Wide(wide)
        };
        DocOrdinals { starts, ordinals }
    }

    /// Adds one to `counts[ordinal]` for each value of each of `docs`.
    pub fn count(&self, docs: &[u32], counts: &mut [u32]) {
        match &self.ordinals {
            Ordinals::Narrow(ordinals) => count_values(&self.starts, ordinals, docs, counts),
            Ordinals::Wide(ordinals) => count_values(&self.starts, ordinals, docs, counts),
        }
    }
}

/// The counting loop of `DocOrdinals::count`, for either width.
fn count_values<T: Copy + Into<u32>>(
    starts: &[u32],
    ordinals: &[T],
    docs: &[u32],
    counts: &mut [u32],
) {
    for &doc in docs {
        let doc = doc as usize;
        let (Some(&start), Some(&end)) = (starts.get(doc), starts.get(doc + 1)) else {
            continue;
        };
        let Some(values) = ordinals.get(start as usize..end as usize) else {
            continue;
        };
        for &ordinal in values {
            let ordinal: u32 = ordinal.into();
            if let Some(count) = counts.get_mut(ordinal as usize) {
                *count += 1;
            }
        }
    }
}

impl FacetOrdinals {
    /// Reads the dictionaries of the string fast field `column` in every segment of
    /// `searcher` and merges them.
    pub fn build(searcher: &Searcher, column: &str) -> tantivy::Result<FacetOrdinals> {
        let mut lists: Vec<Vec<Box<str>>> = Vec::with_capacity(searcher.segment_readers().len());
        for segment in searcher.segment_readers() {
            let mut list = Vec::new();
            if let Some(column) = segment.fast_fields().str(column)? {
                list.reserve(column.num_terms());
                let mut stream = column.dictionary().stream()?;
                while stream.advance() {
                    list.push(String::from_utf8_lossy(stream.key()).into());
                }
            }
            lists.push(list);
        }
        let segments = searcher
            .segment_readers()
            .iter()
            .map(|segment| segment.segment_id())
            .collect();
        let (values, segment_maps) = merge_sorted(lists);
        let segment_values = segment_maps
            .iter()
            .map(|_| (AtomicU32::new(0), OnceLock::new()))
            .collect();
        Ok(FacetOrdinals {
            segments,
            values,
            segment_maps,
            segment_values,
        })
    }

    /// Whether these ordinals were built for exactly the segments of `searcher`.
    pub fn fits(&self, searcher: &Searcher) -> bool {
        let readers = searcher.segment_readers();
        readers.len() == self.segments.len()
            && readers
                .iter()
                .zip(&self.segments)
                .all(|(reader, id)| reader.segment_id() == *id)
    }

    /// Number of distinct values.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the column holds no value in any segment.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The value of a global ordinal.
    pub fn value(&self, ordinal: u32) -> &str {
        &self.values[ordinal as usize]
    }

    /// The global ordinal of a value, if any segment holds it.
    pub fn ordinal_of(&self, value: &str) -> Option<u32> {
        self.values
            .binary_search_by(|probe| (**probe).cmp(value))
            .ok()
            .map(|at| at as u32)
    }

    /// Segment ordinal → global ordinal for the segment at `segment_ord` in the searcher.
    pub fn segment_map(&self, segment_ord: usize) -> &[u32] {
        self.segment_maps
            .get(segment_ord)
            .map_or(&[][..], Vec::as_slice)
    }
}

impl FacetOrdinals {
    /// Notes that the segment at `segment_ord` (whose column is `column`) is about to be
    /// counted; the second time, its documents' values are read into memory for good.
    pub fn note_counted(&self, segment_ord: usize, column: &StrColumn, max_doc: u32) {
        let Some((counted, values)) = self.segment_values.get(segment_ord) else {
            return;
        };
        if values.get().is_none() && counted.fetch_add(1, Ordering::Relaxed) > 0 {
            self.keep_in_memory(segment_ord, Some(column), max_doc);
        }
    }

    /// Whether every segment's values are in memory.
    pub fn all_in_memory(&self) -> bool {
        self.segment_values
            .iter()
            .all(|(_, values)| values.get().is_some())
    }

    /// Reads the documents' values of the segment at `segment_ord` (whose column is
    /// `column`, if it has one) into memory now (a server warming up), unless they are
    /// already.
    pub fn keep_in_memory(&self, segment_ord: usize, column: Option<&StrColumn>, max_doc: u32) {
        if let Some((_, values)) = self.segment_values.get(segment_ord) {
            values.get_or_init(|| DocOrdinals::read(column, max_doc));
        }
    }

    /// The values of every document of the segment at `segment_ord`, when they are in
    /// memory.
    pub fn doc_ordinals(&self, segment_ord: usize) -> Option<&DocOrdinals> {
        self.segment_values.get(segment_ord)?.1.get()
    }
}

/// Merges sorted lists of values into one sorted list without repeats, and maps each
/// list's positions to positions in it.
fn merge_sorted(mut lists: Vec<Vec<Box<str>>>) -> (Vec<Box<str>>, Vec<Vec<u32>>) {
    if lists.len() == 1 {
        let values = lists.pop().unwrap_or_default();
        let identity = (0..values.len() as u32).collect();
        return (values, vec![identity]);
    }
    let mut maps: Vec<Vec<u32>> = lists.iter().map(|list| vec![0; list.len()]).collect();
    let mut next = vec![0usize; lists.len()];
    let mut heap = BinaryHeap::with_capacity(lists.len());
    for (list_index, list) in lists.iter().enumerate() {
        if let Some(first) = list.first() {
            heap.push(Reverse((&**first, list_index)));
        }
    }
    let mut values: Vec<Box<str>> = Vec::new();
    while let Some(Reverse((value, list_index))) = heap.pop() {
        if values.last().map(|last| &**last) != Some(value) {
            values.push(value.into());
        }
        maps[list_index][next[list_index]] = (values.len() - 1) as u32;
        next[list_index] += 1;
        if let Some(following) = lists[list_index].get(next[list_index]) {
            heap.push(Reverse((&**following, list_index)));
        }
    }
    (values, maps)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(values: &[&str]) -> Vec<Box<str>> {
        values.iter().map(|v| (*v).into()).collect()
    }

    #[test]
    fn segments_share_one_ordinal_per_value() {
        let (values, maps) = merge_sorted(vec![
            list(&["Kyiv", "Paris"]),
            list(&[]),
            list(&["Berlin", "Paris", "Warsaw"]),
        ]);
        assert_eq!(values, list(&["Berlin", "Kyiv", "Paris", "Warsaw"]));
        assert_eq!(maps, vec![vec![1, 2], vec![], vec![0, 2, 3]]);
    }

    #[test]
    fn one_segment_maps_to_itself() {
        let (values, maps) = merge_sorted(vec![list(&["a", "b"])]);
        assert_eq!(values, list(&["a", "b"]));
        assert_eq!(maps, vec![vec![0, 1]]);
    }

    #[test]
    fn counts_are_the_same_from_narrow_and_wide_values() {
        // Documents 0..4 with values [1, 3], [], [3], [0, 1, 2].
        let starts = [0, 2, 2, 3, 6];
        let wide: [u32; 6] = [1, 3, 3, 0, 1, 2];
        let narrow: [u16; 6] = [1, 3, 3, 0, 1, 2];
        let hits = [0, 2, 3];
        let mut from_wide = vec![0; 4];
        let mut from_narrow = vec![0; 4];
        count_values(&starts, &wide, &hits, &mut from_wide);
        count_values(&starts, &narrow, &hits, &mut from_narrow);
        assert_eq!(from_wide, [1, 2, 1, 2]);
        assert_eq!(from_narrow, from_wide);
        // A document past the end counts nothing.
        count_values(&starts, &narrow, &[9], &mut from_narrow);
        assert_eq!(from_narrow, from_wide);
    }
}
