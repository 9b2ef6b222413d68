//! Facet counts: one pass over the hits' fast columns, then the top values per facet
//! with the corpus's short forms counted under their full names.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::query::AllQuery;
use tantivy::{DocId, Score, Searcher, SegmentReader};

use super::SearchError;
use crate::index::schema::{FacetKind, field};
use crate::index::{CorpusAliases, FacetOrdinals, NewsIndex};

/// One facet value and how many hits have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// The value as indexed.
    pub value: String,
    /// Number of hits with it.
    pub count: u64,
}

pub(super) fn top_values(
    counts: HashMap<FacetKind, HashMap<String, u64>>,
    top: usize,
    aliases: &CorpusAliases,
) -> BTreeMap<String, Vec<FacetCount>> {
    counts
        .into_iter()
        .map(|(kind, values)| {
            let mut values = if kind.is_name() {
                merge_spellings(as_full_names(kind, values, aliases))
            } else {
                values
                    .into_iter()
                    .map(|(value, count)| FacetCount { value, count })
                    .collect()
            };
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            values.truncate(top);
            (kind.name().to_string(), values)
        })
        .collect()
}

/// Counts with each short form counted under the full name the corpus files it as. An
/// article has one of the two (extraction joins them inside an article), so counts add up.
fn as_full_names(
    kind: FacetKind,
    values: HashMap<String, u64>,
    aliases: &CorpusAliases,
) -> HashMap<String, u64> {
    let mut merged: HashMap<String, u64> = HashMap::with_capacity(values.len());
    for (value, count) in values {
        if aliases.is_hidden(kind, &value) {
            continue;
        }
        let full = aliases.full_name(kind, &value);
        if full == value {
            *merged.entry(value).or_default() += count;
        } else {
            *merged.entry(full.to_string()).or_default() += count;
        }
    }
    merged
}

/// Facet values that fold to one name ("Lech Wałęsa", "Lech Walesa") counted as one,
/// shown as their most frequent spelling. Each article has one spelling of a name, so
/// the counts add up.
fn merge_spellings(values: HashMap<String, u64>) -> Vec<FacetCount> {
    let mut by_name: HashMap<String, (FacetCount, u64)> = HashMap::new();
    for (value, count) in values {
        let entry = by_name
            .entry(crate::names::fold(&value))
            .or_insert_with(|| {
                (
                    FacetCount {
                        value: value.clone(),
                        count: 0,
                    },
                    0,
                )
            });
        entry.0.count += count;
        // The most frequent spelling is shown (ties: the first in sort order).
        if count > entry.1 || (count == entry.1 && value < entry.0.value) {
            entry.0.value = value;
            entry.1 = count;
        }
    }
    by_name.into_values().map(|(merged, _)| merged).collect()
}

/// What is counted over all matching documents in one pass: facet values and, for a
/// timeline, publication days.
#[derive(Default)]
pub(super) struct HitStats {
    /// Per facet, value → hits.
    pub(super) facets: HashMap<FacetKind, HashMap<String, u64>>,
    /// Day number since 1970-01-01 → hits published that day.
    pub(super) days: HashMap<i64, u64>,
}

/// Collects `HitStats` from string fast fields (facets) and the `published` date column.
/// Each segment counts its own ordinals; the counts meet under the index's global
/// ordinals, so the top values are exact over any number of segments and only their
/// strings are read.
pub(super) struct HitStatsCollector {
    facets: Vec<(FacetKind, Arc<FacetOrdinals>)>,
    timeline: bool,
    /// Values wanted per facet; `None`: all.
    top: Option<usize>,
    /// Short forms and full names counted as one: read beside the top values.
    aliases: Arc<CorpusAliases>,
}

impl HitStatsCollector {
    /// Counts `kinds` (and publication days when `timeline`) over the segments of
    /// `searcher`, a searcher of `index`.
    pub(super) fn new(
        index: &NewsIndex,
        searcher: &Searcher,
        kinds: &[FacetKind],
        timeline: bool,
    ) -> Result<Self, SearchError> {
        let mut kinds = kinds.to_vec();
        kinds.sort();
        kinds.dedup();
        let facets = kinds
            .into_iter()
            .map(|kind| Ok((kind, index.facet_ordinals(searcher, kind)?)))
            .collect::<Result<_, tantivy::TantivyError>>()?;
        Ok(HitStatsCollector {
            facets,
            timeline,
            top: None,
            aliases: Default::default(),
        })
    }

