//! A named-entity tagger (PER, LOC, ORG, MISC): a greedy structured averaged perceptron
//! over word, shape, affix, neighbour, gazetteer and document-level features, trained by
//! `newsdex train-ner` on CoNLL-2003 and stored compactly in `data/ner.model`.

mod corrections;
mod features;
mod model_file;
mod train;

pub use features::{is_sport_heading, reports_sport};
pub use train::Stage;

use std::collections::HashMap;
use std::sync::Arc;

use super::clusters::Clusters;
use super::gazetteer::Gazetteer;
use features::{
    Context, DocumentEvidence, DocumentMemory, FeatureHasher, TokenView, document_features,
    label_features, settled, sport_to_the_rules, sports_judgements, token_features, views,
};
use model_file::{Row, add_row};

/// The BILOU labels (begin, inside, last, unit), `O` first. BILOU rather than BIO lets the
/// tagger learn how names end as well as how they start.
pub const LABELS: [&str; 17] = [
    "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-ORG", "I-ORG",
    "L-ORG", "U-ORG", "B-MISC", "I-MISC", "L-MISC", "U-MISC",
];
const N: usize = LABELS.len();

/// Entity types, in label order.
pub const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

/// The entity type of label `label` (0 for O, 1..=4 for PER, LOC, ORG, MISC).
fn type_of(label: usize) -> usize {
    if label == 0 { 0 } else { (label - 1) / 4 + 1 }
}

/// The type index (1..=4) of a type's name in `TYPES`.
fn type_index(name: &str) -> usize {
    TYPES.iter().position(|&t| t == name).map_or(0, |k| k + 1)
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

/// The model shipped in `data/ner.model`.
pub(crate) const MODEL: &[u8] = include_bytes!("../../../data/ner.model");

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
    /// The word clusters its features were trained with (the bundled table).
    clusters: Arc<Clusters>,
}

impl NerModel {
    /// The word clusters the model reads.
    pub fn clusters(&self) -> &Clusters {
        &self.clusters
    }
}

/// One annotated document: sentences of (token, label index).
pub type Document = Vec<Vec<(String, usize)>>;

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

impl NerModel {
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
        let views: Vec<Vec<TokenView>> = sentences
            .iter()
            .map(|s| views(s, gazetteer, &self.clusters))
            .collect();
        let (sports, sports_to_the_rules) = sports_judgements(&views);
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
        corrections::correct_names(
            sentences,
            &views,
            sport_to_the_rules(sentences, sports_to_the_rules),
            &mut labels_of_document,
            gazetteer,
            &self.clusters,
        );
        labels_of_document
    }
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
pub(crate) fn bilou(length: usize, spans: &[(usize, usize, usize)]) -> Vec<usize> {
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
    use super::features::shape;
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

    /// The names of `text` (one sentence) as the bundled model tags them.
    fn bundled_names(text: &str) -> Vec<(String, &'static str)> {
        let model = NerModel::bundled().expect("model loads");
        let gazetteer = Gazetteer::load();
        let words: Vec<&str> = text.split(' ').collect();
        let labels = model.tag_document(std::slice::from_ref(&words), &gazetteer);
        spans(&labels[0])
            .into_iter()
            .map(|(s, e, t)| (words[s..e].join(" "), TYPES[t - 1]))
            .collect()
    }

    #[test]
    fn a_name_after_a_noun_that_says_what_it_is_takes_its_type() {
        let names = bundled_names(
            "Fashion retailer Ted Baker reported a first-half loss of 73 million pounds , \
             hit by store closures during the COVID-19 lockdown .",
        );
        assert!(
            names.contains(&("Ted Baker".to_string(), "ORG")),
            "{names:?}"
        );
        // A first name the lists know only as a person's keeps the name a person's.
        let names = bundled_names("The other was insurer Thierry Dehaan .");
        assert_eq!(names, [("Thierry Dehaan".to_string(), "PER")]);
        // Not where the tagger read a place.
        let names = bundled_names("Shares of conglomerate Rio Tinto rose .");
        assert_eq!(names, [("Rio Tinto".to_string(), "ORG")]);
        // "coaches" is a verb here, not the noun "coach".
        let names = bundled_names("Antonio Oliveira now coaches Porto .");
        assert!(!names.contains(&("Porto".to_string(), "PER")), "{names:?}");
        // (sentence, a name and the type it must have among the names found)
        for (sentence, name, kind) in [
            // Nouns of 2020 news that only the rules read.
            (
                "Italian contractor Webuild won the tender .",
                "Webuild",
                "ORG",
            ),
            (
                "Bristol Bears flanker Ben Earl scored twice .",
                "Ben Earl",
                "PER",
            ),
            (
                "Solskjaer leaves Norwegian club Molde on loan .",
                "Molde",
                "ORG",
            ),
            // No person is a club, whatever its first word.
            (
                "Juventus won 2-0 at small southern club Fidelis Andria .",
                "Fidelis Andria",
                "ORG",
            ),
            // Bodies described before their names.
            (
                "He leads the Moslem organisation Nahdlatul Ulama .",
                "Nahdlatul Ulama",
                "ORG",
            ),
        ] {
            let names = bundled_names(sentence);
            assert!(names.contains(&(name.to_string(), kind)), "{names:?}");
        }
    }
}
