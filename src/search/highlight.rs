//! Highlighted excerpts: matched byte ranges inside a fragment of text, as HTML or for
//! a terminal.

use std::ops::Range;

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
    fn a_lead_is_cut_at_a_word_and_flattened_to_one_line() {
        let body = format!("First line\nsecond {}", "word ".repeat(100));
        let cut = lead(&body);
        assert!(cut.text.starts_with("First line second word"));
        assert!(cut.text.ends_with("word …"), "{}", cut.text);
        assert!(cut.text.chars().count() <= SNIPPET_CHARS + 2);
        assert_eq!(lead(" short ").text, " short");
    }
}
