//! Which countries an article is about, as a news library files it: the `country` facet.
//!
//! The place facet lists every place the text names; a country facet built the same way
//! counts the "U.S." of a passing "U.S. dollar" and every buyer in a list of shipments, so
//! a filter on Japan found every story that named a Japanese company once. Reuters' editors
//! tagged each 1987 article with the countries it is about; a logistic model over how a
//! country is named (how often, how early, in the headline, only as a nationality word,
//! inside a list, beside how many other countries) learns that filing from their tags.
//! `newsdex eval metadata --fit-countries` refits it and prints [`WEIGHTS`] and the
//! cross-validated precision and recall of each threshold.

use super::{EntityKind, FoundEntity, Place};
use std::collections::HashMap;

/// Number of features the model reads for one country of one article.
pub const FEATURES: usize = 15;

/// How one article names one country (itself, its nationality word, places inside it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CountryEvidence {
    /// Mentions in the headline and the body.
    pub mentions: usize,
    /// Whether the headline names it.
    pub in_title: bool,
    /// Line (paragraph) of the first body mention; `None` when only the headline names it.
    pub first_line: Option<usize>,
    /// Byte offset of the first body mention over the body's length.
    pub first_fraction: f64,
    /// Share of the mentions that are a nationality word ("Japanese").
    pub nationality_share: f64,
    /// Share of the mentions that are places inside it, not the country itself.
    pub inside_share: f64,
    /// Share of the mentions that are items of a list ("Japan, Taiwan and Korea").
    pub list_share: f64,
    /// Share of all the article's place mentions that are this country's.
    pub place_share: f64,
    /// Countries the article names.
    pub countries: usize,
    /// Lines of the body.
    pub lines: usize,
    /// Whether a place of it opens the body ("TOKYO, March 3 -"): where the story is.
    pub in_dateline: bool,
}

impl CountryEvidence {
    /// The model's inputs.
    pub fn features(&self) -> [f64; FEATURES] {
        let first_line = self.first_line.unwrap_or(30).min(30) as f64;
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        [
            (self.mentions as f64).ln_1p(),
            flag(self.in_title),
            first_line,
            flag(self.first_line == Some(0)),
            flag(self.first_line.is_some_and(|line| line <= 2)),
            self.first_fraction,
            self.nationality_share,
            self.inside_share,
            self.list_share,
            self.place_share,
            (self.countries as f64).ln_1p(),
            (self.lines as f64).ln_1p(),
            flag(self.mentions >= 2),
            flag(self.mentions >= 3),
            flag(self.in_dateline),
        ]
    }
}

/// Intercept and one weight per feature, fitted on Reuters-21578's country tags
/// (`newsdex eval metadata --corpus ../shared/corpora/reuters21578 --fit-countries`).
pub const WEIGHTS: [f64; FEATURES + 1] = [
    -3.190865, 1.336315, 0.430510, 0.063559, 0.653580, 0.245655, -2.396425, -0.639859, -0.998709,
    0.858115, 3.692288, 1.128828, -0.501249, -0.257433, 0.026836, 2.488579,
];

/// Probability above which a country is one the article is about. Chosen on the
/// cross-validated figures `--fit-countries` prints: the highest threshold that keeps
/// 95% of the editors' tags, since a country filter that misses stories costs a user
/// more than a few extra ones.
pub const THRESHOLD: f64 = 0.2;

/// The model's probability that the article is about a country named this way.
pub fn probability(weights: &[f64; FEATURES + 1], features: &[f64; FEATURES]) -> f64 {
    let score = weights[0]
        + weights[1..]
            .iter()
            .zip(features)
            .map(|(w, x)| w * x)
            .sum::<f64>();
    1.0 / (1.0 + (-score).exp())
}

