//! A named-entity tagger (PER, LOC, ORG, MISC): a greedy structured averaged perceptron
//! over word, shape, affix, neighbour, gazetteer and document-level features, trained by
//! `newsdex train-ner` on CoNLL-2003 and stored compactly in `data/ner.model`.

use std::collections::HashMap;
use std::path::Path;

use super::clusters::Clusters;
use super::fasthash::{FastMap, FastSet};
use super::gazetteer::{Gazetteer, LIST_POSITIONS, LISTS};

/// Word clusters, loaded once per process.
static CLUSTERS: std::sync::LazyLock<Clusters> = std::sync::LazyLock::new(Clusters::load);

/// The BILOU labels (begin, inside, last, unit), `O` first. BILOU rather than BIO lets the
/// tagger learn how names end as well as how they start.
pub const LABELS: [&str; 17] = [
    "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-ORG", "I-ORG",
    "L-ORG", "U-ORG", "B-MISC", "I-MISC", "L-MISC", "U-MISC",
];
const N: usize = LABELS.len();
const MAGIC: &[u8; 8] = b"NDXNER3\n";

/// The model shipped in `data/ner.model`.
pub(crate) const MODEL: &[u8] = include_bytes!("../../data/ner.model");

/// Entity types, in label order.
pub const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

/// The entity type of label `label` (0 for O, 1..=4 for PER, LOC, ORG, MISC).
fn type_of(label: usize) -> usize {
    if label == 0 { 0 } else { (label - 1) / 4 + 1 }
}

/// Where in a name a label sits: 0 begin, 1 inside, 2 last, 3 unit (O: unit).
fn part_of(label: usize) -> usize {
    if label == 0 { 3 } else { (label - 1) % 4 }
}

/// The label of `part` (0 begin … 3 unit) of a name of type `kind` (1..=4).
fn label_of(kind: usize, part: usize) -> usize {
    (kind - 1) * 4 + part + 1
}

/// Whether a name is still open after `label` (begin or inside).
fn is_open(label: usize) -> bool {
    label != 0 && part_of(label) < 2
}

/// Errors loading or reading models and training data.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// The model bytes are not a newsdex model.
    #[error("not a newsdex NER model (bad header or truncated)")]
    BadModel,
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// A CoNLL line is malformed.
    #[error("{path}:{line}: expected 'token POS chunk NER', found '{text}'")]
    Conll {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// The line.
        text: String,
    },
}

/// Keys are already xxh3 hashes: hashing them again (SipHash) only costs time.
#[derive(Default, Clone, Copy)]
struct PrehashedKey(u64);

impl std::hash::Hasher for PrehashedKey {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

type FeatureMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<PrehashedKey>>;

/// Feature hash → one weight per label.
type Weights = FeatureMap<[f32; N]>;

/// A trained model: two passes over a document. The first tags sentence by sentence; the
/// second sees what the first said about the whole document (the same word's labels
/// elsewhere, longer names it is part of) and decides again.
pub struct NerModel {
    /// Feature hash → weights of both passes.
    rows: FeatureMap<Row>,
    /// False while the first pass alone is being trained and scored.
    two_pass: bool,
}

/// One annotated document: sentences of (token, label index).
pub type Document = Vec<Vec<(String, usize)>>;

/// Per-token values computed once per sentence.
struct TokenView {
    lower: String,
    shape: String,
    title: bool,
    /// Word cluster, or whether an unclustered word is capitalized.
    cluster: &'static str,
    /// The same at a finer granularity.
    fine_cluster: &'static str,
    /// Tenths of the word's mid-sentence uses in unlabelled text that are capitalized.
    capitalized_share: &'static str,
    /// Listed names the word is part of (`Gazetteer::list_matches`).
    listed: u32,
    /// No capital letter and no name particle: such a word does not start a name (0.3% of
    /// CoNLL names do), so outside a name it is `O` without scoring, which saves most of
    /// the tagging time, as most words are like it.
    cannot_start: bool,
}

/// Lower-case words that do start names ("de Klerk", "van Gogh", "al Qaeda").
const LOWER_CASE_STARTS: [&str; 14] = [
    "de", "van", "von", "der", "den", "della", "del", "di", "da", "du", "la", "le", "al", "el",
];

/// Whether token `i` is certainly `O`: it cannot start a name and no name is open before it.
fn settled(view: &TokenView, previous: usize) -> bool {
    view.cannot_start && !is_open(previous)
}

fn shape(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        // Runs are folded after two: "Xxxxx" → "Xxx".
        let mut tail = out.chars().rev();
        if !(tail.next() == Some(class) && tail.next() == Some(class)) {
            out.push(class);
        }
    }
    out
}

struct FeatureHasher {
    out: Vec<u64>,
    buffer: Vec<u8>,
}

impl FeatureHasher {
    fn new() -> Self {
        FeatureHasher {
            out: Vec::with_capacity(48),
            buffer: Vec::with_capacity(64),
        }
    }

    fn add(&mut self, template: u8, parts: &[&str]) {
        // One-shot hashing of a reused buffer: much cheaper than a streaming hasher per feature.
        self.buffer.clear();
        self.buffer.push(template);
        for part in parts {
            self.buffer.extend_from_slice(part.as_bytes());
            self.buffer.push(0);
        }
        self.out.push(xxhash_rust::xxh3::xxh3_64(&self.buffer));
    }
}

/// What the first pass remembers across a document: the type last given to each word.
#[derive(Default)]
struct DocumentMemory<'v> {
    types: FastMap<&'v str, usize>,
}

