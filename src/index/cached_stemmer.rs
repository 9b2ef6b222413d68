//! The English stemmer with a memory of the words it has stemmed. News repeats its words
//! (a few thousand make up most of any text), and stemming was a quarter of the indexing
//! CPU with nothing to extract; a lookup is several times cheaper. The stems are those of
//! tantivy's own `Stemmer` (the same `frostem` algorithm), so indexes and queries agree
//! with either.

use std::borrow::Cow;

use crate::fasthash::FastMap;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Words remembered per analyzer before the memory starts over (a few MiB at most).
const REMEMBERED_WORDS: usize = 50_000;

/// English stemming that remembers each word's stem.
#[derive(Clone, Default)]
pub struct CachedStemmer {
    /// When not empty, only words starting with one of these are stemmed; the others come
    /// out empty (a snippet needs only the words that can match a query's terms).
    only_starting_with: Vec<String>,
}

impl CachedStemmer {
    /// Stems only the words starting with one of `prefixes` (lower case, accent-folded)
    /// and empties the others, which then match no term.
    pub fn only_starting_with(prefixes: Vec<String>) -> CachedStemmer {
        CachedStemmer {
            only_starting_with: prefixes,
        }
    }
}

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            inner: tokenizer,
            stems: Stems {
                only_starting_with: self.only_starting_with,
                ..Stems::default()
            },
        }
    }
}

/// The filter around a tokenizer; each clone (one per indexing thread) has its own memory.
#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    stems: Stems,
}

/// Word → stem, for the words seen last.
struct Stems {
    stemmer: frostem::Stemmer,
    known: FastMap<String, String>,
    only_starting_with: Vec<String>,
}

impl Default for Stems {
    fn default() -> Self {
        Stems {
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
            known: FastMap::default(),
            only_starting_with: Vec::new(),
        }
    }
}

impl Clone for Stems {
    /// A clone starts with an empty memory: analyzers are cloned per thread and field.
    fn clone(&self) -> Self {
        Stems {
            only_starting_with: self.only_starting_with.clone(),
            ..Stems::default()
        }
    }
}

impl Stems {
    /// Replaces `word` with its stem (or with nothing, when it starts with none of the
    /// prefixes asked for).
    fn stem(&mut self, word: &mut String) {
        if !self.only_starting_with.is_empty()
            && !self
                .only_starting_with
                .iter()
                .any(|prefix| word.starts_with(prefix.as_str()))
        {
            word.clear();
            return;
        }
        if let Some(stem) = self.known.get(word.as_str()) {
            word.clone_from(stem);
            return;
        }
        let stem = match self.stemmer.stem(word) {
            Cow::Borrowed(same) => same.to_string(),
            Cow::Owned(stem) => stem,
        };
        if self.known.len() >= REMEMBERED_WORDS {
            self.known.clear();
        }
        let word = std::mem::replace(word, stem.clone());
        self.known.insert(word, stem);
    }
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            stems: &mut self.stems,
        }
    }
}

/// The tokens of one text, stemmed.
pub struct CachedStemmerStream<'a, T> {
    tail: T,
    stems: &'a mut Stems,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        self.stems.stem(&mut self.tail.token_mut().text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{Language, SimpleTokenizer, Stemmer, TextAnalyzer};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn stems_are_tantivys_whether_remembered_or_not() {
        let text = "rates rising rates happy happiness running ran rates fly flies";
        let mut cached = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(CachedStemmer::default())
            .build();
        let mut plain = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(Stemmer::new(Language::English))
            .build();
        let expected = tokens(&mut plain, text);
        assert_eq!(expected[0], "rate");
        // The second pass reads every stem from memory.
        assert_eq!(tokens(&mut cached, text), expected);
        assert_eq!(tokens(&mut cached, text), expected);
    }

    #[test]
    fn words_that_cannot_match_come_out_empty_with_their_offsets() {
        let mut analyzer =
            crate::index::schema::news_analyzer(CachedStemmer::only_starting_with(vec![
                "rat".to_string(),
                "caf".to_string(),
            ]));
        let mut stream = analyzer.token_stream("Rates rose at the Café");
        let mut out = Vec::new();
        while stream.advance() {
            out.push((stream.token().text.clone(), stream.token().offset_from));
        }
        assert_eq!(
            out,
            [
                ("rate".to_string(), 0),
                (String::new(), 6),
                (String::new(), 11),
                (String::new(), 14),
                ("cafe".to_string(), 18)
            ]
        );
    }
}
