//! Plain-text articles: an optional headline on line 1, paragraphs, an optional
//! one-line attribution ("Politico") at the end.

use crate::article::Article;

/// Longest first line still taken as a headline.
const MAX_TITLE_CHARS: usize = 160;
/// Longest last line still taken as a source attribution.
const MAX_SOURCE_CHARS: usize = 40;

/// Reads a decoded plain-text article.
pub fn parse(content: &str) -> Article {
    let mut lines: Vec<&str> = content.trim().lines().collect();
    let mut article = Article::default();

    if let Some(source) = trailing_attribution(&lines) {
        article.source = Some(source.to_string());
        lines.pop();
    }
    if let Some(title) = headline(&lines) {
        article.title = Some(title.to_string());
        lines.remove(0);
    }
    article.body = lines.join("\n").trim().to_string();
    article
}

/// A first line that reads as a headline: short, followed by more text, and not a sentence.
fn headline<'a>(lines: &[&'a str]) -> Option<&'a str> {
    let first = lines.first()?.trim();
    let has_more = lines.iter().skip(1).any(|l| !l.trim().is_empty());
    // A headline may end in a quotation (Rover deal 'may cost 2,000 jobs'); a sentence ends
    // in punctuation, inside the quotes or not.
    let unquoted = first.trim_end_matches(['"', '”', '’', '\'']);
    let ends_like_sentence = unquoted.ends_with(['.', '!', '?', ',', ';', ':']);
    (has_more
        && !first.is_empty()
        && first.chars().count() <= MAX_TITLE_CHARS
        && !ends_like_sentence)
        .then_some(first)
}

/// A last line set apart by a blank line that names a publisher: a few capitalized words
/// without sentence punctuation.
fn trailing_attribution<'a>(lines: &[&'a str]) -> Option<&'a str> {
    let (last, rest) = lines.split_last()?;
    let last = last.trim();
    let set_apart = rest.last().is_some_and(|l| l.trim().is_empty());
    // After a paragraph that ends a sentence, not after a list or a results table
    // ("K Clark", "Charlton v Yeovil", "School Of Rock").
    let after_prose = rest
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| {
            let l = l.trim().trim_end_matches(['"', '”', '’', '\'']);
            // Prose has lower-case words; a list of names ("H Webb (S Yorkshire).") has none.
            let has_lowercase_word = l.split_whitespace().any(|w| {
                w.chars().all(|c| c.is_lowercase() || !c.is_alphabetic())
                    && w.chars().any(char::is_alphabetic)
            });
            l.ends_with(['.', '!', '?']) && has_lowercase_word
        });
    let is_fixture = last.split_whitespace().any(|w| w == "v" || w == "vs");
    let paragraphs_before = rest.iter().filter(|l| !l.trim().is_empty()).count();
    let words: Vec<&str> = last.split_whitespace().collect();
    let looks_like_name = !words.is_empty()
        && words.len() <= 4
        && last.chars().count() <= MAX_SOURCE_CHARS
        && last.chars().next().is_some_and(char::is_uppercase)
        && !last.ends_with(['.', '!', '?', ',', ';', ':', '"', '”', '’'])
        && last
            .chars()
            .all(|c| c.is_alphanumeric() || " &'.-".contains(c));
    (set_apart && after_prose && !is_fixture && paragraphs_before >= 2 && looks_like_name)
        .then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_layout_gives_source_and_no_invented_title() {
        let text = "U.S. President Donald Trump said Thursday that there would be no progress.\n\n\
                    “Look, nothing is gonna happen,” Trump told reporters.\n\nBudanov added.\n\nPolitico";
        let article = parse(text);
        assert_eq!(article.source.as_deref(), Some("Politico"));
        assert_eq!(article.title, None);
        assert!(article.body.starts_with("U.S. President"));
        assert!(article.body.ends_with("Budanov added."));
    }

    #[test]
    fn bbc_layout_gives_title() {
        let text = "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.\n\nThe firm said so.";
        let article = parse(text);
        assert_eq!(
            article.title.as_deref(),
            Some("Ad sales boost Time Warner profit")
        );
        assert!(article.body.starts_with("Quarterly profits"));
        assert_eq!(article.source, None);
    }

    #[test]
    fn headlines_may_end_in_a_quotation() {
        let text = "Rover deal 'may cost 2,000 jobs'\n\nSome 2,000 jobs could go, the union said.\n\nMore.";
        assert_eq!(
            parse(text).title.as_deref(),
            Some("Rover deal 'may cost 2,000 jobs'")
        );
        let quoted_sentence = "He said: 'We will win.'\n\nThe match was close.\n\nMore.";
        assert_eq!(parse(quoted_sentence).title, None);
    }

    #[test]
    fn the_end_of_a_list_or_table_is_not_a_source() {
        let list = "Squad named\n\nThe coach named his squad for the coming season on Monday.\n\nS Bennett\nK Clark\n\nA Freeland";
        assert_eq!(parse(list).source, None);
        let fixtures = "Cup draw\n\nThe draw for the next round of the cup was made on Sunday.\n\nFixtures follow.\n\nCharlton v Yeovil";
        assert_eq!(parse(fixtures).source, None);
    }

    #[test]
    fn a_short_closing_sentence_is_not_a_source() {
        let text = "Headline here\n\nFirst paragraph of the story.\n\nIt ended.";
        assert_eq!(parse(text).source, None);
    }

    #[test]
    fn single_line_file_is_body() {
        let article = parse("Just one line of text");
        assert_eq!(article.title, None);
        assert_eq!(article.body, "Just one line of text");
    }
}