impl<'v> DocumentMemory<'v> {
    fn remember(&mut self, views: &'v [TokenView], labels: &[usize]) {
        for (view, &label) in views.iter().zip(labels) {
            if label != 0 && view.title {
                self.types.insert(&view.lower, type_of(label));
            }
        }
    }
}

/// Capitalized shares (tenths, 11 = seen too rarely) as feature text.
const SHARES: [&str; 12] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "?"];
/// "O" and the entity types, indexed by `type_of`.
const TYPE_OR_O: [&str; 5] = ["O", "PER", "LOC", "ORG", "MISC"];
/// Where a word sits in a multi-word name.
const POSITIONS: [&str; 3] = ["first", "inner", "last"];

/// What the first pass said about a whole document, for the second pass.
#[derive(Default)]
struct DocumentEvidence<'v> {
    /// Capitalized word → how often the first pass gave it each type (0 = O).
    types: FastMap<&'v str, [u16; 5]>,
    /// Word → bit set of (type, position) of multi-word names it is part of.
    in_names: FastMap<&'v str, u16>,
    /// Words also written in lower case inside a sentence.
    lower_case: FastSet<&'v str>,
    /// Capitalized word → lower-case words seen just before and after it in the document
    /// ("said Jansher", "Jansher 's return"): its contexts elsewhere vote on what it is.
    contexts: FastMap<&'v str, (Vec<&'v str>, Vec<&'v str>)>,
}

/// How many distinct neighbours per side a word's document contexts keep.
const CONTEXTS_KEPT: usize = 6;

impl<'v> DocumentEvidence<'v> {
    fn new(views: &'v [Vec<TokenView>], first: &[Vec<usize>]) -> Self {
        let mut evidence = DocumentEvidence::default();
        for (sentence, labels) in views.iter().zip(first) {
            for (i, (view, &label)) in sentence.iter().zip(labels).enumerate() {
                if view.title {
                    evidence.types.entry(&view.lower).or_default()[type_of(label)] += 1;
                    let (before, after) = evidence.contexts.entry(&view.lower).or_default();
                    for (side, neighbour) in [
                        (before, i.checked_sub(1).and_then(|k| sentence.get(k))),
                        (after, sentence.get(i + 1)),
                    ] {
                        if let Some(neighbour) = neighbour
                            && !neighbour.title
                            && side.len() < CONTEXTS_KEPT
                            && !side.contains(&neighbour.lower.as_str())
                        {
                            side.push(&neighbour.lower);
                        }
                    }
                } else if i > 0 && view.shape.starts_with('x') {
                    evidence.lower_case.insert(&view.lower);
                }
            }
            for (start, end, kind) in spans(labels) {
                if end - start < 2 {
                    continue;
                }
                for (i, view) in sentence[start..end].iter().enumerate() {
                    let position = if i == 0 {
                        0
                    } else if start + i + 1 == end {
                        2
                    } else {
                        1
                    };
                    *evidence.in_names.entry(&view.lower).or_default() |=
                        1 << ((kind - 1) * 3 + position);
                }
            }
        }
        evidence
    }
}

fn views(words: &[&str], gazetteer: &Gazetteer) -> Vec<TokenView> {
    let mut views: Vec<TokenView> = words
        .iter()
        .map(|w| {
            let lower = w.to_lowercase();
            let title = w.chars().next().is_some_and(char::is_uppercase);
            // Unclustered words are rare: say whether they are capitalized, or a rare verb
            // after a name looks like the name going on.
            let clusters: &'static Clusters = &CLUSTERS;
            let (cluster, fine_cluster, capitalized_share) = match clusters.of(&lower) {
                Some(levels) => (
                    levels.first().map_or("-", |&id| clusters.id_text(id)),
                    levels.get(1).map_or("-", |&id| clusters.id_text(id)),
                    levels
                        .get(2)
                        .and_then(|&share| SHARES.get(share as usize))
                        .copied()
                        .unwrap_or("?"),
                ),
                None if title => ("?X", "?X", "?"),
                None => ("?x", "?x", "?"),
            };
            let cannot_start =
                !w.chars().any(char::is_uppercase) && !LOWER_CASE_STARTS.contains(&lower.as_str());
            TokenView {
                shape: shape(w),
                lower,
                title,
                cluster,
                fine_cluster,
                capitalized_share,
                listed: 0,
                cannot_start,
            }
        })
        .collect();
    let lower: Vec<&str> = views.iter().map(|v| v.lower.as_str()).collect();
    let title: Vec<bool> = views.iter().map(|v| v.title).collect();
    let listed = gazetteer.list_matches(&lower, &title);
    for (view, listed) in views.iter_mut().zip(listed) {
        view.listed = listed;
    }
    views
}

/// What features of one token are computed from.
struct Context<'a, 'w> {
    words: &'a [&'w str],
    views: &'a [TokenView],
    memory: &'a DocumentMemory<'a>,
    gazetteer: &'a Gazetteer,
    /// For the second pass: the document evidence and the first pass's labels of this sentence.
    first_pass: Option<(&'a DocumentEvidence<'a>, &'a [usize])>,
    /// Whether the document reports sport, where a city's name is usually its team.
    sports: bool,
}

impl<'a, 'w> Context<'a, 'w> {
    /// The context of a sentence for the first pass (or label-free features).
    fn new(
        words: &'a [&'w str],
        views: &'a [TokenView],
        memory: &'a DocumentMemory<'a>,
        gazetteer: &'a Gazetteer,
        sports: bool,
    ) -> Self {
        Context {
            words,
            views,
            memory,
            gazetteer,
            first_pass: None,
            sports,
        }
    }
}

