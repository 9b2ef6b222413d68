//! One folding for names everywhere: facet values, filters, autocomplete and the gazetteer
//! compare names lower-cased and folded to ASCII exactly as the index's key analyzer does
//! ("Lech Wałęsa" and "Lech Walesa" are one name).

use std::cell::RefCell;

use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RawTokenizer, TextAnalyzer};

/// The analyzer names are folded with: the whole text as one token, lower-cased, folded to
/// ASCII. The index registers it for its filter keys.
pub fn folding_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// `text` lower-cased and folded to ASCII ("Wałęsa" → "walesa", "Kýiv" → "kyiv").
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    thread_local! {
        static ANALYZER: RefCell<TextAnalyzer> = RefCell::new(folding_analyzer());
    }
    // Lower-casing "İ" leaves a combining dot that ASCII folding keeps; the gazetteer
    // writes "Istanbul". (Index keys fold both sides the same way, so filters agree.)
    let text = text.replace('İ', "I");
    ANALYZER.with(|analyzer| {
        let mut analyzer = analyzer.borrow_mut();
        let mut stream = analyzer.token_stream(&text);
        let mut folded = String::with_capacity(text.len());
        while let Some(token) = stream.next() {
            folded.push_str(&token.text);
        }
        folded
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_as_the_index_keys_do() {
        assert_eq!(fold("Lech Wałęsa"), fold("Lech Walesa"));
        assert_eq!(fold("Kýiv"), "kyiv");
        assert_eq!(fold("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
        assert_eq!(fold("Moody’s"), "moody's");
        assert_eq!(fold("İstanbul"), fold("Istanbul"));
        assert_eq!(fold("U.S."), "u.s.");
    }
}
