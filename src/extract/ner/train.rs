//! Training: an averaged structured perceptron, first pass on held-out folds so the second
//! pass learns how far to trust it, members with successive seeds averaged into one.

use super::features::{
    Context, DocumentEvidence, DocumentMemory, FeatureHasher, TokenView, features, is_sports,
    settled, views,
};
use super::{Document, FeatureMap, N, NerModel, Weights, allowed, best_label};
use std::sync::Arc;

use crate::extract::clusters::Clusters;
use crate::extract::gazetteer::Gazetteer;

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
        let clusters = Arc::new(Clusters::load());
        let (mut first, mut second) = (Weights::default(), Weights::default());
        for member in 0..members {
            let (member_first, member_second) = train_member(
                documents,
                epochs,
                seed.wrapping_add(member as u64),
                Lexicon {
                    gazetteer,
                    clusters: &clusters,
                },
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
        NerModel::from_passes(&first, Some(&second), &clusters)
    }
}

/// How far the gold label's score must lead the best other label's before training stops
/// moving the weights for a word: about one unit a feature, for the hundred or so each word
/// has (cross-validated: 30, 50, 100, 150 and 300 tried; 100 best on both kinds of folds).
const MARGIN: f32 = 100.0;

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

/// The word lists the features read: the gazetteer, and the clusters the model keeps.
#[derive(Clone, Copy)]
struct Lexicon<'a> {
    gazetteer: &'a Gazetteer,
    clusters: &'a Arc<Clusters>,
}

/// Trains one two-pass model; `member` numbers it in progress reports.
fn train_member(
    documents: &[Document],
    epochs: usize,
    seed: u64,
    lexicon: Lexicon,
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
            let weights = train_pass(documents, &part, None, epochs, seed, lexicon, |epoch, w| {
                progress(Stage::Fold(fold), epoch, &|| {
                    NerModel::from_passes(&w(), None, lexicon.clusters)
                })
            });
            let mut hasher = FeatureHasher::new();
            (0..documents.len())
                .filter(|d| d % FOLDS == fold)
                .map(|d| {
                    let views: Vec<Vec<TokenView>> = sentences[d]
                        .iter()
                        .map(|s| views(s, lexicon.gazetteer, lexicon.clusters))
                        .collect();
                    (
                        d,
                        first_pass(
                            &weights,
                            &sentences[d],
                            &views,
                            lexicon.gazetteer,
                            &mut hasher,
                        ),
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
    let first = train_pass(documents, &all, None, epochs, seed, lexicon, |epoch, w| {
        progress(Stage::First(member), epoch, &|| {
            NerModel::from_passes(&w(), None, lexicon.clusters)
        })
    });
    let second = train_pass(
        documents,
        &all,
        Some(&held_out),
        epochs,
        seed,
        lexicon,
        |epoch, w| {
            progress(Stage::Second(member), epoch, &|| {
                NerModel::from_passes(&first, Some(&w()), lexicon.clusters)
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
    lexicon: Lexicon,
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
                        lexicon.gazetteer,
                        lexicon.clusters,
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
                        gazetteer: lexicon.gazetteer,
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
                    // A margin update, as in Crammer & Singer's MIRA (2003): the weights
                    // move also when the gold label wins by less than `MARGIN`, against the
                    // best other label that may follow, so training does not stop at the
                    // first weights that separate the data but widens the gap.
                    // Cross-validation: +0.6 F1 on both kinds of folds.
                    let against = if guess != gold {
                        guess
                    } else {
                        let mut rival_scores = scores;
                        rival_scores[gold] = f32::NEG_INFINITY;
                        let rival = best_label(&rival_scores, previous);
                        if rival != gold
                            && allowed(previous, rival)
                            && scores[gold] - scores[rival] < MARGIN
                        {
                            rival
                        } else {
                            gold
                        }
                    };
                    if against != gold {
                        for key in &hasher.out {
                            let p = parameters.entry(*key).or_default();
                            for (label, delta) in [(gold, 1.0f32), (against, -1.0f32)] {
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