/// Words that make a document a sports report.
const SPORTS_WORDS: [&str; 24] = [
    "soccer",
    "football",
    "league",
    "cricket",
    "rugby",
    "baseball",
    "tennis",
    "golf",
    "basketball",
    "hockey",
    "athletics",
    "cycling",
    "boxing",
    "motor-racing",
    "championship",
    "innings",
    "goals",
    "scored",
    "striker",
    "midfielder",
    "coach",
    "halftime",
    "pitcher",
    "homer",
];

/// Whether a document (its token views) reports sport: two different sports words, as one
/// ("Russia's goals", "a coach") is common elsewhere.
fn is_sports(views: &[Vec<TokenView>]) -> bool {
    let mut seen = 0u32;
    for view in views.iter().flatten() {
        if let Some(k) = SPORTS_WORDS.iter().position(|w| *w == view.lower) {
            seen |= 1 << k;
            if seen.count_ones() >= 2 {
                return true;
            }
        }
    }
    false
}

/// All features of token `i` given the labels before it (training uses this; tagging
/// computes the same parts separately to reuse what does not depend on the labels).
fn features(
    context: &Context,
    i: usize,
    previous: usize,
    before_previous: usize,
    hasher: &mut FeatureHasher,
) {
    hasher.out.clear();
    token_features(context, i, hasher);
    label_features(context.views, i, previous, before_previous, hasher);
    if let Some((evidence, first)) = context.first_pass {
        document_features(evidence, first, &context.views[i], i, hasher);
    }
}

/// Features of the labels before token `i`, alone and with the token.
fn label_features(
    views: &[TokenView],
    i: usize,
    previous: usize,
    before_previous: usize,
    hasher: &mut FeatureHasher,
) {
    let view = &views[i];
    let previous_label = LABELS[previous];
    hasher.add(11, &[previous_label]);
    hasher.add(12, &[LABELS[before_previous], previous_label]);
    hasher.add(13, &[previous_label, &view.lower]);
    hasher.add(35, &[previous_label, view.cluster]);
}

/// Features of token `i` that do not depend on labels: the word, its neighbours, clusters,
/// lists and what the first pass remembers. Appends to `hasher.out`.
fn token_features(context: &Context, i: usize, hasher: &mut FeatureHasher) {
    let (words, views, memory, gazetteer) = (
        context.words,
        context.views,
        context.memory,
        context.gazetteer,
    );
    let view = &views[i];
    let lower = view.lower.as_str();
    let at = |k: isize| neighbour(views, i, k, |v| &v.lower, "<s>", "</s>");
    let shape_at = |k: isize| neighbour(views, i, k, |v| &v.shape, "<s>", "</s>");
    // Affixes as slices of the lower-cased word, cut at character boundaries.
    let char_count = lower.chars().count();
    let byte_at = |chars: usize| {
        lower
            .char_indices()
            .nth(chars)
            .map_or(lower.len(), |(b, _)| b)
    };
    let suffix = |n: usize| -> &str { &lower[byte_at(char_count.saturating_sub(n))..] };
    let prefix = |n: usize| -> &str { &lower[..byte_at(n.min(char_count))] };
    hasher.add(0, &[]);
    hasher.add(1, &[lower]);
    hasher.add(2, &[words[i]]);
    hasher.add(3, &[suffix(3)]);
    hasher.add(4, &[suffix(2)]);
    hasher.add(5, &[prefix(3)]);
    hasher.add(6, &[&view.shape]);
    hasher.add(7, &[at(-1)]);
    hasher.add(8, &[at(1)]);
    hasher.add(9, &[at(-2)]);
    hasher.add(10, &[at(2)]);
    hasher.add(14, &[shape_at(-1), &view.shape]);
    hasher.add(15, &[&view.shape, shape_at(1)]);
    if view.title && gazetteer.starts_place(lower) {
        hasher.add(16, &[]);
    }
    if gazetteer.is_demonym(lower) {
        hasher.add(17, &[]);
    }
    if let Some(&remembered) = memory.types.get(lower) {
        hasher.add(18, &[TYPES[remembered - 1]]);
    }
    hasher.add(19, &[if i == 0 { "first" } else { "inner" }, &view.shape]);
    hasher.add(20, &[suffix(4)]);
    hasher.add(21, &[at(-1), lower]);
    hasher.add(22, &[lower, at(1)]);
    let cluster_at = |k: isize| neighbour(views, i, k, |v| v.cluster, "-", "-");
    let (here, before, after) = (cluster_at(0), cluster_at(-1), cluster_at(1));
    hasher.add(30, &[here]);
    hasher.add(31, &[before]);
    hasher.add(32, &[after]);
    hasher.add(33, &[here, &view.shape]);
    hasher.add(34, &[before, here]);
    hasher.add(39, &[view.capitalized_share]);
    hasher.add(
        25,
        &[
            view.capitalized_share,
            if i == 0 { "first" } else { "inner" },
            &view.shape,
        ],
    );
    let fine_at = |k: isize| neighbour(views, i, k, |v| v.fine_cluster, "-", "-");
    hasher.add(36, &[fine_at(0)]);
    hasher.add(37, &[fine_at(-1)]);
    hasher.add(38, &[fine_at(1)]);
    if context.sports {
        hasher.add(60, &[&view.shape]);
        hasher.add(61, &[here]);
        hasher.add(
            62,
            &[
                &view.shape,
                if view.listed & 1 != 0 { "place" } else { "-" },
            ],
        );
        hasher.add(63, &[lower]);
    }
    let all_caps_sentence = views.iter().all(|v| !v.shape.contains('x'));
    if all_caps_sentence {
        hasher.add(24, &[&view.shape]);
    }
    let mut listed = view.listed;
    while listed != 0 {
        let bit = listed.trailing_zeros() as usize;
        listed &= listed - 1;
        hasher.add(50, &[LISTS[bit / 4], LIST_POSITIONS[bit % 4]]);
    }
}

