//! Evaluation commands: score the extractors against annotated corpora.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::dates::parse_date_value;
use crate::extract::aboutness;
use crate::extract::temporal::{self, Timex, TimexType};

/// Errors reading an evaluation file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file cannot be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// A line is not a gold document.
    #[error("{path}:{line}: {message}")]
    Format {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A corpus root cannot be read.
    #[error("corpus {0}")]
    Corpus(#[from] crate::corpus::ReadError),
    /// The extractor cannot be loaded.
    #[error(transparent)]
    Extract(#[from] crate::extract::ExtractError),
}

/// Which documents of the gold file to score: a fixed 1-in-5 split keeps a part unseen
/// while the tagger is tuned on the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Part {
    /// Every document.
    All,
    /// Documents used to develop rules (4 of every 5).
    Dev,
    /// Documents kept to check (every 5th).
    Check,
}

crate::parse_by_name!(Part, "part");

impl Part {
    fn includes(self, index: usize) -> bool {
        match self {
            Part::All => true,
            Part::Dev => !index.is_multiple_of(5),
            Part::Check => index.is_multiple_of(5),
        }
    }
}

#[derive(Deserialize)]
struct GoldDocument {
    id: String,
    dct: String,
    text: String,
    timexes: Vec<GoldTimex>,
}

#[derive(Deserialize, Clone)]
struct GoldTimex {
    start: usize,
    end: usize,
    text: String,
    #[serde(rename = "type")]
    kind: String,
    value: String,
}

/// Precision, recall and F1 (in percent) of one matching criterion.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    fn new(matched: usize, system: usize, gold: usize) -> Prf {
        let p = if system == 0 {
            0.0
        } else {
            100.0 * matched as f64 / system as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            100.0 * matched as f64 / gold as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf { p, r, f1 }
    }
}

/// TempEval-3 style scores for one set of expression types.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TimexScores {
    /// Exact span F1.
    pub strict_f1: f64,
    /// Overlapping span F1.
    pub relaxed_f1: f64,
    /// Overlapping span and identical value F1.
    pub value_f1: f64,
    /// Details of each criterion.
    pub strict: Prf,
    /// Details of each criterion.
    pub relaxed: Prf,
    /// Details of each criterion.
    pub value: Prf,
    /// Gold expressions.
    pub gold: usize,
    /// System expressions.
    pub system: usize,
}

/// One disagreement, for tuning.
#[derive(Debug, Clone, Serialize)]
pub struct TimexError {
    /// Document id.
    pub doc: String,
    /// Publication date used.
    pub dct: String,
    /// Gold text and value, if any.
    pub gold: Option<(String, String, String)>,
    /// System text and value, if any.
    pub system: Option<(String, String, String)>,
}

/// The result of `eval dates`.
#[derive(Debug, Clone, Serialize)]
pub struct DatesEvaluation {
    /// Scores on DATE expressions.
    #[serde(rename = "DATE")]
    pub date: TimexScores,
    /// Scores on all types.
    pub all: TimexScores,
    /// Documents scored.
    pub docs: usize,
    /// Tagging speed.
    pub docs_per_s: f64,
    /// The most frequent kinds of disagreement (only when asked for), most frequent first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ErrorPattern>,
}

/// One kind of disagreement and how often it occurs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorPattern {
    /// What differs: `missed`, `extra` or `value`, the text and the types and values.
    pub pattern: String,
    /// How many times.
    pub count: usize,
}

#[derive(Default)]
struct Counts {
    gold: usize,
    system: usize,
    strict: usize,
    relaxed: usize,
    value: usize,
}

impl Counts {
    fn scores(&self) -> TimexScores {
        let strict = Prf::new(self.strict, self.system, self.gold);
        let relaxed = Prf::new(self.relaxed, self.system, self.gold);
        let value = Prf::new(self.value, self.system, self.gold);
        TimexScores {
            strict_f1: strict.f1,
            relaxed_f1: relaxed.f1,
            value_f1: value.f1,
            strict,
            relaxed,
            value,
            gold: self.gold,
            system: self.system,
        }
    }
}

