//! A CoNLL-compatible tokenizer and sentence splitter with byte offsets: punctuation and
//! the possessive "'s" are split off, abbreviations ("U.S.", "Mr.") and hyphenated words
//! ("Moscow-Kyiv") stay whole.

/// A token and where it stands in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token text.
    pub text: &'a str,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st",
    "jr", "sr", "co", "corp", "inc", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pres", "rev", "gens",
    // First names abbreviated in company names: "Alex. Brown and Sons", "Wm. Wrigley Jr. Co".
    "alex", "wm", "chas", "geo", "thos", "jas",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits text into sentences of tokens.
pub fn sentences(text: &str) -> Vec<Vec<Token<'_>>> {
    let tokens = tokenize(text);
    let mut sentences = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        current.push(token.clone());
        let next = tokens.get(index + 1);
        let paragraph_break = next.is_some_and(|n| text[token.end..n.start].contains("\n"));
        let ends = matches!(token.text, "." | "!" | "?")
            && next.is_none_or(|n| {
                let first = n.text.chars().next().unwrap_or(' ');
                first.is_uppercase() || matches!(n.text, "\"" | "“" | "‘" | "'")
            });
        // A wire headline's heading is no part of its story's first sentence: after
        // "UPDATE 3-" the tagger saw no name in "Airbus to cut 15,000 jobs".
        let heading_ends = sentences.is_empty()
            && token.text == "-"
            && next.is_some_and(|n| n.start == token.end)
            && match current.as_slice() {
                [before @ .., word, _dash] => {
                    let story_in_lower_case =
                        next.is_some_and(|n| n.text.chars().any(char::is_lowercase));
                    opens_with_heading(before, word.text, story_in_lower_case)
                }
                _ => false,
            };
        let abbreviation_ends = next.is_some_and(|n| {
            ends_sentence_after_abbreviation(token.text, n.text, tokens.get(index + 2))
        });
        if ends || paragraph_break || heading_ends || abbreviation_ends {
            sentences.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// Words that open a sentence and never go on a name: after "the U.S." they start the
/// next sentence ("moved to the U.S. The company said").
const SENTENCE_OPENERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "This", "That", "These", "Those", "But", "In", "A",
    "An", "Its", "His", "Her", "Their", "There", "If", "When", "While", "After", "However",
];

/// Abbreviated legal forms a company's name ends in, whose period ends the sentence too
/// when one stands last ("made by Taiwan Semiconductor Manufacturing Co. Apple also").
const ABBREVIATED_LEGAL_FORMS: &[&str] = &["Co.", "Inc.", "Corp.", "Ltd."];

/// Whether an abbreviation's period (`word`, kept on it by the tokenizer) also ends its
/// sentence: a sentence's opening word follows, or after a company's legal form a
/// capitalized word and a word in lower case ("Co. Apple also", not "Co. Chairman John").
fn ends_sentence_after_abbreviation(word: &str, next: &str, after_next: Option<&Token>) -> bool {
    // "F." is an initial ("John F. Kennedy").
    if !word.ends_with('.') || word.len() <= 2 {
        return false;
    }
    SENTENCE_OPENERS.contains(&next)
        || ABBREVIATED_LEGAL_FORMS.contains(&word)
            && next.starts_with(char::is_uppercase)
            && !crate::extract::is_legal_form(next)
            && after_next.is_some_and(|t| t.text.starts_with(char::is_lowercase))
}

/// Whether a token is the possessive "'s" (straight or curly apostrophe), which the
/// tokenizer splits off.
pub(crate) fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s")
}

/// Whether a token is a double quotation mark, straight or curly.
pub(crate) fn is_quote_mark(word: &str) -> bool {
    matches!(word, "\"" | "“" | "”")
}