/// Second-pass features: the first pass's labels here and for the same word elsewhere.
fn document_features(
    evidence: &DocumentEvidence,
    first: &[usize],
    view: &TokenView,
    i: usize,
    hasher: &mut FeatureHasher,
) {
    let own = first[i];
    if !view.title {
        return;
    }
    if let Some(counts) = evidence.types.get(view.lower.as_str()) {
        let mut others = *counts;
        others[type_of(own)] = others[type_of(own)].saturating_sub(1);
        if others.iter().any(|&n| n > 0) {
            let majority = (0..5).max_by_key(|&t| (others[t], t == 0)).unwrap_or(0);
            hasher.add(42, &[TYPE_OR_O[majority]]);
            hasher.add(43, &[TYPE_OR_O[majority], LABELS[own]]);
            for t in 1..5 {
                if others[t] > 0 {
                    hasher.add(44, &[TYPE_OR_O[t]]);
                }
            }
        }
    }
    if let Some(&bits) = evidence.in_names.get(view.lower.as_str()) {
        for bit in 0..12 {
            if bits & (1 << bit) != 0 {
                hasher.add(45, &[TYPES[bit / 3], POSITIONS[bit % 3]]);
            }
        }
    }
    if let Some((before, after)) = evidence.contexts.get(view.lower.as_str()) {
        for word in before {
            hasher.add(47, &[word]);
        }
        for word in after {
            hasher.add(48, &[word]);
        }
    }
    if i > 0 && evidence.lower_case.contains(view.lower.as_str()) {
        hasher.add(46, &[]);
    }
}

/// A field of the token `k` places from `i`, or a marker past either end of the sentence.
fn neighbour<'v>(
    views: &'v [TokenView],
    i: usize,
    k: isize,
    field: fn(&TokenView) -> &str,
    before: &'v str,
    after: &'v str,
) -> &'v str {
    let index = i as isize + k;
    if index < 0 {
        before
    } else {
        views.get(index as usize).map_or(after, field)
    }
}

/// Whether `label` may follow `previous` in BILOU: an open name goes on (inside or last) in
/// its type; otherwise a new one starts (begin or unit) or none.
fn allowed(previous: usize, label: usize) -> bool {
    let continues = label != 0 && matches!(part_of(label), 1 | 2);
    if is_open(previous) {
        continues && type_of(label) == type_of(previous)
    } else {
        !continues
    }
}

/// The best-scoring label that may follow `previous`.
fn best_label<Score: PartialOrd>(scores: &[Score; N], previous: usize) -> usize {
    let mut best = 0;
    for label in 1..N {
        if allowed(previous, label) && scores[label] > scores[best] {
            best = label;
        }
    }
    best
}

fn score(weights: &Weights, keys: &[u64]) -> [f32; N] {
    let mut scores = [0f32; N];
    for key in keys {
        if let Some(row) = weights.get(key) {
            for (score, weight) in scores.iter_mut().zip(row) {
                *score += weight;
            }
        }
    }
    scores
}

/// Greedy left-to-right labels of one sentence.
fn decode(weights: &Weights, context: &Context, hasher: &mut FeatureHasher) -> Vec<usize> {
    let mut labels = Vec::with_capacity(context.words.len());
    for i in 0..context.words.len() {
        let previous = if i > 0 { labels[i - 1] } else { 0 };
        if settled(&context.views[i], previous) {
            labels.push(0);
            continue;
        }
        let before = if i > 1 { labels[i - 2] } else { 0 };
        features(context, i, previous, before, hasher);
        labels.push(best_label(&score(weights, &hasher.out), previous));
    }
    labels
}

/// First-pass labels of a whole document.
fn first_pass(
    weights: &Weights,
    sentences: &[Vec<&str>],
    views: &[Vec<TokenView>],
    gazetteer: &Gazetteer,
    hasher: &mut FeatureHasher,
) -> Vec<Vec<usize>> {
    let mut memory = DocumentMemory::default();
    let sports = is_sports(views);
    sentences
        .iter()
        .zip(views)
        .map(|(words, views)| {
            let context = Context::new(words, views, &memory, gazetteer, sports);
            let labels = decode(weights, &context, hasher);
            memory.remember(views, &labels);
            labels
        })
        .collect()
}

/// Weights of one feature for both passes, quantized to 16 bits. Each pass has one scale, so
/// comparing integer sums picks the same label as comparing the weights.
#[derive(Clone, Copy)]
struct Row {
    first: [i16; N],
    second: [i16; N],
}

/// Quantizes one pass's weights to 16 bits (largest weight → `i16::MAX`).
fn quantize(weights: &Weights) -> impl Fn(&[f32; N]) -> [i16; N] {
    let largest = weights
        .values()
        .flat_map(|row| row.iter())
        .fold(0f32, |m, w| m.max(w.abs()));
    let scale = if largest > 0.0 {
        i16::MAX as f32 / largest
    } else {
        1.0
    };
    move |row| row.map(|w| (w * scale).round() as i16)
}