fn type_name(kind: TimexType) -> &'static str {
    match kind {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// Scores the temporal tagger on a TimeML-derived JSONL file (`id`, `dct`, `text`, `timexes`).
pub fn evaluate_dates(
    path: &Path,
    part: Part,
    top_errors: usize,
) -> Result<DatesEvaluation, EvalError> {
    let display = path.display().to_string();
    let content = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: display.clone(),
        source,
    })?;
    let mut documents = Vec::new();
    for (index, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let document: GoldDocument = serde_json::from_str(line).map_err(|e| EvalError::Format {
            path: display.clone(),
            line: index + 1,
            message: e.to_string(),
        })?;
        let dct = parse_date_value(&document.dct).ok_or_else(|| EvalError::Format {
            path: display.clone(),
            line: index + 1,
            message: format!("unreadable dct '{}'", document.dct),
        })?;
        documents.push((document, dct));
    }
    let selected: Vec<_> = documents
        .into_iter()
        .enumerate()
        .filter(|(index, _)| part.includes(*index))
        .map(|(_, d)| d)
        .collect();

    let started = std::time::Instant::now();
    let tagged: Vec<Vec<Timex>> = selected
        .iter()
        .map(|(document, dct)| temporal::tag(&document.text, Some(*dct)))
        .collect();
    let seconds = started.elapsed().as_secs_f64();

    let mut date_counts = Counts::default();
    let mut all_counts = Counts::default();
    let mut errors = Vec::new();
    for ((document, _), system) in selected.iter().zip(&tagged) {
        score_document(
            &document.timexes,
            system,
            Some("DATE"),
            &mut date_counts,
            None,
        );
        let error_sink = (top_errors > 0).then_some((&mut errors, document));
        score_document(&document.timexes, system, None, &mut all_counts, error_sink);
    }
    Ok(DatesEvaluation {
        date: date_counts.scores(),
        all: all_counts.scores(),
        docs: selected.len(),
        docs_per_s: if seconds > 0.0 {
            selected.len() as f64 / seconds
        } else {
            0.0
        },
        errors: summarize_errors(&errors)
            .into_iter()
            .take(top_errors)
            .map(|(pattern, count)| ErrorPattern { pattern, count })
            .collect(),
    })
}

fn score_document(
    gold: &[GoldTimex],
    system: &[Timex],
    only: Option<&str>,
    counts: &mut Counts,
    errors: Option<(&mut Vec<TimexError>, &GoldDocument)>,
) {
    let gold: Vec<&GoldTimex> = gold
        .iter()
        .filter(|g| only.is_none_or(|t| g.kind == t))
        .collect();
    let system: Vec<&Timex> = system
        .iter()
        .filter(|s| only.is_none_or(|t| type_name(s.kind) == t))
        .collect();
    counts.gold += gold.len();
    counts.system += system.len();
    let mut used = vec![false; system.len()];
    let mut report = Vec::new();
    for g in &gold {
        let best = system
            .iter()
            .enumerate()
            .filter(|(k, s)| !used[*k] && s.start < g.end && g.start < s.end)
            .max_by_key(|(_, s)| (s.start == g.start && s.end == g.end, s.value == g.value));
        match best {
            Some((k, s)) => {
                used[k] = true;
                counts.relaxed += 1;
                if s.start == g.start && s.end == g.end {
                    counts.strict += 1;
                }
                if s.value == g.value {
                    counts.value += 1;
                } else {
                    report.push((Some(*g), Some(*s)));
                }
            }
            None => report.push((Some(*g), None)),
        }
    }
    for (k, s) in system.iter().enumerate() {
        if !used[k] {
            report.push((None, Some(*s)));
        }
    }
    if let Some((sink, document)) = errors {
        for (g, s) in report {
            sink.push(TimexError {
                doc: document.id.clone(),
                dct: document.dct.clone(),
                gold: g.map(|g| (g.text.clone(), g.kind.clone(), g.value.clone())),
                system: s.map(|s| {
                    (
                        s.text.clone(),
                        type_name(s.kind).to_string(),
                        s.value.clone(),
                    )
                }),
            });
        }
    }
}

