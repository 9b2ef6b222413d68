//! Facet counts: one pass over the hits' fast columns, then the top values per facet
//! with the corpus's short forms counted under their full names.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::query::AllQuery;
use tantivy::{DocId, Score, SegmentReader};

use super::SearchError;
use crate::index::schema::{FacetKind, field};
use crate::index::{CorpusAliases, NewsIndex};

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
pub(super) struct HitStatsCollector {
    facets: Vec<FacetKind>,
    timeline: bool,
    /// Values wanted per facet when the index has one segment (exact then); `None`: all.
    single_segment_top: Option<usize>,
    /// Short forms and full names counted as one: read beside the top values.
    aliases: std::sync::Arc<CorpusAliases>,
}

impl HitStatsCollector {
    pub(super) fn new(kinds: &[FacetKind], timeline: bool) -> Self {
        let mut facets = kinds.to_vec();
        facets.sort();
        facets.dedup();
        HitStatsCollector {
            facets,
            timeline,
            single_segment_top: None,
            aliases: Default::default(),
        }
    }

    /// Counts with the corpus's short forms: a top value's full name and short forms are
    /// read too, so the full name's count is all of them.
    pub(super) fn with_aliases(mut self, aliases: std::sync::Arc<CorpusAliases>) -> Self {
        self.aliases = aliases;
        self
    }

    /// Only the `top` values per facet are needed; with one segment the others need not be
    /// read from the dictionary at all.
    pub(super) fn with_top(mut self, top: usize, segments: usize) -> Self {
        if segments == 1 {
            self.single_segment_top = Some(top);
        }
        self
    }
}

pub(super) struct HitStatsSegment {
    top: Option<usize>,
    aliases: std::sync::Arc<CorpusAliases>,
    columns: Vec<(FacetKind, Option<StrColumn>, Vec<u32>)>,
    published: Option<tantivy::columnar::Column<tantivy::DateTime>>,
    days: HashMap<i64, u64>,
}

const SECONDS_PER_DAY: i64 = 86_400;

impl Collector for HitStatsCollector {
    type Fruit = HitStats;
    type Child = HitStatsSegment;

    fn for_segment(&self, _: u32, segment: &SegmentReader) -> tantivy::Result<HitStatsSegment> {
        let mut columns = Vec::with_capacity(self.facets.len());
        for kind in &self.facets {
            let column = segment.fast_fields().str(&kind.value_field_name())?;
            let terms = column.as_ref().map_or(0, |c| c.num_terms());
            columns.push((*kind, column, vec![0u32; terms]));
        }
        let published = if self.timeline {
            Some(segment.fast_fields().date(field::PUBLISHED)?)
        } else {
            None
        };
        Ok(HitStatsSegment {
            top: self.single_segment_top,
            aliases: self.aliases.clone(),
            columns,
            published,
            days: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HitStats>) -> tantivy::Result<HitStats> {
        let mut merged = HitStats {
            facets: self.facets.iter().map(|k| (*k, HashMap::new())).collect(),
            days: HashMap::new(),
        };
        for fruit in fruits {
            for (kind, values) in fruit.facets {
                let target = merged.facets.entry(kind).or_default();
                for (value, count) in values {
                    *target.entry(value).or_default() += count;
                }
            }
            for (day, count) in fruit.days {
                *merged.days.entry(day).or_default() += count;
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for HitStatsSegment {
    type Fruit = HitStats;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for (_, column, counts) in &mut self.columns {
            if let Some(column) = column {
                for ord in column.term_ords(doc) {
                    if let Some(count) = counts.get_mut(ord as usize) {
                        *count += 1;
                    }
                }
            }
        }
        if let Some(date) = self.published.as_ref().and_then(|c| c.first(doc)) {
            let day = date.into_timestamp_secs().div_euclid(SECONDS_PER_DAY);
            *self.days.entry(day).or_default() += 1;
        }
    }

    fn harvest(self) -> HitStats {
        let mut facets = HashMap::new();
        for (kind, column, counts) in self.columns {
            let mut values = HashMap::new();
            if let Some(column) = column {
                let hits = counts.iter().filter(|&&c| c > 0).count();
                // Values no facet shows (a first name alone) may be among the top: read
                // as many more.
                let top = self.top.map(|t| t + self.aliases.hidden_count(kind));
                if let Some(top) = top.filter(|&t| t < hits) {
                    // Exact top values: count descending, then value (ordinals follow values).
                    let mut ords: Vec<usize> =
                        (0..counts.len()).filter(|&o| counts[o] > 0).collect();
                    ords.select_nth_unstable_by(top.saturating_sub(1), |&a, &b| {
                        counts[b].cmp(&counts[a]).then(a.cmp(&b))
                    });
                    ords.truncate(top);
                    if self.aliases.has_any(kind) {
                        // The other values filed under a top value's full name.
                        let mut text = String::new();
                        let mut related = Vec::new();
                        for &ord in &ords {
                            text.clear();
                            if !column.ord_to_str(ord as u64, &mut text).unwrap_or(false) {
                                continue;
                            }
                            for value in self.aliases.values_filed_with(kind, &text) {
                                if let Ok(Some(other)) =
                                    column.dictionary().term_ord(value.as_bytes())
                                {
                                    related.push(other as usize);
                                }
                            }
                        }
                        ords.extend(related.into_iter().filter(|&o| counts[o] > 0));
                        ords.sort_unstable();
                        ords.dedup();
                    }
                    let mut text = String::new();
                    for ord in ords {
                        text.clear();
                        if column.ord_to_str(ord as u64, &mut text).unwrap_or(false) {
                            values.insert(text.clone(), counts[ord] as u64);
                        }
                    }
                } else if hits > 64 {
                    // Many values: one sequential pass over the dictionary beats a random
                    // lookup per value.
                    if let Ok(mut stream) = column.dictionary().stream() {
                        while stream.advance() {
                            let count =
                                counts.get(stream.term_ord() as usize).copied().unwrap_or(0);
                            if count > 0 {
                                values.insert(
                                    String::from_utf8_lossy(stream.key()).into_owned(),
                                    count as u64,
                                );
                            }
                        }
                    }
                } else {
                    let mut text = String::new();
                    for (ord, &count) in counts.iter().enumerate() {
                        if count == 0 {
                            continue;
                        }
                        text.clear();
                        if column.ord_to_str(ord as u64, &mut text).unwrap_or(false) {
                            values.insert(text.clone(), count as u64);
                        }
                    }
                }
            }
            facets.insert(kind, values);
        }
        HitStats {
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
    let stats = searcher.search(&AllQuery, &HitStatsCollector::new(&[kind], false))?;
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
