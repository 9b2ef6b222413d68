//! Word clusters learned from unlabelled news text: words used in similar contexts share a
//! cluster, which lets the tagger generalize from names it saw in training to names it did
//! not. `newsdex train-clusters` builds `data/clusters.tsv` (k-means over left/right
//! neighbour distributions).

use std::collections::HashMap;

use rayon::prelude::*;

pub(crate) const TABLE: &str = include_str!("../../data/clusters.tsv");

/// Brown clusters of case-sensitive word forms learned from a large body of modern web text
/// (`scripts/build_brown_clusters.py`): they cover names the news above never had.
pub(crate) const BROWN_TABLE: &str = include_str!("../../data/brown.tsv");

/// Most columns a word's row may have (cluster granularities and the capitalized share).
const COLUMNS: usize = 4;

/// Word → cluster id at each granularity (coarse first), then the capitalized share.
pub struct Clusters {
    /// Rows inline (no pointer to chase per token); `columns` of each are used.
    of: crate::fasthash::FastMap<String, [u16; COLUMNS]>,
    columns: usize,
    /// Cluster ids as text, so features need not format them per token.
    id_texts: Vec<String>,
    /// Word form → Brown path, its first bit lowest (see `brown`).
    brown: crate::fasthash::FastMap<String, u32>,
}

impl Clusters {
    /// Loads the table compiled into the binary.
    pub fn load() -> Clusters {
        let mut columns = COLUMNS;
        let of = TABLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let word = fields.next()?;
                let mut row = [0u16; COLUMNS];
                let mut count = 0;
                for (slot, field) in row.iter_mut().zip(fields) {
                    *slot = field.parse().ok()?;
                    count += 1;
                }
                columns = columns.min(count);
                Some((word.to_string(), row))
            })
            .collect::<crate::fasthash::FastMap<String, [u16; COLUMNS]>>();
        let largest = of.values().flatten().copied().max().unwrap_or(0);
        let id_texts = (0..=largest).map(|id| id.to_string()).collect();
        let brown = BROWN_TABLE
            .lines()
            .filter(|l| !l.starts_with("# "))
            .filter_map(|line| {
                let (word, path) = line.split_once('\t')?;
                Some((word.to_string(), path.parse().ok()?))
            })
            .collect();
        Clusters {
            of,
            columns,
            id_texts,
            brown,
        }
    }

    /// Whether modern web text writes the word in lower case too: "Backstage" opening a
    /// sentence is the common word "backstage", "Robinhood" a name.
    pub fn has_lower_case_form(&self, word: &str) -> bool {
        self.brown.contains_key(word.to_lowercase().as_str())
    }

    /// The Brown path of a word as written (0 if unknown), its first bit lowest, so that
    /// `path & ((1 << k) - 1)` is its k-bit prefix. A form the table lacks is looked up
    /// as a name would be written ("NATO" stays, "REUTERS" → "Reuters") and then in
    /// lower case, so headlines in capitals and sentence-initial words still find one.
    /// In a sentence written in capitals the name form goes first: there "SAID" is "Said".
    /// A word with accents the table lacks is looked up without them.
    pub fn brown(&self, word: &str, in_capitals: bool) -> u32 {
        let get = |form: &str| self.brown.get(form).copied();
        if !in_capitals {
            if let Some(path) = get(word) {
                return path;
            }
            // Most words are plain lower case: nothing else to try when they are missing.
            if word
                .bytes()
                .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
            {
                return 0;
            }
        }
        let found = get(&title_case(word))
            .or_else(|| in_capitals.then(|| get(word)).flatten())
            .or_else(|| get(&word.to_lowercase()));
        if let Some(path) = found {
            return path;
        }
        // "Wałęsa" as English text mostly writes it, "Walesa".
        if word.is_ascii() {
            return 0;
        }
        let folded = crate::names::fold(word);
        get(&title_case(&folded))
            .or_else(|| get(&folded))
            .unwrap_or(0)
    }

    /// A cluster id as text.
    pub fn id_text(&self, id: u16) -> &str {
        self.id_texts
            .get(usize::from(id))
            .map_or("?", String::as_str)
    }

    /// The clusters of a lower-cased word (coarse first), if it was frequent enough to be
    /// clustered.
    pub fn of(&self, lower: &str) -> Option<&[u16]> {
        self.of.get(lower).map(|row| &row[..self.columns])
    }

    /// How many tenths of its mid-sentence uses news writes a lower-cased word
    /// capitalized, if it was frequent enough to be clustered.
    fn capitalized_tenths(&self, lower: &str) -> Option<u16> {
        self.of(lower).and_then(|levels| levels.get(2)).copied()
    }

    /// Whether news writes a lower-cased word mostly in lower case mid-sentence (at most
    /// two tenths capitalized): a common word ("man", "reading"), not a name ("paris").
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.capitalized_tenths(lower)
            .is_some_and(|tenths| tenths <= 2)
    }

    /// Whether news all but never capitalizes a lower-cased word mid-sentence (at most one
    /// use in ten): "rate", "offered"; not "brown" or "young", which are surnames too.
    pub fn is_always_lower_case(&self, lower: &str) -> bool {
        self.capitalized_tenths(lower)
            .is_some_and(|tenths| tenths <= 1)
    }

    /// Whether news writes a lower-cased word capitalized mid-sentence at least seven
    /// times in ten ("johnson", "leeds"; not "house", "chamber"), or too rarely to know
    /// ("eckenfelder"): a word that can be a name.
    pub fn may_be_a_name(&self, lower: &str) -> bool {
        self.capitalized_tenths(lower)
            .is_none_or(|tenths| tenths >= 7)
    }
}

