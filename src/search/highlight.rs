//! Highlighted excerpts: the snippet of a hit's body (`Snippets`), matched byte ranges
//! inside a fragment of text, as HTML or for a terminal.

use std::cell::RefCell;
use std::ops::Range;

use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Searcher, TantivyError};

use crate::index::cached_stemmer::CachedStemmer;

/// Longest snippet, in characters.
pub(super) const SNIPPET_CHARS: usize = 220;

/// Highlighted text: the fragment and the byte ranges of matched words in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlighted {
    /// Plain text.
    pub text: String,
    /// Byte ranges of matches inside `text`.
    pub ranges: Vec<Range<usize>>,
}

impl Highlighted {
    /// The text in order as pieces, each with whether it is a match; ranges that overlap
    /// an earlier one or run past the end are left out.
    pub fn pieces(&self) -> Vec<(&str, bool)> {
        let mut pieces = Vec::with_capacity(2 * self.ranges.len() + 1);
        let mut position = 0;
        for range in &self.ranges {
            if range.start < position || range.end > self.text.len() {
                continue;
            }
            if range.start > position {
                pieces.push((&self.text[position..range.start], false));
            }
            pieces.push((&self.text[range.clone()], true));
            position = range.end;
        }
        if position < self.text.len() {
            pieces.push((&self.text[position..], false));
        }
        pieces
    }

    /// HTML with matches in `<mark>` and everything else escaped.
    pub fn to_html(&self) -> String {
        let mut html = String::with_capacity(self.text.len() + 16 * self.ranges.len());
        for (piece, is_match) in self.pieces() {
            if is_match {
                html.push_str("<mark>");
                html.push_str(&escape_html(piece));
                html.push_str("</mark>");
            } else {
                html.push_str(&escape_html(piece));
            }
        }
        html
    }
}

/// Escapes text for HTML.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Snippets of one query's hits: the best fragment of each body, with the query's words
/// marked. Only the words that start like a query term are analyzed (stemmed as the index
/// stems them), so a snippet costs a scan of the body, not its tokenizing.
pub(super) struct Snippets {
    /// The query's stems in the text field, with their weights (rarer ones count more,
    /// as `SnippetGenerator::create` weighs them).
    terms: Vec<(String, f32)>,
    /// The index's analyzer, for the words that may match.
    analyzer: RefCell<TextAnalyzer>,
}

/// Bytes before a fragment's first match searched for the start of its sentence.
const CONTEXT_BYTES: usize = 60;

impl Snippets {
    /// Snippets for `query`'s terms in `field`.
    pub(super) fn new(
        searcher: &Searcher,
        query: &dyn Query,
        field: Field,
    ) -> Result<Snippets, TantivyError> {
        let mut terms: Vec<(String, f32)> = Vec::new();
        let mut failure = None;
        query.query_terms(&mut |term, _| {
            if term.field() != field {
                return;
            }
            let value = term.value();
            let Some(text) = value.as_str() else {
                return;
            };
            if terms.iter().any(|(known, _)| known == text) {
                return;
            }
            match searcher.doc_freq(term) {
                Ok(0) => {}
                Ok(frequency) => terms.push((text.to_string(), 1.0 / (1.0 + frequency as f32))),
                Err(error) => failure = Some(error),
            }
        });
        if let Some(error) = failure {
            return Err(error);
        }
        Ok(Snippets {
            terms,
            analyzer: RefCell::new(crate::index::schema::news_analyzer(CachedStemmer::small())),
        })
    }

    /// The snippet of one body: the stretch of at most `SNIPPET_CHARS` bytes with the most
    /// distinct query words (then the most weight; the earliest on a tie), from the start
    /// of the sentence of its first match when that is near; the body's lead when no word
    /// matches.
    pub(super) fn of(&self, body: &str) -> Highlighted {
        let matches = self.matches(body);
        let mut best: Option<(usize, usize, f32)> = None;
        for (i, &(start, _, _, _)) in matches.iter().enumerate() {
            let mut seen: Vec<usize> = Vec::new();
            let mut weight = 0.0;
            for &(_, end, term, term_weight) in &matches[i..] {
                if end > start + SNIPPET_CHARS {
                    break;
                }
                weight += term_weight;
                if !seen.contains(&term) {
                    seen.push(term);
                }
            }
            if best.is_none_or(|(_, distinct, most)| {
                seen.len() > distinct || seen.len() == distinct && weight > most
            }) {
                best = Some((i, seen.len(), weight));
            }
        }
        let Some((first, _, _)) = best else {
            return lead(body);
        };
        let first_match = matches[first].0;
        let from = fragment_start(body, first_match);
        let to = fragment_end(body, from, matches[first].1);
        Highlighted {
            text: body[from..to].to_string(),
            ranges: matches
                .iter()
                .filter(|&&(start, end, _, _)| start >= from && end <= to)
                .map(|&(start, end, _, _)| start - from..end - from)
                .collect(),
        }
    }