/// Error counts by pattern, most frequent first, for a compact tuning view.
fn summarize_errors(errors: &[TimexError]) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for error in errors {
        let key = match (&error.gold, &error.system) {
            (Some(g), Some(s)) => format!(
                "value  {} [{} {}] -> [{} {}]",
                g.0.to_lowercase(),
                g.1,
                g.2,
                s.1,
                s.2
            ),
            (Some(g), None) => format!("missed {} [{} {}]", g.0.to_lowercase(), g.1, g.2),
            (None, Some(s)) => format!("extra  {} [{} {}]", s.0.to_lowercase(), s.1, s.2),
            (None, None) => continue,
        };
        *counts.entry(key).or_default() += 1;
    }
    let mut sorted: Vec<_> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    sorted
}

/// Scores of the named-entity tagger.
#[derive(Debug, Clone, Serialize)]
pub struct NerEvaluation {
    /// Exact mention spans (conlleval rules), per type and micro-averaged over PER+LOC+ORG.
    pub mention: BTreeMap<String, Prf>,
    /// Distinct lower-cased names per document, per type and over PER+LOC+ORG.
    pub document: BTreeMap<String, Prf>,
    /// PER+LOC+ORG mentions in ALL-CAPS sentences (headlines, datelines), where casing
    /// tells the tagger nothing.
    pub all_caps: Prf,
    /// Tokens tagged.
    pub tokens: usize,
    /// Tagging speed on one core.
    pub tokens_per_s: f64,
}

#[derive(Default, Clone, Copy)]
struct SpanCounts {
    gold: usize,
    system: usize,
    correct: usize,
}

fn add_scores(table: &mut BTreeMap<String, Prf>, counts: &[SpanCounts; 4]) {
    use crate::extract::ner::TYPES;
    for (type_index, name) in TYPES.iter().enumerate() {
        let c = counts[type_index];
        table.insert(name.to_string(), Prf::new(c.correct, c.system, c.gold));
    }
    let micro = counts[..3]
        .iter()
        .fold(SpanCounts::default(), |a, c| SpanCounts {
            gold: a.gold + c.gold,
            system: a.system + c.system,
            correct: a.correct + c.correct,
        });
    table.insert(
        "PER+LOC+ORG".to_string(),
        Prf::new(micro.correct, micro.system, micro.gold),
    );
}

/// A cross-validation of the tagger: per fold, the scores of a model trained on the other
/// folds; then the mean and spread of PER+LOC+ORG mention F1 over the folds, which say
/// more about new text than the score on one development file.
#[derive(Debug, Clone, Serialize)]
pub struct CrossValidation {
    /// Each fold, in order.
    pub folds: Vec<FoldScores>,
    /// Mean PER+LOC+ORG mention F1.
    pub mean_f1: f64,
    /// Sample standard deviation of it (0 with one fold).
    pub spread: f64,
}

/// One held-out fold's scores.
#[derive(Debug, Clone, Serialize)]
pub struct FoldScores {
    /// Which fold ("eng.train 1/5", a file name).
    pub name: String,
    /// Documents in it.
    pub documents: usize,
    /// Mention scores per type and over PER+LOC+ORG.
    pub mention: BTreeMap<String, Prf>,
    /// PER+LOC+ORG mentions in ALL-CAPS sentences.
    pub all_caps: Prf,
}

/// Splits documents into `k` folds by position: interleaved (document `d` goes to fold
/// `d mod k`), so every fold mixes the file's sources and periods; or contiguous (runs of
/// consecutive documents), so each fold is a stretch of days whose news the others did not
/// cover, nearer to tagging news of another time.
pub fn split_folds(
    documents: Vec<crate::extract::ner::Document>,
    k: usize,
    contiguous: bool,
) -> Vec<Vec<crate::extract::ner::Document>> {
    let k = k.max(1);
    let count = documents.len();
    let mut folds = vec![Vec::new(); k];
    for (index, document) in documents.into_iter().enumerate() {
        let fold = if contiguous {
            index * k / count.max(1)
        } else {
            index % k
        };
        folds[fold].push(document);
    }
    folds
}

