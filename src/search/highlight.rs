//! Highlighted excerpts: the snippet of a hit's body (`Snippets`), matched byte ranges
//! inside a fragment of text, as HTML or for a terminal.

use std::collections::BTreeMap;
use std::ops::Range;

use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
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
/// marked.
pub(super) struct Snippets {
    generator: SnippetGenerator,
    window: MatchWindow,
}

impl Snippets {
    /// Snippets for `query`'s terms in `field` (weighed as `SnippetGenerator::create`
    /// weighs them: rarer ones count more), stemming only the words that can match one.
    pub(super) fn new(
        searcher: &Searcher,
        query: &dyn Query,
        field: Field,
    ) -> Result<Snippets, TantivyError> {
        let mut terms = BTreeMap::new();
        let mut failure = None;
        query.query_terms(&mut |term, _| {
            if term.field() != field {
                return;
            }
            let value = term.value();
            let Some(text) = value.as_str() else {
                return;
            };
            match searcher.doc_freq(term) {
                Ok(0) => {}
                Ok(frequency) => {
                    terms.insert(text.to_string(), 1.0 / (1.0 + frequency as f32));
                }
                Err(error) => failure = Some(error),
            }
        });
        if let Some(error) = failure {
            return Err(error);
        }
        let window = MatchWindow::new(terms.keys().map(String::as_str));
        let analyzer = crate::index::schema::news_analyzer(CachedStemmer::only_starting_with(
            window.prefixes().to_vec(),
        ));
        let generator = SnippetGenerator::new(terms, analyzer, field, SNIPPET_CHARS);
        Ok(Snippets { generator, window })
    }

    /// The snippet of one body: from the stretch around the query's words (all of the body
    /// when that gives none), or the body's lead when no word matches.
    pub(super) fn of(&self, body: &str) -> Highlighted {
        let part = self.window.around_matches(body);
        let mut snippet = self.generator.snippet(part);
        if snippet.fragment().is_empty() && part.len() < body.len() {
            snippet = self.generator.snippet(body);
        }
        if snippet.fragment().is_empty() {
            return lead(body);
        }
        Highlighted {
            text: snippet.fragment().to_string(),
            ranges: snippet.highlighted().to_vec(),
        }
    }
}

/// Where in a long text the query's words are, found before any tokenizing: the snippet
/// generator stems every word of the text it is given, which was a third of a query's
/// time, so it is given only the stretch around the most distinct matches.
struct MatchWindow {
    /// The start of each query term's stem at a word start (case-insensitive), or `None`
    /// when the query has no term in the text field.
    finder: Option<regex::Regex>,
    /// The stems' prefixes, lower case, in the order of the finder's alternatives.
    prefixes: Vec<String>,
}

/// Bytes of text around the best stretch of matches that the snippet generator reads.
const WINDOW_BYTES: usize = 3 * SNIPPET_CHARS;

impl MatchWindow {
    /// A finder for the stems of a query's terms in the text field ("rate" for "rates").
    fn new<'a>(stems: impl IntoIterator<Item = &'a str>) -> MatchWindow {
        // A stem's last letter may differ from the word's ("happi" for "happy"): match the
        // rest, which is what the word starts with.
        let mut prefixes: Vec<String> = stems
            .into_iter()
            .map(|stem| {
                let chars = stem.chars().count();
                let keep = if chars > 3 { chars - 1 } else { chars };
                stem.chars().take(keep).collect::<String>().to_lowercase()
            })
            .filter(|prefix| !prefix.is_empty())
            .collect();
        prefixes.sort();
        prefixes.dedup();
        let pattern = prefixes
            .iter()
            .map(|prefix| regex::escape(prefix))
            .collect::<Vec<_>>()
            .join("|");
        let finder = (!prefixes.is_empty())
            .then(|| {
                regex::RegexBuilder::new(&format!(r"\b(?:{pattern})"))
                    .case_insensitive(true)
                    .build()
                    .ok()
            })
            .flatten();
        MatchWindow { finder, prefixes }
    }

    /// The lower-case starts of the query's stems, which every word that can match one
    /// begins with.
    fn prefixes(&self) -> &[String] {
        &self.prefixes
    }

    /// The part of `text` worth generating a snippet from: all of a short text; else
    /// `WINDOW_BYTES` around the place where the most distinct query words start within
    /// one snippet's length (the earliest such), cut at spaces; all of it when no word is
    /// found this way.
    fn around_matches<'a>(&self, text: &'a str) -> &'a str {
        let Some(finder) = &self.finder else {
            return text;
        };
        if text.len() <= WINDOW_BYTES + SNIPPET_CHARS {
            return text;
        }
        let matches: Vec<(usize, usize)> = finder
            .find_iter(text)
            .take(256)
            .filter_map(|found| {
                let lower = found.as_str().to_lowercase();
                let which = self.prefixes.iter().position(|p| *p == lower)?;
                Some((found.start(), which))
            })
            .collect();
        let span = SNIPPET_CHARS;
        let mut best: Option<(usize, usize)> = None;
        for (i, &(start, _)) in matches.iter().enumerate() {
            let mut seen: Vec<usize> = matches[i..]
                .iter()
                .take_while(|&&(other, _)| other < start + span)
                .map(|&(_, which)| which)
                .collect();
            seen.sort_unstable();
            seen.dedup();
            if best.is_none_or(|(_, most)| seen.len() > most) {
                best = Some((start, seen.len()));
            }
        }
        let Some((start, _)) = best else {
            return text;
        };
        let from = floor_boundary(text, start.saturating_sub(SNIPPET_CHARS / 2));
        let to = floor_boundary(text, (from + WINDOW_BYTES).min(text.len()));
        // Whole words only: from the first space on, up to the last.
        let from = if from == 0 {
            0
        } else {
            text[from..start].find(' ').map_or(from, |at| from + at + 1)
        };
        let to = if to == text.len() {
            to
        } else {
            text[start..to].rfind(' ').map_or(to, |at| start + at)
        };
        &text[from..to]
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
    fn the_window_holds_the_most_distinct_query_words_and_whole_words() {
        let filler = "The committee met again and the market was calm. ".repeat(30);
        let text =
            format!("Rates fell. {filler}Interest rates rose as the central bank met. {filler}");
        let window = MatchWindow::new(["interest", "rate"]);
        let part = window.around_matches(&text);
        assert!(part.len() < text.len() / 2, "{}", part.len());
        assert!(part.contains("Interest rates rose"), "{part}");
        assert!(text.contains(part));
        assert!(!part.starts_with(char::is_whitespace) && !part.ends_with(char::is_whitespace));
        // A short text, no match, or no query term: all of it.
        assert_eq!(window.around_matches("Rates fell."), "Rates fell.");
        let no_match = filler.repeat(2);
        assert_eq!(window.around_matches(&no_match), no_match);
        assert_eq!(MatchWindow::new([]).around_matches(&text), text);
        // A stem whose last letter differs from the word's, and a word inside another.
        let happy = format!("{filler}unhappy. Happy days. {filler}");
        let part = MatchWindow::new(["happi"]).around_matches(&happy);
        assert!(part.contains("Happy days"), "{part}");
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