/// How the article names each country its text places lie in, by country name.
pub fn evidence(
    body: &str,
    found: &[FoundEntity],
    places: &[Place],
    is_nationality_word: impl Fn(&str) -> bool,
) -> Vec<(String, CountryEvidence)> {
    let place_by_name: HashMap<&str, &Place> =
        places.iter().map(|p| (p.name.as_str(), p)).collect();
    let mut by_country: Vec<(String, CountryEvidence)> = Vec::new();
    let mut place_mentions = 0usize;
    for entity in found.iter().filter(|e| e.kind == EntityKind::Place) {
        let Some(country) = place_by_name
            .get(entity.name.as_str())
            .and_then(|p| p.country())
        else {
            continue;
        };
        let slot = match by_country.iter().position(|(name, _)| name == country) {
            Some(at) => at,
            None => {
                by_country.push((country.to_string(), CountryEvidence::default()));
                by_country.len() - 1
            }
        };
        let evidence = &mut by_country[slot].1;
        for mention in &entity.mentions {
            place_mentions += 1;
            evidence.mentions += 1;
            if entity.name != country {
                evidence.inside_share += 1.0;
            }
            if is_nationality_word(&mention.text) {
                evidence.nationality_share += 1.0;
            }
            if mention.in_title {
                evidence.in_title = true;
                continue;
            }
            let start = mention.start.min(body.len());
            let line = body.as_bytes()[..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            if evidence.first_line.is_none_or(|first| line < first) {
                evidence.first_line = Some(line);
                evidence.first_fraction = start as f64 / body.len().max(1) as f64;
            }
            if body[..start].trim().is_empty() {
                evidence.in_dateline = true;
            }
            if in_a_list(body, start, mention.end.min(body.len())) {
                evidence.list_share += 1.0;
            }
        }
    }
    let countries = by_country.len();
    let lines = body.trim_end().matches('\n').count() + 1;
    for (_, evidence) in &mut by_country {
        let mentions = evidence.mentions.max(1) as f64;
        evidence.inside_share /= mentions;
        evidence.nationality_share /= mentions;
        evidence.list_share /= mentions;
        evidence.place_share = evidence.mentions as f64 / place_mentions.max(1) as f64;
        evidence.countries = countries;
        evidence.lines = lines;
    }
    by_country
}

impl Default for CountryEvidence {
    fn default() -> Self {
        CountryEvidence {
            mentions: 0,
            in_title: false,
            first_line: None,
            first_fraction: 1.0,
            nationality_share: 0.0,
            inside_share: 0.0,
            list_share: 0.0,
            place_share: 0.0,
            countries: 0,
            lines: 1,
            in_dateline: false,
        }
    }
}

/// Whether a mention is an item of a list: a comma or "and"/"or" right beside it.
fn in_a_list(body: &str, start: usize, end: usize) -> bool {
    let before = body[..start].trim_end_matches(' ');
    let after = body[end..].trim_start_matches(' ');
    before.ends_with(',')
        || before.ends_with(" and")
        || before.ends_with(" or")
        || after.starts_with(',') && !after.starts_with(", said")
        || after.starts_with("and ")
        || after.starts_with("or ")
}

/// The countries the article is about, from [`evidence`], in the order the text first
/// names them.
pub fn countries_about(evidence: Vec<(String, CountryEvidence)>) -> Vec<String> {
    evidence
        .into_iter()
        .filter(|(_, evidence)| probability(&WEIGHTS, &evidence.features()) >= THRESHOLD)
        .map(|(country, _)| country)
        .collect()
}

/// Fits the logistic model on labelled examples (features, whether the editors tagged
/// the country): L2-regularized, by gradient descent on standardized features, with the
/// standardization folded back into the returned weights.
pub fn fit(examples: &[([f64; FEATURES], bool)]) -> [f64; FEATURES + 1] {
    let n = examples.len().max(1) as f64;
    let mut mean = [0.0; FEATURES];
    let mut spread = [0.0; FEATURES];
    for (x, _) in examples {
        for j in 0..FEATURES {
            mean[j] += x[j] / n;
        }
    }
    for (x, _) in examples {
        for j in 0..FEATURES {
            spread[j] += (x[j] - mean[j]).powi(2) / n;
        }
    }
    let spread = spread.map(|v| if v > 1e-12 { v.sqrt() } else { 1.0 });
    let standardized: Vec<([f64; FEATURES], f64)> = examples
        .iter()
        .map(|(x, label)| {
            let mut z = [0.0; FEATURES];
            for j in 0..FEATURES {
                z[j] = (x[j] - mean[j]) / spread[j];
            }
            (z, if *label { 1.0 } else { 0.0 })
        })
        .collect();
    let mut w = [0.0; FEATURES + 1];
    let (rate, l2) = (0.5, 1e-4);
    for _ in 0..3000 {
        let mut gradient = [0.0; FEATURES + 1];
        for (z, y) in &standardized {
            let error = probability(&w, z) - y;
            gradient[0] += error / n;
            for j in 0..FEATURES {
                gradient[j + 1] += error * z[j] / n;
            }
        }
        w[0] -= rate * gradient[0];
        for j in 0..FEATURES {
            w[j + 1] -= rate * (gradient[j + 1] + l2 * w[j + 1]);
        }
    }
    // w·(x - mean)/spread = Σ (w/spread)·x - Σ w·mean/spread
    let mut raw = [0.0; FEATURES + 1];
    raw[0] = w[0];
    for j in 0..FEATURES {
        raw[j + 1] = w[j + 1] / spread[j];
        raw[0] -= w[j + 1] * mean[j] / spread[j];
    }
    raw
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Mention;

    fn place(name: &str, country: &str) -> (Place, FoundEntity) {
        let kind = if name == country {
            crate::extract::gazetteer::PlaceKind::Country
        } else {
            crate::extract::gazetteer::PlaceKind::City
        };
        let hierarchy = vec!["Asia".to_string(), country.to_string()];
        (
            Place {
                name: name.to_string(),
                hierarchy: if name == country {
                    vec!["Asia".to_string()]
                } else {
                    hierarchy.clone()
                },
                kind: Some(kind),
                aliases: Vec::new(),
            },
            FoundEntity {
                name: name.to_string(),
                kind: EntityKind::Place,
                hierarchy,
                mentions: Vec::new(),
            },
        )
    }

    #[test]
    fn evidence_says_how_early_how_often_and_how_a_country_is_named() {
        let body = "TOKYO, March 3 - Japanese exports rose.\nJapan said so.\n\
                    Buyers were Korea, Taiwan and China.\n";
        let mention = |word: &str| {
            let start = body.find(word).unwrap();
            Mention {
                start,
                end: start + word.len(),
                text: word.to_string(),
                in_title: false,
            }
        };
        let (tokyo_place, mut tokyo) = place("Tokyo", "Japan");
        tokyo.mentions.push(mention("TOKYO"));
        let (japan_place, mut japan) = place("Japan", "Japan");
        japan
            .mentions
            .extend([mention("Japanese"), mention("Japan ")]);
        let (taiwan_place, mut taiwan) = place("Taiwan", "Taiwan");
        taiwan.mentions.push(mention("Taiwan"));
        let found = [tokyo, japan, taiwan];
        let places = [tokyo_place, japan_place, taiwan_place];
        let named = evidence(body, &found, &places, |w| w == "Japanese");
        let of = |name: &str| named.iter().find(|(c, _)| c == name).unwrap().1;
        let japan = of("Japan");
        assert_eq!(japan.mentions, 3);
        assert!(japan.in_dateline);
        assert_eq!(japan.first_line, Some(0));
        assert!((japan.nationality_share - 1.0 / 3.0).abs() < 1e-9);
        assert!((japan.inside_share - 1.0 / 3.0).abs() < 1e-9);
        let taiwan = of("Taiwan");
        assert_eq!((taiwan.first_line, taiwan.list_share), (Some(2), 1.0));
        assert_eq!(taiwan.countries, 2);
        // The shipped model files the dateline's country, not the list's buyer.
        let about = countries_about(named);
        assert_eq!(about, ["Japan"]);
    }

    #[test]
    fn fitting_learns_which_features_mark_a_tagged_country() {
        let mut examples = Vec::new();
        for i in 0..400 {
            let mut features = [0.0; FEATURES];
            features[0] = (i % 10) as f64;
            features[3] = ((i / 10) % 2) as f64;
            // Tagged when named often; the other feature is noise.
            examples.push((features, i % 10 >= 5));
        }
        let weights = fit(&examples);
        assert!(weights[1] > 1.0, "{weights:?}");
        assert!(weights[4].abs() < 0.5, "{weights:?}");
        let mut often = [0.0; FEATURES];
        often[0] = 8.0;
        assert!(probability(&weights, &often) > 0.9);
        assert!(probability(&weights, &[0.0; FEATURES]) < 0.1);
    }
}
