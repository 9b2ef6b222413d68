//! Headlines as the tagger can read them. A headline in capitals ("OPEC CUTS OUTPUT AS
//! KUWAIT OBJECTS") or in title case ("Mobile Phones Set For Boom") capitalizes every word,
//! so capitals say nothing there: each word takes the case the article's own sentences give
//! it ("Kuwait", "OPEC", "output"); a word the text never uses keeps its capital when it is
//! a known name (`known_name`: a first name, a place) and is lower case otherwise.

use std::borrow::Cow;
use std::collections::HashMap;

use super::{EntityKind, FoundEntity};

/// A body shorter than this is a feed's line of description under its headline: names
/// the headline alone gives count.
const SHORT_DESCRIPTION_BYTES: usize = 600;

/// A headline tagged as the first paragraph of the article's text ("{cased}\n\n{body}"), so
/// its names count and take their type from the body.
pub(super) struct Headline<'a> {
    /// The headline as written.
    pub title: &'a str,
    /// The headline in the case the tagger reads (`cased_for_tagging`), as long as `title`.
    pub cased: Cow<'a, str>,
}

impl Headline<'_> {
    /// Turns mentions found in the headline-and-body text back into mentions of the
    /// headline or the body, each as written, and drops the headline names too weak to
    /// count. A headline's few words are little to type a name on ("Sainsbury's Labour
    /// election gift": the person, not the grocer): beside a body of `body_len` bytes, a name
    /// only the headline gives counts when it is a place the gazetteer knows, and never when
    /// the body types one of its words otherwise; a feed's headline over a line of
    /// description counts whole.
    pub fn file_mentions(&self, found: &mut Vec<FoundEntity>, body_len: usize) {
        let headline_part = self.title.len() + 2;
        for mention in found
            .iter_mut()
            .flat_map(|entity| entity.mentions.iter_mut())
        {
            if mention.start < headline_part {
                mention.in_title = true;
                mention.text = self.title[mention.start..mention.end].to_string();
            } else {
                mention.start -= headline_part;
                mention.end -= headline_part;
            }
        }
        let headline_only = |entity: &FoundEntity| entity.mentions.iter().all(|m| m.in_title);
        if !found.iter().any(headline_only) {
            return;
        }
        let body_words: HashMap<String, EntityKind> = found
            .iter()
            .filter(|entity| !headline_only(entity))
            .flat_map(|entity| {
                entity
                    .name
                    .split_whitespace()
                    .map(move |word| (crate::names::fold(word), entity.kind))
            })
            .collect();
        // The body's organizations, word by word, to find the ones a headline names short.
        let body_organizations: Vec<Vec<String>> = found
            .iter()
            .filter(|entity| entity.kind == EntityKind::Organization && !headline_only(entity))
            .map(|entity| folded_words(&entity.name))
            .collect();
        let long_body = body_len >= SHORT_DESCRIPTION_BYTES;
        found.retain(|entity| {
            if !headline_only(entity) {
                return true;
            }
            // "ORBIT INSTRUMENT UNIT INCREASES BACKLOG", cased "Orbit instrument unit ...":
            // the body's "Orbit Instrument Corp" is the organization, filed already.
            let words = folded_words(&entity.name);
            if entity.kind == EntityKind::Organization
                && body_organizations
                    .iter()
                    .any(|body| body.len() > words.len() && body.starts_with(&words))
            {
                return false;
            }
            let typed_otherwise = entity.name.split_whitespace().any(|word| {
                let word = word.trim_end_matches("'s").trim_end_matches("’s");
                body_words
                    .get(&crate::names::fold(word))
                    .is_some_and(|kind| *kind != entity.kind)
            });
            !typed_otherwise
                && (!long_body
                    || (entity.kind == EntityKind::Place && !entity.hierarchy.is_empty()))
        });
    }
}

/// A name's words, folded for comparison.
fn folded_words(name: &str) -> Vec<String> {
    name.split_whitespace().map(crate::names::fold).collect()
}

/// Words title case leaves in lower case, not counted when deciding a headline's style.
const MINOR_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "v",
    "vs", "with",
];