    /// The words of `text` that match a query term: (start, end, term, weight), in order.
    /// Words are the analyzer's (runs of letters and digits).
    fn matches(&self, text: &str) -> Vec<(usize, usize, usize, f32)> {
        let mut found = Vec::new();
        if self.terms.is_empty() {
            return found;
        }
        let mut analyzer = self.analyzer.borrow_mut();
        for (start, at) in words(text) {
            let word = &text[start..at];
            // An ASCII word no stem can come from: no match, without analyzing.
            if word.is_ascii() && !self.terms.iter().any(|(stem, _)| may_stem_to(word, stem)) {
                continue;
            }
            let mut stream = analyzer.token_stream(word);
            if !stream.advance() {
                continue;
            }
            let stem = &stream.token().text;
            if let Some(term) = self.terms.iter().position(|(known, _)| known == stem) {
                found.push((start, at, term, self.terms[term].1));
            }
        }
        found
    }
}

/// The byte ranges of the words of `text`: runs of letters and digits, as the analyzer's
/// tokenizer splits them. Bytes, not `char_indices`: the scan of each hit's body was a
/// sixth of a short query's time.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Whether the character at `at` is a letter or digit, and its width.
    let class_at = |at: usize| match text.as_bytes()[at] {
        byte if byte.is_ascii() => (byte.is_ascii_alphanumeric(), 1),
        _ => text[at..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            if at >= text.len() {
                return None;
            }
            let (alphanumeric, width) = class_at(at);
            if alphanumeric {
                break;
            }
            at += width;
        }
        let start = at;
        while at < text.len() {
            let (alphanumeric, width) = class_at(at);
            if !alphanumeric {
                break;
            }
            at += width;
        }
        Some((start, at))
    })
}

/// Whether the ASCII word `word` may be analyzed into `stem`. The English stemmer only
/// rewrites a word's ending: it never lengthens a word, and what it writes anew is at most
/// a stem's last two letters ("sensibility" → "sensible" → "sens", "dying" → "die"), so a
/// word that does not start with the rest is ruled out without analyzing it.
fn may_stem_to(word: &str, stem: &str) -> bool {
    let kept = stem.len().saturating_sub(2).max(1).min(stem.len());
    word.len() >= stem.len()
        && word.as_bytes()[..kept].eq_ignore_ascii_case(&stem.as_bytes()[..kept])
}

/// Where a fragment whose first match starts at `first_match` begins: after the end of
/// the sentence before it when that is within `CONTEXT_BYTES`, else at the text's start
/// when that is, else at the first word within `CONTEXT_BYTES` before the match (a match
/// that ends its sentence reads with the words before it).
fn fragment_start(text: &str, first_match: usize) -> usize {
    let near = floor_boundary(text, first_match.saturating_sub(CONTEXT_BYTES));
    let before = &text[near..first_match];
    let sentence_end = before
        .char_indices()
        .rev()
        .find(|&(at, c)| {
            c == '\n'
                || matches!(c, '.' | '?' | '!') && before[at + 1..].starts_with(char::is_whitespace)
        })
        .map(|(at, c)| near + at + c.len_utf8());
    match sentence_end {
        Some(end) => end + text[end..first_match].len() - text[end..first_match].trim_start().len(),
        None if near == 0 => 0,
        None => before.find(char::is_whitespace).map_or(first_match, |at| {
            let from = near + at;
            from + text[from..first_match].len() - text[from..first_match].trim_start().len()
        }),
    }
}