    /// Counts with the corpus's short forms: a top value's full name and short forms are
    /// read too, so the full name's count is all of them.
    pub(super) fn with_aliases(mut self, aliases: Arc<CorpusAliases>) -> Self {
        self.aliases = aliases;
        self
    }

    /// Only the `top` values per facet are needed: the others' strings are not read.
    pub(super) fn with_top(mut self, top: usize) -> Self {
        self.top = Some(top);
        self
    }

    /// The values of one facet worth returning from merged counts (global ordinal →
    /// hits): the top ones with the values filed under the same names, or all.
    fn values(
        &self,
        kind: FacetKind,
        ordinals: &FacetOrdinals,
        counts: &[u32],
    ) -> HashMap<String, u64> {
        let mut hit: Vec<u32> = (0..counts.len() as u32)
            .filter(|&o| counts[o as usize] > 0)
            .collect();
        // Values no facet shows (a first name alone) may be among the top: read as many
        // more.
        let top = self.top.map(|t| t + self.aliases.hidden_count(kind));
        if let Some(top) = top.filter(|&t| t > 0 && t < hit.len()) {
            // Exact top values: count descending, then value (ordinals follow values).
            hit.select_nth_unstable_by(top - 1, |&a, &b| {
                counts[b as usize].cmp(&counts[a as usize]).then(a.cmp(&b))
            });
            hit.truncate(top);
            if self.aliases.has_any(kind) {
                // The other values filed under a top value's full name.
                let mut related = Vec::new();
                for &ord in &hit {
                    for value in self.aliases.values_filed_with(kind, ordinals.value(ord)) {
                        related.extend(ordinals.ordinal_of(value));
                    }
                }
                hit.extend(related.into_iter().filter(|&o| counts[o as usize] > 0));
                hit.sort_unstable();
                hit.dedup();
            }
        }
        hit.into_iter()
            .map(|ord| (ordinals.value(ord).to_string(), counts[ord as usize] as u64))
            .collect()
    }
}

/// Documents gathered before their facet values are read as one block.
const BLOCK: usize = 64;

/// One segment's counts.
pub(super) struct HitStatsSegment {
    /// Per facet: its column in this segment, segment ordinal → hits, and the map from
    /// segment ordinals to the index's.
    columns: Vec<SegmentFacet>,
    published: Option<tantivy::columnar::Column<tantivy::DateTime>>,
    days: HashMap<i64, u64>,
    /// Documents not yet counted (up to `BLOCK`).
    pending: Vec<DocId>,
    /// Reused buffers for one block's rows and ordinals.
    rows: Vec<u32>,
    row_docs: Vec<DocId>,
    ords: Vec<u64>,
}

struct SegmentFacet {
    column: Option<StrColumn>,
    counts: Vec<u32>,
    ordinals: Arc<FacetOrdinals>,
    segment_ord: usize,
}

/// What one segment found: per facet (in the collector's order), (global ordinal, hits)
/// of every value it saw.
pub(super) struct SegmentStats {
    facets: Vec<Vec<(u32, u32)>>,
    days: HashMap<i64, u64>,
}

const SECONDS_PER_DAY: i64 = 86_400;

impl HitStatsSegment {
    /// Counts the facet values and days of the pending documents.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        for facet in &mut self.columns {
            let Some(column) = &facet.column else {
                continue;
            };
            if let Some(cached) = facet.ordinals.doc_ordinals(facet.segment_ord) {
                cached.count(&self.pending, &mut facet.counts);
                continue;
            }
            let ords = column.ords();
            self.rows.clear();
            self.row_docs.clear();
            ords.row_ids_for_docs(&self.pending, &mut self.row_docs, &mut self.rows);
            self.ords.clear();
            self.ords.resize(self.rows.len(), 0);
            ords.values.get_vals(&self.rows, &mut self.ords);
            for &ord in &self.ords {
                if let Some(count) = facet.counts.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
        if let Some(published) = &self.published {
            for &doc in &self.pending {
                if let Some(date) = published.first(doc) {
                    let day = date.into_timestamp_secs().div_euclid(SECONDS_PER_DAY);
                    *self.days.entry(day).or_default() += 1;
                }
            }
        }
        self.pending.clear();
    }
}