/// Whether a word is an exchange code of a share or an index, as Reuters writes them after
/// a company's name: "BA.N", "0700.HK", ".SPX" (not "U.S", one letter before the dot).
pub(crate) fn is_share_code(word: &str) -> bool {
    let code = |part: &str, longest: usize| {
        (1..=longest).contains(&part.len())
            && part
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    match word.split_once('.') {
        Some(("", index)) => index.len() >= 2 && code(index, 8),
        Some((symbol, exchange)) => symbol.len() >= 2 && code(symbol, 8) && code(exchange, 3),
        None => false,
    }
}

/// The ends of web addresses that name companies ("Amazon.com"), lower case.
const TOP_LEVEL_DOMAINS: &[&str] = &[
    "com", "net", "org", "gov", "edu", "io", "ai", "tv", "co", "uk", "de", "fr", "info", "biz",
];

/// Whether a word is a web address ("Amazon.com", "www.bbc.co.uk"), not initials and a
/// particle ("A.de Silva").
pub(crate) fn is_web_address(word: &str) -> bool {
    // A byte search: '.' is ASCII, and this runs over every capitalized word.
    let last_dot = word.bytes().rposition(|b| b == b'.');
    last_dot
        .map(|dot| (&word[..dot], &word[dot + 1..]))
        .is_some_and(|(name, end)| {
            TOP_LEVEL_DOMAINS.contains(&end)
                && name
                    .rsplit('.')
                    .next()
                    .is_some_and(|label| label.chars().count() >= 2)
        })
}

/// Whether `word`, after the tokens before it, is a wire headline's heading before its
/// dash: a sport ("Soccer-Liverpool held"), or, before a story's first word in lower or
/// title case (`story_in_lower_case`), a label in capitals ("EXCLUSIVE-Huawei plans",
/// "UPDATE 3-Airbus to cut", "GLOBAL MARKETS-Stocks rally"; not "GM-TOYOTA VENTURE") or
/// one of `TITLE_CASE_HEADINGS` ("Factbox-What is in the deal").
fn opens_with_heading(before: &[Token], word: &str, story_in_lower_case: bool) -> bool {
    // Two letters at least: "Z-Seven Fund" is a company's name.
    let label = |text: &str| {
        text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && text
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    match before {
        [] => {
            crate::extract::ner::is_sport_heading(word)
                || story_in_lower_case && (label(word) || TITLE_CASE_HEADINGS.contains(&word))
        }
        [first] => {
            crate::extract::ner::is_sport_heading(&format!("{} {word}", first.text))
                || story_in_lower_case
                    && label(first.text)
                    && (label(word) || word.bytes().all(|b| b.is_ascii_digit()))
        }
        _ => false,
    }
}

/// Wire headlines' headings written in title case, before a dash and the story's headline.
const TITLE_CASE_HEADINGS: &[&str] = &[
    "Factbox",
    "Explainer",
    "Analysis",
    "Insight",
    "Focus",
    "Timeline",
    "Exclusive",
    "Breakingviews",
    "Column",
    "Commentary",
    "Feature",
];

/// Splits text into tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |(offset, _)| *offset);
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        let possessive = matches!(c, '\'' | '’')
            && chars
                .get(k + 1)
                .is_some_and(|(_, n)| *n == 's' || *n == 'S')
            && !chars.get(k + 2).is_some_and(|(_, n)| is_word_char(*n))
            && k > 0
            && is_word_char(chars[k - 1].1);
        if possessive {
            tokens.push(Token {
                text: &text[start..end_of(k + 2)],
                start,
                end: end_of(k + 2),
            });
            k += 2;
            continue;
        }
        if !is_word_char(c) {
            tokens.push(Token {
                text: &text[start..end_of(k + 1)],
                start,
                end: end_of(k + 1),
            });
            k += 1;
            continue;
        }
        // A word: letters and digits, joined by inner hyphens, periods (U.S., 1.5), commas
        // in numbers (1,000) and apostrophes (O'Brien, don't → do n't is not needed here).
        let mut j = k + 1;
        // Where the run of word characters before the joiner began: "N" in "D-N.Y.".
        let mut segment = k;
        loop {
            while j < chars.len() && is_word_char(chars[j].1) {
                j += 1;
            }
            let joiner = chars.get(j).map(|(_, c)| *c);
            let after = chars.get(j + 1).map(|(_, c)| *c);
            let digits_around =
                chars[j - 1].1.is_ascii_digit() && after.is_some_and(|a| a.is_ascii_digit());
            // "AT&T", "P&O", "M&S": capitals of one to three letters on both sides.
            let short_capitals = |from: usize| {
                let run = chars[from..]
                    .iter()
                    .take_while(|(_, c)| is_word_char(*c))
                    .count();
                (1..=3).contains(&run)
                    && chars[from..from + run]
                        .iter()
                        .all(|(_, c)| c.is_ascii_uppercase())
            };
            // "BA.N", "AIR.PA", "0700.HK": a share's code and its exchange, which Reuters
            // writes after a company's name.
            let exchange_code = || {
                let exchange = chars[j + 1..]
                    .iter()
                    .take_while(|(_, c)| is_word_char(*c))
                    .count();
                // An exchange is letters: "NO.4" is a number.
                is_share_code(&text[start..end_of(j + 1 + exchange)])
                    && chars[j + 1..j + 1 + exchange]
                        .iter()
                        .all(|(_, c)| c.is_alphabetic())
            };
            // "Amazon.com", "Booking.com", "www.reuters.com": a web address names a company
            // as a word of its own.
            let domain = |dot: usize| {
                let label_end = dot
                    + 1
                    + chars[dot + 1..]
                        .iter()
                        .take_while(|(_, c)| is_word_char(*c))
                        .count();
                text[start..].starts_with("www.") || is_web_address(&text[start..end_of(label_end)])
            };
            let joins = match joiner {
                Some('&') => short_capitals(k) && j - k <= 3 && short_capitals(j + 1),
                // Not a wire headline's heading before its story: "Soccer-Liverpool held
                // by Brighton", "UPDATE 3-Airbus to cut", at the text's opening.
                Some('-') => {
                    // "4-Daniil Medvedev": a seeding before a player in results.
                    let next_word: String = chars[j + 1..]
                        .iter()
                        .take_while(|(_, c)| is_word_char(*c))
                        .map(|(_, c)| *c)
                        .collect();
                    let seeding = segment == k
                        && j - k <= 2
                        && chars[k..j].iter().all(|(_, c)| c.is_ascii_digit())
                        && next_word.chars().count() >= 3
                        && next_word.starts_with(char::is_uppercase)
                        && next_word.chars().skip(1).all(char::is_lowercase)
                        // A brand ("7-Eleven") or a measure ("24-Hour Teller").
                        && !matches!(
                            next_word.to_lowercase().as_str(),
                            "eleven" | "twelve" | "seven" | "three" | "four" | "five" | "nine"
                                | "hour" | "day" | "week" | "month" | "year" | "minute"
                                | "point" | "game" | "man" | "member" | "nation" | "party"
                                | "mile" | "story" | "ton" | "way" | "time" | "seat" | "team"
                                | "hole" | "round" | "lap" | "set" | "inch" | "foot" | "yard"
                                | "star"
                        );
                    after.is_some_and(is_word_char)
                        && !seeding
                        && !(tokens.len() <= 1
                            && after.is_some_and(char::is_uppercase)
                            && opens_with_heading(
                                &tokens,
                                &text[start..end_of(j)],
                                chars[j + 1..]
                                    .iter()
                                    .take_while(|(_, c)| is_word_char(*c))
                                    .any(|(_, c)| c.is_lowercase()),
                            ))
                }
                // "U.S.", "1.5": a period between single letters or between digits.
                Some('.') => {
                    after.is_some_and(|a| a.is_alphanumeric())
                        && (digits_around || j - segment == 1 || exchange_code() || domain(j))
                }
                Some(',') => digits_around,
                Some('\'') | Some('’') => {
                    // O'Brien stays whole; contractions and "'s" are split off, in
                    // capitals too after a word in capitals ("CHINA'S XI"; not "O'REILLY").
                    let rest: String = chars[j + 1..].iter().take(3).map(|(_, c)| *c).collect();
                    let in_capitals = j > segment
                        && chars[segment..j]
                            .iter()
                            .all(|(_, c)| !c.is_alphabetic() || c.is_uppercase());
                    let contraction = ["s", "t", "ll", "re", "ve", "d", "m"].iter().any(|ending| {
                        let upper = ending.to_uppercase();
                        let ending = if in_capitals && rest.starts_with(&upper) {
                            upper.as_str()
                        } else {
                            ending
                        };
                        rest.starts_with(ending)
                            && !rest[ending.len()..]
                                .chars()
                                .next()
                                .is_some_and(is_word_char)
                    });
                    after.is_some_and(|a| a.is_alphabetic()) && !contraction
                }
                _ => false,
            };
            if joins {
                segment = j + 1;
                j += 2;
            } else {
                break;
            }
        }
        // A trailing period belongs to abbreviations: "U.S.", "Mr.", "Feb.".
        let word = &text[start..end_of(j)];
        // Not a web address's: "at Amazon.com." ends its sentence.
        let keeps_period = chars.get(j).is_some_and(|(_, c)| *c == '.')
            && (word.contains('.')
                && !is_web_address(word)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '-')
                || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
                || (word.chars().count() == 1 && word.chars().all(char::is_uppercase)));
        if keeps_period {
            j += 1;
        }
        tokens.push(Token {
            text: &text[start..end_of(j)],
            start,
            end: end_of(j),
        });
        k = j;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn conll_style_tokens() {
        assert_eq!(
            texts("U.S. President Donald Trump's talks, Moscow-Kyiv (1,000.5 drones)."),
            vec![
                "U.S.",
                "President",
                "Donald",
                "Trump",
                "'s",
                "talks",
                ",",
                "Moscow-Kyiv",
                "(",
                "1,000.5",
                "drones",
                ")",
                "."
            ]
        );
        assert_eq!(
            texts("Mr. Nobody said “no”"),
            vec!["Mr.", "Nobody", "said", "“", "no", "”"]
        );
        assert_eq!(texts("O'Brien's"), vec!["O'Brien", "'s"]);
        // A wire headline's sport is a word of its own at the opening, and only there.
        assert_eq!(
            texts("Motor racing-Hamilton wins"),
            vec!["Motor", "racing", "-", "Hamilton", "wins"]
        );
        assert_eq!(
            texts("Soccer-Liverpool held by Soccer-Club"),
            vec!["Soccer", "-", "Liverpool", "held", "by", "Soccer-Club"]
        );
        assert_eq!(
            texts("Soccer-mad Liverpool"),
            vec!["Soccer-mad", "Liverpool"]
        );
        // A seeding before a player in results is a number of its own; a brand stays whole.
        assert_eq!(
            texts("4-Daniil Medvedev beat 7-Eleven's F-16"),
            vec![
                "4", "-", "Daniil", "Medvedev", "beat", "7-Eleven", "'s", "F-16"
            ]
        );
        assert_eq!(
            texts("the 5-Star Movement"),
            vec!["the", "5-Star", "Movement"]
        );
        // So is a label in capitals before a story in lower case, not a name in capitals.
        assert_eq!(
            texts("UPDATE 3-Airbus to cut jobs"),
            vec!["UPDATE", "3", "-", "Airbus", "to", "cut", "jobs"]
        );
        assert_eq!(
            texts("Factbox-What is in the deal"),
            vec!["Factbox", "-", "What", "is", "in", "the", "deal"]
        );
        assert_eq!(
            texts("GM-TOYOTA VENTURE GROWS"),
            vec!["GM-TOYOTA", "VENTURE", "GROWS"]
        );
        assert_eq!(
            texts("Z-Seven Fund Inc said"),
            vec!["Z-Seven", "Fund", "Inc", "said"]
        );
        // A headline in capitals splits its possessives too, but not its names.
        assert_eq!(
            texts("CHINA'S XI MEETS O'REILLY"),
            vec!["CHINA", "'S", "XI", "MEETS", "O'REILLY"]
        );
        assert_eq!(
            texts("AT&T, P&O Cruises and R&B. Tom & Jerry"),
            vec![
                "AT&T", ",", "P&O", "Cruises", "and", "R&B", ".", "Tom", "&", "Jerry"
            ]
        );
    }

    #[test]
    fn a_web_address_is_one_word_and_its_last_period_ends_the_sentence() {
        assert_eq!(
            texts("Amazon.com Inc and www.reuters.com rose; he shops at Booking.com."),
            vec![
                "Amazon.com",
                "Inc",
                "and",
                "www.reuters.com",
                "rose",
                ";",
                "he",
                "shops",
                "at",
                "Booking.com",
                "."
            ]
        );
        assert_eq!(sentences("He shops at Amazon.com. It is cheap.").len(), 2);
        // Initials before a particle are no address.
        assert!(!is_web_address("A.de"));
        // A party and a state after a lawmaker's name: one word, no sentence end.
        assert_eq!(
            texts("Sen. Chuck Schumer, D-N.Y., said"),
            vec!["Sen.", "Chuck", "Schumer", ",", "D-N.Y.", ",", "said"]
        );
        assert!(is_web_address("www.bbc.co.uk"));
    }

    #[test]
    fn a_share_code_is_one_token_and_ends_no_sentence() {
        assert_eq!(
            texts("Airbus (AIR.PA) and Boeing (BA.N) fell in the USA.The end"),
            vec![
                "Airbus", "(", "AIR.PA", ")", "and", "Boeing", "(", "BA.N", ")", "fell", "in",
                "the", "USA", ".", "The", "end"
            ]
        );
        assert_eq!(sentences("Airbus (AIR.PA) shares fell.").len(), 1);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "Erdoğan met Zelenskyy in Ankara.";
        for token in tokenize(text) {
            assert_eq!(&text[token.start..token.end], token.text);
        }
    }

    #[test]
    fn sentences_split_at_ends_not_abbreviations() {
        let text = "Mr. Smith went to Washington. He met the U.S. envoy.\nNew line here";
        let split: Vec<usize> = sentences(text).iter().map(Vec::len).collect();
        assert_eq!(split, vec![6, 6, 3]);
        // A company's abbreviated first word does not end a sentence.
        let text = "Alex. Brown and Sons Inc is dealer. Wm. Wrigley Jr. Co said.";
        let split: Vec<usize> = sentences(text).iter().map(Vec::len).collect();
        assert_eq!(split, vec![8, 6]);
        // An abbreviation's period ends its sentence before the next one's opening word,
        // and a company's legal form before a new subject; not before a title or a name.
        let text = "It moved to the U.S. The firm said. It is made by TSMC Co. Apple also \
                    said. Procter & Gamble Co. Chairman John Pepper said. The U.S. Senate voted.";
        let split: Vec<usize> = sentences(text).iter().map(Vec::len).collect();
        assert_eq!(split, vec![5, 4, 6, 4, 9, 5]);
    }

    #[test]
    fn a_wire_headlines_heading_is_a_sentence_of_its_own() {
        let words = |text| -> Vec<Vec<String>> {
            sentences(text)
                .iter()
                .map(|s| s.iter().map(|t| t.text.to_string()).collect())
                .collect()
        };
        assert_eq!(
            words("UPDATE 3-Airbus to cut jobs\nAirbus said."),
            [
                vec!["UPDATE", "3", "-"],
                vec!["Airbus", "to", "cut", "jobs"],
                vec!["Airbus", "said", "."]
            ]
        );
        // Not a dash with spaces, as 1996 wire copy writes it, nor one later in the text.
        assert_eq!(words("SOCCER - JAPAN WIN").len(), 1);
        assert_eq!(words("He said. EXCLUSIVE-Huawei plans").len(), 2);
    }
}