/// Trains a model without each fold (with `train`, on the other folds' documents) and
/// scores it on that fold.
pub fn cross_validate_ner(
    folds: &[(String, Vec<crate::extract::ner::Document>)],
    gazetteer: &crate::extract::gazetteer::Gazetteer,
    mut train: impl FnMut(usize, &[crate::extract::ner::Document]) -> crate::extract::ner::NerModel,
) -> CrossValidation {
    let mut scores = Vec::with_capacity(folds.len());
    for (held_out, (name, documents)) in folds.iter().enumerate() {
        let rest: Vec<crate::extract::ner::Document> = folds
            .iter()
            .enumerate()
            .filter(|(index, _)| *index != held_out)
            .flat_map(|(_, (_, documents))| documents.iter().cloned())
            .collect();
        let model = train(held_out, &rest);
        let evaluation = evaluate_ner(&model, gazetteer, documents);
        scores.push(FoldScores {
            name: name.clone(),
            documents: documents.len(),
            mention: evaluation.mention,
            all_caps: evaluation.all_caps,
        });
    }
    let f1s: Vec<f64> = scores
        .iter()
        .map(|fold| fold.mention.get("PER+LOC+ORG").map_or(0.0, |s| s.f1))
        .collect();
    let (mean_f1, spread) = mean_and_spread(&f1s);
    CrossValidation {
        folds: scores,
        mean_f1,
        spread,
    }
}