/// Where a fragment from `from` ends: `SNIPPET_CHARS` bytes on, cut back to the end of a
/// word, and never before `min_end` (the end of its first match).
fn fragment_end(text: &str, from: usize, min_end: usize) -> usize {
    let limit = floor_boundary(text, (from + SNIPPET_CHARS).min(text.len()));
    if limit == text.len() {
        return limit;
    }
    match text[from..limit].rfind(char::is_whitespace) {
        Some(at) if from + at >= min_end => text[from..from + at].trim_end().len() + from,
        _ => limit.max(min_end),
    }
}

/// The nearest char boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The beginning of an article, cut at a word boundary, when nothing is highlighted.
pub(super) fn lead(body: &str) -> Highlighted {
    let mut end = body.len();
    for (count, (index, _)) in body.char_indices().enumerate() {
        if count == SNIPPET_CHARS {
            end = body[..index].rfind(char::is_whitespace).unwrap_or(index);
            break;
        }
    }
    let mut text = body[..end].trim_end().to_string();
    if end < body.len() {
        text.push_str(" …");
    }
    Highlighted {
        text: text.replace('\n', " "),
        ranges: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_marks_matches_escapes_the_rest_and_skips_bad_ranges() {
        let highlighted = Highlighted {
            text: "AT&T <b>bid</b> for bid".to_string(),
            // The second range overlaps the first and the last runs past the end.
            ranges: vec![8..11, 9..10, 20..23, 22..40],
        };
        assert_eq!(
            highlighted.to_html(),
            "AT&amp;T &lt;b&gt;<mark>bid</mark>&lt;/b&gt; for <mark>bid</mark>"
        );
        let matched: Vec<&str> = highlighted
            .pieces()
            .into_iter()
            .filter(|(_, is_match)| *is_match)
            .map(|(piece, _)| piece)
            .collect();
        assert_eq!(matched, ["bid", "bid"]);
    }

    #[test]
    fn no_word_that_stems_to_a_query_stem_is_ruled_out() {
        // The stemmer's exceptions and every kind of ending it rewrites, and a real text.
        let forms = "dying lying tying skies skis idly gently ugly early only singly news \
            cries ties cry spy happy happily relational conditional valenci hesitanci \
            digitizer operator feudalism generously hopefulness sensitiviti vileness \
            analogi fearlessli triplicate formative formalize electriciti electrical \
            hopeful goodness agreed feed plastered bled motoring sing conflated troubled \
            sized hopping tanned falling hissing fizzed failing filing caresses ponies \
            gas this gaps kiwis generate communism arsenal Atlantic Ceasefire UNITED \
            a I at by 1987 3rd";
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
            .unwrap_or_default();
        let mut analyzer = crate::index::schema::news_analyzer(CachedStemmer::small());
        let mut checked = 0;
        for word in forms
            .split_whitespace()
            .chain(text.split(|c: char| !c.is_alphanumeric()))
            .filter(|word| !word.is_empty() && word.is_ascii())
        {
            let mut stream = analyzer.token_stream(word);
            if stream.advance() {
                let stem = stream.token().text.clone();
                assert!(may_stem_to(word, &stem), "{word} → {stem}");
                checked += 1;
            }
        }
        assert!(checked > 100);
        assert!(!may_stem_to("coal", "coffe"));
        assert!(!may_stem_to("cof", "coffe"));
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_in_any_script() {
        let text = "Café au-lait, 1987's Łódź! «Москва» 日本";
        let found: Vec<&str> = words(text).map(|(start, end)| &text[start..end]).collect();
        assert_eq!(
            found,
            ["Café", "au", "lait", "1987", "s", "Łódź", "Москва", "日本"]
        );
        assert_eq!(words("").count(), 0);
        assert_eq!(words(" .. ").count(), 0);
    }

    #[test]
    fn a_lead_is_cut_at_a_word_and_flattened_to_one_line() {
        let body = format!("First line\nsecond {}", "word ".repeat(100));
        let cut = lead(&body);
        assert!(cut.text.starts_with("First line second word"));
        assert!(cut.text.ends_with("word …"), "{}", cut.text);
        assert!(cut.text.chars().count() <= SNIPPET_CHARS + 2);
        assert_eq!(lead(" short ").text, " short");
    }
}