/// A word with its first letter upper case and the rest lower case ("REUTERS" → "Reuters").
fn title_case(word: &str) -> String {
    // Most words are ASCII, which needs no Unicode case tables.
    if word.is_ascii() {
        let mut title = word.to_ascii_lowercase();
        if let Some(first) = title.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return title;
    }
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| {
            first
                .to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect()
        })
        .unwrap_or_default()
}

/// The sentences clusters are learned from, as written: the tokens of annotated CoNLL
/// documents (their labels unused) and of corpus articles.
pub fn training_sentences(
    conll: Vec<super::ner::Document>,
    articles: impl Iterator<Item = crate::article::Article>,
) -> Vec<Vec<String>> {
    let mut sentences: Vec<Vec<String>> = conll
        .into_iter()
        .flatten()
        .map(|sentence| sentence.into_iter().map(|(word, _)| word).collect())
        .collect();
    for article in articles {
        for sentence in super::tokenize::sentences(&article.body) {
            sentences.push(sentence.iter().map(|t| t.text.to_string()).collect());
        }
    }
    sentences
}

/// The clusters table (`data/clusters.tsv`) learned from `sentences`: one column per
/// granularity in `clusters` (coarse first), then the capitalized share; and its number
/// of words.
pub fn build_table(mut sentences: Vec<Vec<String>>, clusters: &[usize]) -> (String, usize) {
    // Sentences as written first: how often a word is capitalized is learned from them.
    let capitalized = capitalized_shares(&sentences);
    for sentence in &mut sentences {
        for word in sentence.iter_mut() {
            *word = word.to_lowercase();
        }
    }
    // One column per granularity; every run clusters the same most frequent words.
    let levels: Vec<Vec<(String, u16)>> = clusters
        .iter()
        .map(|&k| learn(&sentences, k, 40_000, 400, 8))
        .collect();
    let words = levels.first().cloned().unwrap_or_default();
    let mut table = format!(
        "# newsdex word clusters, built by 'newsdex train-clusters' (k-means over neighbour distributions; {clusters:?} clusters; last column: tenths of mid-sentence uses capitalized)\n"
    );
    for (row, (word, _)) in words.iter().enumerate() {
        table.push_str(word);
        for level in &levels {
            table.push_str(&format!("\t{}", level[row].1));
        }
        let share = capitalized.get(word).map_or(UNKNOWN_SHARE, |s| *s);
        table.push_str(&format!("\t{share}\n"));
    }
    (table, words.len())
}

/// The capitalized share recorded for a word seen too rarely mid-sentence to tell.
pub const UNKNOWN_SHARE: u16 = 11;