impl Collector for HitStatsCollector {
    type Fruit = HitStats;
    type Child = HitStatsSegment;

    fn for_segment(
        &self,
        segment_ord: u32,
        segment: &SegmentReader,
    ) -> tantivy::Result<HitStatsSegment> {
        let mut columns = Vec::with_capacity(self.facets.len());
        for (kind, ordinals) in &self.facets {
            let column = segment.fast_fields().str(&kind.value_field_name())?;
            let terms = column.as_ref().map_or(0, |c| c.num_terms());
            if let Some(column) = &column {
                ordinals.note_counted(segment_ord as usize, column, segment.max_doc());
            }
            columns.push(SegmentFacet {
                column,
                counts: vec![0u32; terms],
                ordinals: ordinals.clone(),
                segment_ord: segment_ord as usize,
            });
        }
        let published = if self.timeline {
            Some(segment.fast_fields().date(field::PUBLISHED)?)
        } else {
            None
        };
        Ok(HitStatsSegment {
            columns,
            published,
            days: HashMap::new(),
            pending: Vec::with_capacity(BLOCK),
            rows: Vec::new(),
            row_docs: Vec::new(),
            ords: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<SegmentStats>) -> tantivy::Result<HitStats> {
        let mut days: HashMap<i64, u64> = HashMap::new();
        // Per facet, global ordinal → hits over all segments.
        let mut counts: Vec<Vec<u32>> = self
            .facets
            .iter()
            .map(|(_, ordinals)| vec![0u32; ordinals.len()])
            .collect();
        for fruit in fruits {
            for (totals, seen) in counts.iter_mut().zip(fruit.facets) {
                for (ord, count) in seen {
                    if let Some(total) = totals.get_mut(ord as usize) {
                        *total += count;
                    }
                }
            }
            for (day, count) in fruit.days {
                *days.entry(day).or_default() += count;
            }
        }
        let facets = self
            .facets
            .iter()
            .zip(&counts)
            .map(|((kind, ordinals), counts)| (*kind, self.values(*kind, ordinals, counts)))
            .collect();
        Ok(HitStats { facets, days })
    }
}

impl SegmentCollector for HitStatsSegment {
    type Fruit = SegmentStats;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.pending.push(doc);
        if self.pending.len() == BLOCK {
            self.flush();
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        self.pending.extend_from_slice(docs);
        self.flush();
    }

    fn harvest(mut self) -> SegmentStats {
        self.flush();
        let facets = self
            .columns
            .into_iter()
            .map(|facet| {
                let map = facet.ordinals.segment_map(facet.segment_ord);
                facet
                    .counts
                    .iter()
                    .enumerate()
                    .filter(|&(_, &count)| count > 0)
                    .filter_map(|(ord, &count)| map.get(ord).map(|&global| (global, count)))
                    .collect()
            })
            .collect();
        SegmentStats {
            facets,
            days: self.days,
        }
    }
}

/// Values of one facet across the whole index whose name, or a word of it, starts with
/// `prefix` (case- and accent-insensitive), most frequent first: for autocomplete.
pub fn facet_values(
    index: &NewsIndex,
    kind: FacetKind,
    prefix: &str,
    limit: usize,
) -> Result<Vec<FacetCount>, SearchError> {
    let searcher = index.searcher();
    let stats = searcher.search(
        &AllQuery,
        &HitStatsCollector::new(index, &searcher, &[kind], false)?,
    )?;
    let fold = crate::names::fold;
    let prefix = fold(prefix.trim());
    let aliases = index.aliases();
    let mut values: Vec<FacetCount> = stats
        .facets
        .into_values()
        .flat_map(|values| as_full_names(kind, values, &aliases))
        .filter(|(value, _)| {
            let folded = fold(value);
            prefix.is_empty()
                || folded.starts_with(&prefix)
                || folded
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word.starts_with(&prefix))
        })
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    values.truncate(limit);
    Ok(values)
}