/// Smaller 16-bit weights than this, in every label of both passes, are dropped: they
/// rarely change a decision and make up half the table (measured: same testa F1 at 64,
/// 1 point lower at 128).
const PRUNE_BELOW: i16 = 64;

fn add_row(scores: &mut [i32; N], row: &[i16; N]) {
    for (score, &weight) in scores.iter_mut().zip(row) {
        *score += i32::from(weight);
    }
}

/// Which pass a training progress report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Training the first pass on held-out folds, to give the second pass honest input.
    Fold(usize),
    /// Training the first pass of ensemble member N on everything.
    First(usize),
    /// Training the second pass of ensemble member N.
    Second(usize),
}

impl NerModel {
    /// The model shipped in `data/ner.model`.
    pub fn bundled() -> Result<NerModel, NerError> {
        NerModel::from_bytes(MODEL)
    }

    /// Reads a model from its compact binary form.
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, NerError> {
        let rest = bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or(NerError::BadModel)?;
        let count = rest
            .get(..4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_le_bytes)
            .ok_or(NerError::BadModel)? as usize;
        let record = 8 + 4 * N;
        let body = &rest[4..];
        if body.len() != count * record {
            return Err(NerError::BadModel);
        }
        let mut rows = FeatureMap::with_capacity_and_hasher(count, Default::default());
        let weight = |chunk: &[u8], at: usize| i16::from_le_bytes([chunk[at], chunk[at + 1]]);
        for chunk in body.chunks_exact(record) {
            let mut key = [0u8; 8];
            key.copy_from_slice(&chunk[..8]);
            let mut row = Row {
                first: [0; N],
                second: [0; N],
            };
            for label in 0..N {
                row.first[label] = weight(chunk, 8 + 2 * label);
                row.second[label] = weight(chunk, 8 + 2 * (N + label));
            }
            rows.insert(u64::from_le_bytes(key), row);
        }
        Ok(NerModel {
            rows,
            two_pass: true,
        })
    }

    /// The runtime model from trained weights: both passes quantized, tiny weights dropped.
    fn from_passes(first: &Weights, second: Option<&Weights>) -> NerModel {
        let (first_q, second_q) = (quantize(first), quantize(second.unwrap_or(first)));
        let mut rows: FeatureMap<Row> = FeatureMap::default();
        let zero = Row {
            first: [0; N],
            second: [0; N],
        };
        for (key, weights) in first {
            rows.entry(*key).or_insert(zero).first = first_q(weights);
        }
        if let Some(second) = second {
            for (key, weights) in second {
                rows.entry(*key).or_insert(zero).second = second_q(weights);
            }
        }
        rows.retain(|_, row| {
            row.first
                .iter()
                .chain(&row.second)
                .any(|w| w.unsigned_abs() >= PRUNE_BELOW as u16)
        });
        NerModel {
            rows,
            two_pass: second.is_some(),
        }
    }