/// The headline in the case its words have in the article's sentences, when the headline
/// capitalizes every word; otherwise the headline as it is. Byte offsets into the result
/// are offsets into `title`: a word keeps its length or keeps its case.
pub(super) fn cased_for_tagging<'a>(
    title: &'a str,
    text: &str,
    known_name: impl Fn(&str) -> bool,
) -> Cow<'a, str> {
    let words: Vec<(usize, &str)> = words_of(title).collect();
    let counted: Vec<&str> = words
        .iter()
        .map(|(_, word)| *word)
        .filter(|word| !MINOR_WORDS.contains(&word.to_lowercase().as_str()))
        .collect();
    let capitalized = counted
        .iter()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .count();
    // Two capitalized words are a sentence-case headline naming someone ("Blair backs
    // Brown"): only a headline whose every counted word is capitalized shouts.
    if counted.len() < 3 || capitalized < counted.len() {
        return Cow::Borrowed(title);
    }
    let forms = forms_in_sentences(text, &words);
    let mut cased = String::with_capacity(title.len());
    let mut copied = 0;
    // Whether the last word kept its capital as a known name: the next one too ("Angela
    // Merkel", "Barack Obama").
    let mut after_known_name = false;
    for (start, word) in words {
        cased.push_str(&title[copied..start]);
        let lower = word.to_lowercase();
        let title_case = word.chars().skip(1).all(|c| !c.is_uppercase());
        let minor = MINOR_WORDS.contains(&lower.as_str());
        let known = title_case && !minor && !forms.contains_key(&lower) && known_name(word);
        let form = forms
            .get(&lower)
            .and_then(|counts| {
                counts
                    .iter()
                    .max_by_key(|(form, count)| (*count, std::cmp::Reverse(*form)))
                    .map(|(form, _)| *form)
            })
            .unwrap_or(if known || (title_case && !minor && after_known_name) {
                word
            } else {
                lower.as_str()
            });
        after_known_name = known;
        if form.len() == word.len() {
            cased.push_str(form);
        } else {
            // Case mapping changed the length ("İ"): keep the word as written.
            cased.push_str(word);
        }
        copied = start + word.len();
    }
    cased.push_str(&title[copied..]);
    Cow::Owned(cased)
}

/// (byte offset, word) of each run of letters, digits, dots, apostrophes and hyphens.
fn words_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_word_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-' | '&');
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while rest.peek().is_some_and(|(_, c)| !is_word_char(*c)) {
            rest.next();
        }
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some(&(at, c)) = rest.peek() {
            if !is_word_char(c) {
                break;
            }
            end = at + c.len_utf8();
            rest.next();
        }
        // A trailing dot ends a sentence, not the word ("U.S." keeps its last dot only
        // when the word has others).
        let mut word = &text[start..end];
        if word.ends_with('.') && word.matches('.').count() == 1 {
            word = &word[..word.len() - 1];
        }
        Some((start, word))
    })
    .filter(|(_, word)| word.chars().any(char::is_alphabetic))
}

/// The forms the text writes each headline word in where capitals mean something (not
/// first in a sentence), with how often: lower-cased word → (form, count).
fn forms_in_sentences<'t>(
    text: &'t str,
    headline_words: &[(usize, &str)],
) -> HashMap<String, Vec<(&'t str, usize)>> {
    let wanted: Vec<String> = headline_words
        .iter()
        .map(|(_, word)| word.to_lowercase())
        .collect();
    let mut forms: HashMap<String, Vec<(&'t str, usize)>> = HashMap::new();
    for (start, word) in words_of(text) {
        // A headline has a handful of words: compared in place, no body word is copied.
        let Some(lower) = wanted.iter().find(|wanted| {
            if word.is_ascii() {
                wanted.len() == word.len() && wanted.eq_ignore_ascii_case(word)
            } else {
                **wanted == word.to_lowercase()
            }
        }) else {
            continue;
        };
        if opens_sentence(&text[..start]) {
            continue;
        }
        let counts = forms.entry(lower.clone()).or_default();
        match counts.iter_mut().find(|(form, _)| *form == word) {
            Some((_, count)) => *count += 1,
            None => counts.push((word, 1)),
        }
    }
    // A word the text only ever writes capitalized first in a sentence stays unknown.
    forms
}

/// Whether a word preceded by `before` opens a sentence, a line or a quotation.
fn opens_sentence(before: &str) -> bool {
    match before.trim_end_matches([' ', '\t']).chars().next_back() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!' | '?' | '\n' | '"' | '“' | '‘' | ':' | '-' | '—'
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_take_the_case_of_the_articles_sentences() {
        let text = "Ministers of the Organization of Petroleum Exporting Countries (OPEC) met \
                    as Kuwait said output would fall. Kuwait objects.";
        assert_eq!(
            cased_for_tagging("OPEC CUTS OUTPUT AS KUWAIT OBJECTS", text, |_| true),
            "OPEC cuts output as Kuwait objects"
        );
        assert_eq!(
            cased_for_tagging("Mobile Phones Set For Boom In Kuwait", text, |_| false),
            "mobile phones set for boom in Kuwait"
        );
        // A name the text does not use keeps its capital when it is known as one.
        assert_eq!(
            cased_for_tagging("Mobile Phones Boom In Berlin", text, |w| w == "Berlin"),
            "mobile phones boom in Berlin"
        );
        assert_eq!(
            cased_for_tagging("Angela Merkel Meets Voters", text, |w| w == "Angela"),
            "Angela Merkel meets voters"
        );
        // Sentence case is left alone, offsets and all.
        assert_eq!(
            cased_for_tagging("Blair backs Brown on tax", text, |_| false),
            "Blair backs Brown on tax"
        );
        assert_eq!(
            cased_for_tagging("U.S. SAYS IT WILL ACT", "the U.S. said", |_| false),
            "U.S. says it will act"
        );
    }
}
