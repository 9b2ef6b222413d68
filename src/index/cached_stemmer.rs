//! The English stemmer with a memory of the words it has stemmed. News repeats its words
//! (a few thousand make up most of any text), and stemming was a quarter of the indexing
//! CPU with nothing to extract; a lookup is several times cheaper. The stems are those of
//! tantivy's own `Stemmer` (the same `frostem` algorithm), so indexes and queries agree
//! with either.

use std::borrow::Cow;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Slots of the memory (a power of two): 16,384 slots of 32 bytes, 512 KiB per analyzer,
/// mostly in the processor's cache, where a hash map of strings was not (its lookups were
/// mostly cache misses). 4,096 and 8,192 slots were slower, 32,768 no faster.
const SLOTS: usize = 1 << 14;

/// Longest word (and stem) a slot holds, in bytes; longer words are stemmed every time.
const INLINE: usize = 15;

/// English stemming that remembers each word's stem.
#[derive(Clone)]
pub struct CachedStemmer {
    /// Slots of the memory, a power of two.
    slots: usize,
}

impl Default for CachedStemmer {
    /// The memory an indexing thread wants: `SLOTS` slots.
    fn default() -> Self {
        CachedStemmer { slots: SLOTS }
    }
}

impl CachedStemmer {
    /// A stemmer with a small memory (64 slots, 2 KiB), for an analyzer made per query
    /// that stems a few words: a query's snippets. Zeroing the indexing memory each query
    /// was a tenth of a query's time.
    pub fn small() -> CachedStemmer {
        CachedStemmer { slots: 64 }
    }
}

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            inner: tokenizer,
            stems: Stems::with_slots(self.slots),
        }
    }
}

/// The filter around a tokenizer; each clone (one per indexing thread) has its own memory.
#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    stems: Stems,
}

/// One remembered word and its stem, inline.
#[derive(Clone, Copy, Default)]
struct Slot {
    word_len: u8,
    word: [u8; INLINE],
    stem_len: u8,
    stem: [u8; INLINE],
}

/// Word → stem for the words seen last: a direct-mapped memory (a word's hash picks its
/// slot; a word whose slot another holds is stemmed and takes it over).
struct Stems {
    stemmer: frostem::Stemmer,
    /// Empty until `UNREMEMBERED` words have been stemmed.
    slots: Box<[Slot]>,
    /// Slots wanted once the memory is made (a power of two).
    wanted: usize,
    /// Words stemmed before the memory was made.
    stemmed: usize,
}

/// Words stemmed without a memory first. The query parser clones the analyzer per query
/// and field to stem a few words: zeroing 512 KiB for each was a sixteenth of a short
/// query's time. An indexing thread passes this within its first article.
const UNREMEMBERED: usize = 256;

impl Stems {
    /// A memory of `slots` slots (rounded up to a power of two), made when first needed.
    fn with_slots(slots: usize) -> Stems {
        Stems {
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
            slots: Box::default(),
            wanted: slots.next_power_of_two(),
            stemmed: 0,
        }
    }
}

impl Clone for Stems {
    /// A clone starts with an empty memory of the same size: analyzers are cloned per
    /// thread and field.
    fn clone(&self) -> Self {
        Stems::with_slots(self.wanted)
    }
}

impl Stems {
    /// Replaces `word` with its stem.
    fn stem(&mut self, word: &mut String) {
        let bytes = word.as_bytes();
        // The English stemmer leaves words of one or two letters and numbers as they are.
        if bytes.len() <= 2 || bytes.iter().all(u8::is_ascii_digit) {
            return;
        }
        if bytes.len() > INLINE {
            self.stem_anew(word);
            return;
        }
        if self.slots.is_empty() {
            if self.stemmed < UNREMEMBERED {
                self.stemmed += 1;
                self.stem_anew(word);
                return;
            }
            self.slots = vec![Slot::default(); self.wanted].into_boxed_slice();
        }
        let slot_index = xxhash_rust::xxh3::xxh3_64(bytes) as usize & (self.slots.len() - 1);
        let slot = &self.slots[slot_index];
        if usize::from(slot.word_len) == bytes.len() && slot.word[..bytes.len()] == *bytes {
            let stem = &slot.stem[..usize::from(slot.stem_len)];
            // Stems come from `String`s cut at their length: valid UTF-8.
            if let Ok(stem) = std::str::from_utf8(stem) {
                word.clear();
                word.push_str(stem);
                return;
            }
        }
        let mut slot = Slot {
            word_len: bytes.len() as u8,
            ..Slot::default()
        };
        slot.word[..bytes.len()].copy_from_slice(bytes);
        self.stem_anew(word);
        if word.len() <= INLINE {
            slot.stem_len = word.len() as u8;
            slot.stem[..word.len()].copy_from_slice(word.as_bytes());
            self.slots[slot_index] = slot;
        }
    }

    /// Replaces `word` with its stem, computed.
    fn stem_anew(&mut self, word: &mut String) {
        if let Cow::Owned(stem) = self.stemmer.stem(word) {
            *word = stem;
        }
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
        // Short words, numbers, words longer than a slot, accents, and more words than
        // slots (so some take over others' slots).
        let many: String = (0..20_000)
            .map(|n| format!("trad{}ings ", n % 9_000))
            .collect();
        let text = format!(
            "rates rising rates happy happiness its is 1987 1980s internationalizations \
             cafés fly flies {many}"
        );
        let text = text.as_str();
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
        let mut small = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(CachedStemmer::small())
            .build();
        assert_eq!(tokens(&mut small, text), expected);
    }

    #[test]
    fn the_memory_is_made_only_for_many_words() {
        let mut stems = Stems::with_slots(SLOTS);
        let mut word = String::new();
        for n in 0..UNREMEMBERED {
            word.clear();
            word.push_str(if n % 2 == 0 { "rates" } else { "running" });
            stems.stem(&mut word);
        }
        // A query's few words: no memory zeroed.
        assert!(stems.slots.is_empty());
        assert_eq!(word, "run");
        word = "rates".to_string();
        stems.stem(&mut word);
        assert_eq!((word.as_str(), stems.slots.len()), ("rate", SLOTS));
    }
}