    /// Writes the model compactly; returns the number of features kept.
    pub fn save(&self, path: &Path) -> Result<usize, NerError> {
        let mut keys: Vec<&u64> = self.rows.keys().collect();
        keys.sort();
        let mut bytes = Vec::with_capacity(12 + keys.len() * (8 + 4 * N));
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for key in &keys {
            let row = &self.rows[*key];
            bytes.extend_from_slice(&key.to_le_bytes());
            for weight in row.first.iter().chain(&row.second) {
                bytes.extend_from_slice(&weight.to_le_bytes());
            }
        }
        std::fs::write(path, bytes).map_err(|source| NerError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Ok(keys.len())
    }

    /// Adds the weights of the features `keys` for the first pass to `first` and for the
    /// second to `second`: one lookup serves both.
    fn add_weights(
        &self,
        keys: &[u64],
        mut first: Option<&mut [i32; N]>,
        mut second: Option<&mut [i32; N]>,
    ) {
        for key in keys {
            if let Some(row) = self.rows.get(key) {
                if let Some(scores) = first.as_deref_mut() {
                    add_row(scores, &row.first);
                }
                if let Some(scores) = second.as_deref_mut() {
                    add_row(scores, &row.second);
                }
            }
        }
    }

    /// Labels the sentences of one document (label indices into `LABELS`).
    pub fn tag_document(&self, sentences: &[Vec<&str>], gazetteer: &Gazetteer) -> Vec<Vec<usize>> {
        let views: Vec<Vec<TokenView>> = sentences.iter().map(|s| views(s, gazetteer)).collect();
        let sports = is_sports(&views);
        let mut hasher = FeatureHasher::new();
        // First pass. Each token's label-free features are looked up once, for both passes:
        // the second keeps their sum and adds only what depends on labels.
        let mut memory = DocumentMemory::default();
        let mut second_base: Vec<Vec<Option<[i32; N]>>> = Vec::with_capacity(sentences.len());
        let mut first: Vec<Vec<usize>> = Vec::with_capacity(sentences.len());
        for (words, views) in sentences.iter().zip(&views) {
            let context = Context::new(words, views, &memory, gazetteer, sports);
            let mut labels = Vec::with_capacity(words.len());
            let mut bases = Vec::with_capacity(words.len());
            for i in 0..words.len() {
                let previous = if i > 0 { labels[i - 1] } else { 0 };
                if settled(&views[i], previous) {
                    labels.push(0);
                    bases.push(None);
                    continue;
                }
                hasher.out.clear();
                token_features(&context, i, &mut hasher);
                let (mut scores, mut base) = ([0i32; N], [0i32; N]);
                self.add_weights(&hasher.out, Some(&mut scores), Some(&mut base));
                let before = if i > 1 { labels[i - 2] } else { 0 };
                hasher.out.clear();
                label_features(views, i, previous, before, &mut hasher);
                self.add_weights(&hasher.out, Some(&mut scores), None);
                labels.push(best_label(&scores, previous));
                bases.push(Some(base));
            }
            memory.remember(views, &labels);
            first.push(labels);
            second_base.push(bases);
        }
        if !self.two_pass {
            return first;
        }
        let evidence = DocumentEvidence::new(&views, &first);
        // The memory replays the first pass, for the few words the first pass settled
        // without scoring that the second must score.
        let mut memory = DocumentMemory::default();
        let mut labels_of_document = Vec::with_capacity(sentences.len());
        for (((words, views), first), bases) in
            sentences.iter().zip(&views).zip(&first).zip(second_base)
        {
            let mut labels: Vec<usize> = Vec::with_capacity(views.len());
            for (i, base) in bases.into_iter().enumerate() {
                let previous = if i > 0 { labels[i - 1] } else { 0 };
                if settled(&views[i], previous) {
                    labels.push(0);
                    continue;
                }
                let mut scores = match base {
                    Some(base) => base,
                    None => {
                        let context = Context::new(words, views, &memory, gazetteer, sports);
                        hasher.out.clear();
                        token_features(&context, i, &mut hasher);
                        let mut base = [0i32; N];
                        self.add_weights(&hasher.out, None, Some(&mut base));
                        base
                    }
                };
                let before = if i > 1 { labels[i - 2] } else { 0 };
                hasher.out.clear();
                label_features(views, i, previous, before, &mut hasher);
                document_features(&evidence, first, &views[i], i, &mut hasher);
                self.add_weights(&hasher.out, None, Some(&mut scores));
                labels.push(best_label(&scores, previous));
            }
            memory.remember(views, first);
            labels_of_document.push(labels);
        }
        labels_of_document
    }

    /// Trains both passes on `documents`, `epochs` passes each (averaged perceptron). The
    /// second pass learns from first-pass labels of models that did not see the document
    /// (5 folds), so it trusts them as much as they deserve on new text.
    pub fn train(
        documents: &[Document],
        epochs: usize,
        seed: u64,
        members: usize,
        gazetteer: &Gazetteer,
        progress: impl Fn(Stage, usize, &dyn Fn() -> NerModel) + Sync,
    ) -> NerModel {
        let members = members.max(1);
        let (mut first, mut second) = (Weights::default(), Weights::default());
        for member in 0..members {
            let (member_first, member_second) = train_member(
                documents,
                epochs,
                seed.wrapping_add(member as u64),
                gazetteer,
                &progress,
                member,
            );
            // Linear models: averaging weights averages their scores, an ensemble at the
            // cost of one model.
            for (sum, part) in [(&mut first, member_first), (&mut second, member_second)] {
                for (key, row) in part {
                    let total = sum.entry(key).or_insert([0.0; N]);
                    for (t, w) in total.iter_mut().zip(row) {
                        *t += w / members as f32;
                    }
                }
            }
        }
        NerModel::from_passes(&first, Some(&second))
    }
}

/// Trains one two-pass model; `member` numbers it in progress reports.
fn train_member(
    documents: &[Document],
    epochs: usize,
    seed: u64,
    gazetteer: &Gazetteer,
    progress: &(impl Fn(Stage, usize, &dyn Fn() -> NerModel) + Sync),
    member: usize,
) -> (Weights, Weights) {
    use rayon::prelude::*;
    const FOLDS: usize = 5;
    let sentences: Vec<Vec<Vec<&str>>> = documents
        .iter()
        .map(|d| {
            d.iter()
                .map(|s| s.iter().map(|(w, _)| w.as_str()).collect())
                .collect()
        })
        .collect();
    let folds: Vec<Vec<(usize, Vec<Vec<usize>>)>> = (0..FOLDS)
        .into_par_iter()
        .map(|fold| {
            let part: Vec<usize> = (0..documents.len()).filter(|d| d % FOLDS != fold).collect();
            let weights = train_pass(
                documents,
                &part,
                None,
                epochs,
                seed,
                gazetteer,
                |epoch, w| {
                    progress(Stage::Fold(fold), epoch, &|| {
                        NerModel::from_passes(&w(), None)
                    })
                },
            );
            let mut hasher = FeatureHasher::new();
            (0..documents.len())
                .filter(|d| d % FOLDS == fold)
                .map(|d| {
                    let views: Vec<Vec<TokenView>> =
                        sentences[d].iter().map(|s| views(s, gazetteer)).collect();
                    (
                        d,
                        first_pass(&weights, &sentences[d], &views, gazetteer, &mut hasher),
                    )
                })
                .collect()
        })
        .collect();
    let mut held_out: Vec<Vec<Vec<usize>>> = vec![Vec::new(); documents.len()];
    for (d, labels) in folds.into_iter().flatten() {
        held_out[d] = labels;
    }
    let all: Vec<usize> = (0..documents.len()).collect();
    let first = train_pass(
        documents,
        &all,
        None,
        epochs,
        seed,
        gazetteer,
        |epoch, w| {
            progress(Stage::First(member), epoch, &|| {
                NerModel::from_passes(&w(), None)
            })
        },
    );
    let second = train_pass(
        documents,
        &all,
        Some(&held_out),
        epochs,
        seed,
        gazetteer,
        |epoch, w| {
            progress(Stage::Second(member), epoch, &|| {
                NerModel::from_passes(&first, Some(&w()))
            })
        },
    );
    (first, second)
}

/// Trains one pass on the documents numbered `part`; with `first_labels` (per document),
/// the second pass.
fn train_pass(
    documents: &[Document],
    part: &[usize],
    first_labels: Option<&[Vec<Vec<usize>>]>,
    epochs: usize,
    seed: u64,
    gazetteer: &Gazetteer,
    progress: impl Fn(usize, &dyn Fn() -> Weights),
) -> Weights {
    #[derive(Clone, Copy, Default)]
    struct Parameter {
        weight: [f32; N],
        total: [f32; N],
        stamp: [u32; N],
    }
    let mut parameters: FeatureMap<Parameter> = FeatureMap::default();
    let mut step: u32 = 0;
    let mut order: Vec<usize> = part.to_vec();
    // Xorshift state: never zero.
    let mut seed: u64 = (0x9E37_79B9_7F4A_7C15 ^ seed).max(1);
    let average = |parameters: &FeatureMap<Parameter>, step: u32| -> Weights {
        parameters
            .iter()
            .map(|(key, p)| {
                let mut row = [0f32; N];
                for (label, value) in row.iter_mut().enumerate() {
                    let total = p.total[label] + (step - p.stamp[label]) as f32 * p.weight[label];
                    *value = total / step.max(1) as f32;
                }
                (*key, row)
            })
            .collect()
    };
    let mut hasher = FeatureHasher::new();
    for epoch in 0..epochs {
        // Deterministic shuffle (xorshift), so training is reproducible.
        for k in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(k, (seed % (k as u64 + 1)) as usize);
        }
        for &doc_index in &order {
            let document = &documents[doc_index];
            let all_views: Vec<Vec<TokenView>> = document
                .iter()
                .map(|s| {
                    views(
                        &s.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>(),
                        gazetteer,
                    )
                })
                .collect();
            let first = first_labels.map(|labels| &labels[doc_index]);
            let evidence = first.map(|first| DocumentEvidence::new(&all_views, first));
            let sports = is_sports(&all_views);
            let mut memory = DocumentMemory::default();
            for (s, sentence) in document.iter().enumerate() {
                let words: Vec<&str> = sentence.iter().map(|(w, _)| w.as_str()).collect();
                let views = &all_views[s];
                let mut predicted = Vec::with_capacity(words.len());
                for i in 0..words.len() {
                    step += 1;
                    let previous = if i > 0 { predicted[i - 1] } else { 0 };
                    if settled(&views[i], previous) {
                        predicted.push(0);
                        continue;
                    }
                    let before = if i > 1 { predicted[i - 2] } else { 0 };
                    let context = Context {
                        words: &words,
                        views,
                        memory: &memory,
                        gazetteer,
                        first_pass: evidence
                            .as_ref()
                            .zip(first)
                            .map(|(e, f)| (e, f[s].as_slice())),
                        sports,
                    };
                    features(&context, i, previous, before, &mut hasher);
                    let mut scores = [0f32; N];
                    for key in &hasher.out {
                        if let Some(p) = parameters.get(key) {
                            for (score, weight) in scores.iter_mut().zip(&p.weight) {
                                *score += weight;
                            }
                        }
                    }
                    let guess = best_label(&scores, previous);
                    let gold = sentence[i].1;
                    if guess != gold {
                        for key in &hasher.out {
                            let p = parameters.entry(*key).or_default();
                            for (label, delta) in [(gold, 1.0f32), (guess, -1.0f32)] {
                                p.total[label] += (step - p.stamp[label]) as f32 * p.weight[label];
                                p.stamp[label] = step;
                                p.weight[label] += delta;
                            }
                        }
                    }
                    predicted.push(guess);
                }
                // The second pass's memory replays the first pass, as at tagging time.
                memory.remember(views, first.map_or(&predicted, |f| &f[s]));
            }
        }
        // The averaged weights are built only if the report asks for them.
        progress(epoch + 1, &|| average(&parameters, step));
    }
    average(&parameters, step)
}