/// Mean and sample standard deviation.
fn mean_and_spread(values: &[f64]) -> (f64, f64) {
    if values.is_empty() {
        return (0.0, 0.0);
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    if values.len() < 2 {
        return (mean, 0.0);
    }
    let variance =
        values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (values.len() - 1) as f64;
    (mean, variance.sqrt())
}

/// Tags every sentence of a CoNLL file with `model` and scores it.
pub fn evaluate_ner(
    model: &crate::extract::ner::NerModel,
    gazetteer: &crate::extract::gazetteer::Gazetteer,
    documents: &[crate::extract::ner::Document],
) -> NerEvaluation {
    use crate::extract::ner::spans;
    use std::collections::HashSet;
    let mut mention = [SpanCounts::default(); 4];
    let mut all_caps = SpanCounts::default();
    let mut document_counts = [SpanCounts::default(); 4];
    let mut tokens = 0;
    let mut tagging = std::time::Duration::ZERO;
    for document in documents {
        let mut gold_names: HashSet<(usize, String)> = HashSet::new();
        let mut system_names: HashSet<(usize, String)> = HashSet::new();
        let sentences: Vec<Vec<&str>> = document
            .iter()
            .map(|sentence| sentence.iter().map(|(w, _)| w.as_str()).collect())
            .collect();
        let started = std::time::Instant::now();
        let labels = model.tag_document(&sentences, gazetteer);
        tagging += started.elapsed();
        for ((sentence, words), predicted) in document.iter().zip(&sentences).zip(&labels) {
            let gold_labels: Vec<usize> = sentence.iter().map(|(_, l)| *l).collect();
            tokens += words.len();
            let gold = spans(&gold_labels);
            let system = spans(predicted);
            let gold_set: HashSet<_> = gold.iter().copied().collect();
            if is_all_caps(words) {
                let named = |spans: &[(usize, usize, usize)]| {
                    spans.iter().filter(|(_, _, t)| *t <= 3).count()
                };
                all_caps.gold += named(&gold);
                all_caps.system += named(&system);
                all_caps.correct += system
                    .iter()
                    .filter(|span| span.2 <= 3 && gold_set.contains(span))
                    .count();
            }
            for &(s, e, t) in &gold {
                mention[t - 1].gold += 1;
                gold_names.insert((t, words[s..e].join(" ").to_lowercase()));
            }
            for &(s, e, t) in &system {
                mention[t - 1].system += 1;
                if gold_set.contains(&(s, e, t)) {
                    mention[t - 1].correct += 1;
                }
                system_names.insert((t, words[s..e].join(" ").to_lowercase()));
            }
        }
        for (t, _) in &gold_names {
            document_counts[t - 1].gold += 1;
        }
        for name in &system_names {
            document_counts[name.0 - 1].system += 1;
            if gold_names.contains(name) {
                document_counts[name.0 - 1].correct += 1;
            }
        }
    }
    let mut mention_table = BTreeMap::new();
    add_scores(&mut mention_table, &mention);
    let mut document_table = BTreeMap::new();
    add_scores(&mut document_table, &document_counts);
    NerEvaluation {
        mention: mention_table,
        document: document_table,
        all_caps: Prf::new(all_caps.correct, all_caps.system, all_caps.gold),
        tokens,
        tokens_per_s: tokens as f64 / tagging.as_secs_f64().max(1e-9),
    }
}

/// Whether a sentence has letters and none of them in lower case.
fn is_all_caps(words: &[&str]) -> bool {
    let mut letters = false;
    for c in words.iter().flat_map(|w| w.chars()) {
        if c.is_lowercase() {
            return false;
        }
        letters |= c.is_uppercase();
    }
    letters
}

/// Whether two names can be one person: one ends the other ("Volcker", "Paul Volcker"),
/// or they share first and last name ("Ivan Boesky", "Ivan F. Boesky").
fn same_person(a: &str, b: &str) -> bool {
    let words = |name: &str| -> Vec<String> {
        name.split_whitespace()
            .map(crate::extract::gazetteer::fold)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !short.is_empty()
        && (long.ends_with(short)
            || (short.len() > 1 && short[0] == long[0] && short.last() == long.last()))
}

/// How well extraction from the text alone recovers the metadata files provide.
#[derive(Debug, Clone, Serialize)]
pub struct MetadataEvaluation {
    /// Articles with provided places or people.
    pub articles: usize,
    /// Countries of extracted places against countries of provided places.
    pub places_country: Prf,
    /// The country facet (countries the text is about) against the provided countries.
    pub countries_about: Prf,
    /// Provided people whose surname extraction finds.
    pub people_surname_recall: f64,
    /// Provided people counted.
    pub people: usize,
    /// Provided people that extraction with the file's tags files under two or more
    /// values ("Volcker" and "Paul Volcker" in one article).
    pub people_split: usize,
    /// Country facet values the file does not tag, most frequent first.
    pub extra_countries: Vec<(String, usize)>,
    /// Tagged countries the country facet lacks, most frequent first.
    pub missed_countries: Vec<(String, usize)>,
    /// Articles per second through extraction.
    pub articles_per_s: f64,
    /// Each article's countries as the aboutness model sees them, for refitting it.
    #[serde(skip)]
    pub country_examples: Vec<ArticleCountries>,
}

/// One article's candidate countries for the aboutness model.
#[derive(Debug, Clone, Default)]
pub struct ArticleCountries {
    /// Features of each country the text names, and whether the file tags it.
    pub candidates: Vec<([f64; aboutness::FEATURES], bool)>,
    /// Countries the file tags.
    pub tagged: usize,
}

/// The aboutness model refitted: weights on every article, and the cross-validated
/// precision and recall of the country facet at each threshold.
#[derive(Debug, Clone, Serialize)]
pub struct CountryFit {
    /// Intercept and weights fitted on all articles.
    pub weights: Vec<f64>,
    /// (threshold, scores of models fitted without the scored fold).
    pub thresholds: Vec<(f64, Prf)>,
    /// Folds of the cross-validation.
    pub folds: usize,
}

/// Refits the aboutness model on the articles' tags; scores each threshold by k-fold
/// cross-validation over articles, so the threshold is not chosen on the data it fits.
pub fn fit_countries(articles: &[ArticleCountries], folds: usize) -> CountryFit {
    let folds = folds.max(2);
    let thresholds: Vec<f64> = (1..=12).map(|step| step as f64 * 0.05).collect();
    let mut matched = vec![0usize; thresholds.len()];
    let mut chosen = vec![0usize; thresholds.len()];
    let tagged: usize = articles.iter().map(|a| a.tagged).sum();
    let examples_outside = |fold: Option<usize>| -> Vec<([f64; aboutness::FEATURES], bool)> {
        articles
            .iter()
            .enumerate()
            .filter(|(i, _)| fold != Some(i % folds))
            .flat_map(|(_, a)| a.candidates.iter().copied())
            .collect()
    };
    for fold in 0..folds {
        let weights = aboutness::fit(&examples_outside(Some(fold)));
        for article in articles.iter().skip(fold).step_by(folds) {
            for (features, is_tagged) in &article.candidates {
                let p = aboutness::probability(&weights, features);
                for (k, threshold) in thresholds.iter().enumerate() {
                    if p >= *threshold {
                        chosen[k] += 1;
                        matched[k] += usize::from(*is_tagged);
                    }
                }
            }
        }
    }
    CountryFit {
        weights: aboutness::fit(&examples_outside(None)).to_vec(),
        thresholds: thresholds
            .iter()
            .enumerate()
            .map(|(k, t)| (*t, Prf::new(matched[k], chosen[k], tagged)))
            .collect(),
        folds,
    }
}

/// Extracts entities from each article's text with its provided metadata hidden and
/// compares: places at country level (precision/recall), people by surname (recall).
pub fn evaluate_metadata(corpus: &crate::corpus::Corpus) -> Result<MetadataEvaluation, EvalError> {
    use crate::extract::Extractor;
    use std::collections::HashSet;
    let extractor = Extractor::load()?;

    let (mut articles, mut matched_countries, mut gold_countries, mut system_countries) =
        (0, 0, 0, 0);
    let (mut matched_about, mut system_about) = (0, 0);
    let mut country_examples = Vec::new();
    let (mut people, mut found_people, mut people_split) = (0, 0, 0);
    let mut extraction = std::time::Duration::ZERO;
    let no_context = HashSet::new();
    let mut extra_countries: std::collections::HashMap<String, usize> = Default::default();
    let mut missed_countries: std::collections::HashMap<String, usize> = Default::default();
    for parsed in corpus.parsed_files()? {
        let Ok(parsed) = parsed else {
            continue;
        };
        for article in parsed.articles {
            let provided = article.provided.clone();
            if provided.places.is_empty() && provided.people.is_empty() {
                continue;
            }
            articles += 1;
            let mut text_only = article.clone();
            text_only.provided = Default::default();
            let started = std::time::Instant::now();
            let entities = extractor.extract(&text_only);
            extraction += started.elapsed();
            // As indexed: with the file's tags, each tagged person is one value.
            let indexed = extractor.extract(&article);
            for person in &provided.people {
                let values = indexed
                    .people
                    .iter()
                    .filter(|value| same_person(value, person))
                    .count();
                if values > 1 {
                    people_split += 1;
                }
            }
            let gold: HashSet<String> = provided
                .places
                .iter()
                .filter_map(|name| {
                    extractor
                        .resolve_place(name, &no_context)
                        .country()
                        .map(str::to_string)
                })
                .collect();
            let system: HashSet<String> = entities
                .places
                .iter()
                .filter_map(|p| p.country().map(str::to_string))
                .collect();
            let about: HashSet<&String> = entities.countries.iter().collect();
            system_about += about.len();
            matched_about += about.iter().filter(|c| gold.contains(**c)).count();
            let candidates = extractor.country_evidence(&text_only, &entities);
            country_examples.push(ArticleCountries {
                candidates: candidates
                    .iter()
                    .map(|(country, evidence)| (evidence.features(), gold.contains(country)))
                    .collect(),
                tagged: gold.len(),
            });
            gold_countries += gold.len();
            system_countries += system.len();
            matched_countries += gold.intersection(&system).count();
            for country in about.iter().filter(|c| !gold.contains(**c)) {
                *extra_countries.entry((*country).clone()).or_default() += 1;
            }
            for country in gold.iter().filter(|c| !about.contains(c)) {
                *missed_countries.entry(country.clone()).or_default() += 1;
            }
            let surnames: HashSet<String> = entities
                .people
                .iter()
                .filter_map(|n| n.split_whitespace().last().map(str::to_lowercase))
                .collect();
            for person in &provided.people {
                people += 1;
                if person
                    .split_whitespace()
                    .last()
                    .is_some_and(|s| surnames.contains(&s.to_lowercase()))
                {
                    found_people += 1;
                }
            }
        }
    }
    Ok(MetadataEvaluation {
        articles,
        places_country: Prf::new(matched_countries, system_countries, gold_countries),
        countries_about: Prf::new(matched_about, system_about, gold_countries),
        people_surname_recall: if people == 0 {
            0.0
        } else {
            100.0 * found_people as f64 / people as f64
        },
        people,
        people_split,
        extra_countries: most_frequent_first(extra_countries),
        missed_countries: most_frequent_first(missed_countries),
        articles_per_s: articles as f64 / extraction.as_secs_f64().max(1e-9),
        country_examples,
    })
}

/// Counts sorted by count (highest first), then by name.
fn most_frequent_first(counts: std::collections::HashMap<String, usize>) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

/// What the near-duplicate grouping of an index amounts to, with a sample of groups to
/// check by hand.
#[derive(Debug, Clone, Serialize)]
pub struct GroupingReport {
    /// Articles in the index.
    pub articles: u64,
    /// Groups of two or more articles.
    pub groups: u64,
    /// Articles in those groups.
    pub grouped_articles: u64,
    /// Size of the largest group.
    pub largest: u64,
    /// A random sample of groups (seeded), each as its members.
    pub sample: Vec<Vec<GroupMember>>,
}

/// One article of a sampled group.
#[derive(Debug, Clone, Serialize)]
pub struct GroupMember {
    /// Its id.
    pub id: String,
    /// Its headline.
    pub title: Option<String>,
    /// Its publication day.
    pub published: Option<String>,
    /// The start of its text.
    pub opening: String,
}

/// Counts the groups of an index and draws `sample` of them (by `seed`) for a hand check.
pub fn grouping_report(
    index: &crate::index::NewsIndex,
    sample: usize,
    seed: u64,
) -> Result<GroupingReport, crate::search::SearchError> {
    let searcher = index.searcher();
    let fields = index.fields();
    let mut members: std::collections::HashMap<u64, Vec<tantivy::DocAddress>> = Default::default();
    let mut articles = 0;
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let Ok(column) = segment
            .fast_fields()
            .u64(crate::index::schema::field::DUPLICATE_GROUP)
        else {
            continue;
        };
        for doc in segment.doc_ids_alive() {
            articles += 1;
            if let Some(group) = column.first(doc) {
                members
                    .entry(group)
                    .or_default()
                    .push(tantivy::DocAddress::new(ord as u32, doc));
            }
        }
    }
    let mut groups: Vec<(u64, Vec<tantivy::DocAddress>)> =
        members.into_iter().filter(|(_, m)| m.len() > 1).collect();
    groups.sort_by_key(|(group, _)| *group);
    let grouped_articles = groups.iter().map(|(_, m)| m.len() as u64).sum();
    let largest = groups
        .iter()
        .map(|(_, m)| m.len() as u64)
        .max()
        .unwrap_or(0);
    // A seeded shuffle (splitmix64), so a sample can be drawn again.
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut order: Vec<usize> = (0..groups.len()).collect();
    for i in (1..order.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    let mut drawn = Vec::new();
    for &k in order.iter().take(sample) {
        let mut group = Vec::new();
        for address in &groups[k].1 {
            let doc: tantivy::TantivyDocument = searcher.doc(*address)?;
            let article = crate::index::document::from_document(fields, &doc);
            group.push(GroupMember {
                id: article.id,
                title: article.title,
                published: article.published,
                opening: article.body.chars().take(160).collect(),
            });
        }
        drawn.push(group);
    }
    Ok(GroupingReport {
        articles,
        groups: groups.len() as u64,
        grouped_articles,
        largest,
        sample: drawn,
    })
}

#[cfg(test)]
mod tests {
    use super::split_folds;

    /// Eleven one-word documents, numbered, and which fold each lands in.
    fn fold_of_each(contiguous: bool) -> Vec<usize> {
        let documents: Vec<crate::extract::ner::Document> =
            (0..11).map(|d| vec![vec![(d.to_string(), 0)]]).collect();
        let folds = split_folds(documents, 3, contiguous);
        let mut fold_of = vec![usize::MAX; 11];
        for (fold, documents) in folds.iter().enumerate() {
            for document in documents {
                let number: usize = document[0][0].0.parse().unwrap_or(usize::MAX);
                fold_of[number] = fold;
            }
        }
        fold_of
    }

    #[test]
    fn interleaved_folds_take_every_kth_document_and_contiguous_ones_take_runs() {
        assert_eq!(fold_of_each(false), [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1]);
        assert_eq!(fold_of_each(true), [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2]);
    }
}