/// For each lower-cased word, how many tenths of its uses inside a sentence (not first, in
/// sentences that are not all capitals) are capitalized: 0 for "drones", 10 for "dnipro".
pub fn capitalized_shares(sentences: &[Vec<String>]) -> HashMap<String, u16> {
    let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
    for sentence in sentences {
        if !sentence.iter().any(|w| w.chars().any(char::is_lowercase)) {
            continue;
        }
        for word in sentence.iter().skip(1) {
            let Some(first) = word.chars().next().filter(|c| c.is_alphabetic()) else {
                continue;
            };
            let count = counts.entry(word.to_lowercase()).or_default();
            count.1 += 1;
            if first.is_uppercase() {
                count.0 += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|(_, (_, total))| *total >= 3)
        .map(|(word, (capitalized, total))| (word, (10 * capitalized / total) as u16))
        .collect()
}

/// Learns `k` clusters for the `vocabulary` most frequent words of `sentences` (lower-cased
/// tokens), from their left and right neighbours among the `contexts` most frequent words.
pub fn learn(
    sentences: &[Vec<String>],
    k: usize,
    vocabulary: usize,
    contexts: usize,
    passes: usize,
) -> Vec<(String, u16)> {
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for sentence in sentences {
        for word in sentence {
            *frequency.entry(word.as_str()).or_default() += 1;
        }
    }
    let mut by_frequency: Vec<(&str, usize)> =
        frequency.into_iter().filter(|(_, n)| *n >= 3).collect();
    by_frequency.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let words: Vec<&str> = by_frequency
        .iter()
        .take(vocabulary)
        .map(|(w, _)| *w)
        .collect();
    let word_index: HashMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
    let context_index: HashMap<&str, usize> = words
        .iter()
        .take(contexts)
        .enumerate()
        .map(|(i, w)| (*w, i))
        .collect();
    let dimensions = 2 * contexts;
    let mut vectors = vec![0f32; words.len() * dimensions];
    for sentence in sentences {
        for (position, word) in sentence.iter().enumerate() {
            let Some(&row) = word_index.get(word.as_str()) else {
                continue;
            };
            if position > 0
                && let Some(&c) = context_index.get(sentence[position - 1].as_str())
            {
                vectors[row * dimensions + c] += 1.0;
            }
            if let Some(&c) = sentence
                .get(position + 1)
                .and_then(|next| context_index.get(next.as_str()))
            {
                vectors[row * dimensions + contexts + c] += 1.0;
            }
        }
    }
    for row in vectors.chunks_mut(dimensions) {
        row.iter_mut().for_each(|v| *v = v.sqrt());
        let norm = row.iter().map(|v| v * v).sum::<f32>().sqrt().max(1e-9);
        row.iter_mut().for_each(|v| *v /= norm);
    }
    let k = k.min(words.len().max(1));
    // Deterministic start: centroids spread over the frequency ranking.
    let mut centroids: Vec<f32> = (0..k)
        .flat_map(|c| {
            let row = c * words.len() / k;
            vectors[row * dimensions..(row + 1) * dimensions].to_vec()
        })
        .collect();
    let mut assignment = vec![0usize; words.len()];
    for _ in 0..passes {
        assignment = vectors
            .par_chunks(dimensions)
            .map(|row| {
                let mut best = (f32::MIN, 0);
                for (c, centroid) in centroids.chunks(dimensions).enumerate() {
                    let similarity: f32 = row.iter().zip(centroid).map(|(a, b)| a * b).sum();
                    if similarity > best.0 {
                        best = (similarity, c);
                    }
                }
                best.1
            })
            .collect();
        let mut sums = vec![0f32; k * dimensions];
        for (row, &c) in vectors.chunks(dimensions).zip(&assignment) {
            for (sum, value) in sums[c * dimensions..(c + 1) * dimensions]
                .iter_mut()
                .zip(row)
            {
                *sum += value;
            }
        }
        for (c, sum) in sums.chunks_mut(dimensions).enumerate() {
            let norm = sum.iter().map(|v| v * v).sum::<f32>().sqrt();
            if norm > 0.0 {
                centroids[c * dimensions..(c + 1) * dimensions]
                    .iter_mut()
                    .zip(sum.iter())
                    .for_each(|(centroid, value)| *centroid = value / norm);
            }
        }
    }
    words
        .iter()
        .zip(assignment)
        .map(|(w, c)| (w.to_string(), c as u16))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brown_paths_are_found_whatever_the_case_or_accents() {
        let clusters = Clusters::load();
        let walesa = clusters.brown("Walesa", false);
        assert_ne!(walesa, 0);
        assert_eq!(clusters.brown("Wałęsa", false), walesa);
        assert_eq!(clusters.brown("WALESA", true), walesa);
        // In capitals the name form goes first, even where the capitals are a word too.
        assert_eq!(
            clusters.brown("LONDON", true),
            clusters.brown("London", false)
        );
        assert_eq!(clusters.brown("Qwzxkj", false), 0);
    }

    #[test]
    fn title_case_lowers_all_but_the_first_letter_in_ascii_and_beyond() {
        assert_eq!(title_case("REUTERS"), "Reuters");
        assert_eq!(title_case("mcDONALD's"), "Mcdonald's");
        assert_eq!(title_case("ÉLYSÉE"), "Élysée");
        assert_eq!(title_case("1996"), "1996");
        assert_eq!(title_case(""), "");
    }
}