/// Reads a CoNLL-2003 file: documents split at `-DOCSTART-`, sentences at blank lines,
/// IOB1 tags converted to BIO label indices.
pub fn read_conll(path: &Path) -> Result<Vec<Document>, NerError> {
    let display = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| NerError::Io {
        path: display.clone(),
        source,
    })?;
    let mut documents: Vec<Document> = Vec::new();
    let mut document: Document = Vec::new();
    let mut sentence: Vec<(String, usize)> = Vec::new();
    let mut previous_tag = String::from("O");
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            if !sentence.is_empty() {
                document.push(to_bilou(std::mem::take(&mut sentence)));
            }
            if !document.is_empty() {
                documents.push(std::mem::take(&mut document));
            }
            continue;
        }
        if line.is_empty() {
            if !sentence.is_empty() {
                document.push(to_bilou(std::mem::take(&mut sentence)));
            }
            previous_tag = "O".into();
            continue;
        }
        let columns: Vec<&str> = line.split_whitespace().collect();
        let (Some(word), Some(tag)) = (columns.first(), columns.last()) else {
            continue;
        };
        if columns.len() < 2 {
            return Err(NerError::Conll {
                path: display,
                line: index + 1,
                text: line.to_string(),
            });
        }
        // Begin or inside for now; `to_bilou` marks last and unit once the sentence is read.
        let bio = match tag.split_once('-') {
            Some(("I", kind)) if previous_tag.ends_with(kind) && previous_tag != "O" => {
                format!("I-{kind}")
            }
            Some((_, kind)) => format!("B-{kind}"),
            None => "O".to_string(),
        };
        let label = LABELS
            .iter()
            .position(|l| *l == bio)
            .ok_or_else(|| NerError::Conll {
                path: display.clone(),
                line: index + 1,
                text: line.to_string(),
            })?;
        previous_tag = tag.to_string();
        sentence.push((word.to_string(), label));
    }
    if !sentence.is_empty() {
        document.push(to_bilou(sentence));
    }
    if !document.is_empty() {
        documents.push(document);
    }
    Ok(documents)
}

