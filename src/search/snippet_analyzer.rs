//! The article-text analyzer as the snippet generator needs it: the same words and
//! offsets as the index's `news` analyzer, but only words that start like one of the
//! query's terms are stemmed. The others cannot become a query term, and stemming every
//! word of every hit was most of a snippet's cost.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// The `news` analyzer (`index::schema::register_analyzers`: keep the two in step) with
/// only words starting with one of `prefixes` (lower case, accent-folded) stemmed; the
/// others come out empty, which matches no term.
pub(super) fn snippet_analyzer(prefixes: Vec<String>) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(OnlyStartingWith { prefixes })
        .filter(Stemmer::new(Language::English))
        .build()
}

/// Empties every token that starts with none of the prefixes.
#[derive(Clone)]
struct OnlyStartingWith {
    prefixes: Vec<String>,
}

impl TokenFilter for OnlyStartingWith {
    type Tokenizer<T: Tokenizer> = OnlyStartingWithFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> OnlyStartingWithFilter<T> {
        OnlyStartingWithFilter {
            prefixes: self.prefixes,
            inner: tokenizer,
        }
    }
}

#[derive(Clone)]
struct OnlyStartingWithFilter<T> {
    prefixes: Vec<String>,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for OnlyStartingWithFilter<T> {
    type TokenStream<'a> = OnlyStartingWithStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        OnlyStartingWithStream {
            prefixes: &self.prefixes,
            tail: self.inner.token_stream(text),
        }
    }
}

struct OnlyStartingWithStream<'a, T> {
    prefixes: &'a [String],
    tail: T,
}

impl<T: TokenStream> TokenStream for OnlyStartingWithStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if !self
            .prefixes
            .iter()
            .any(|p| token.text.starts_with(p.as_str()))
        {
            token.text.clear();
        }
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

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push((stream.token().text.clone(), stream.token().offset_from));
        }
        out
    }

    #[test]
    fn words_that_could_match_are_stemmed_as_in_the_index_and_the_rest_emptied() {
        let mut analyzer = snippet_analyzer(vec!["rat".to_string(), "caf".to_string()]);
        assert_eq!(
            tokens(&mut analyzer, "Rates rose at the Café"),
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