/// Relabels a sentence read as begin/inside into BILOU.
fn to_bilou(sentence: Vec<(String, usize)>) -> Vec<(String, usize)> {
    let labels: Vec<usize> = sentence.iter().map(|(_, l)| *l).collect();
    let relabelled = bilou(labels.len(), &spans(&labels));
    sentence
        .into_iter()
        .zip(relabelled)
        .map(|((word, _), label)| (word, label))
        .collect()
}

/// Spans (start token, end token exclusive, type index 1..=4) of a BILOU label sequence. A
/// name left open at the end (or broken off) ends where it stops.
pub fn spans(labels: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut spans = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    for (i, &label) in labels.iter().enumerate() {
        let kind = type_of(label);
        let continues =
            label != 0 && matches!(part_of(label), 1 | 2) && start.is_some_and(|(_, t)| t == kind);
        if !continues {
            if let Some((s, t)) = start.take() {
                spans.push((s, i, t));
            }
            if label != 0 {
                start = Some((i, kind));
            }
        }
        if label != 0
            && part_of(label) >= 2
            && let Some((s, t)) = start.take()
        {
            spans.push((s, i + 1, t));
        }
    }
    if let Some((s, t)) = start {
        spans.push((s, labels.len(), t));
    }
    spans
}

/// BILOU labels for the given spans over `length` tokens.
fn bilou(length: usize, spans: &[(usize, usize, usize)]) -> Vec<usize> {
    let mut labels = vec![0; length];
    for &(start, end, kind) in spans {
        if end - start == 1 {
            labels[start] = label_of(kind, 3);
        } else {
            labels[start] = label_of(kind, 0);
            for label in &mut labels[start + 1..end - 1] {
                *label = label_of(kind, 1);
            }
            labels[end - 1] = label_of(kind, 2);
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_spans() {
        assert_eq!(shape("Zelenskyy"), "Xxx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("1996-08-22"), "dd-dd-dd");
        // O B-PER L-PER O U-LOC I-ORG (invalid start) → spans
        let labels = [0, 1, 3, 0, 8, 10];
        assert_eq!(spans(&labels), vec![(1, 3, 1), (4, 5, 2), (5, 6, 3)]);
        assert_eq!(bilou(6, &spans(&labels)), vec![0, 1, 3, 0, 8, 12]);
    }

    #[test]
    fn training_learns_a_tiny_corpus_and_the_saved_model_tags_the_same() {
        // label indices: U-PER 4, B-PER 1, L-PER 3, U-LOC 8, U-ORG 12
        let sentence = |words: &[(&str, usize)]| -> Vec<(String, usize)> {
            words.iter().map(|(w, l)| (w.to_string(), *l)).collect()
        };
        let documents: Vec<Document> = (0..12)
            .map(|_| {
                vec![
                    sentence(&[
                        ("Anna", 1),
                        ("Kowalska", 3),
                        ("visited", 0),
                        ("Gdansk", 8),
                        (".", 0),
                    ]),
                    sentence(&[("Kowalska", 4), ("joined", 0), ("Orlen", 12), (".", 0)]),
                ]
            })
            .collect();
        let gazetteer = Gazetteer::load();
        let model = NerModel::train(&documents, 5, 0, 2, &gazetteer, |_, _, _| {});
        let words = vec![vec!["Anna", "Kowalska", "visited", "Gdansk", "."]];
        let labels = model.tag_document(&words, &gazetteer);
        assert_eq!(spans(&labels[0]), vec![(0, 2, 1), (3, 4, 2)]);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("tiny.model");
        model.save(&path).expect("saved");
        let loaded = NerModel::from_bytes(&std::fs::read(&path).expect("read")).expect("loads");
        assert_eq!(loaded.tag_document(&words, &gazetteer), labels);
        assert!(
            NerModel::from_bytes(b"NDXNER3\n\x05\0\0\0").is_err(),
            "truncated"
        );
    }

    #[test]
    fn the_bundled_model_tags_a_sentence() {
        let model = NerModel::bundled().expect("model loads");
        let gazetteer = Gazetteer::load();
        let words = [
            "Vladimir",
            "Putin",
            "met",
            "officials",
            "of",
            "the",
            "United",
            "Nations",
            "in",
            "Moscow",
            ".",
        ];
        let labels = model.tag_document(&[words.to_vec()], &gazetteer);
        let named: Vec<(String, &str)> = spans(&labels[0])
            .into_iter()
            .map(|(s, e, t)| (words[s..e].join(" "), TYPES[t - 1]))
            .collect();
        assert_eq!(
            named,
            vec![
                ("Vladimir Putin".to_string(), "PER"),
                ("United Nations".to_string(), "ORG"),
                ("Moscow".to_string(), "LOC")
            ]
        );
        // Lower-case words inside a name are still scored ("of").
        let words = ["Rates", "at", "the", "Bank", "of", "England", "rose", "."];
        let labels = model.tag_document(&[words.to_vec()], &gazetteer);
        assert_eq!(spans(&labels[0]), vec![(3, 6, 3)]);
    }
}
